"""Rasa's NLU server (`rasa run`, the same HTTP API), without TensorFlow when the model's
pipeline does not use it: 230 MB resident instead of 600 (docs/benchmarks.md "Issue 11"), and
for `rasa run --enable-api` with only a model, interface and port, without `rasa run` itself.

    .venv-nlu/bin/python -m nlu.server run --enable-api --model models --port 5005

The arguments are `rasa`'s. Before Rasa is imported, the model named by `--model` (an archive,
or the newest in a folder, as Rasa chooses) is read: when every component of its prediction
graph is one known to run without TensorFlow, TensorFlow is replaced by nlu/tf_absent.py's
stand-in, and the model is served by nlu/parse_server.py (Rasa's graph and components, its
`/model/parse` and `/status` answers, without its agent, dask and sanic: less CPU per parse and
less memory). Other arguments (auth, endpoints, TLS, ...) get `rasa run` without TensorFlow.
Any other model, or one that cannot be read, gets the whole of Rasa as `rasa run` would.
Set NLU_SERVER=rasa to get `rasa run` (without TensorFlow) in any case.
"""

from __future__ import annotations

import glob
import json
import os
import sys
import tarfile
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Set

from nlu import tf_absent

# Components that run no TensorFlow op when they predict (read in their source, Rasa 3.6.21,
# and checked by nlu/tests/test_server.py, which parses with and without TensorFlow).
TENSORFLOW_FREE = frozenset(
    {
        "rasa.graph_components.converters.nlu_message_converter.NLUMessageConverter",
        "rasa.nlu.classifiers.regex_message_handler.RegexMessageHandler",
        "rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer.CountVectorsFeaturizer",
        "nlu.components.script_tokenizer.ScriptTokenizer",
        "nlu.components.token_ngram_featurizer.TokenNgramFeaturizer",
        "nlu.components.linear_intent_classifier.LinearIntentClassifier",
    }
)
_METADATA = "metadata.json"


def model_argument(argv: List[str]) -> Optional[str]:
    """The value of `--model`/`-m` in rasa's arguments; Rasa's default folder otherwise."""
    for index, arg in enumerate(argv):
        if arg in ("--model", "-m") and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--model="):
            return arg.split("=", 1)[1]
    return "models"


def archive_for(path: str) -> Optional[str]:
    """The archive Rasa loads for `path`: itself, or a folder's newest (Rasa's rule,
    rasa.model.get_latest_model: the last modified)."""
    if os.path.isfile(path):
        return path
    archives = glob.glob(os.path.join(path, "*.tar.gz"))
    return max(archives, key=os.path.getmtime) if archives else None


def predict_components(archive: str) -> Set[str]:
    """The classes of the archive's prediction graph, by module path."""
    with tarfile.open(archive, "r:gz") as tar:
        member = next(m for m in tar.getmembers() if m.name.lstrip("/") == _METADATA)
        extracted = tar.extractfile(member)
        if extracted is None:
            raise ValueError(f"{_METADATA} is not a file")
        metadata = json.load(extracted)
    return {node["uses"] for node in metadata["predict_schema"]["nodes"].values()}


def tensorflow_needed(argv: List[str]) -> bool:
    """True unless the model to be served is known to need no TensorFlow (`rasa run` only:
    any other command, training included, gets the whole of Rasa)."""
    if not argv or argv[0] != "run":
        return True
    model = model_argument(argv)
    archive = archive_for(model) if model else None
    if archive is None:
        return True  # Rasa says what is wrong
    try:
        unknown = predict_components(archive) - TENSORFLOW_FREE
    except (OSError, ValueError, KeyError, StopIteration, tarfile.TarError) as exc:
        _say(f"model {archive} unreadable ({type(exc).__name__}): TensorFlow loaded")
        return True
    if unknown:
        _say(f"TensorFlow loaded for {', '.join(sorted(unknown))}")
    return bool(unknown)


@dataclass(frozen=True)
class Listen:
    """`rasa run`'s arguments that nlu/parse_server.py takes (Rasa's defaults)."""

    model: str = "models"
    interface: str = "0.0.0.0"
    port: int = 5005


_VALUES = {
    "--model": "model",
    "-m": "model",
    "--interface": "interface",
    "-i": "interface",
    "--port": "port",
    "-p": "port",
}


def listen_arguments(argv: Sequence[str]) -> Optional[Listen]:
    """`rasa run --enable-api` with at most a model, interface and port; None for anything
    else (another command, no API, an option parse_server does not implement)."""
    if not argv or argv[0] != "run" or os.environ.get("NLU_SERVER") == "rasa":
        return None
    found: Dict[str, str] = {}
    api = False
    rest = list(argv[1:])
    while rest:
        arg = rest.pop(0)
        name, equals, value = arg.partition("=")
        if arg == "--enable-api":
            api = True
        elif name in _VALUES and equals:
            found[_VALUES[name]] = value
        elif arg in _VALUES and rest:
            found[_VALUES[arg]] = rest.pop(0)
        else:
            return None
    try:
        port = int(found.get("port", Listen.port))
    except ValueError:
        return None
    if not api:
        return None
    return Listen(found.get("model", Listen.model), found.get("interface", Listen.interface), port)


def _say(line: str) -> None:
    # Before Rasa configures logging; the supervisor sends stderr to var/rasa.log.
    print(f"nlu.server: {line}", file=sys.stderr, flush=True)


def main(argv: Optional[List[str]] = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if not tensorflow_needed(args):
        tf_absent.install()
        _say("TensorFlow not loaded: no component of the model needs it")
        listen = listen_arguments(args)
        if listen is not None:
            from nlu import parse_server

            parse_server.serve(listen.model, listen.interface, listen.port)
            return
        if args and args[0] == "run":
            _say(
                "rasa run serves: NLU_SERVER=rasa, or arguments nlu/parse_server.py does not "
                "take (it takes --enable-api, --model, --interface, --port)"
            )
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *args]
    rasa_main()


if __name__ == "__main__":
    main()
