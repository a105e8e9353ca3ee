"""Readers that took questions the NLU had read right, found by reading the development set
through the whole bot (scripts/heldout_replies.py --set dev, session 28): a shop's refund or a
cancelled booking answered as money paid to an agent, a child's homework as a school abroad,
a birth certificate for one's own passport as a child born abroad, "neak nam plov" (a guide,
a broker) as someone taken away, sea crabs to cook as work at sea. The words here are the
lead's own variants of those questions, not the judging sets'."""

from __future__ import annotations

import pytest
from dialogue_helpers import read_as, run, said, settled

from bot.dialogue import (
    at_sea,
    born_abroad,
    children_abroad,
    gambling,
    men_abroad,
    money_back,
    taken_where,
)
from bot.dialogue.events import Text
from bot.values import NluResult


def out_of_scope(words: str, lang: str = "en") -> Text:
    """`words` as the NLU reads a near-domain question: out of scope, surely."""
    read = NluResult(None, 0.95, (("out_of_scope", 0.95),), (), out_of_scope=True)
    return Text(words, lang, None, read)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("lazada send wrong shoes, i want refund", "en"),
        ("flight booking cancelled by airline, money back?", "en"),
        ("အွန်လိုင်းက ဖိနပ် မှာတာ မရောက်ဘူး ပိုက်ဆံ ပြန်ရမလား", "my"),
        ("កក់បន្ទប់សណ្ឋាគារ ហើយលុបចោល បានលុយវិញទេ", "km"),
    ],
)
def test_a_shop_refund_read_out_of_scope_gets_the_plain_no(real, words, lang):
    assert not money_back.instead(out_of_scope(words, lang))
    text = said(run(real, settled(lang), out_of_scope(words, lang)))
    assert "Paid an agent or a stranger" not in text
    if lang == "en":
        assert text.startswith("I cannot help with that.")


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("paid the agent 30000 baht for a job in korea, i want the money back", "en"),
        ("the broker took my fee and ran, refund possible?", "en"),
        ("ပွဲစားကို ပေးထားတဲ့ ပိုက်ဆံ ပြန်ရမလား", "my"),
        ("ខ្ញុំបង់លុយឲ្យភ្នាក់ងារ ចង់បានលុយវិញ", "km"),
    ],
)
def test_money_paid_for_work_keeps_its_line_even_read_out_of_scope(real, words, lang):
    """The NLU reads some of these as out of scope too: the agent or the job is the sign."""
    assert money_back.instead(out_of_scope(words, lang))


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("my daughter need help with math homework from school", "en"),
        ("កូនខ្ញុំមានកិច្ចការផ្ទះពីសាលា ជួយផង", "km"),
        ("သားလေး ကျောင်းက အိမ်စာ သင်္ချာ မတတ်ဘူး", "my"),
    ],
)
def test_homework_is_no_school_abroad(words, lang):
    assert not children_abroad.says(words)


@pytest.mark.parametrize(
    "words",
    [
        "can my son go to thai school, we have no papers",
        "កូនខ្ញុំចង់ចូលរៀននៅសាលាថៃ",
    ],
)
def test_a_school_for_a_child_abroad_is_still_read(words):
    assert children_abroad.says(words)


def test_a_birth_certificate_for_ones_own_passport_keeps_the_documents_answer(real):
    """Read as Documents you need under the certainty the line once needed: the documents
    answer, the line first; a baby's birth keeps the line alone."""
    words = "i have no birth certificate, can i still make passport?"
    own = read_as(words, "documents_needed", 0.8)
    assert not born_abroad.instead(own)
    text = said(run(real, settled(), own))
    assert "A child born abroad, or a birth certificate?" in text
    assert "Documents you need" in text
    baby = read_as("my baby born here, how to get birth certificate", "documents_needed", 0.8)
    assert born_abroad.instead(baby)
    elsewhere = read_as("how get birth certificate", "reintegration_id", 0.8)
    assert born_abroad.instead(elsewhere)  # round 17B's parent: the line alone


@pytest.mark.parametrize(
    ("words", "held"),
    [
        ("khnhom chong pdeng neak nam plov tov na", False),  # complain about the guide, where
        ("neak nam plov bok luy, rok neak nam plov tov na", False),
        ("police chab bong proh khnhom yok tov na", True),  # the police took my brother where
        ("ke nam koun tov na", True),  # they led the child where
    ],
)
def test_a_guide_is_no_one_taken_away(words, held):
    assert taken_where.says(words) is held


