"""`python -m bot content report`: the review sheet partner organisations fill in.

One row per topic x language x variant, with everything a reviewer needs to judge the text:
its review status, how old the check is, the sources with their dates and the contacts with
their verification status.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from bot.content.catalog import Catalog, load_catalog
from bot.content.coverage import describe_profile, gaps
from bot.content.models import LANGUAGES, DirectoryEntry, Topic, Variant

TOPIC_COLUMNS = (
    "topic",
    "group",
    "variant",
    "language",
    "review_status",
    "reviewer",
    "reviewed_on",
    "checked_on",
    "age_days",
    "sources",
    "contacts",
    "no_reachable_contact_for",
    "text",
)
ENTRY_COLUMNS = (
    "entry",
    "kind",
    "country",
    "city",
    "status",
    "caution",
    "source_date",
    "source_age_days",
    "verified_on",
    "verified_age_days",
    "source",
)


def write_report(root: Path, out_dir: Path, today: dt.date | None = None) -> list[Path]:
    """Write review-sheet.csv and .md into out_dir; ContentError if the content is broken."""
    catalog = load_catalog(root)
    today = today or dt.date.today()
    topic_rows = list(_topic_rows(catalog, today))
    entry_rows = [_entry_row(catalog, entry, today) for entry in catalog.entries.values()]
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path, md_path = out_dir / "review-sheet.csv", out_dir / "review-sheet.md"
    _write_csv(csv_path, topic_rows, entry_rows)
    _write_markdown(md_path, topic_rows, entry_rows, today)
    return [csv_path, md_path]


def describe_when(variant: Variant) -> str:
    parts = [f"{key}={value}" for key, value in variant.when.model_dump(exclude_none=True).items()]
    return " ".join(parts) or "general"


def stranded_profiles(catalog: Catalog) -> dict[tuple[str, int], str]:
    """(topic, variant index) -> the profiles its answer leaves with no reachable contact."""
    return {
        (gap.topic, gap.index): ", ".join(describe_profile(o, c) for o, c in gap.profiles)
        for gap in gaps(catalog.topics.values(), catalog.entries, catalog.partners)
    }


def _topic_rows(catalog: Catalog, today: dt.date) -> Iterator[dict[str, str]]:
    stranded = stranded_profiles(catalog)
    for topic in catalog.topics.values():
        for index, variant in enumerate(topic.answers):
            for language in LANGUAGES:
                row = _topic_row(catalog, topic, variant, language, today)
                row["no_reachable_contact_for"] = stranded.get((topic.id, index), "")
                yield row


def _topic_row(
    catalog: Catalog, topic: Topic, variant: Variant, language: str, today: dt.date
) -> dict[str, str]:
    review = getattr(topic.review, language)
    dates = {source.id: source.date for source in topic.sources}
    sources = [f"{sid} ({dates.get(sid) or 'undated'})" for sid in variant.sources]
    contacts = [_contact_label(catalog, entry) for entry in catalog.contacts(variant)]
    return {
        "topic": topic.id,
        "group": topic.group,
        "variant": describe_when(variant),
        "language": language,
        "review_status": review.status,
        "reviewer": review.by or "",
        "reviewed_on": str(review.on or ""),
        "checked_on": str(topic.checked_on),
        "age_days": str((today - topic.checked_on).days),
        "sources": "; ".join(sources),
        "contacts": "; ".join(contacts),
        "text": getattr(variant.text, language),
    }


def _caution(catalog: Catalog, entry: DirectoryEntry) -> str:
    """ "yes" (the whole entry), "<pieces> only" (pieces from an older source), or "no"."""
    if catalog.is_cautioned(entry):
        return "yes"
    pieces = catalog.cautioned_pieces(entry)
    return f"{', '.join(pieces)} only" if pieces else "no"


def _contact_label(catalog: Catalog, entry: DirectoryEntry) -> str:
    caution = {"yes": ", caution", "no": ""}.get(_caution(catalog, entry))
    if caution is None:
        caution = f", caution on {', '.join(catalog.cautioned_pieces(entry))}"
    return f"{entry.id} ({entry.status or 'no status'}{caution})"


def _sources(entry: DirectoryEntry) -> str:
    """The entry's source, then each piece's own: "email: <url> (undated)"."""
    pieces = [
        f"{piece}: {' '.join(own.source.split())} ({own.source_date or 'undated'})"
        for piece, own in entry.piece_sources.items()
    ]
    return "; ".join([" ".join((entry.source or "").split()), *pieces])


def _entry_row(catalog: Catalog, entry: DirectoryEntry, today: dt.date) -> dict[str, str]:
    source_age = (today - entry.source_date.start).days if entry.source_date else None
    verified_age = (today - entry.verified_on).days if entry.verified_on else None
    return {
        "entry": entry.id,
        "kind": entry.kind,
        "country": entry.country,
        "city": entry.city or "",
        "status": entry.status or "",
        "caution": _caution(catalog, entry),
        "source_date": str(entry.source_date or "undated"),
        "source_age_days": "" if source_age is None else str(source_age),
        "verified_on": str(entry.verified_on or ""),
        "verified_age_days": "" if verified_age is None else str(verified_age),
        "source": _sources(entry),
    }


def _write_csv(
    path: Path, topic_rows: list[dict[str, str]], entry_rows: list[dict[str, str]]
) -> None:
    # Two tables in one sheet, separated by an empty row, so partners get a single file.
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(TOPIC_COLUMNS)
        writer.writerows([row[column] for column in TOPIC_COLUMNS] for row in topic_rows)
        writer.writerow([])
        writer.writerow(ENTRY_COLUMNS)
        writer.writerows([row[column] for column in ENTRY_COLUMNS] for row in entry_rows)


def _write_markdown(
    path: Path, topic_rows: list[dict[str, str]], entry_rows: list[dict[str, str]], today: dt.date
) -> None:
    lines = [
        "# Content review sheet",
        "",
        f"Generated on {today}. One row per topic, variant and language. Please check each text",
        "against its sources and mark it reviewed (name, date) in the topic file.",
        "`no_reachable_contact_for` names the people (origin in country) left with no phone,",
        "website or e-mail by that variant: help us find one.",
        "",
        "## Topics",
        "",
        *_table(TOPIC_COLUMNS, topic_rows),
        "",
        "## Directory",
        "",
        *_table(ENTRY_COLUMNS, entry_rows),
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def _table(columns: tuple[str, ...], rows: list[dict[str, str]]) -> list[str]:
    header = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    return header + ["| " + " | ".join(_cell(row[c]) for c in columns) + " |" for row in rows]


def _cell(value: str) -> str:
    # Keep every row on one line: the text's line breaks become <br>, pipes are escaped.
    return value.strip().replace("|", "\\|").replace("\n", "<br>")
