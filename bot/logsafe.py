"""A last guard on every log handler: no words of a user reach a log, whoever logs them.

Our own code logs ids, counts and class names only. Libraries are another matter: PTB logs a
getUpdates body that is not JSON raw at ERROR ("Can not load invalid JSON data: ..."), and
the update it could not handle at CRITICAL; an exception's message can quote a request, an
SQL statement's parameters or a user's text. So, on every record:

- a library's record keeps its format string (the library's own constant words) but not the
  values filled into it: each placeholder shows `<withheld>`;
- any record's exception keeps its traceback (files, lines, functions) and the class of each
  exception in the chain, never their messages.

A library that builds its message before logging (an f-string, no arguments) would still get
through: the ones the bot runs with (PTB, httpx, SQLAlchemy, Alembic) do not at INFO and
above, and their DEBUG loggers are kept at WARNING (bot/cli.py).
"""

from __future__ import annotations

import logging
import re
import traceback
from types import TracebackType

OURS = "bot"
WITHHELD = "<withheld>"
# A %-style placeholder, as logging fills them: %s, %d, %(name)s, %-10.3f ... ("%%" is kept).
PLACEHOLDER = re.compile(r"%%|%(\([^)]*\))?[#0 +-]*(\*|\d+)?(\.(\*|\d+))?[diouxXeEfFgGcrsa]")
DONE = "_no_user_text"  # set on a record once rewritten: a second handler leaves it as it is

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def is_ours(name: str) -> bool:
    return name == OURS or name.startswith(OURS + ".")


def template_only(message: object) -> str:
    """The format string with every value withheld; a non-string message by its class."""
    if not isinstance(message, str):
        return f"({type(message).__name__} {WITHHELD})"
    # With no values left to fill in, logging prints the template as it is: "%%" becomes "%".
    return PLACEHOLDER.sub(lambda m: "%" if m.group() == "%%" else WITHHELD, message)


def classes_only(exc_info: ExcInfo) -> str:
    """A traceback without any exception's message: frames, then the chain of classes."""
    lines = ["Traceback (messages withheld):"]
    error: BaseException | None = exc_info[1]
    seen: set[int] = set()
    chain: list[BaseException] = []
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        chain.append(error)
        error = error.__cause__ or error.__context__
    for item in reversed(chain):  # the first cause first, as Python prints it
        for frame in traceback.extract_tb(item.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        kind = type(item)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
    return "\n".join(lines)


class NoUserText(logging.Filter):
    """Rewrites each record in place (see the module's docstring); never drops one."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, DONE, False):
            return True
        setattr(record, DONE, True)
        if not is_ours(record.name) and record.args:
            record.msg = template_only(record.msg)
            record.args = None
        elif not isinstance(record.msg, str):
            record.msg = template_only(record.msg)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = classes_only(record.exc_info)
            record.exc_info = None
        elif record.exc_text and not is_ours(record.name):
            record.exc_text = WITHHELD
        return True


def guard_handlers(logger: logging.Logger | None = None) -> None:
    """Put the filter on every handler of `logger` (the root by default): a handler's filter
    sees the records of every logger that propagates to it, libraries' included."""
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, NoUserText) for f in handler.filters):
            handler.addFilter(NoUserText())
