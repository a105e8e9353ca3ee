"""A piece of a contact from an older or undated source than the rest of it is shown with the
caution beside that piece (explore5 finding 21): OTIT's web address comes from a 2018 blog and
the NCM's e-mail from an undated page, though each entry's own source is recent. In answers
the caution is the mark beside it, said once under the contacts what it means (exploratory
test 9, finding 10); an office near a shared location, shown alone, has the whole line."""

from __future__ import annotations

import dataclasses

import pytest
from dialogue_helpers import run, said, tr

from bot.content import Catalog
from bot.content.models import PieceSource
from bot.dialogue.contacts_shown import MARK, caution_legend
from bot.dialogue.events import ButtonPress, Location
from bot.values import UserState

LANGS = ["my", "km", "en"]


def ready(lang: str, origin: str, country: str) -> UserState:
    return UserState(language=lang, origin=origin, country=country, profile_asked=True)


def caution(lang: str) -> str:
    return "⚠ " + tr(lang).gettext("Not confirmed. Check before you rely on it.")


def line_with(text: str, words: str) -> str:
    return next(line for line in text.splitlines() if words in line)


@pytest.mark.parametrize("lang", LANGS)
def test_the_otit_web_address_from_a_2018_blog_is_cautioned(real, lang):
    outcome = run(real, ready(lang, "MM", "JP"), ButtonPress("topic:complaint_channels"))
    assert line_with(said(outcome), "otit.go.jp").endswith(MARK)
    assert said(outcome).count(caution_legend(tr(lang))) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_the_ncm_email_from_an_undated_page_is_cautioned_and_its_phones_are_not(real, lang):
    outcome = run(real, ready(lang, "MM", "MM"), ButtonPress("topic:agency_complaint"))
    text = said(outcome)
    assert line_with(text, "moloffice51@gmail.com").endswith(MARK)
    # The phones and the office come from the 2024 article: no caution on them, nor one for
    # the whole entry (which would say the phones are not confirmed either).
    assert MARK not in line_with(text, "+95 67 343 0184")
    block = next(part for part in text.split("\n\n") if "moloffice51" in part)
    assert block.count(MARK) == 1 and MARK not in block.splitlines()[0]
    assert caution_legend(tr(lang)) in text


def test_a_cautioned_entry_keeps_one_caution_for_all_its_pieces(real):
    # The Myanmar embassy in Tokyo is unverified as a whole: one mark, beside its name.
    outcome = run(real, ready("en", "MM", "JP"), ButtonPress("topic:embassy_contact"))
    block = next(part for part in said(outcome).split("\n\n") if "Embassy of Myanmar" in part)
    assert block.count(MARK) == 1
    assert block.splitlines()[0].endswith(MARK)
    assert said(outcome).count(caution_legend(tr("en"))) == 1


def test_an_office_near_a_shared_location_cautions_its_phones_when_they_are_older(real):
    # Near Nay Pyi Taw: the NCM's phones given their own undated source (a fixture change).
    catalog = real.catalog
    ncm = catalog.entries["mm-ncm-forced-labour"]
    older = {"phones": PieceSource(source="https://example.org/undated", source_date=None)}
    entries = dict(catalog.entries)
    entries[ncm.id] = ncm.model_copy(update={"piece_sources": older})
    changed = dataclasses.replace(
        real, catalog=Catalog(catalog.topics, entries, catalog.partners, None)
    )
    for ctx, cautioned in ((real, False), (changed, True)):
        outcome = run(ctx, ready("en", "MM", "MM"), Location(19.76, 96.08))
        office = next(r.text for r in outcome.replies if "Complaints Mechanism" in r.text)
        assert line_with(office, "+95 67 343 0184").endswith(caution("en")) is cautioned
