"""`python -m bot content check`: everything the bot needs to start, plus editorial rules."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from bot.content.glossary import glossary_problems, load_glossary
from bot.content.loader import Loaded, collect, display_path
from bot.content.models import LANGUAGES
from bot.content.phones import office_problems, phone_problems
from bot.content.rules import (
    absolute_path_problems,
    directory_language_problems,
    reachability_problems,
    unreachable,
)
from bot.content.topics import TOPIC_GROUPS, TOPIC_IDS


def run_check(root: Path, max_age_days: int, out: TextIO, today: dt.date | None = None) -> int:
    """Print errors, warnings and a one-line summary; 0 when there are no errors, else 1."""
    today = today or dt.date.today()
    loaded = collect(root)
    errors = [*loaded.problems, *editorial_problems(root, loaded)]
    # Reachability gaps are listed, not refused: where nothing reachable is known, the honest
    # answer says so, and the gap stays visible here and in the review sheet until filled.
    warnings = [
        *group_warnings(loaded),
        *age_warnings(loaded, max_age_days, today),
        *reachability_problems(loaded),
        *alert_warnings(loaded),
    ]
    for message in errors:
        print(f"ERROR {message}", file=out)
    for message in warnings:
        print(f"WARNING {message}", file=out)
    print(summary(loaded, len(errors), len(warnings)), file=out)
    print(reach_summary(loaded), file=out)
    if loaded.alerts:
        print(alert_summary(loaded, today), file=out)
    glossary, _problems = load_glossary(root)
    if glossary is not None:
        wrong = sum("(glossary: " in message for message in errors)
        print(f"glossary: {len(glossary.terms)} terms; {wrong} violations", file=out)
    return 1 if errors else 0


def editorial_problems(root: Path, loaded: Loaded) -> Iterable[str]:
    yield from entry_field_problems(loaded)
    yield from phone_problems(loaded.entries, loaded.entry_files)
    yield from office_problems(loaded.entries, loaded.entry_files)
    yield from directory_language_problems(loaded)
    yield from absolute_path_problems(root)
    yield from glossary_problems(root, loaded)
    yield from alert_problems(loaded)
    for topic_id in TOPIC_IDS:
        if topic_id not in loaded.seen_topic_ids:
            where = display_path(root, root / "topics" / f"{topic_id}.yml")
            yield f"{where}: topic {topic_id}: missing (required by issue 3)"


def entry_field_problems(loaded: Loaded) -> Iterable[str]:
    """Every contact shown to a user needs a source, a check date and a status."""
    for entry in loaded.entries.values():
        label = f"{loaded.entry_files[entry.id]}: entry {entry.id}"
        if not (entry.source or "").strip():
            yield f"{label}: missing `source`"
        if entry.verified_on is None:
            yield f"{label}: missing `verified_on`"
        if entry.status is None:
            yield f"{label}: missing `status`"
        for piece in entry.piece_sources:
            if not getattr(entry, piece):
                # A source for nothing shown: a typo in the key, or a piece since removed.
                yield f"{label}: piece_sources.{piece}: the entry has no `{piece}`"


def group_warnings(loaded: Loaded) -> Iterable[str]:
    # The menu is built from TOPIC_GROUPS; a different `group` in the file misleads editors.
    menu_group = {tid: group for group, ids in TOPIC_GROUPS.items() for tid in ids}
    for topic in loaded.topics.values():
        expected = menu_group.get(topic.id)
        if expected is not None and topic.group != expected:
            yield (
                f"{loaded.topic_files[topic.id]}: topic {topic.id}: group {topic.group!r} but "
                f"the menu (bot/content/topics.py) shows it under {expected!r}"
            )


def age_warnings(loaded: Loaded, max_age_days: int, today: dt.date) -> Iterable[str]:
    def old(day: dt.date) -> int | None:
        age = (today - day).days
        return age if age > max_age_days else None

    for topic in loaded.topics.values():
        if (age := old(topic.checked_on)) is not None:
            label = f"{loaded.topic_files[topic.id]}: topic {topic.id}"
            yield f"{label}: checked_on {topic.checked_on} is {age} days old"
    for entry in loaded.entries.values():
        label = f"{loaded.entry_files[entry.id]}: entry {entry.id}"
        if entry.verified_on and (age := old(entry.verified_on)) is not None:
            yield f"{label}: verified_on {entry.verified_on} is {age} days old"
        if entry.source_date and (age := old(entry.source_date.start)) is not None:
            yield f"{label}: source_date {entry.source_date} is {age} days old"
        for piece, own in entry.piece_sources.items():
            if own.source_date and (age := old(own.source_date.start)) is not None:
                dated = f"source_date {own.source_date}"
                yield f"{label}: piece_sources.{piece} {dated} is {age} days old"


def alert_problems(loaded: Loaded) -> Iterable[str]:
    """A person must be able to check an alert: its source needs an address and a date."""
    for alert in loaded.alerts.values():
        label = f"{loaded.alert_files[alert.id]}: alert {alert.id}"
        if not (alert.source.url or "").strip():
            yield f"{label}: source needs a `url` people can check"
        if alert.source.date is None:
            yield f"{label}: source needs its `date`"


def alert_warnings(loaded: Loaded) -> Iterable[str]:
    for alert in loaded.alerts.values():
        drafts = [lang for lang in LANGUAGES if getattr(alert.review, lang).status == "draft"]
        if drafts:
            label = f"{loaded.alert_files[alert.id]}: alert {alert.id}"
            yield f"{label}: not reviewed yet in {', '.join(drafts)}"


def alert_summary(loaded: Loaded, today: dt.date) -> str:
    live = sum(alert.live_on(today) for alert in loaded.alerts.values())
    expired = sum(alert.expires_on <= today for alert in loaded.alerts.values())
    return f"alerts: {len(loaded.alerts)} ({live} live, {expired} expired)"


def reach_summary(loaded: Loaded) -> str:
    gaps = unreachable(loaded)
    phones = sum(1 for entry in loaded.entries.values() if entry.phones)
    return (
        f"reachability: {len(gaps)} variants leave someone with no reachable contact; "
        f"{phones} of {len(loaded.entries)} entries have a phone"
    )


def summary(loaded: Loaded, errors: int, warnings: int) -> str:
    variants = sum(len(topic.answers) for topic in loaded.topics.values())
    statuses = Counter(entry.status or "no status" for entry in loaded.entries.values())
    by_status = ", ".join(f"{count} {status}" for status, count in sorted(statuses.items()))
    return (
        f"content check: {len(loaded.topics)} topics, {variants} variants x {len(LANGUAGES)} "
        f"languages = {variants * len(LANGUAGES)} texts; {len(loaded.entries)} entries "
        f"({by_status or 'none'}); {errors} errors, {warnings} warnings"
    )
