"""Round 54A (break session 30's new readers with ordinary messages, and true cases worded
otherwise).

False alarms: a contract (ကန်ထရိုက်), fingerprints (လက်ဗွေရိုက်), typing a number into the bot
(ရိုက်ထည့်), Khmer typing a contract (វាយកុងត្រា) beside a boss word were a boss who hits
(boss_hits.py): the emergency numbers. A faint stamp, debt one is drowned in, a box fallen
from a truck's roof were harm (work_conditions.harmed): treatment first.

Missed: a manager who kicked (ကန်လိုက်) was "did not understand"; a friend fallen off a
ladder "not answering" got "Are you asking for someone else?", a co-worker who collapsed,
read as "talk to a person", the form, and the Burmese "my friend had an electric shock and
does not move", read as an emergency by the NLU, the numbers: none said to get treatment."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, tr
from test_own_data_words import ready, typed

from bot.dialogue import boss_hits, work_conditions

TREATMENT = (
    "Fainted, not breathing, burned or cut? Get treatment first: take the person "
    "to the nearest hospital or clinic now. Then write down when and how it "
    "happened and who saw it, and keep hospital papers and receipts."
)


@pytest.mark.parametrize(
    "words",
    [
        "အလုပ်ရှင်က ကန်ထရိုက် သက်တမ်းတိုး မပေးဘူး",  # the employer will not extend the contract
        "ပိုင်ရှင်က ကန်ထရိုက်စာချုပ် ပြန်ပေးမယ်ပြောတယ်",  # the owner says he will return it
        "သူဌေးက လက်ဗွေ ရိုက်ဖို့ ခေါ်သွားတယ်",  # the boss took me to give fingerprints
        "သူဌေးက ဓာတ်မှန် ရိုက်ခိုင်းတယ်",  # the boss told me to get an X-ray
        "ဘော့ထဲမှာ ဖုန်းနံပါတ် ရိုက်ထည့်ရမလား",  # do I type my number into the bot?
        "ថៅកែ ឲ្យខ្ញុំ វាយកុងត្រាថ្មី",  # the boss has me type a new contract
        "ថៅកែប្រាប់ឲ្យវាយបញ្ចូលឈ្មោះ",  # the boss says to type in the name
    ],
)
def test_a_blow_inside_another_word_is_no_boss_who_hits(words):
    assert not boss_hits.boss_hits(words)


@pytest.mark.parametrize(
    "words",
    [
        "မန်နေဂျာက ကန်လိုက်တယ် နာတယ်",  # the manager kicked me, it hurts
        "သူဌေးက ခြေထောက်နဲ့ကန်တယ်",  # the boss kicks with his foot
        "ကန်ထရိုက် မပေးဘဲ သူဌေးက ရိုက်တယ်",  # no contract, and the boss hits me
        "ခြံပိုင်ရှင်က နေ့တိုင်း ရိုက်နေတယ်",
        "ថៅកែវាយខ្ញុំ ហើយមិនឲ្យលុយ",
        "ថៅកែ វាយកុងត្រាថ្មី ហើយវាយខ្ញុំ",  # typed a contract, and hit me
        "ថៅកែ ទះកំផ្លៀងខ្ញុំ ហើយបណ្ដេញទៅផ្ទះ",
    ],
)
def test_a_boss_who_hits_or_kicks_is_still_danger(words):
    assert boss_hits.boss_hits(words)


@pytest.mark.parametrize(
    "words",
    [
        "the stamp on my passport is very faint, is it ok",
        "the faint stamp on my visa",
        "company collapse, boss run away, no salary 2 month",
        "i am drowned in debt to the agent, what can i do",
        "a box fell from the roof of the truck, boss say i must pay",
        "my boss will have a fit if i ask for day off",
        "i had a stroke of luck, new job",
        "ခေါင်းကိုက်တယ် ဆေးခန်းသွားချင်တယ်",  # headache, want to go to the clinic
        "ခေါင်းဆောင်က လစာ မပေးဘူး",  # the team leader does not pay
        "ក្បាលម៉ាស៊ីនខូច",  # the machine's head is broken
    ],
)
def test_everyday_words_are_no_harm(words):
    assert not work_conditions.harmed(words)


@pytest.mark.parametrize(
    "words",
    [
        "i feel faint",
        "she faint in the heat",
        "worker collapse in the heat",
        "my son drowned in the river",
        "he fell from the roof",
        "box fell on my head at the warehouse",
        "my wife having a fit, shaking",
        "my father had a stroke, he cannot talk",
        "ထမင်းဆိုင်ပိုင်ရှင်က ခေါင်းကို ရိုက်လို့ သွေးထွက်နေတယ်",  # hit on the head, bleeding
        "ថៅកែវាយក្បាលខ្ញុំ ហូរឈាម",  # the boss hit my head, bleeding
    ],
)
def test_harm_told_otherwise_is_still_harm(words):
    assert work_conditions.harmed(words)


def test_a_friend_fallen_and_not_answering_gets_treatment_first(real):
    words = "my friend fell off the ladder at site, he is not answering"
    # a first message, no place told yet: as in the console
    no_place = ready().with_(country=None, profile_asked=False)
    got = run(real, no_place, typed(words, "job_scams_trafficking", 0.36))
    assert said(got).startswith(TREATMENT)


def test_a_friend_missing_still_gets_the_answer_for_someone_else(real):
    words = "my friend is missing in malaysia, not answering 2 weeks"
    got = run(real, ready(), typed(words, "lost_documents", 0.87))
    assert TREATMENT not in said(got)
    assert "Are you asking for someone else" in said(got)


def test_collapsed_read_as_talk_to_a_person_gets_treatment_above_the_form(real):
    words = "my co worker collapsed in the heat, he not talk"
    got = run(real, ready(), typed(words, "talk_to_person", 0.83))
    assert said(got).startswith(TREATMENT)
    assert "Tell me what happened" in said(got)


def test_talk_to_a_person_without_harm_is_the_form_alone(real):
    got = run(real, ready(), typed("i want talk to a person", "talk_to_person", 0.95))
    assert TREATMENT not in said(got)


@pytest.mark.parametrize(
    ("words", "language"),
    [
        ("မိတ်ဆွေက ဓာတ်လိုက်ပြီး မလှုပ်တော့ဘူး", "my"),  # electric shock, does not move
        ("my friend drank poison, please", "en"),
    ],
)
def test_the_nlus_emergency_with_harm_gets_treatment_after_the_numbers(real, words, language):
    got = run(real, ready(language), typed(words, "emergency_help", 0.84))
    text = said(got)
    note = tr(language).gettext(TREATMENT)
    assert note in text
    assert text.index(note) > 0  # the numbers first


def test_the_nlus_emergency_without_harm_has_no_treatment_line(real):
    got = run(real, ready(), typed("they lock us in the house", "emergency_help", 0.9))
    assert TREATMENT not in said(got)
