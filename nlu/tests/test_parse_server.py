"""nlu/parse_server.py, the NLU server of our own: which `rasa run` arguments it takes, what it
leaves unimported, and that it answers every parse with the bytes `rasa run` sends (Rasa's
Agent, with TensorFlow, in this process; sanic writes its answer with ujson.dumps)."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

from nlu import server
from nlu.tools.rasa_data import read_examples

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "deploy" / "systemd" / "migrant-bot-rasa@.service"
ENV = {
    **os.environ,
    "PYTHONPATH": str(ROOT),
    "RASA_TELEMETRY_ENABLED": "false",
    "LOG_LEVEL": "INFO",
    "PYTHONWARNINGS": "ignore",
}


def test_the_supervisors_arguments_are_served_by_our_server() -> None:
    # bot/nlu/supervisor.py's server_command (it runs in the bot's venv, not this one)
    args = ["run", "--enable-api", "--model", "/m/x.tar.gz", "--interface", "127.0.0.1"]
    listen = server.listen_arguments([*args, "--port", "5099"])
    assert listen == server.Listen("/m/x.tar.gz", "127.0.0.1", 5099)
    assert server.listen_arguments(["run", "--enable-api", "-m=models", "-p", "6000"]) == (
        server.Listen("models", "0.0.0.0", 6000)
    )


def test_the_systemd_units_arguments_are_served_by_our_server() -> None:
    line = next(x for x in UNIT.read_text().splitlines() if x.startswith("ExecStart="))
    words = shlex.split(line.replace("%i", "5006"))
    args = words[words.index("nlu.server") + 1 :]
    assert server.listen_arguments(args) == server.Listen("/opt/migrant-bot/models", "127.0.0.1", 5006)


@pytest.mark.parametrize(
    "args",
    [
        ["run", "--model", "models"],  # no API: rasa run answers nothing either
        ["run", "--enable-api", "--auth-token", "secret"],
        ["run", "--enable-api", "--endpoints", "endpoints.yml"],
        ["run", "--enable-api", "--port", "http"],
        ["run", "--enable-api", "--model"],
        ["train", "--enable-api"],
        [],
    ],
)
def test_anything_else_gets_rasa_run(args: List[str]) -> None:
    assert server.listen_arguments(args) is None


def test_nlu_server_rasa_asks_for_rasa_run(monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["run", "--enable-api", "--model", "models"]
    assert server.listen_arguments(args) is not None
    monkeypatch.setenv("NLU_SERVER", "rasa")
    assert server.listen_arguments(args) is None


class _Node:
    def __init__(self, *needs: str) -> None:
        self.needs = {f"arg{i}": need for i, need in enumerate(needs)}


def test_graph_nodes_run_after_the_nodes_they_need() -> None:
    from nlu.parse_server import _in_order

    nodes = {
        "classify": _Node("featurize", "tokenize"),
        "featurize": _Node("tokenize"),
        "tokenize": _Node("convert"),
        "convert": _Node("__message__"),
    }
    assert _in_order(nodes) == ["convert", "tokenize", "featurize", "classify"]
    with pytest.raises(ValueError, match="cycle"):
        _in_order({"a": _Node("b"), "b": _Node("a")})


_CHANNELS = """
import sys
from nlu.parse_server import defer_channels
assert defer_channels()
from rasa.core.channels.channel import UserMessage
from rasa.core.channels import UserMessage as Exported
light = "aiogram" not in sys.modules and "rasa.core.channels.rest" not in sys.modules
from rasa.core.channels import RestInput
print(light, Exported is UserMessage, RestInput.__module__, "aiogram" in sys.modules)
"""


def test_the_channels_package_runs_its_init_only_when_one_of_its_names_is_used() -> None:
    child = subprocess.run(
        [sys.executable, "-c", _CHANNELS], capture_output=True, text=True, cwd=ROOT, env=ENV,
        timeout=300,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert child.stdout.split() == ["True", "True", "rasa.core.channels.rest", "True"]


def newest_model() -> Optional[Path]:
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=os.path.getmtime)
    return models[-1] if models else None


_LOADED = """
import json, sys
from pathlib import Path
from nlu import tf_absent
tf_absent.install()
from nlu import parse_server
parse_server.defer_channels()
model = parse_server.Model(Path(sys.argv[1]))
model.run("hello")
heavy = ["rasa.core.agent", "rasa.core.processor", "rasa.core.tracker_store", "rasa.nlu.test",
         "dask", "boto3", "pymongo", "matplotlib", "aiogram", "slack_sdk", "twilio", "socketio"]