@pytest.mark.parametrize(
    ("words", "held"),
    [
        ("tinh kdam samot nov psar", False),  # buy sea crabs at the market
        ("trey samot thlai pel", False),  # sea fish is expensive
        ("chhne samot saat", False),  # the beach is beautiful
        ("khnhom tver kar leu tuk samot 6 khae ot ban luy", True),  # on a sea boat 6 months
        ("bdey khnhom nov samot 5 khae", True),  # my husband at sea 5 months
    ],
)
def test_the_sea_as_food_or_a_beach_is_no_work_at_sea(words, held):
    assert at_sea.says(words) is held


@pytest.mark.parametrize(
    ("words", "lang", "topic", "confidence"),
    [
        ("men cannot go abroad now?", "en", "arrest_detention", 0.32),
        ("is it true men are banned from going abroad", "en", None, 0.3),
        ("ယောက်ျားလေးတွေ ပြည်ပ အလုပ်သွားလို့ ရသေးလား", "my", "work_at_home", 0.4),
        ("yout kyar tway pyi pa thwar lo ya thay lar", "my", None, 0.3),
    ],
)
def test_men_going_abroad_get_going_abroad_legally(real, words, lang, topic, confidence):
    """ "men cannot go abroad now?" got the arrest answer (round 41A): Going abroad legally
    holds the one dated fact, permits stopped for men in May 2024."""
    got = run(real, settled(lang, "MM"), read_as(words, topic, confidence, lang))
    assert got.shown == "topic:legal_channels"
    if lang == "en":
        assert "stopped for men" in said(got)


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("many men work in my factory, boss not pay", "unpaid_wages", 0.5),
        ("police caught 5 men going to thailand", "arrest_detention", 0.5),
        ("men and women same salary?", None, 0.3),
        ("my husband is the only man in the house", None, 0.3),
    ],
)
def test_men_named_for_something_else_keep_their_reading(words, topic, confidence):
    assert not men_abroad.instead_of(topic, confidence, words)


def test_a_sure_reading_keeps_its_answer():
    assert not men_abroad.instead_of("recruitment_fees", 0.9, "agent fee for men going to korea")


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        # trapped at a casino by an online job scam, connect me to the embassy
        ("အွန်လိုင်း အလုပ်နဲ့ လိမ်ခံရပြီး ကာစီနိုမှာ ပိတ်မိနေတယ် သံရုံးကို ဆက်ပေးပါ", "my", None),
        # made to work at a casino, not let go home
        ("ကာစီနိုမှာ အလုပ်ခိုင်းတယ် အိမ်ပြန်ခွင့်မပေးဘူး", "my", None),
        ("i am stuck in casino compound in cambodia, they not let me leave", "en", None),
        # forced to work at a casino, cannot get out
        ("គេបង្ខំឲ្យធ្វើការនៅកាស៊ីណូ ចេញមិនបាន", "km", None),
        ("they sold me to a casino, i want to go home", "en", None),
    ],
)
def test_someone_held_at_a_casino_is_no_gambling_loss(words, lang, topic):
    assert not gambling.gambling(words)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("my husband at the casino every night, lose all money", "en", "emergency_help"),
        ("ကာစီနိုမှာ ပိုက်ဆံ ရှုံးသွားတယ်", "my", "job_scams_trafficking"),
    ],
)
def test_a_sure_emergency_or_fake_jobs_reading_keeps_its_answer(real, words, lang, topic):
    """The line never takes an answer the NLU read surely for someone held or trafficked."""
    event = read_as(words, topic, 0.9, lang)
    assert not gambling.instead(event)
    assert gambling.instead(read_as(words, None, 0.3, lang))  # read as nothing: the line


@pytest.mark.parametrize(
    "words",
    ["husband lose all money at casino", "ယောက်ျား ကာစီနိုမှာ ပိုက်ဆံ အကုန်ရှုံးတယ်", "ប្ដីខ្ញុំចាញ់លុយអស់នៅកាស៊ីណូ"],
)
def test_money_lost_at_a_casino_still_gets_the_line(words):
    assert gambling.gambling(words)
