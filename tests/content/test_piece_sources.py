"""A piece of an entry (its web address, e-mail, phones, address or hours) taken from another
source than the entry's own: `piece_sources` names that source and its date, and the piece
is shown with the caution its own source needs (explore5 finding 21: OTIT's web address from
a 2018 blog, the NCM's e-mail from an undated page, both shown as confirmed)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from helpers import REAL, complete_tree

from bot.content import ContentError, load_catalog
from bot.content.check import run_check
from bot.content.report import write_report

TODAY = dt.date(2026, 11, 27)
ENTRY = """
- id: xx-piece-office
  kind: complaint_mechanism
  name: {{en: "Piece office", my: "Piece office (my)", km: "Piece office (km)"}}
  languages: null
  review: {{my: {{status: draft}}, km: {{status: draft}}}}
  serves: [any]
  country: TH
  city: null
  phones: ["+66 2 233 2237"]
  email: office@example.org
  source: https://example.org/phones
  source_date: 2024-09
  verified_on: 2026-11-27
  status: secondary
{pieces}
"""
WHERE = "content/directory/pieces.yml: entry xx-piece-office"


def tree(tmp_path: Path, pieces: str) -> Path:
    root = complete_tree(tmp_path)
    (root / "directory" / "pieces.yml").write_text(ENTRY.format(pieces=pieces))
    return root


def check(root: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_check(root, 100_000, out, today=TODAY)
    return code, out.getvalue().splitlines()


@pytest.mark.parametrize(
    ("date", "cautioned"),
    [("null", True), ("2018", True), ("2021-12", True), ("2022", False), ("2025-09", False)],
)
def test_a_piece_from_an_older_or_undated_source_is_cautioned(tmp_path, date, cautioned):
    mail = f"{{source: https://example.org/mail, source_date: {date}}}"
    pieces = f"  piece_sources:\n    email: {mail}"
    catalog = load_catalog(tree(tmp_path, pieces))
    entry = catalog.entries["xx-piece-office"]
    assert catalog.is_cautioned(entry) is False  # the entry itself (phones, 2024) is not
    assert catalog.piece_cautioned(entry, "email") is cautioned
    assert catalog.piece_cautioned(entry, "phones") is False  # from the entry's own source


def test_without_piece_sources_no_piece_is_cautioned_apart(tmp_path):
    catalog = load_catalog(tree(tmp_path, ""))
    entry = catalog.entries["xx-piece-office"]
    assert not any(catalog.piece_cautioned(entry, piece) for piece in ("email", "phones"))


@pytest.mark.parametrize(
    ("pieces", "message"),
    [
        (
            "  piece_sources:\n    fax: {source: https://example.org/fax, source_date: 2024}",
            f"{WHERE}: piece_sources.fax.[key]: Input should be 'address', 'phones', 'email', "
            "'web' or 'hours'",
        ),
        (
            # The date must be written down, `null` when the page has none.
            "  piece_sources:\n    email: {source: https://example.org/mail}",
            f"{WHERE}: piece_sources.email.source_date: Field required",
        ),
        (
            "  piece_sources:\n    email: {source_date: 2024}",
            f"{WHERE}: piece_sources.email.source: Field required",
        ),
    ],
)
def test_a_malformed_piece_source_stops_the_bot(tmp_path, pieces, message):
    root = tree(tmp_path, pieces)
    with pytest.raises(ContentError) as caught:
        load_catalog(root)
    assert message in caught.value.problems


def test_a_source_for_a_piece_the_entry_does_not_have_is_an_error(tmp_path):
    pieces = "  piece_sources:\n    web: {source: https://example.org/web, source_date: 2024}"
    root = tree(tmp_path, pieces)
    load_catalog(root)  # the bot still runs: nothing wrong is shown
    code, lines = check(root)
    assert code == 1
    assert f"ERROR {WHERE}: piece_sources.web: the entry has no `web`" in lines


def test_an_old_piece_source_is_listed_with_the_stale_facts(tmp_path):
    pieces = "  piece_sources:\n    email: {source: https://example.org/mail, source_date: 2018}"
    out = io.StringIO()
    run_check(tree(tmp_path, pieces), 365, out, today=TODAY)
    assert f"WARNING {WHERE}: piece_sources.email source_date 2018 is 3252 days old" in (
        out.getvalue().splitlines()
    )


def test_the_review_sheet_names_the_cautioned_piece_and_its_source(tmp_path):
    pieces = "  piece_sources:\n    email: {source: https://example.org/mail, source_date: null}"
    paths = write_report(tree(tmp_path, pieces), tmp_path / "out", today=TODAY)
    sheet = paths[0].read_text(encoding="utf-8-sig")
    row = next(line for line in sheet.splitlines() if line.startswith("xx-piece-office,"))
    assert ",secondary,email only," in row
    assert "email: https://example.org/mail (undated)" in row


@pytest.mark.parametrize(
    ("entry_id", "piece"),
    [("jp-otit", "web"), ("mm-ncm-forced-labour", "email")],
)
def test_the_real_pieces_from_old_or_undated_pages_are_cautioned(entry_id, piece):
    catalog = load_catalog(REAL)
    entry = catalog.entries[entry_id]
    assert catalog.piece_cautioned(entry, piece) or catalog.is_cautioned(entry)
