"""The console channel: the same conversation as Telegram, in a terminal.

Buttons are shown as numbered choices; typing the number presses the button. When stdin is
not a terminal, lines are read one by one, so a conversation can be scripted.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.dialogue.events import ButtonPress, Command, Event, Location
from bot.service import BotService
from bot.values import Button, Reply

PROMPT = "> "


def render(replies: Sequence[Reply]) -> tuple[str, list[Button]]:
    """Text for the terminal, and the buttons in the order of their numbers."""
    lines: list[str] = []
    buttons: list[Button] = []
    for reply in replies:
        lines.append(reply.text)
        if reply.venue is not None:
            lines.append(f"📍 {reply.venue.lat:.5f}, {reply.venue.lon:.5f}")
        for row in reply.buttons:
            cells = []
            for button in row:
                buttons.append(button)
                cells.append(f"[{len(buttons)}] {button.label}")
            lines.append("   ".join(cells))
        lines.append("")
    return "\n".join(lines), buttons


def parse_line(line: str, buttons: Sequence[Button]) -> Event | None:
    """A typed number presses a button; /command; "/location lat lon" shares a location."""
    stripped = line.strip()
    if stripped.isdigit() and 1 <= int(stripped) <= len(buttons):
        return ButtonPress(buttons[int(stripped) - 1].data)
    if stripped.startswith("/"):
        name, _, args = stripped[1:].partition(" ")
        if name.lower() == "location":
            return _location(args)
        return Command(name.lower(), args.strip())
    return None


def _location(args: str) -> Event | None:
    try:
        lat, lon = (float(part) for part in args.replace(",", " ").split())
    except ValueError:
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Location(lat, lon)


def load_buttons(path: Path | None) -> list[Button]:
    """The keyboard last shown, so a number typed after a restart still presses it."""
    if path is None or not path.exists():
        return []
    try:
        return [Button(item["label"], item["data"]) for item in json.loads(path.read_text())]
    except (ValueError, KeyError, TypeError):
        return []


def save_buttons(path: Path | None, buttons: Sequence[Button]) -> None:
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps([{"label": b.label, "data": b.data} for b in buttons]))


async def chat(
    service: BotService, uid: str, stdin: TextIO, stdout: TextIO, keyboard_file: Path | None = None
) -> None:
    interactive = stdin.isatty()
    buttons = load_buttons(keyboard_file)
    if interactive:
        stdout.write("Type /start to begin, a number to press a button, Ctrl-D to quit.\n")
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            return
        if not line.strip():
            continue
        event = parse_line(line, buttons)
        if event is None:
            event = await service.text_event(line.rstrip("\n"))
        replies = await service.handle(uid, event)
        text, buttons = render(replies)
        save_buttons(keyboard_file, buttons)
        stdout.write(text + "\n")
        stdout.flush()
