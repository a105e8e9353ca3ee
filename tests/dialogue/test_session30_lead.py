"""The lead's reading of session 30: medical emergencies told in words."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_by_rule, said, settled

from bot.dialogue import engine, work_conditions
from bot.dialogue.events import Text
from bot.values import NluResult

TREAT = "Get treatment first: take the person to the nearest hospital or clinic now."


def _out_of_scope(words: str) -> Text:
    ranking = (("arrest_detention", 0.05), ("emergency_help", 0.03))
    return Text(words, "en", None, NluResult(None, 0.82, ranking, (), out_of_scope=True))


@pytest.mark.parametrize(
    "words",
    [
        "snake bite my husband in the plantation",
        "my friend was bitten by a snake at the farm",
        "worker got electric shock from the wire, what to do",
    ],
)
def test_a_medical_emergency_read_as_out_of_scope_gets_treatment_first(real, words):
    """Session 30: "snake bite my husband in the plantation" (the NLU: out of scope, 0.82) got
    "I cannot help with that"."""
    out = engine.handle(_out_of_scope(words), settled("en", "TH"), real)
    assert TREAT in said(out)
    assert "I cannot help with that" not in said(out)
    assert out.shown == "topic:injury_health"


@pytest.mark.parametrize(
    ("words", "lang", "ranking"),
    [
        # my friend cannot breathe (the NLU: emergency 0.48, under the line): the reply for
        # someone abroad before
        ("ကျွန်တော့်သူငယ်ချင်း အသက်ရှူမရဘူး", "my", (("emergency_help", 0.48), ("talk_to_person", 0.26))),
        # my husband cannot breathe (injury 0.29): the same
        ("ប្តីខ្ញុំដកដង្ហើមមិនរួច", "km", (("injury_health", 0.29), ("social_security", 0.05))),
        # romanised Burmese "cannot breathe" (Permits 0.27): "I did not understand"
        ("a thet shu ma ya buu", "my", (("visa_work_permit", 0.27), ("emergency_help", 0.19))),
    ],
)
def test_cannot_breathe_in_any_script_gets_the_injury_answer(real, words, lang, ranking):
    out = engine.handle(read_by_rule(words, lang, (), *ranking), settled(lang, "TH"), real)
    assert out.shown == "topic:injury_health"
    assert "topic:emergency_help" in all_button_data(out)


@pytest.mark.parametrize(
    "words",
    [
        "my wife having seizure shaking",
        "my baby has very high fever and not waking",
        "heart attack my uncle at work",
        "my coworker drank pesticide",
        "he fell from the scaffolding and stopped moving",
    ],
)
def test_a_medical_emergency_read_as_an_injury_puts_treatment_before_compensation(real, words):
    """Session 30: "my wife having seizure shaking" (injury 0.92) got the Workmen's
    Compensation Fund first, nothing on getting help now."""
    out = engine.handle(
        read_by_rule(words, "en", ("injury_health",), ("injury_health", 0.92)), settled(), real
    )
    text = said(out)
    assert TREAT in text
    assert text.index(TREAT) < text.index("Compensation")


@pytest.mark.parametrize(
    "words",
    [
        "i cannot wake up early for work",
        "my family is moving to bangkok",
        "he is not moving his car",
        "agency not respond my message",
        "drowning in debt, boss not pay",
        "i drink chemical free water only",
        "i cannot move to another employer",
        "ဓာတ်ပုံ ပို့ပေးပါ",  # send a photo (ဓာတ်, not ဓာတ်လိုက်)
        "ខ្ញុំចង់ដកប្រាក់",  # I want to withdraw money (ដក, not ដកដង្ហើម)
    ],
)
def test_ordinary_words_are_no_medical_emergency(words):
    assert not work_conditions.harmed(words)


@pytest.mark.parametrize(
    ("words", "language"),
    [
        ("dok dong hae min ruoch", "km"),  # cannot breathe: was read as English
        ("hou chheam chraen", "km"),  # bleeding a lot
        ("thadi lit nay tal", "my"),  # unconscious
    ],
)
def test_romanised_medical_words_keep_the_writer_s_language(words, language):
    """Session 30: "dok dong hae min ruoch" (romanised Khmer, cannot breathe) was answered in
    English to a new user."""
    from bot.language import normalise

    read = normalise(words)
    assert read.language == language and read.romanised


@pytest.mark.parametrize(
    "words",
    [
        "သူဌေးက ဗီဇာ ရိုက်ပေးမယ်ပြောတယ်",  # the boss says he will get the visa stamped
        "အလုပ်ရှင်က passport ရိုက်ပေးမယ်",  # the employer will get the passport stamped
        "သူဌေးက Pink Card ရိုက်ပေးတယ်",  # the boss has the pink card printed
        "ថៅកែធំក្នុងហ្គេមនេះ វាយយ៉ាងម៉េចក៏មិនឈ្នះ",  # the big boss in this game: cannot beat it
    ],
)
def test_a_paper_stamped_for_the_worker_is_no_blow(words):
    """Round 52B read a boss word and ရိုက် anywhere as a blow; ရိုက် is also to stamp or
    print a paper (the lead, on merging it)."""
    from bot.dialogue.boss_hits import boss_hits

    assert not boss_hits(words)


def _clause_emergency(words: str, lang: str, topics: tuple[str, ...], *ranking) -> Text:
    return Text(words, lang, None, NluResult(topics[0], ranking[0][1], ranking, topics))


def test_an_emergency_only_a_clause_read_gives_way_to_the_problems_found(real):
    """Round 52B: "hello, I am Dara in Malaysia, my visa ran out, I want to go home but I am
    afraid they will arrest me" (Khmer): the clause "afraid they will arrest me" read as an
    emergency, the whole message Permits 0.35 and an emergency 0.18: Malaysia's 999 (the
    police) first to an overstayer afraid of the police. Now the permit's answer, the
    emergency the first button."""
    words = "ជំរាបសួរ ខ្ញុំ ដារ៉ា នៅម៉ាឡេស៊ី visa ផុតហើយ ចង់ទៅផ្ទះ តែខ្លាចគេចាប់"
    event = _clause_emergency(
        words,
        "km",
        ("emergency_help", "visa_work_permit", "return_home"),
        ("visa_work_permit", 0.35),
        ("return_home", 0.21),
        ("emergency_help", 0.18),
    )
    out = engine.handle(event, settled("km", "MY"), real)
    assert out.shown is not None and "visa_work_permit" in out.shown
    buttons = all_button_data(out)
    assert "emergency_help" in buttons[0] and any("return_home" in b for b in buttons)
    assert out.tally is not None and out.tally.topic == "visa_work_permit"


@pytest.mark.parametrize(
    "ranking",
    [
        (("emergency_help", 0.45), ("visa_work_permit", 0.3)),  # the whole reads it best
        (("visa_work_permit", 0.4), ("emergency_help", 0.35)),  # the whole reads it too
    ],
)
def test_an_emergency_the_whole_message_reads_keeps_its_numbers_first(real, ranking):
    event = _clause_emergency(
        "visa finish, scared", "en", ("emergency_help", "visa_work_permit"), *ranking
    )
    out = engine.handle(event, settled("en", "TH"), real)
    assert out.shown is not None and "emergency_help" in out.shown


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("boss beat me, my head bleeding a lot", "en"),
        ("ခေါင်းမှာ သွေးထွက်နေတယ် ကူညီပါ", "my"),  # blood from the head, please help
    ],
)
def test_danger_with_bleeding_gets_treatment_after_the_numbers(real, words, lang):
    """Round 53A: blood from the head with danger words got the emergency numbers (in
    Thailand hotlines, no ambulance) and nothing on getting treatment now."""
    out = engine.handle(read_by_rule(words, lang, (), ("emergency_help", 0.9)), settled(lang), real)
    text = said(out)
    from dialogue_helpers import in_language

    treat = in_language(lang, work_conditions_treatment())
    assert treat in text
    assert text.index("1300") < text.index(treat)


def work_conditions_treatment() -> str:
    return (
        "Fainted, not breathing, burned or cut? Get treatment first: take the person "
        "to the nearest hospital or clinic now. Then write down when and how it "
        "happened and who saw it, and keep hospital papers and receipts."
    )


def test_an_overdose_in_danger_gets_its_own_line_not_the_injury_one_too(real):
    words = "my friend took yaba and not wake up, door locked help"
    out = engine.handle(read_by_rule(words, "en", (), ("emergency_help", 0.9)), settled(), real)
    assert "Someone took something" in said(out)
    assert "Fainted, not breathing, burned or cut?" not in said(out)


def test_who_sees_what_asked_on_the_way_to_a_person_keeps_the_person_a_tap_away(real):
    """Round 54B: "if i talk to a person will my boss know" now gets who sees what, which had
    no way to a person but the menu."""
    words = "if i talk to a person will my boss know"
    out = engine.handle(read_by_rule(words, "en", (), ("change_employer", 0.5)), settled(), real)
    assert "I send nothing about you to the police" in said(out)
    assert "person" in all_button_data(out)


def test_the_count_of_a_fallen_friend_not_answering_is_the_injury_answer_it_got(real):
    """Round 54A answered "my friend fell off the ladder at site, he is not answering" with
    the injury answer (harm, not someone missing); the anonymous count still recorded the
    answer for someone else (tally.py read the missing person first, as flows did before)."""
    words = "my friend fell off the ladder at site, he is not answering"
    event = read_by_rule(words, "en", ("lost_documents",), ("lost_documents", 0.87))
    out = engine.handle(event, settled(), real)
    assert out.shown == "topic:injury_health"
    assert out.tally is not None and out.tally.topic == "injury_health"


@pytest.mark.parametrize(
    ("words", "blow"),
    [
        ("ប្តីខ្ញុំនៅផ្ទះ ចង់ទៅធ្វើការម៉ាឡេ", False),  # my husband is at home (ទះ inside ផ្ទះ)
        ("ប្តីខ្ញុំមិនឲ្យខ្ញុំទៅផ្ទះ", False),  # my husband does not let me go home
        ("ယောက်ျားက ကန်ထရိုက် ချုပ်ပြီးပြီ", False),  # my husband signed the contract
        ("ប្តីវាយខ្ញុំនៅផ្ទះ", True),  # my husband hits me at home
        ("ယောက်ျားက နေ့တိုင်း ရိုက်တယ်", True),  # my husband hits me every day
    ],
)
def test_a_partner_at_home_is_no_blow_a_partner_who_hits_is(words, blow):
    """The last read of session 30: round 52B/54A took the words a blow's letters are part of
    (ផ្ទះ home, ကန်ထရိုက် contract) out before a boss's blow was looked for, but not before a
    partner's: "my husband is at home" was danger, the emergency numbers first."""
    from bot.dialogue.harmed import partner_hits

    assert partner_hits(words) is blow
