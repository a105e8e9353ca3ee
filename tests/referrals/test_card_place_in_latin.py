"""A place typed in Burmese or Khmer script is named in Latin letters on the card of staff
who cannot read that script (round 14D: "Where: မဟာချိုင်" told a Thai or English caseworker
nothing). What the person typed stays first; a place the bot does not know stays as typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from referral_helpers import ORG_CHAT, Harness

from bot.i18n import translator
from bot.language import to_zawgyi
from bot.language.place_names import in_latin
from bot.referrals.cards import place_line
from bot.storage.models import Case

PERSON = "tg:5301"
WORKER = 7301
STORY = "My boss has not paid me for two months."
LOCALES = Path(__file__).resolve().parents[2] / "locales"


def where_on_open(harness: Harness, origin: str, org: str, place: str) -> str:
    harness.connect_inbox(org)
    harness.profile(PERSON, origin, "TH")
    harness.press(PERSON, "person")
    harness.say(PERSON, STORY)
    harness.press(PERSON, "ref:resume")  # the place comes after the question, as typed
    harness.say(PERSON, place)
    harness.press(PERSON, "ref:contact:bot")
    harness.press_send(PERSON, harness.press(PERSON, "ref:urgent:no")[-1])
    case = harness.only(Case)
    worker = harness.join(org, WORKER)
    harness.staff_press(worker, ORG_CHAT[org], "acc", case.id)
    [opened] = harness.staff_press(worker, ORG_CHAT[org], "open", case.id)
    [line] = [line for line in opened.text.split("\n") if line.startswith("Where:")]
    return line


@pytest.mark.parametrize(
    ("origin", "org", "place", "line"),
    [
        ("MM", "BETA", "မဟာချိုင်", "Where: မဟာချိုင် (the bot reads it as Mahachai / Samut Sakhon)"),
        (
            "MM",
            "BETA",
            to_zawgyi("မဲဆောက် ထိုင်း"),  # typed in Zawgyi: kept in Unicode, read
            "Where: မဲဆောက် ထိုင်း (the bot reads it as Mae Sot, Thailand)",
        ),
        ("KH", "ALPHA", "ខេត្តចន្ទបុរី", "Where: ខេត្តចន្ទបុរី (the bot reads it as Chanthaburi)"),
        ("KH", "ALPHA", "ភូមិខ្ញុំ", "Where: ភូមិខ្ញុំ"),  # my village: no place the bot knows
        ("MM", "BETA", "Mae Sot", "Where: Mae Sot"),
    ],
)
def test_the_card_names_a_place_in_latin_letters(
    harness: Harness, origin: str, org: str, place: str, line: str
):
    assert where_on_open(harness, origin, org, place) == line


def test_staff_who_read_the_script_see_it_as_typed():
    burmese, thai = translator(LOCALES, "my"), translator(LOCALES, "th")
    assert place_line("မဟာချိုင်", burmese) == "မဟာချိုင်"
    assert "Mahachai" in place_line("မဟာချိုင်", thai)
    assert "Phnom Penh" in place_line("ភ្នំពេញ", burmese)  # Khmer script: a Burmese reader
    assert place_line(None, thai) == place_line("", thai) == "-"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ထိုင်းနိုင်ငံ မဲဆောက်မှာ", "Thailand, Mae Sot"),  # in the order written, longest name
        ("တောင်ကိုရီးယား", "South Korea"),
        ("ကောင်းမွန်တယ်", None),  # "good": holds Mon's name, which is left out
        ("ភ្នំពេញ ភ្នំពេញ", "Phnom Penh"),  # once
        ("ရန်ကုန် မန္တလေး ပဲခူး ပုသိမ်", "Yangon, Mandalay, Bago"),  # three at most
        ("near the market", None),
        ("ဗန်ကောက်", "Bangkok"),  # spelled as round 17A's caseworker saw it
        ("អរញ្ញប្រទេស", "Aranyaprathet"),
        ("ចិន", "China"),  # round 25A: a woman locked in in China, read by no caseworker
        ("ယူနန် ရွှေလီ", "Yunnan, Ruili"),
    ],
)
def test_places_read_in_latin_letters(text: str, names: str | None):
    assert in_latin(text) == names
