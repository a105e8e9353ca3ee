"""An ID or passport number in "Your words" (exploratory round 21C): the form asks to leave
them out, and a photo's caption at that step ("passport no MA1234567 boss keep it") became
the words, number and all, with no word on it in the summary. Now the summary says so, with
how to take it out, before Send; as it says of a phone number."""

from __future__ import annotations

import pytest
from dialogue_helpers import form_at, in_language, run, said, settled, tr

from bot.dialogue.events import ButtonPress, Media

ID_LINE = (
    "Your words hold what looks like an ID or passport number. It is safer to leave it out: "
    "tap “{change}”."
)


def line(lang: str) -> str:
    return in_language(lang, ID_LINE).format(change=tr(lang).gettext("Change"))


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("boss keep my passport MA1234567, not pay 3 months", "en"),
        ("my CI 0123456 expire, boss say wait", "en"),
        ("ပတ်စ်ပို့ MB1234567 အလုပ်ရှင် သိမ်းထားတယ်", "my"),
        ("မှတ်ပုံတင် ၁၂/ဥကတ(နိုင်)၁၂၃၄၅၆ ပျောက်သွားတယ်", "my"),
        ("ថៅកែយកលិខិតឆ្លងដែន N01234567", "km"),
    ],
)
def test_the_summary_says_an_id_number_in_the_words_and_how_to_take_it_out(real, words, lang):
    got = form_at(real, "ref:confirm", words, lang)
    assert line(lang) in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "we are 25 workers, no pay 2 months, boss owes 15000 baht each",
        "salary RM1800 per month, MOU 2025, room 1203456",
        "call me 0812345678",
    ],
)
def test_no_id_line_without_one(real, words):
    got = form_at(real, "ref:confirm", words)
    assert "passport number" not in said(got)


def test_a_captioned_photo_at_the_words_step(real):
    events = (ButtonPress("person:unpaid_wages"), ButtonPress("ref:topic:unpaid_wages"))
    asked = run(real, settled(), *events)
    photo = Media("photo", "passport no MA1234567 boss keep it")
    got = run(
        real,
        asked.state,
        photo,
        ButtonPress("ref:skip:place"),
        ButtonPress("ref:contact:bot"),
        ButtonPress("ref:urgent:no"),
    )
    assert got.state.step == "ref:confirm"
    assert line("en") in said(got)
