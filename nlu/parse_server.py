"""The NLU server of our own: Rasa's `/model/parse` and `/status`, on Rasa's prediction graph,
without `rasa run`'s agent, message processor, dask and sanic (docs/benchmarks.md, "The NLU
server of our own").

nlu/server.py starts it for `rasa run --enable-api [--model M] [--interface I] [--port P]` when
the model needs no TensorFlow; any other argument gets `rasa run` itself. The model is loaded by
Rasa's own storage and graph nodes (the same components, the same resources); per parse, what
`rasa run` did around the graph and what it answered is done here the same way:

- the text is read from the JSON body as Rasa's `NoEmulator` reads it (a list's first item) and
  stripped as `UserMessage` strips it;
- the graph runs in the order of its dependencies (dask's `get` did the same, one node after
  the other, with a dask graph rebuilt at each parse);
- the answer is `MessageProcessor._parse_message_with_graph`'s dict (text, intent, entities,
  then the message's output properties), with the full retrieval intent added as Rasa adds it,
  written with sanic's JSON encoder (ujson): the same bytes as `rasa run`'s.

Left out, because nothing of them changes the answer: the empty dialogue tracker made for every
parse when no node needs it (each one built an empty `Domain`), dask, the training graph's
classes (their imports reach the agent, the tracker stores and matplotlib), and the channels'
package `__init__` (every channel's SDK; `defer_channels`). The graph's input converter is
`MessageConverter` below, which builds the same `Message` as Rasa's. The domain check (it only
warns) still runs for a model with a domain. HTTP/1.1 is answered on httptools (`HttpConnection`).
`nlu/tests/test_parse_server.py` compares the answers byte for byte with Rasa's.
"""

from __future__ import annotations

import asyncio
import gc
import importlib.abc
import importlib.machinery
import logging
import os
import signal
import sys
import tempfile
import uuid
from http import HTTPStatus
from pathlib import Path
from types import ModuleType
from typing import Any, Dict, List, Optional, Sequence, Text, Tuple

