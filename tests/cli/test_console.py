"""The console channel, as a newcomer runs it: `python -m bot chat` with piped stdin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.console import parse_line, render
from bot.dialogue.events import ButtonPress, Command, Location
from bot.values import Button, Reply

ROOT = Path(__file__).resolve().parents[2]


def chat(tmp_path: Path, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "BOT_VAR_DIR": str(tmp_path),
        "CONTENT_DIR": str(ROOT / "tests" / "fixtures" / "content"),
        "NLU_URL": "http://127.0.0.1:9",  # nothing listens: menus only, no Rasa started
    }
    env.pop("TELEGRAM_BOT_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_start_prints_the_language_choice(tmp_path):
    result = chat(tmp_path, "/start\n")
    assert result.returncode == 0, result.stderr
    assert "[1] မြန်မာ" in result.stdout and "[3] English" in result.stdout


def test_numbers_press_buttons_and_state_survives_a_restart(tmp_path):
    first = chat(tmp_path, "/start\n3\n")  # English
    assert "Where are you from?" in first.stdout
    second = chat(tmp_path, "2\n")  # "Cambodia", in a new process
    assert "Where are you now?" in second.stdout


def test_free_text_with_the_nlu_down_says_so_and_shows_the_menu(tmp_path):
    result = chat(tmp_path, "/start\n3\n4\n4\nmy boss did not pay me\n")
    assert "I cannot read free text right now" in result.stdout
    assert "Problems at work" in result.stdout


def test_logs_go_to_a_file_and_hold_no_message_text(tmp_path):
    secret = "my boss did not pay me for three months"
    chat(tmp_path, f"/start\n3\n{secret}\n")
    log = (tmp_path / "bot.log").read_text()
    assert secret not in log


def test_render_numbers_buttons_across_replies():
    replies = (
        Reply("a", ((Button("x", "menu"),),)),
        Reply("b", ((Button("y", "person"), Button("z", "help")),)),
    )
    text, buttons = render(replies)
    assert "[1] x" in text and "[3] z" in text
    assert [b.data for b in buttons] == ["menu", "person", "help"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2", ButtonPress("person")),
        ("/start", Command("start")),
        ("/MENU extra", Command("menu", "extra")),
        ("/location 13.75 100.5", Location(13.75, 100.5)),
        ("/location 95 0", None),
        ("/location nowhere", None),
        ("7", None),
        ("0", None),
        ("hello", None),
    ],
)
def test_parse_line(line, expected):
    buttons = [Button("a", "menu"), Button("b", "person")]
    assert parse_line(line, buttons) == expected
