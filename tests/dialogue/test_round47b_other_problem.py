"""Round 47B: the other problem of a two-problem message offered one tap away when it is named
in plain words the NLU did not read (also_said.py), Khmer and romanised first. Sentences
written for the test (not the development set's), and near-misses that must offer nothing."""

from __future__ import annotations

import pytest

from bot.dialogue import also_said


@pytest.mark.parametrize(
    ("first", "words", "offered"),
    [
        # where to complain, after the problem answered first
        (
            "injury_health",
            "hand cut at factory, boss say not his problem, where i complain",
            "complaint_channels",
        ),
        ("unpaid_wages", "ថៅកែអត់បើកប្រាក់ខែ ខ្ញុំគួរប្ដឹងនៅណា", "complaint_channels"),
        ("unpaid_wages", "thaokae ot bae luy, khnhom trov pdoeng nov na", "complaint_channels"),
        (
            "agency_complaint",
            "pwe sar ka ngway yu pyi pyauk twar, bel mhar tine ya ma lae",
            "complaint_channels",
        ),
        ("unpaid_wages", "သူဌေးက ပိုက်ဆံမပေးဘူး ဘယ်မှာတိုင်ရမလဲ", "complaint_channels"),
        # going back home
        (
            "agency_complaint",
            "job not same as agent said, i want to go back to cambodia",
            "return_home",
        ),
        ("lost_documents", "បាត់លិខិតឆ្លងដែន ចង់ត្រឡប់ទៅស្រុកវិញ", "return_home"),
        ("lost_documents", "bat passport, khnhom chong trolob tov srok", "return_home"),
        ("agency_complaint", "အေးဂျင့်က လိမ်တယ် မြန်မာပြည်ပြန်ချင်တယ်", "return_home"),
        ("agency_complaint", "agent lein tal, myanmar pyi ko pyan chin tal", "return_home"),
        ("lost_documents", "passport pyauk twar, ein pyan chin tal", "return_home"),
        # changing employer
        (
            "employment_contract",
            "contract 2 year not finish, can i change to new boss",
            "change_employer",
        ),
        ("employment_contract", "កិច្ចសន្យានៅ១ឆ្នាំទៀត ចង់ប្ដូរថៅកែ", "change_employer"),
        ("work_conditions", "tver kar 12 mong, chong phlas thaokae", "change_employer"),
        ("visa_work_permit", "permit kone tot mal, boss ko pyaung lo ya lar", "change_employer"),
        ("visa_work_permit", "ပါမစ်ကုန်တော့မယ် သူဌေးပြောင်းလို့ရလား", "change_employer"),
        # wages and a kept passport, in Khmer and romanised
        ("documents_confiscated", "boss no pay 2 month and keep my passport", "unpaid_wages"),
        ("documents_confiscated", "thaokae min aoy prak khae, hoeuy tuk passport", "unpaid_wages"),
        ("unpaid_wages", "thaokae min aoy prak khae, hoeuy tuk passport", "documents_confiscated"),
        ("unpaid_wages", "ថៅកែទុកលិខិតឆ្លងដែនខ្ញុំ ហើយអត់ឲ្យប្រាក់ខែ", "documents_confiscated"),
        ("documents_confiscated", "ថៅកែទុកលិខិតឆ្លងដែនខ្ញុំ ហើយអត់ឲ្យប្រាក់ខែ", "unpaid_wages"),
        ("arrest_detention", "police pan twar tal, la kha kyan thay tal", "unpaid_wages"),
        (
            "unpaid_wages",
            "boss ka passport thein htar tal, la kha ma pay buu",
            "documents_confiscated",
        ),
    ],
)
def test_the_other_problem_is_offered(first: str, words: str, offered: str) -> None:
    assert offered in also_said.also(first, [], words)


@pytest.mark.parametrize(
    "words",
    [
        "where is the embassy in bangkok",
        "how i report my new address to immigration",
        "i go home after work at 6, is overtime paid",
        "can i change my name on the passport",
        "change phone number in my account",
        "pyan pay par la kha",  # "give the wages back": not going home
        "agent ko pay tae ngwe pyan chin tal",  # the money back
        "boss ka passport yu pyi pyan ma pay buu",  # "and then" not giving it back
        "ein pyan yout pyi alote shar nay tal",  # back home already: a job
        "khnhom tver kar nov phsar, chong dung pi social security",
        "ថៅកែឲ្យប្រាក់ខែហើយ អរគុណ",
        "လစာရပြီ ကျေးဇူးပါ",
        "my passport is at home in myanmar",
        "i came back home last year, need a job in the village",
    ],
)
def test_near_misses_offer_nothing(words: str) -> None:
    assert also_said.also("documents_needed", [], words) == ()


def test_a_topic_already_read_is_not_offered_twice() -> None:
    words = "boss no pay 2 month and keep my passport"
    assert also_said.also("documents_confiscated", ["unpaid_wages"], words) == ()
