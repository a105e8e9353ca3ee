"""`python -m bot alerts send ID` and `alerts status ID`: a partner sends a checked alert to
its corridor and watches it go out (issue 15). The running bot's outbox sender delivers what
`send` queues; `send` itself talks to no one."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TextIO

from bot import broadcast
from bot.config import Settings
from bot.content import load_catalog
from bot.i18n import translator
from bot.runtime import open_store


def run_alerts(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    store = open_store(settings)
    try:
        if args.alerts_command == "status":
            counts = broadcast.status(store, args.id)
            print(", ".join(f"{name} {count}" for name, count in counts.items()), file=out)
            return 0
        catalog = load_catalog(settings.content_dir)
        try:
            alert = broadcast.find_live(catalog, args.id, dt.date.today())
        except broadcast.AlertRefused as refused:
            print(f"Not sent: {refused}", file=out)
            return 1
        tr = translator(settings.locales_dir, "en")
        corridors = ", ".join(f"{c.origin} in {c.country}" for c in alert.corridors)
        drafts = broadcast.drafts(alert)
        print(f"Alert {alert.id}: {corridors}; topics {', '.join(alert.topics)}", file=out)
        if drafts:
            print(f"Note: not reviewed yet in {', '.join(drafts)}", file=out)
        print("--- English text as sent ---", file=out)
        print(broadcast.message_for_language(alert, tr), file=out)
        print("---", file=out)
        queued = broadcast.queue_alert(
            store, alert, lambda lang: translator(settings.locales_dir, lang), args.dry_run
        )
        verb = "would queue" if args.dry_run else "queued"
        print(
            f"{queued.matched} subscribers ({queued.zawgyi} in Zawgyi); {verb} {queued.added} "
            f"new, {queued.matched - queued.added} already queued before",
            file=out,
        )
        if not args.dry_run:
            print(
                f"The running bot sends them. Follow: python -m bot alerts status {alert.id}",
                file=out,
            )
        return 0
    finally:
        store.engine.dispose()