import rasa
import rasa.shared.utils.io
import rasa.utils.io
import httptools
import ujson
from rasa.constants import MINIMUM_COMPATIBLE_VERSION
from rasa.engine.graph import ExecutionContext, GraphComponent, GraphNode
from rasa.engine.storage.local_model_storage import MODEL_ARCHIVE_METADATA_FILE, LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelMetadata, ModelStorage
from rasa.model import get_local_model
from rasa.shared.constants import DEFAULT_SENDER_ID
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import (
    ENTITIES,
    FULL_RETRIEVAL_INTENT_NAME_KEY,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RESPONSE_KEY,
    PREDICTED_CONFIDENCE_KEY,
    RESPONSE,
    RESPONSE_SELECTOR,
    TEXT,
    TEXT_TOKENS,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.utils.common import configure_logging_and_warnings
from rasa.utils.log_utils import configure_structlog

log = logging.getLogger("nlu.parse_server")

RASA_CONVERTER = "rasa.graph_components.converters.nlu_message_converter.NLUMessageConverter"
OWN_CONVERTER = "nlu.parse_server.MessageConverter"
MESSAGE_INPUT = "__message__"
TRACKER_INPUT = "__tracker__"


CHANNELS = "rasa.core.channels"
# What rasa/core/channels/__init__.py imports from rasa.core.channels.channel (Rasa 3.6.21).
_FROM_CHANNEL = frozenset(
    {"InputChannel", "OutputChannel", "UserMessage", "CollectingOutputChannel"}
)


class _DeferredPackage(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """`rasa.core.channels` as a package whose `__init__` runs only when one of its own names
    is first looked up. Every component that registers with Rasa's default recipe imports
    `rasa.core.channels.channel` (for `UserMessage`, through rasa.engine.constants); the
    package's `__init__` imports every input channel and its SDK (Slack, aiogram, Twilio,
    Socket.IO, ...), about 30 MB that an NLU server never uses. Its submodules import as usual."""

    def find_spec(
        self,
        fullname: str,
        path: Optional[Sequence[str]] = None,
        target: Optional[ModuleType] = None,
    ) -> Optional[importlib.machinery.ModuleSpec]:
        if fullname != CHANNELS:
            return None
        real = importlib.machinery.PathFinder.find_spec(fullname, path)
        if real is None or real.origin is None:
            return None
        spec = importlib.machinery.ModuleSpec(fullname, self, origin=real.origin, is_package=True)
        spec.submodule_search_locations = real.submodule_search_locations
        spec.has_location = True
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        origin = module.__spec__.origin if module.__spec__ else None
        assert origin is not None

        def __getattr__(name: str) -> Any:
            if name.startswith("__"):
                raise AttributeError(name)
            if name in _FROM_CHANNEL:  # the names __init__ takes from .channel, the same objects
                return getattr(importlib.import_module(f"{CHANNELS}.channel"), name)
            del module.__dict__["__getattr__"]
            with open(origin, encoding="utf-8") as source:
                exec(compile(source.read(), origin, "exec"), module.__dict__)  # noqa: S102
            return getattr(module, name)

        module.__dict__["__getattr__"] = __getattr__


def defer_channels() -> bool:
    """Installs _DeferredPackage unless `rasa.core.channels` is imported already."""
    if CHANNELS in sys.modules:
        return False
    if not any(isinstance(finder, _DeferredPackage) for finder in sys.meta_path):
        sys.meta_path.insert(0, _DeferredPackage())
    return True


class Incoming:
    """What the graph's input converter reads of Rasa's `UserMessage`."""

    __slots__ = ("text", "message_id", "metadata")

    def __init__(self, text: Any) -> None:
        self.text = text.strip() if text else text  # as UserMessage
        self.message_id = uuid.uuid4().hex
        self.metadata = None


class MessageConverter(GraphComponent):
    """Rasa's NLUMessageConverter (rasa/graph_components/converters), without the import of
    `rasa.core.channels` (sanic, every channel's SDK) that it makes for a type hint."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MessageConverter:
        return cls()

    def convert_user_message(self, messages: List[Incoming]) -> List[Message]:
        return [
            Message(
                data={
                    TEXT: message.text,
                    "message_id": message.message_id,
                    "metadata": message.metadata,
                },
                output_properties={TEXT_TOKENS},
            )
            for message in messages
        ]


class _Storage(LocalModelStorage):
    @staticmethod
    def _load_metadata(directory: Path) -> ModelMetadata:
        return _metadata_with_own_converter(directory)


class Model:
    """A trained NLU model's prediction graph, run node by node."""

    def __init__(self, archive: Path) -> None:
        self.filename = archive.name
        # As rasa.engine.loader.load_predict_graph_runner, in a folder removed once the
        # components are loaded (as MessageProcessor._load_model removes it).
        with tempfile.TemporaryDirectory(prefix="nlu-model-") as folder:
            storage, metadata = _Storage.from_model_archive(Path(folder), archive)
            self.model_id: str = metadata.model_id
            self.target: str = metadata.nlu_target
            schema = metadata.predict_schema.minimal_graph_schema([self.target])
            context = ExecutionContext(
                graph_schema=metadata.predict_schema, model_id=metadata.model_id
            )
            nodes = {
                name: GraphNode.from_schema_node(name, node, storage, context, None)
                for name, node in schema.nodes.items()
            }
        self._steps = [
            (name, nodes[name], list(schema.nodes[name].needs.values()))
            for name in _in_order(schema.nodes)
        ]
        self._needs_tracker = any(TRACKER_INPUT in needs for _, _, needs in self._steps)
        self._domain = metadata.domain
        self._check_domain = bool(self._domain) and not self._domain.is_empty()

    def run(self, text: Any) -> Dict[str, Any]:
        """The graph's NLU output for `text`, as MessageProcessor.parse_message returns it."""
        results: Dict[str, Any] = {MESSAGE_INPUT: (MESSAGE_INPUT, [Incoming(text)])}
        if self._needs_tracker:
            results[TRACKER_INPUT] = (TRACKER_INPUT, self._tracker())
        for name, node, needs in self._steps:
            results[name] = node(*(results.get(need, need) for need in needs))
        parsed = results[self.target][1][0]
        answer: Dict[str, Any] = {
            TEXT: "",
            INTENT: {INTENT_NAME_KEY: None, PREDICTED_CONFIDENCE_KEY: 0.0},
            ENTITIES: [],
        }
        answer.update(parsed.as_dict(only_output_properties=True))
        _add_full_retrieval_intent(answer)
        if self._check_domain:
            self._warn_unseen(answer)
        return answer

    @staticmethod
    def _tracker() -> DialogueStateTracker:
        return DialogueStateTracker.from_events(DEFAULT_SENDER_ID, [])

    def _warn_unseen(self, answer: Dict[str, Any]) -> None:
        # MessageProcessor._check_for_unseen_features (a model trained with a domain).
        intent = answer["intent"]["name"]
        if intent and intent not in self._domain.intents:
            rasa.shared.utils.io.raise_warning(
                f"Parsed an intent '{intent}' which is not defined in the domain. "
                f"Please make sure all intents are listed in the domain."
            )
        for element in answer["entities"] or []:
            if element["entity"] and element["entity"] not in self._domain.entities:
                rasa.shared.utils.io.raise_warning(
                    f"Parsed an entity '{element['entity']}' which is not defined in the "
                    f"domain. Please make sure all entities are listed in the domain."
                )


def _metadata_with_own_converter(directory: Path) -> ModelMetadata:
    serialized = rasa.shared.utils.io.read_json_file(directory / MODEL_ARCHIVE_METADATA_FILE)
    # The training graph is not run here; its classes (validators, the CRF extractor's
    # evaluation helpers: rasa.nlu.test, the agent, the tracker stores, matplotlib) are not
    # imported.
    serialized["train_schema"] = {"nodes": {}}
    for node in serialized["predict_schema"]["nodes"].values():
        if node.get("uses") == RASA_CONVERTER:
            node["uses"] = OWN_CONVERTER
    return ModelMetadata.from_dict(serialized)


def _in_order(nodes: Dict[str, Any]) -> List[str]:
    """The nodes, each after those it needs (dask's order for a single-threaded get)."""
    ordered: List[str] = []
    placed: set[str] = set()

    def place(name: str, path: Tuple[str, ...]) -> None:
        if name in placed or name not in nodes:
            return
        if name in path:
            raise ValueError(f"the graph has a cycle through {name}")
        for need in nodes[name].needs.values():
            place(need, (*path, name))
        placed.add(name)
        ordered.append(name)

    for name in nodes:
        place(name, ())
    return ordered


def _add_full_retrieval_intent(answer: Dict[str, Any]) -> None:
    # MessageProcessor._update_full_retrieval_intent
    intent_name = answer.get(INTENT, {}).get(INTENT_NAME_KEY)
    selector = answer.get(RESPONSE_SELECTOR, {})
    if intent_name and intent_name in selector.get("all_retrieval_intents", []):
        retrieval = selector.get(intent_name, {}).get(RESPONSE, {}).get(INTENT_RESPONSE_KEY)
        answer[INTENT][FULL_RETRIEVAL_INTENT_NAME_KEY] = retrieval


def model_archive(path: str) -> Path:
    """The archive `rasa run --model path` loads (rasa.model.get_local_model)."""
    return Path(get_local_model(path))


# --- HTTP ---------------------------------------------------------------------------------
# HTTP/1.1 straight on httptools (the request parser sanic uses): one write per answer, no
# request object, router or middleware. At 25 parses a second a minimal aiohttp app took
# 0.57 ms of CPU a request, this 0.17 ms (docs/benchmarks.md).

Reply = Tuple[int, bytes, bytes]  # status, content type, body
JSON = b"application/json"
TEXT_PLAIN = b"text/plain; charset=utf-8"
MAX_BODY = 1024**2
# What rasa run adds to every answer (rasa/server.py configures sanic-cors so).
CORS_HEADERS = (
    b"Access-Control-Expose-Headers: filename\r\nAccess-Control-Allow-Credentials: true\r\n"
)
KEEP_ALIVE_S = 75.0  # longer than the bot client's 5 s: the client closes first, no race


def _json(body: Any, status: int = 200) -> Reply:
    # sanic's response.json: ujson.dumps with its defaults (the same bytes as rasa run's)
    return status, JSON, ujson.dumps(body).encode()


def _error(status: HTTPStatus, reason: str, message: str, details: Any = None) -> Reply:
    """rasa.server.ErrorResponse's answer."""
    return _json(
        {
            "version": rasa.__version__,
            "status": "failure",
            "message": message,
            "reason": reason,
            "details": details or {},
            "help": None,
            "code": int(status),
        },
        status=int(status),
    )


class Routes:
    """Rasa's answers to the routes the project uses (rasa/server.py, 3.6.21)."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self._get = {
            b"/": self.hello,
            b"/version": self.version,
            b"/status": self.status,
        }

    def __call__(self, method: bytes, url: bytes, body: bytes) -> Reply:
        parsed = httptools.parse_url(url)
        path = parsed.path
        if path == b"/model/parse":
            if method != b"POST":
                return _error(HTTPStatus.METHOD_NOT_ALLOWED, "MethodNotAllowed", "POST only")
            return self.parse(parsed.query or b"", body)
        if path in self._get:
            if method not in (b"GET", b"HEAD"):
                return _error(HTTPStatus.METHOD_NOT_ALLOWED, "MethodNotAllowed", "GET only")
            return self._get[path]()
        return _error(HTTPStatus.NOT_FOUND, "NotFound", f"Requested URL {path.decode()} not found")

    @staticmethod
    def hello() -> Reply:
        return 200, TEXT_PLAIN, f"Hello from Rasa: {rasa.__version__}".encode()

    @staticmethod
    def version() -> Reply:
        return _json(
            {"version": rasa.__version__, "minimum_compatible_version": MINIMUM_COMPATIBLE_VERSION}
        )

    def status(self) -> Reply:
        return _json(
            {
                "model_file": self.model.filename,
                "model_id": self.model.model_id,
                "num_active_training_jobs": 0,
            }
        )

    def parse(self, query: bytes, body: bytes) -> Reply:
        """rasa.server's `POST /model/parse`, without emulation modes."""
        if not body:
            return _error(
                HTTPStatus.BAD_REQUEST,
                "BadRequest",
                "No text message defined in request_body. Add text message to "
                "request body in order to obtain the intent and extracted entities.",
            )
        if b"emulation_mode=" in query:
            return _error(
                HTTPStatus.BAD_REQUEST,
                "BadRequest",
                "'emulation_mode' is served by `rasa run` only (NLU_SERVER=rasa).",
                {"parameter": "emulation_mode", "in": "query"},
            )
        try:
            try:
                data = ujson.loads(body)  # as sanic's request.json
            except ValueError:
                raise ValueError("Failed when parsing body as json") from None  # sanic's words
            text = data["text"][0] if type(data["text"]) == list else data["text"]  # noqa: E721
            try:
                answer = self.model.run(text)
            except Exception as exc:
                log.debug("parse failed", exc_info=True)
                return _error(
                    HTTPStatus.BAD_REQUEST,
                    "ParsingError",
                    f"An unexpected error occurred. Error: {exc}",
                )
            return _json(answer)
        except Exception as exc:
            log.debug("request failed", exc_info=True)
            return _error(
                HTTPStatus.INTERNAL_SERVER_ERROR,
                "ParsingError",
                f"An unexpected error occurred. Error: {exc}",
            )


class HttpConnection(asyncio.Protocol):
    """One client connection: requests answered in order, kept alive as the client asks."""

    def __init__(self, routes: Routes) -> None:
        self._routes = routes
        self._transport: Optional[asyncio.Transport] = None
        self._parser = httptools.HttpRequestParser(self)
        self._url = b""
        self._body: List[bytes] = []
        self._size = 0
        self._idle: Optional[asyncio.TimerHandle] = None

    # asyncio
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport  # type: ignore[assignment]  # uvloop's is no subclass
        self._wait()

    def connection_lost(self, exc: Optional[Exception]) -> None:
        if self._idle is not None:
            self._idle.cancel()
        self._transport = None

    def data_received(self, data: bytes) -> None:
        self._wait()
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._reply(*_error(HTTPStatus.BAD_REQUEST, "BadRequest", "no upgrade"), close=True)
        except httptools.HttpParserError:
            self._reply(*_error(HTTPStatus.BAD_REQUEST, "BadRequest", "bad request"), close=True)

    # httptools
    def on_message_begin(self) -> None:
        self._url = b""
        self._body = []
        self._size = 0

    def on_url(self, url: bytes) -> None:
        self._url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        if name.lower() == b"expect" and value.lower() == b"100-continue" and self._transport:
            self._transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")

    def on_body(self, body: bytes) -> None:
        self._size += len(body)
        if self._size <= MAX_BODY:
            self._body.append(body)

    def on_message_complete(self) -> None:
        keep = self._parser.should_keep_alive()
        method = self._parser.get_method()
        if self._size > MAX_BODY:
            reply = _error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "PayloadTooLarge", "too large")
            self._reply(*reply, close=True)
            return
        status, kind, body = self._routes(method, self._url, b"".join(self._body))
        self._reply(status, kind, b"" if method == b"HEAD" else body, close=not keep)

    def _reply(self, status: int, kind: bytes, body: bytes, *, close: bool) -> None:
        if self._transport is None or self._transport.is_closing():
            return
        head = (
            b"HTTP/1.1 %d %s\r\n%sContent-Type: %s\r\nContent-Length: %d\r\nConnection: %s\r\n\r\n"
            % (
                status,
                HTTPStatus(status).phrase.encode(),
                CORS_HEADERS,
                kind,
                len(body),
                b"close" if close else b"keep-alive",
            )
        )
        self._transport.write(head + body)
        if close:
            self._transport.close()

    def _wait(self) -> None:
        if self._idle is not None:
            self._idle.cancel()
        if self._transport is not None:
            self._idle = asyncio.get_running_loop().call_later(KEEP_ALIVE_S, self._transport.close)


async def listen(routes: Routes, interface: str, port: int) -> None:
    """Answers on interface:port until SIGTERM or SIGINT."""
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: HttpConnection(routes), interface, port)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    log.info("NLU server (nlu/parse_server.py) is up and running on %s:%d.", interface, port)
    async with server:
        await stop.wait()
    log.info("NLU server stopped.")