print(json.dumps([name for name in heavy if name in sys.modules]))
"""


def test_the_model_loads_without_the_agents_imports() -> None:
    model = newest_model()
    if model is None:
        pytest.skip("no trained model in models/ (make nlu-model)")
    child = subprocess.run(
        [sys.executable, "-c", _LOADED, str(model)], capture_output=True, text=True, cwd=ROOT,
        env=ENV, timeout=600,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert json.loads(child.stdout.strip().splitlines()[-1]) == []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running(model: Path, log: Path) -> Iterator[Tuple[int, str]]:
    """nlu/server.py as the bot's supervisor starts it; yields (port, its log so far)."""
    port = free_port()
    args = ["run", "--enable-api", "--model", str(model), "--interface", "127.0.0.1"]
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "nlu.server", *args, "--port", str(port)],
            cwd=ROOT, env=ENV, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            assert process.poll() is None, log.read_text()[-3000:]
            with contextlib.suppress(OSError):
                if request(port, "GET", "/status")[0] == 200:
                    break
            time.sleep(0.5)
        yield port, log.read_text()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        assert process.wait(30) == 0  # stops cleanly on SIGTERM, as systemd and the bot stop it


def request(port: int, method: str, path: str, body: Optional[bytes] = None) -> Tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def heldout_texts(per_language: int) -> List[str]:
    texts: List[str] = []
    for path in sorted((ROOT / "nlu" / "heldout").glob("*.yml")):  # every language and script
        texts += [text for text, _ in read_examples(path)[::5][:per_language]]
    return texts


def test_answers_are_rasa_runs_byte_for_byte(tmp_path: Path) -> None:
    model = newest_model()
    if model is None:
        pytest.skip("no trained model in models/ (make nlu-model)")
    import asyncio

    import ujson
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    texts = heldout_texts(25) + ["  padded hello  ", "", "🙂", "a" * 3000]
    with running(model, tmp_path / "rasa.log") as (port, log):
        assert "nlu/parse_server.py" in log
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)  # kept alive
        differ = []
        for text in texts:
            connection.request("POST", "/model/parse", json.dumps({"text": text}))
            response = connection.getresponse()
            body = response.read()
            expected = ujson.dumps(asyncio.run(agent.parse_message(text))).encode()
            if (response.status, body) != (200, expected):
                differ.append((text, response.status, body[:300], expected[:300]))
        connection.close()
        assert differ == [], differ[:3]
        status, body = request(port, "GET", "/status")
        assert status == 200
        assert json.loads(body) == {
            "model_file": model.name,
            "model_id": agent.model_id,
            "num_active_training_jobs": 0,
        }
        assert request(port, "GET", "/") == (200, b"Hello from Rasa: 3.6.21")


def test_errors_are_answered_as_rasa_answers_them(tmp_path: Path) -> None:
    model = newest_model()
    if model is None:
        pytest.skip("no trained model in models/ (make nlu-model)")
    with running(model, tmp_path / "rasa.log") as (port, _):
        cases: Dict[bytes, Tuple[int, str, Any]] = {
            b"": (400, "BadRequest", "No text message defined in request_body."),
            b"not json": (500, "ParsingError", "Error: Failed when parsing body as json"),
            b'{"words": "hi"}': (500, "ParsingError", "Error: 'text'"),
        }
        for body, (code, reason, message) in cases.items():
            status, answer = request(port, "POST", "/model/parse", body)
            error = json.loads(answer)
            assert (status, error["code"], error["reason"]) == (code, code, reason)
            assert message in error["message"] and error["status"] == "failure"
        assert request(port, "GET", "/model/parse")[0] == 405
        assert request(port, "GET", "/nowhere")[0] == 404
        # still answering after them, on a fresh connection
        status, answer = request(port, "POST", "/model/parse", b'{"text": "hello"}')
        assert status == 200 and json.loads(answer)["text"] == "hello"
