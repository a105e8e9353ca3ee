"""Money lost to gambling, a threat over a gambling debt, a prize that asks for money first
(exploratory round 37A).

"husband lose all money gambling" and its Burmese, Zawgyi, Khmer and romanised forms got "I
cannot help with that" or "I do not understand"; "online casino took my salary" Fake jobs;
"I owe gambling boss 30000 baht, he say he will cut my finger" the debt for the journey, its
Khmer the kept-passport answer; "message say I win iPhone, pay 500 baht for delivery" "I
cannot help with that", its Burmese the agency complaint, its Khmer unpaid wages. Near
misses (cards for fun, a job offer at a casino, a fee to win a case) are not read."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import gambling
from bot.values import Asked

LOST = (
    "Money lost to gambling, yours or a family member's? Our sources say nothing on "
    "getting it back, or on gambling debts. Do not pay anyone who promises to get it back."
    " If someone threatens you or your family, tap “{emergency}”. A person from a partner "
    "organisation can listen and help you: tap “{person}”."
)
THREAT = (
    "Someone threatens you or your family over a gambling debt? That is an emergency: tap "
    "“{emergency}” for the numbers to call, and if you can, go to a safe place. Our "
    "sources say nothing on gambling debts. A person from a partner organisation can help:"
    " tap “{person}”."
)
PRIZE = (
    "A message says you won a prize, but you must pay first (a fee, a tax, delivery)? "
    "Being asked for money first is a warning sign of a scam. Do not pay, and do not send "
    "your bank card, codes or ID. Keep the message and the number. Paid already? A person "
    "from a partner organisation can help: tap “{person}”."
)


def _head(lang: str, msgid: str) -> str:
    """The first sentence of `msgid` as `lang` reads it (the buttons are named after it)."""
    return in_language(lang, msgid).split("“")[0][:40]


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("online casino took my salary, can I get back", "en", "job_scams_trafficking"),
        ("my husband gamble all his wages every month, what can I do", "en", None),
        ("card game in the dorm every night, I lose everything", "en", None),
        ("lottery ticket agent cheat me", "en", None),
        ("I lost 20000 baht on online gambling website", "en", None),
        ("ငါ့ယောက်ျား လောင်းကစားပြီး ပိုက်ဆံအကုန်ရှုံးတယ်", "my", None),
        ("ငါ့ေယာက္်ား ေလာင္းကစားၿပီး ပိုက္ဆံအကုန္ရႈံးတယ္", "my", None),  # Zawgyi
        ("ကာစီနိုအွန်လိုင်းမှာ လစာအကုန်ရှုံးတယ်", "my", "job_scams_trafficking"),
        ("lin yauk kyar laung ka zar pyi paik san kon shone", "my", None),
        ("pdey khnhom leng lbaeng os luy", "km", None),
    ],
)  # fmt: skip
def test_money_lost_to_gambling_is_answered_honestly(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.6, lang))
    text = said(got)
    assert text.startswith(_head(lang, LOST))
    assert "illegal" not in text.lower() and "Fake jobs" not in text
    assert all_button_data(got)[:2] == ["person", "topic:emergency_help"]
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, gambling.NAME)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("my brother owe money to casino and they hold him, they want ransom", "en", None),
        ("ខ្ញុំជំពាក់លុយម្ចាស់ល្បែង គេថានឹងកាប់ដៃខ្ញុំ", "km", "documents_confiscated"),
    ],
)  # fmt: skip
def test_a_threat_over_a_gambling_debt_is_an_emergency(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.6, lang))
    assert said(got).startswith(_head(lang, THREAT))
    assert all_button_data(got)[:2] == ["person", "topic:emergency_help"]


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("message say I win iPhone, pay 500 baht for delivery", "en", None),
        ("they call me I won a prize 50000 baht but must pay tax first", "en", None),
        ("I got sms congratulations you win a car, send fee to claim", "en", None),
        ("ဆုကြီးပေါက်တယ်ပြောပြီး ပိုက်ဆံလွှဲခိုင်းတယ်", "my", "agency_complaint"),
        ("គេថាខ្ញុំឈ្នះរង្វាន់ ត្រូវបង់ប្រាក់ 500 បាត", "km", "unpaid_wages"),
    ],
)  # fmt: skip
def test_a_prize_asking_for_money_first_is_a_scam(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.6, lang))
    text = said(got)
    assert text.startswith(_head(lang, PRIZE))
    assert all_button_data(got)[0] == "person"


@pytest.mark.parametrize(
    "words",
    [
        "my friend invite me to play cards for fun on sunday",
        "I got job offer at casino in Cambodia, salary 30000 baht",
        "I want to win my case, do I need to pay a fee?",
        "what is the lucky number for lottery",
        "boss not pay salary 2 months",
        "the game on my phone is not working",
        "I win lottery in Thailand, how to get the money",
        "he will hit me if I lose the job",
        "agent say congratulations you got the job, pay the fee 5000 baht",
        "boss give reward but must pay tax?",
    ],
)
def test_near_misses_are_not_read(words):
    assert not gambling.prize(words)
    assert not gambling.gambling(words)


def test_a_threat_to_maim_gets_the_numbers_first_then_the_line(real):
    """The lead's read: "he will cut my finger" is a danger word now (emergency_keywords.yml),
    so the numbers come first, and the line on gambling debts after them."""
    words = "I owe gambling boss 30000 baht, he say he will cut my finger"
    text = said(run(real, settled("en", "TH"), read_as(words, None, 0.6)))
    line = "A threat over a gambling debt? Our sources say nothing on gambling debts."
    assert "1300" in text and line in text
    assert text.index("1300") < text.index(line)
