"""A woman at home asked to go abroad as a maid (exploratory round 18A): at home in Cambodia,
"the broker says go and be a maid in Malaysia, they pay all the costs" got Passport taken for
Malaysia with the Malaysian Labour Department's number (the NLU's 0.29 reading, the
destination taken as her place); "agent say go singapore as maid, everything paid, no need
money" at home in Myanmar an agency complaint answer. Our sources have nothing on going
abroad as a domestic worker: the reply says so, to check the agency and pay nothing before
a person, with the fake jobs, agency and fees answers a tap away for home."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.dialogue import engine, maid_offer
from bot.values import Asked

LINE = (
    "Asked to go abroad to work as a maid, in a family's house? Our sources have no checked "
    "information on going abroad as a domestic worker. Before you go, sign or pay anything, "
    "check the agency and talk to a person: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "topic", "confidence", "lang", "home"),
    [
        (
            "agent say go singapore as maid, everything paid, no need money",
            "agency_complaint",
            0.81,
            "en",
            "MM",
        ),
        ("មេខ្យល់ថា ទៅធ្វើអ្នកបម្រើនៅម៉ាឡេស៊ី គេចេញថ្លៃទាំងអស់", "documents_confiscated", 0.29, "km", "KH"),
        ("အေးဂျင့်က စင်ကာပူမှာ အိမ်အကူ သွားလုပ်ရင် စရိတ်အကုန်ပေးမယ်တဲ့", "agency_complaint", 0.86, "my", "MM"),
    ],
)
def test_a_maid_job_offered_at_home_is_told_what_is_not_known(
    real, words, topic, confidence, lang, home
):
    state = settled(lang, home).with_(origin=home)
    got = run(real, state, read_as(words, topic, confidence, lang))
    line = in_language(lang, LINE).format(person=tr(lang).gettext("Talk to a person"))
    assert said(got).startswith(line)
    assert "8000 8000" not in said(got)  # no Malaysian number for someone at home
    data = all_button_data(got)
    assert data[0] == "person" and data[-1] == "menu"
    assert "topic:job_scams_trafficking" in data and "topic:check_agency" in data
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, maid_offer.NAME)


@pytest.mark.parametrize(
    ("words", "country"),
    [
        ("agent say go singapore as maid, everything paid", "SG"),  # abroad already
        ("my daughter work maid in malaysia, 2 month cannot call her", "MM"),  # someone else
        ("i am in malaysia now, i work as maid", "MM"),  # says she is abroad
        # a returnee's question (the NLU reads nothing above 0.34)
        ("i was maid in singapore 2 years, now back home, how to get my money", "MM"),
    ],
)
def test_not_for_someone_abroad_or_for_someone_else(real, words, country):
    state = settled("en", country).with_(origin="MM")
    got = run(real, state, read_as(words, None, 0.4))
    assert not said(got).startswith(LINE.format(person="Talk to a person"))


def test_a_sure_reading_keeps_its_answer(real):
    words = "i work as maid, 3 month no salary"
    got = run(real, settled("en", "MM").with_(origin="MM"), read_as(words, "unpaid_wages", 0.98))
    assert said(got).startswith("Unpaid wages")


def test_what_now_after_it_gets_a_person(real):
    state = settled("en", "MM").with_(origin="MM")
    told = read_as("agent say go singapore as maid, everything paid", "agency_complaint", 0.8)
    answered = engine.handle(told, state, real)
    after = replace(real, last_answer=answered.shown)
    outcome = engine.handle(read_as("what i do", "bot_help", 0.97), state, after)
    assert said(outcome).startswith("A person from a partner organisation can tell you")
