"""An organisation asked for by name (bot/dialogue/organisations.py): what the directory knows
of it and the way to a person, instead of "I cannot help with that". The real directory."""

from __future__ import annotations

import dataclasses

import pytest
from dialogue_helpers import all_button_data, run, said, text

from bot.dialogue.contacts_shown import MARK
from bot.dialogue.organisations import named
from bot.values import Asked, Tally, UserState

READY = UserState(language="en", profile_asked=True)


def out_of_scope(words: str):
    event = text(words)
    assert event.nlu is not None
    return dataclasses.replace(event, nlu=dataclasses.replace(event.nlu, out_of_scope=True))


@pytest.mark.parametrize(
    ("words", "ids"),
    [
        ("what is the phone number of FED", ["cso-fed"]),
        ("where is FAR office", ["cso-far"]),
        ("CWCC poipet", ["cso-cwcc"]),
        ("Issara Institute contact please", ["cso-issara"]),
        ("map foundation mae sot", ["cso-map-foundation", "cso-map-foundation-mae-sot"]),
        ("HRDF lawyer", ["cso-hrdf", "cso-hrdf-mae-sot"]),
        ("how far is bangkok", []),  # everyday words are not acronyms in lower case
        ("i am fed up", []),
        ("the map of thailand", []),
        ("FEDERAL police", []),  # a whole word only
        ("HOW FAR IS BANGKOK", []),  # typed in capitals: a short acronym is likely a word
        ("CWCC PHONE NUMBER", ["cso-cwcc"]),  # a longer one is not
    ],
)
def test_names_are_found_as_the_directory_writes_them(real, words, ids):
    assert [entry.id for entry in named(words, real.catalog)] == ids


def test_an_organisation_named_out_of_scope_gets_its_card_and_a_person(real):
    outcome = run(real, READY, out_of_scope("what is the phone number of FED"))
    body = said(outcome)
    assert "Foundation for Education and Development (FED)" in body
    assert "http://www.ghrefed.org" in body
    assert "no phone number known" in body  # the directory has none: said, not invented
    assert "⚠" in body  # undated source: not confirmed
    assert "person" in all_button_data(outcome)
    assert "I cannot help with that" not in body


def test_the_card_is_counted_as_a_card_not_as_an_unanswered_question(real):
    # Unanswered questions are the only ones whose words may be kept (off by default).
    outcome = run(real, READY, out_of_scope("what is the phone number of FED"))
    assert outcome.tally == Tally(Asked.ORGANISATION)
    refused = run(real, READY, out_of_scope("how much is a sim card"))
    assert refused.tally is not None and refused.tally.asked == Asked.OUT_OF_SCOPE


def test_a_known_number_is_shown(real):
    body = said(run(real, READY, text("LPN hotline number")))
    for phone in real.catalog.entries["cso-lpn"].phones:
        assert phone in body


def test_in_burmese_the_card_is_in_burmese(real):
    state = UserState(language="my", profile_asked=True)
    body = said(run(real, state, text("FED ဖုန်းနံပါတ်", language="my")))
    assert "ပညာရေးနှင့် ဖွံ့ဖြိုးရေး ဖောင်ဒေးရှင်း (FED)" in body


def test_a_problem_found_is_answered_as_the_problem(real):
    outcome = run(real, READY, text("FED said my wages are late", topic="unpaid_wages"))
    assert "Foundation for Education" not in said(outcome)


def test_the_card_needs_no_nlu(real):
    outcome = run(real, READY, text("CWCC phone", nlu_down=True))
    assert "Cambodian Women's Crisis Center (CWCC)" in said(outcome)


def test_no_name_still_gets_the_plain_refusal(real):
    outcome = run(real, READY, out_of_scope("how much is a sim card"))
    assert "I cannot help with that" in said(outcome)


def test_a_name_the_nlu_did_not_understand_gets_the_card_not_the_guesses(real):
    outcome = run(real, READY, text("FED??", topic=None))
    assert "Foundation for Education and Development (FED)" in said(outcome)
    assert "did not understand" not in said(outcome)


def test_the_card_says_no_phone_is_known_where_a_phone_would_be(real):
    # Name, web, "no phone number known", then what the mark means: the caution is about the
    # whole entry (its mark beside its name), and the phone line sits where a number would.
    outcome = run(real, READY, out_of_scope("what is the phone number of FED"))
    lines = said(outcome).splitlines()
    no_phone = lines.index("☎ no phone number known")
    legend = next(i for i, line in enumerate(lines) if line.startswith("⚠ = "))
    assert no_phone < legend and lines[no_phone - 2].endswith(MARK)


def test_the_card_names_the_city_when_no_address_is_known(real):
    # "where is FED": the directory knows no address, but it knows the town.
    entry = real.catalog.entries["cso-fed"]
    assert entry.address is None and entry.city == "Khao Lak"
    outcome = run(real, READY, out_of_scope("where is FED"))
    assert "Khao Lak" in said(outcome).splitlines()


# Round 11 (jargon): offices migrants name by their short names ("OTIT phone number?", "MWC
# number") got "I cannot help with that", though the directory holds them.
@pytest.mark.parametrize(
    ("words", "ids"),
    [
        ("OTIT phone number?", ["jp-otit"]),
        ("MWC number", ["sg-mwc"]),
        ("HUG center phone", ["kr-hug-1577-0071"]),
        ("JTKSM office where", ["my-jtksm-complaints"]),
        ("labour department phone", []),  # an office's whole name: any country has one
        ("can you hug me", []),  # an acronym only as the directory writes it: in capitals
        ("MOM office", []),  # not in the directory: no card made up
    ],
)
def test_offices_are_found_by_their_short_names(real, words, ids):
    assert [entry.id for entry in named(words, real.catalog)] == ids


def test_an_office_named_gets_its_card_without_the_organisations_promise(real):
    outcome = run(real, READY, out_of_scope("OTIT phone number?"))
    body = said(outcome)
    assert "Organization for Technical Intern Training (OTIT)" in body
    assert "http://www.otit.go.jp/notebook/" in body
    assert "I cannot help with that" not in body
    # An office of a government is not an organisation that helps "whatever your papers".
    assert "whatever your papers" not in body
    assert "If you have no papers or are afraid" in body
    assert "person" in all_button_data(outcome)


def test_a_support_organisation_keeps_its_promise(real):
    body = said(run(real, READY, out_of_scope("what is the phone number of FED")))
    assert "whatever your papers" in body


def test_the_singapore_centre_is_named_by_its_short_name_in_english_too(real):
    body = said(run(real, READY, out_of_scope("MWC number")))
    assert "Migrant Workers' Centre (MWC), Singapore" in body
    assert "+65 6536 2692" in body
