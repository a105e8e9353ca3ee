"""`python -m bot`: the one command-line entry.

run [--webhook]  Telegram when TELEGRAM_BOT_TOKEN is set (a webhook with WEBHOOK_URL, else
                 polling), else the console chat
chat             the console chat (scriptable: reads stdin line by line)
ask [--json]     classify and answer messages (one per stdin line, or one argument)
content check    validate content/ (exit 1 on errors)
content report   write the review sheet for partner organisations
content export   write the review workbook (XLSX) partners fill in
content import   show, check and apply a returned review workbook
report           the HTML report of cases and questions (charts inline) for partners
alerts send ID   queue an alert for its subscribers (the running bot sends it)
alerts status ID queued, sent, failed, unsubscribed
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import logging
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from bot.config import ConfigError, Settings, load_settings
from bot.content import CatalogHolder, ContentError
from bot.logsafe import guard_handlers

log = logging.getLogger("bot")


def setup_logging(level: str, log_file: Path | None = None) -> None:
    # Never message text: our own code logs none, and libraries that log request bodies or
    # URLs (which carry the bot token) are kept at WARNING.
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        filename=log_file,
    )
    # PTB's Bot loggers print every request and update (users' words) at DEBUG.
    quiet = ("httpx", "httpcore", "telegram.Bot", "telegram.ext.ExtBot", "apscheduler", "alembic")
    for noisy in quiet:
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("telegram").setLevel(max(logging.INFO, logging.getLogger().level))
    # And whatever still gets through (a library's error, an exception's message): values
    # and messages are withheld on every handler (bot/logsafe.py).
    guard_handlers()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="Telegram with a token, else the console chat")
    run.add_argument(
        "--webhook", action="store_true", help="serve WEBHOOK_URL (the default when it is set)"
    )
    chat = sub.add_parser("chat", help="console chat")
    chat.add_argument("--user", default="local", help="console user name (separate state)")
    ask = sub.add_parser("ask", help="classify and answer messages")
    ask.add_argument("message", nargs="?", help="one message; without it, one per stdin line")
    ask.add_argument("--json", action="store_true", help="one JSON object per line")
    ask.add_argument("--wait", type=float, default=180.0, help="seconds to wait for the NLU")
    content = sub.add_parser("content", help="curated content tools")
    content_sub = content.add_subparsers(dest="content_command", required=True)
    check = content_sub.add_parser("check", help="validate content/")
    check.add_argument("--max-age-days", type=int, default=None)
    report = content_sub.add_parser("report", help="write the review sheet (CSV and Markdown)")
    report.add_argument("--out", type=Path, default=Path("var/review"))
    export = content_sub.add_parser("export", help="write the review workbook (XLSX)")
    export.add_argument("--out", type=Path, default=Path("var/review/review.xlsx"))
    imported = content_sub.add_parser("import", help="apply a returned review workbook")
    imported.add_argument("file", type=Path)
    imported.add_argument("--dry-run", action="store_true", help="show and check, write nothing")
    alerts = sub.add_parser("alerts", help="send an alert to its subscribers, and follow it")
    alerts_sub = alerts.add_subparsers(dest="alerts_command", required=True)
    send = alerts_sub.add_parser("send", help="queue an alert (content/alerts/ID.yml)")
    send.add_argument("id")
    send.add_argument("--dry-run", action="store_true", help="show whom and what; queue nothing")
    alerts_sub.add_parser("status", help="queued, sent, failed, unsubscribed").add_argument("id")
    report_parser = sub.add_parser("report", help="HTML report of cases and questions")
    report_parser.add_argument("--org", required=True, help="an organisation's id, or all")
    report_parser.add_argument("--weeks", type=int, default=8, help="how many weeks back")
    report_parser.add_argument("--out", type=Path, default=Path("report.html"))
    from bot import admin

    admin.add_parser(sub)
    return parser


# Optional modules that libraries try to import at every call.
ABSENT_OPTIONAL = ("sniffio",)
CONSOLE_PIPED_NLU_WAIT_S = 180.0  # as `ask --wait`: Rasa loads in seconds, more when busy


def remember_absent_modules(names: Iterable[str] = ABSENT_OPTIONAL) -> None:
    """httpcore asks `import sniffio` several times per HTTP request (which async library
    runs?); sniffio is not installed (anyio 4 does without it), and a failed import searches
    every path entry again each time: 32 µs a try, 3% of the bot's CPU under load. A None in
    sys.modules is Python's own "not there": the same ImportError, at once."""
    for name in names:
        if name not in sys.modules and importlib.util.find_spec(name) is None:
            sys.modules[name] = None  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    remember_absent_modules()
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as error:
        print("The configuration is not safe; the bot will not start:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    # In the console chat, log lines would land between the messages: they go to a file.
    chatting = args.command == "chat" or (args.command == "run" and not settings.telegram_token)
    setup_logging(settings.log_level, settings.var_dir / "bot.log" if chatting else None)
    try:
        return dispatch(args, settings)
    except ContentError as error:
        print("The content is invalid; the bot will not start:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "content":
        return content_command(args, settings)
    if args.command == "admin":
        from bot import admin

        return admin.run(args, settings)
    if args.command == "alerts":
        from bot.alerts_cli import run_alerts

        return run_alerts(args, settings, sys.stdout)
    if args.command == "report":
        return report_command(args, settings)
    if args.command == "ask":
        messages = [args.message] if args.message else (line.rstrip("\n") for line in sys.stdin)
        return asyncio.run(ask(settings, messages, as_json=args.json, wait_s=args.wait))
    if args.command == "run" and getattr(args, "webhook", False) and not settings.webhook_url:
        print(
            "--webhook needs WEBHOOK_URL and WEBHOOK_SECRET (README, Webhook mode).",
            file=sys.stderr,
        )
        return 2
    if args.command == "run" and settings.telegram_token:
        from bot.telegram.app import run_telegram

        return run_telegram(settings)
    user = getattr(args, "user", "local")
    return asyncio.run(console(settings, f"console:{user}"))


def content_command(args: argparse.Namespace, settings: Settings) -> int:
    if args.content_command == "check":
        from bot.content.check import run_check

        max_age = args.max_age_days or settings.content_max_age_days
        return run_check(settings.content_dir, max_age, sys.stdout)
    if args.content_command in ("export", "import"):
        return review_command(args, settings)
    from bot.content.report import write_report

    for path in write_report(settings.content_dir, args.out):
        print(path)
    return 0


def review_command(args: argparse.Namespace, settings: Settings) -> int:
    if args.content_command == "export":
        from bot.content.workbook import export_workbook

        rows = export_workbook(settings.content_dir, args.out)
        print(f"{args.out}: {rows} rows")
        return 0
    from zipfile import BadZipFile

    from openpyxl.utils.exceptions import InvalidFileException

    from bot.content.review_import import ImportRefused, import_workbook

    try:
        import_workbook(settings.content_dir, args.file, sys.stdout, apply=not args.dry_run)
    except (ImportRefused, ValueError, OSError, BadZipFile, InvalidFileException) as error:
        print(f"Import refused, nothing was written: {error}", file=sys.stderr)
        return 1
    return 0


def report_command(args: argparse.Namespace, settings: Settings) -> int:
    from bot.content import load_catalog
    from bot.reports.build import report, scopes
    from bot.runtime import open_store
    from bot.storage.models import utcnow

    catalog = load_catalog(settings.content_dir)
    if args.org not in scopes(catalog) or not 1 <= args.weeks <= 104:
        known = ", ".join(scopes(catalog))
        print(f"--org must be one of: {known}; --weeks 1 to 104.", file=sys.stderr)
        return 2
    store = open_store(settings)
    try:
        with store.sessions() as session:
            page = report(session, catalog, args.org, args.weeks, utcnow())
    finally:
        store.engine.dispose()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(page, encoding="utf-8")
    print(args.out)
    return 0


async def console(settings: Settings, uid: str) -> int:
    from bot.console import chat
    from bot.runtime import running_service

    # Piped lines (a script, a demo, a caseworker trying questions) arrive at once: wait for
    # the NLU as `ask` does, or they would all be answered "I cannot read free text right
    # now". A person at a terminal starts at once; what they type before it is ready gets
    # that kind answer and the menu.
    wait_s = 0.0 if sys.stdin.isatty() else CONSOLE_PIPED_NLU_WAIT_S
    async with running_service(settings, nlu_wait_s=wait_s) as service:
        keyboard_file = settings.var_dir / f"{uid.replace(':', '-')}-keyboard.json"
        await chat(service, uid, sys.stdin, sys.stdout, keyboard_file)
    return 0


async def ask(settings: Settings, messages: Iterable[str], as_json: bool, wait_s: float) -> int:
    from bot.dialogue import engine
    from bot.i18n import LANGUAGES
    from bot.language import encode_for
    from bot.reading import make_context, read_text
    from bot.runtime import nlu_client
    from bot.values import UserState

    catalogs = CatalogHolder(settings.content_dir)
    async with nlu_client(settings, wait_s) as client:
        for message in messages:
            # No store: `ask` answers each message as a first question from someone new.
            event = await read_text(client, message)
            language = event.language if event.language in LANGUAGES else "en"
            state = UserState(language=language, profile_asked=True)
            outcome = engine.handle(event, state, make_context(catalogs, settings.locales_dir))
            replies = encode_for(outcome.state, outcome.replies)
            reply = "\n\n".join(r.text for r in replies)
            nlu = event.nlu
            record = {
                "text": message,
                # The language the reply is in; `detected` is the message's own (it may be
                # one the bot does not speak, or None for digits and emoji).
                "language": outcome.state.language or language,
                "detected": event.language,
                "encoding": event.encoding,
                "topic": nlu.topic if nlu else None,
                # Every problem found, most urgent first (bot/nlu/priority.py); `topic` is
                # the one answered.
                "topics": list(nlu.topics) if nlu else [],
                "confidence": round(nlu.confidence, 4) if nlu else None,
                "reply": reply,
            }
            line = json.dumps(record, ensure_ascii=False) if as_json else _plain(record)
            print(line, flush=True)
    return 0


def _plain(record: Mapping[str, object]) -> str:
    topics = ", ".join(str(t) for t in record["topics"])  # type: ignore[attr-defined]
    return (
        f"{record['topic']} ({record['confidence']}) [{record['language']}] topics: {topics}\n"
        f"{record['reply']}\n"
    )
