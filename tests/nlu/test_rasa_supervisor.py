"""RasaSupervisor with a stand-in `rasa` executable (tests/nlu/fake_rasa.py)."""

from __future__ import annotations

import asyncio
import os
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.nlu import RasaHttpClient, RasaSupervisor
from bot.nlu.supervisor import server_command
from tests.fakes.jsonhttp import free_port

FAKE_RASA = Path(__file__).with_name("fake_rasa.py")


@pytest.fixture
def fake_rasa_bin(tmp_path: Path) -> Path:
    script = tmp_path / "rasa"
    script.write_text(
        f"#!{sys.executable}\nimport runpy\n"
        f"runpy.run_path({str(FAKE_RASA)!r}, run_name='__main__')\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); it is gone for our purposes.
    status = Path(f"/proc/{pid}/stat")
    return status.exists() and status.read_text().split()[2] != "Z"


async def wait_until(condition: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.05)
    return False


async def test_start_returns_at_once_and_becomes_ready(fake_rasa_bin: Path, tmp_path: Path) -> None:
    supervisor = RasaSupervisor(
        fake_rasa_bin, tmp_path / "m.tar.gz", free_port(), tmp_path / "r.log"
    )
    started = time.perf_counter()
    await supervisor.start()
    assert time.perf_counter() - started < 0.5
    try:
        assert await supervisor.wait_ready(10)
        assert supervisor.ready
        client = RasaHttpClient(supervisor.url)
        assert (await client.parse("hello")).topic == "unpaid_wages"
        await client.aclose()
    finally:
        await supervisor.stop()
    assert not supervisor.ready


async def test_child_runs_at_info_level_never_debug(
    fake_rasa_bin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOG_LEVEL", "DEBUG")  # DEBUG would make Rasa log message texts
    log_path = tmp_path / "r.log"
    supervisor = RasaSupervisor(fake_rasa_bin, tmp_path / "m.tar.gz", free_port(), log_path)
    await supervisor.start()
    assert await supervisor.wait_ready(10)
    await supervisor.stop()
    assert "LOG_LEVEL=INFO" in log_path.read_text()


async def test_restarts_after_a_crash(
    fake_rasa_bin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_RASA_CRASH_AFTER", "1.5")
    supervisor = RasaSupervisor(
        fake_rasa_bin, tmp_path / "m.tar.gz", free_port(), tmp_path / "r.log"
    )
    await supervisor.start()
    try:
        assert await supervisor.wait_ready(10)
        first_pid = supervisor.pid
        assert await wait_until(lambda: not supervisor.ready)
        assert await wait_until(lambda: supervisor.restarts >= 1)
        assert await supervisor.wait_ready(10)
        assert supervisor.pid != first_pid
    finally:
        await supervisor.stop()


async def test_stop_kills_the_whole_process_group(
    fake_rasa_bin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_RASA_CHILD", "1")
    log_path = tmp_path / "r.log"
    supervisor = RasaSupervisor(fake_rasa_bin, tmp_path / "m.tar.gz", free_port(), log_path)
    await supervisor.start()
    assert await supervisor.wait_ready(10)
    pid = supervisor.pid
    child_pid = int(log_path.read_text().split("child ")[1].split()[0])
    assert pid is not None and alive(child_pid)
    await supervisor.stop()
    assert await wait_until(lambda: not alive(pid) and not alive(child_pid))


async def test_missing_executable_never_becomes_ready_and_stops_cleanly(tmp_path: Path) -> None:
    supervisor = RasaSupervisor(
        tmp_path / "no-such-rasa", tmp_path / "m.tar.gz", free_port(), tmp_path / "r.log"
    )
    await supervisor.start()
    assert await supervisor.wait_ready(1.0) is False
    await supervisor.stop()


def test_rasa_is_started_through_nlu_server_when_its_python_is_there(tmp_path: Path) -> None:
    rasa, model = tmp_path / "rasa", tmp_path / "m.tar.gz"
    rasa.touch()
    listen = ["--interface", "127.0.0.1", "--port", "5099"]
    bare = [str(rasa), "run", "--enable-api", "--model", str(model.resolve()), *listen]
    assert server_command(rasa, model, 5099) == bare  # a lone executable, as the fakes are
    (tmp_path / "python").touch()
    lean = [str(tmp_path / "python"), "-m", "nlu.server", *bare[1:]]
    assert server_command(rasa, model, 5099) == lean
    assert server_command(rasa, model, 5099, lean=False) == bare