def configure_logging() -> None:
    """As `rasa run` configures it: LOG_LEVEL for Rasa (INFO by default; at DEBUG Rasa's
    components may log texts), LOG_LEVEL_LIBRARIES for the rest, structlog likewise."""

    configure_logging_and_warnings(None, None, warn_only_once=True, filter_repeated_logs=True)
    rasa.utils.io.configure_colored_logging(None)
    configure_structlog(None)
    library = os.environ.get("LOG_LEVEL_LIBRARIES", "ERROR")
    for name in ("asyncio",):
        logging.getLogger(name).setLevel(library)
    logging.getLogger("nlu").setLevel(os.environ.get("LOG_LEVEL", "INFO"))


def serve(model_path: str, interface: str, port: int) -> None:
    """Loads the model, then answers on interface:port until SIGTERM or SIGINT."""
    configure_logging()
    defer_channels()
    sys.path.insert(1, os.getcwd())  # the model's own components, as rasa run finds them
    archive = model_archive(model_path)
    log.info("Loading model %s...", archive)
    model = Model(archive)
    model.run("hello")  # the first parse loads lazy parts (the encoder's engine)
    # The model and Rasa's modules (about 110,000 tracked objects) out of the garbage
    # collector's full passes, which would walk them all (as the bot, bot/runtime.py).
    gc.collect()
    gc.freeze()
    try:
        import uvloop

        uvloop.install()  # as sanic runs
    except ImportError:
        pass
    asyncio.run(listen(Routes(model), interface, port))
