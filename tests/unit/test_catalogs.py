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


def first(text: str | tuple[str, ...]) -> str:
    """A plural entry's first form (ngettext: a tuple of forms)."""
    return text[0] if isinstance(text, tuple) else text


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
        assert message.string and all(message.string), f"{language}: untranslated: {message.id!r}"
        assert not message.fuzzy, f"{language}: fuzzy: {message.id!r}"
        assert fields(first(message.string)) == fields(first(message.id)), message.id
        marked = any(
            c.startswith(DRAFT) or c.startswith("reviewed:") for c in message.user_comments
        )
        assert marked, f"{language}: no review status on {message.id!r}"


@pytest.mark.parametrize("language", ["my", "km"])
def test_the_catalog_says_its_review_status(language):
    assert catalog(language).mime_headers  # parsed
    text = (ROOT / "locales" / language / "LC_MESSAGES" / "messages.po").read_text()
    assert "X-Review-Status: draft" in text or "X-Review-Status: reviewed" in text


# The staff interface (issue 14): what caseworkers and organisation admins read. Thai is for
# staff only, so only these files' strings must be translated there.
STAFF_FILES = (
    "bot/desk.py", "bot/team.py", "bot/alert_desk.py", "bot/referrals/cards.py",
    "bot/referrals/handover.py", "bot/referrals/holders.py", "bot/referrals/admins.py",
    "bot/reports/summary.py", "bot/referrals/revoking.py",
    # bot/desk.py split into a package (each of its modules is staff-only):
    "bot/desk/base.py", "bot/desk/buttons.py", "bot/desk/closing.py", "bot/desk/commands.py",
    "bot/desk/drafts.py", "bot/desk/finding.py", "bot/desk/hands.py", "bot/desk/refusals.py",
    "bot/desk/writing.py",
)  # fmt: skip
MIGRANT_ONLY_IN_STAFF_FILES = {
    "{org} accepted your case {ref}. A caseworker will write to you here.",
    "Message from {org} about your case {ref}:",
    "{org} closed your case {ref}. You can ask for help again any time.",
    "{org} closed your case {ref}: they referred you to another organisation or office that "
    "can help. If you do not know which one, ask for help again any time.",
    "{org} closed your case {ref}: they could not reach you. If you still need help, ask for "
    "help again any time.",
    "{org} opened your case {ref} again. Your caseworker will write to you here.",
    "No partner organisation could take your case {ref}. Press 'Talk to a person' to try "
    "again, or see the contacts in the menu.",
    "Your case {ref} was passed to {org}.",
    "The organisation that had your case {ref} cannot take it. Your case now waits for {org}: "
    "they are not connected to this bot yet. For help now, look at the contacts in the menu.",
    "Answer",
}


def test_the_thai_staff_catalog_covers_every_staff_string_as_a_marked_draft():
    entries = [m for m in catalog("th") if m.id]
    staff_strings = [
        m for m in entries
        if any(path in STAFF_FILES for path, _ in m.locations)
        and m.id not in MIGRANT_ONLY_IN_STAFF_FILES
    ]  # fmt: skip
    assert len(staff_strings) > 50
    for message in staff_strings:
        assert message.string and all(message.string), f"th: untranslated: {message.id!r}"
    for message in entries:
        if not message.string or not all(message.string):
            continue
        assert not message.fuzzy, message.id
        assert fields(first(message.string)) == fields(first(message.id)), message.id
        assert any(c.startswith(DRAFT) for c in message.user_comments), message.id
    text = (ROOT / "locales" / "th" / "LC_MESSAGES" / "messages.po").read_text()
    assert "X-Review-Status: draft" in text


def test_the_bots_burmese_has_no_gendered_i():
    """The bot is neither a man nor a woman: its Burmese says ကျွန်ုပ်, never ကျွန်တော်
    (a man's "I", "we" with တို့) nor ကျွန်မ (a woman's). Exploratory round 21C: the line
    under every photo said "our messages" as a man would."""
    gendered = ("ကျွန်တော", "ကျွန်မ")
    found = [
        message.id
        for message in catalog("my")
        if message.id and any(word in first(message.string) for word in gendered)
    ]
    assert found == []
