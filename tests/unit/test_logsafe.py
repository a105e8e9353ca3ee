"""No user text in any log line, whoever logs it (bot/logsafe.py): PTB's raw dump of a
truncated getUpdates body, an update PTB could not handle, exception messages anywhere."""

from __future__ import annotations

import io
import json
import logging
import sqlite3
from collections.abc import Iterator

import pytest
from telegram.error import TelegramError
from telegram.request import BaseRequest

from bot.logsafe import WITHHELD, NoUserText, guard_handlers, template_only

MARKER = "MARKER-ကယ်ပါ-help-me-7d1c"


@pytest.fixture
def log_text() -> Iterator[io.StringIO]:
    """Everything logged while the test runs, through a root handler with the filter, as
    bot/cli.py sets it up (the root at DEBUG: the loosest the bot ever runs)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    level = root.level
    handler.addFilter(NoUserText())  # on this handler only: pytest's own stay as they are
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def truncated_get_updates_body() -> bytes:
    update = {
        "update_id": 7,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": 42, "type": "private"},
            "from": {"id": 42, "is_bot": False, "first_name": "A"},
            "text": f"my boss beats me {MARKER} please",
        },
    }
    raw = json.dumps({"ok": True, "result": [update]}, ensure_ascii=False).encode()
    return raw[: raw.index(b"please")]  # cut off mid-message, as a dropped connection does


def test_a_truncated_getupdates_body_reaches_no_log(log_text: io.StringIO) -> None:
    with pytest.raises(TelegramError):
        BaseRequest.parse_json_payload(truncated_get_updates_body())
    text = log_text.getvalue()
    assert "Can not load invalid JSON data" in text  # PTB's own words: the event is logged
    assert WITHHELD in text and "JSONDecodeError" in text
    assert MARKER not in text and "boss" not in text


def test_a_library_record_keeps_its_words_but_not_its_values(log_text: io.StringIO) -> None:
    logging.getLogger("telegram.ext.Application").critical(
        "Error while building CallbackContext for update %s. Update will not be processed.",
        {"message": {"text": MARKER}},
    )
    logging.getLogger("some.library").warning("%(who)s said %(what)r", {"who": "x", "what": MARKER})
    logging.getLogger("some.library").error(RuntimeError(MARKER))  # a message that is no string
    text = log_text.getvalue()
    assert "Error while building CallbackContext for update <withheld>." in text
    assert "<withheld> said <withheld>" in text
    assert "(RuntimeError <withheld>)" in text
    assert MARKER not in text


def test_exception_messages_are_withheld_from_our_records_and_libraries_alike(
    log_text: io.StringIO,
) -> None:
    def fail() -> None:
        try:
            raise KeyError(MARKER)
        except KeyError as error:
            raise sqlite3.OperationalError(f"database is locked: {MARKER}") from error

    for name in ("bot.telegram.handlers", "telegram.ext.Application"):
        try:
            fail()
        except sqlite3.OperationalError as error:
            logging.getLogger(name).error("Error while handling an update", exc_info=error)
    text = log_text.getvalue()
    assert text.count("sqlite3.OperationalError") == 2 and text.count("builtins.KeyError") == 2
    assert "in fail" in text  # the traceback's frames stay: where it failed is no secret
    assert MARKER not in text


def test_our_own_records_keep_their_values(log_text: io.StringIO) -> None:
    logging.getLogger("bot.telegram.polling").warning("getUpdates failed (%s)", "RetryAfter")
    assert "getUpdates failed (RetryAfter)" in log_text.getvalue()


def test_a_record_seen_by_two_handlers_is_rewritten_once() -> None:
    record = logging.LogRecord("telegram", logging.ERROR, __file__, 1, "%s", (MARKER,), None)
    try:
        raise ValueError(MARKER)
    except ValueError as error:
        record.exc_info = (ValueError, error, error.__traceback__)
    first, second = NoUserText(), NoUserText()
    assert first.filter(record) and second.filter(record)
    assert record.getMessage() == WITHHELD
    assert record.exc_text is not None and "builtins.ValueError" in record.exc_text
    assert MARKER not in record.exc_text


def test_the_filter_is_installed_once_per_handler() -> None:
    logger = logging.getLogger("tests.logsafe.private")
    handler = logging.NullHandler()
    logger.addHandler(handler)
    try:
        guard_handlers(logger)
        guard_handlers(logger)
        assert sum(isinstance(f, NoUserText) for f in handler.filters) == 1
    finally:
        logger.removeHandler(handler)


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("%s and %d", f"{WITHHELD} and {WITHHELD}"),
        ("100%% sure: %-10.3f", f"100% sure: {WITHHELD}"),
        ("%(name)s", WITHHELD),
        ("no values", "no values"),
    ],
)
def test_placeholders_are_withheld(template: str, expected: str) -> None:
    assert template_only(template) == expected
