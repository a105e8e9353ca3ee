"""nlu/server.py and its TensorFlow stand-in: which models run without TensorFlow, what the
stand-in allows, and that the real model parses the same with it as with TensorFlow."""

from __future__ import annotations

import asyncio
import io
import json
import os
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

from nlu import server, tf_absent
from nlu.tools.rasa_data import read_examples

ROOT = Path(__file__).resolve().parents[2]
DIET = "rasa.nlu.classifiers.diet_classifier.DIETClassifier"


def archive(path: Path, uses: List[str]) -> Path:
    nodes = {f"node{index}": {"uses": name} for index, name in enumerate(uses)}
    body = json.dumps({"predict_schema": {"nodes": nodes}}).encode()
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("metadata.json")
        info.size = len(body)
        tar.addfile(info, io.BytesIO(body))
    return path


def test_our_pipeline_runs_without_tensorflow(tmp_path: Path) -> None:
    model = archive(tmp_path / "m.tar.gz", sorted(server.TENSORFLOW_FREE))
    assert not server.tensorflow_needed(["run", "--model", str(model)])
    assert not server.tensorflow_needed(["run", f"--model={model}"])


def test_only_serving_runs_without_tensorflow(tmp_path: Path) -> None:
    model = archive(tmp_path / "m.tar.gz", sorted(server.TENSORFLOW_FREE))
    assert server.tensorflow_needed(["train", "--model", str(model)])
    assert server.tensorflow_needed([])


def test_a_component_not_known_to_be_free_of_tensorflow_gets_it(tmp_path: Path) -> None:
    model = archive(tmp_path / "m.tar.gz", [*sorted(server.TENSORFLOW_FREE), DIET])
    assert server.tensorflow_needed(["run", "-m", str(model)])


@pytest.mark.parametrize("content", [b"", b"not a tar file"])
def test_an_unreadable_model_gets_tensorflow(tmp_path: Path, content: bytes) -> None:
    model = tmp_path / "broken.tar.gz"
    model.write_bytes(content)
    assert server.tensorflow_needed(["run", "--model", str(model)])


def test_no_model_gets_tensorflow_and_rasa_says_what_is_wrong(tmp_path: Path) -> None:
    assert server.tensorflow_needed(["run", "--model", str(tmp_path)])
    assert server.tensorflow_needed(["run", "--model", str(tmp_path / "missing.tar.gz")])


def test_a_folder_means_its_newest_archive_as_rasa_chooses(tmp_path: Path) -> None:
    older = archive(tmp_path / "b.tar.gz", sorted(server.TENSORFLOW_FREE))
    time.sleep(0.05)  # ctime ticks with the kernel's clock, a few ms at a time
    newer = archive(tmp_path / "a.tar.gz", [DIET])
    assert os.stat(older).st_ctime < os.stat(newer).st_ctime
    assert server.archive_for(str(tmp_path)) == str(newer)
    assert server.tensorflow_needed(["run", "--model", str(tmp_path)])


def test_absent_names_can_be_subclassed_and_hinted_but_not_used() -> None:
    layer = tf_absent.absent_name("tensorflow.keras.layers.Layer")

    class Mine(layer):  # type: ignore[misc, valid-type]
        rank = 2

    assert Mine.rank == 2
    assert Mine.anything.deeper.__qualname__.endswith("Mine.anything.deeper")
    assert layer[int] is layer
    assert Optional[layer] is not None
    with pytest.raises(tf_absent.TensorFlowAbsent):
        Mine()
    with pytest.raises(tf_absent.TensorFlowAbsent):
        layer.dense(3)
    with pytest.raises(AttributeError):
        layer.__wrapped__  # noqa: B018 - probes for dunders must see nothing


def newest_model() -> Optional[Path]:
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=os.path.getctime)
    return models[-1] if models else None


_PARSE_WITHOUT_TENSORFLOW = """
import asyncio, json, sys
from nlu import tf_absent
tf_absent.install()
from rasa.core.agent import Agent
agent = Agent.load(sys.argv[1])
texts = json.loads(sys.stdin.read())
answers = [asyncio.run(agent.parse_message(text)) for text in texts]
print(json.dumps({"answers": answers, "absent": tf_absent.installed(),
                  "jax": "jax" in sys.modules}))
"""


def heldout_texts(per_language: int) -> List[str]:
    texts: List[str] = []
    for language in ("en", "my", "km"):
        examples = read_examples(ROOT / "nlu" / "heldout" / f"{language}.yml")
        texts += [text for text, _ in examples[::7][:per_language]]
    return texts


def test_the_model_parses_the_same_without_tensorflow() -> None:
    model = newest_model()
    if model is None:
        pytest.skip("no trained model in models/ (make nlu-model)")
    texts = heldout_texts(12)
    child = subprocess.run(
        [sys.executable, "-c", _PARSE_WITHOUT_TENSORFLOW, str(model)],
        input=json.dumps(texts), capture_output=True, text=True, cwd=ROOT, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false"},
    )
    assert child.returncode == 0, child.stderr[-2000:]
    lean: Dict[str, Any] = json.loads(child.stdout.strip().splitlines()[-1])
    assert lean["absent"] and not lean["jax"]

    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    full = [asyncio.run(agent.parse_message(text)) for text in texts]
    assert json.loads(json.dumps(full)) == lean["answers"]
