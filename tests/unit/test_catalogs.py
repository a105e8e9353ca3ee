"""The interface catalogs: complete, placeholders intact, review status marked.

Run on the .po sources, so a string added to the code without a Burmese or Khmer draft fails
here rather than showing English to a Khmer speaker.
"""

from __future__ import annotations

import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
DRAFT = "draft: needs review by a native speaker at a partner organisation"


def catalog(language: str):  # type: ignore[no-untyped-def]
    with open(ROOT / "locales" / language / "LC_MESSAGES" / "messages.po", "rb") as handle:
        return read_po(handle)


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_template_is_up_to_date_with_the_code(tmp_path):
    """Every translatable string in bot/ is in locales/messages.pot (run `make update-po`)."""
    fresh = tmp_path / "fresh.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg",
         "-k", "_", "-k", "gettext", "-k", "ngettext:1,2", "-k", "_note:2",
         "-o", str(fresh), "bot"],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    with open(fresh, "rb") as handle:
        in_code = {m.id for m in read_po(handle) if m.id}
    with open(ROOT / "locales" / "messages.pot", "rb") as handle:
        in_template = {m.id for m in read_po(handle) if m.id}
    assert in_code - in_template == set(), "new strings: run `make update-po` and translate"


@pytest.mark.parametrize("language", ["my", "km"])
def test_every_string_has_a_draft_or_reviewed_translation(language):
    entries = [m for m in catalog(language) if m.id]
    assert entries
    for message in entries:
        assert message.string, f"{language}: untranslated: {message.id!r}"
        assert not message.fuzzy, f"{language}: fuzzy: {message.id!r}"
        assert fields(message.string) == fields(message.id), message.id
        marked = any(
            c.startswith(DRAFT) or c.startswith("reviewed:") for c in message.user_comments
        )
        assert marked, f"{language}: no review status on {message.id!r}"


@pytest.mark.parametrize("language", ["my", "km"])
def test_the_catalog_says_its_review_status(language):
    assert catalog(language).mime_headers  # parsed
    text = (ROOT / "locales" / language / "LC_MESSAGES" / "messages.po").read_text()
    assert "X-Review-Status: draft" in text or "X-Review-Status: reviewed" in text
