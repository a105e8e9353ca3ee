"""The police or officials asking money (exploratory round 31B).

"police stop me at checkpoint, ask 2000 baht or go jail" got the arrest answer with the money
unanswered; "immigration at myawaddy border ask extra 500 baht for stamp passport" and "polis
som luy 1000 bat, khnhom trov oy te?" Fake jobs; "at poipet border officer ask money more for
stamp. should i pay?" and the Khmer "can I complain about the police who ask money?" only
"Where are you from?" then Agency fees ("Do not pay yet"); "police fine me 1000 baht but no
receipt" the deductions and wages answers; "raid in my room, we pay 5000 baht each and police
let us go" and "i was arrested last week, pay 10000 baht and they release me" the emergency
answer ("call the police") and nothing on the money. Our sources say nothing on money asked by
the police or officials, nor where to complain about them: the line says so, tells no one to
pay or to refuse, keep safe first, a person."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import follow_up, officials_money
from bot.language import to_zawgyi
from bot.values import Asked

LINE = (
    "Police or an official asking you for money? Our sources do not say whether paying or "
    "refusing is safer, whether it is legal, or where you can complain about it safely. Keep "
    "yourself safe first. A person from a partner organisation can talk it through with you: "
    "tap “{person}”."
)
PAY = (
    "Our sources do not say whether paying or refusing is safer, so I cannot tell you to do "
    "either. Keep yourself safe first. A person from a partner organisation can talk it "
    "through with you: tap “{person}”."
)
PERSON = {"en": "Talk to a person", "my": "လူနဲ့ စကားပြောမယ်", "km": "និយាយជាមួយមនុស្ស"}


def _line(lang: str = "en") -> str:
    return in_language(lang, LINE).replace("{person}", PERSON[lang])


@pytest.mark.parametrize(
    ("words", "lang", "topic", "papers"),
    [
        ("immigration at myawaddy border ask extra 500 baht for stamp passport", "en",
         "job_scams_trafficking", True),
        ("at poipet border officer ask money more for stamp. should i pay?", "en",
         "recruitment_fees", False),
        ("police fine me 1000 baht but no receipt. is it real fine?", "en", None, False),
        ("every month boss cut 300 baht from salary for pay police. is this normal?", "en",
         "unpaid_wages", False),
        ("polis som luy 1000 bat, khnhom trov oy te?", "km", "job_scams_trafficking", False),
        ("តើខ្ញុំអាចប្តឹងប៉ូលិសដែលសុំលុយបានទេ", "km", "recruitment_fees", False),
        ("ရဲက ပိုက်ဆံတောင်းတယ် ပေးရမလား", "my", "recruitment_fees", False),
        # read as an arrest with nobody held (session 27): the arrest answer a tap away
        ("village head ask 50000 kyat for recommendation letter for passport", "en",
         "arrest_detention", True),
        ("I have to give money to immigration at the airport, how much?", "en",
         "arrest_detention", False),
        ("checkpoint police tear my passport because i not pay", "en", "arrest_detention", True),
    ],
)  # fmt: skip
def test_a_reading_that_does_not_fit_gets_the_line_and_a_person(real, words, lang, topic, papers):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.7, lang))
    assert said(got).startswith(_line(lang))
    data = all_button_data(got)
    assert data[:2] == ["person", "topic:arrest_detention"]
    assert ("topic:documents_confiscated" in data) == papers
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, officials_money.NAME)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "title"),
    [
        ("police stop me at checkpoint, ask 2000 baht or go jail. what i do", "en",
         "arrest_detention", "Arrest or detention"),
        ("police keep my pink card, say pay 3000 then give back", "en", "documents_confiscated",
         "Passport taken"),
        ("can i complain about the police? they take money from me", "en", "complaint_channels",
         "Where to complain"),
        ("ရဲက ဘတ် ၂၀၀၀ တောင်းတယ် မပေးရင် ထောင်ချမယ်တဲ့", "my", "arrest_detention",
         "ဖမ်းဆီး ထိန်းသိမ်းခံရ"),
        ("ប៉ូលិសយកកាតការងាររបស់ខ្ញុំ ត្រូវបង់លុយទើបឲ្យវិញ", "km", "documents_confiscated",
         "គេរក្សាលិខិតឆ្លងដែន"),
        ("yae ka 2000 baht taung tal ma pay yin htaung cha mal", "my", "arrest_detention",
         "ဖမ်းဆီး ထိန်းသိမ်းခံရ"),
    ],
)  # fmt: skip
def test_an_answer_that_fits_stays_under_the_line(real, words, lang, topic, title):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.9, lang))
    text = said(got)
    assert text.startswith(_line(lang))
    assert title in text
    assert text.index(_line(lang)) < text.index(title)


def test_zawgyi_is_read(real):
    """Encoded back to Zawgyi on the way out (language.encode_for), not here."""
    words = to_zawgyi("ရဲက ပိုက်ဆံတောင်းတယ် ပေးရမလား")
    got = run(real, settled("my", "TH"), read_as(words, "recruitment_fees", 0.9, "my"))
    assert said(got).startswith(_line("my"))


def test_danger_words_keep_the_numbers_first_and_the_line_after_them(real):
    words = "last night raid in my room, we pay 5000 baht each and police let us go. now i scared"
    got = run(real, settled("en", "TH"), read_as(words, "arrest_detention", 0.87))
    text = said(got)
    assert "1300" in text and _line() in text
    assert text.index("1300") < text.index(_line())


def test_a_sure_emergency_keeps_its_answer_and_the_line_comes_after_it(real):
    words = "i was arrested last week, pay 10000 baht and they release me. now i fear"
    got = run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.96))
    text = said(got)
    assert _line() in text
    assert text.index("Emergency help") < text.index(_line())


def test_danger_words_with_no_place_known_keep_the_line(real):
    words = "last night raid in my room, we pay 5000 baht each and police let us go"
    got = run(real, settled("en", None), read_as(words, "arrest_detention", 0.87))  # type: ignore[arg-type]
    text = said(got)
    assert _line() in text
    assert text.index("Emergency help") < text.index(_line())


def test_should_i_pay_right_after_the_line_gets_a_person_not_agency_fees(real):
    words = "immigration at myawaddy border ask extra 500 baht for stamp passport"
    told = run(real, settled(), read_as(words, "job_scams_trafficking", 0.77))
    assert told.shown == officials_money.NAME
    after = replace(real, last_answer=told.shown)
    got = run(after, told.state, read_as("should i pay?", "recruitment_fees", 0.7))
    assert said(got) == PAY.replace("{person}", "Talk to a person")
    assert all_button_data(got)[0] == "person"
    assert got.tally is not None and got.tally.topic == officials_money.NAME


def test_pay_or_not_right_after_the_arrest_answer_gets_a_person(real):
    after = replace(real, last_answer="topic:arrest_detention")
    got = run(after, settled("my", "TH"), read_as("ပေးရမလား", "recruitment_fees", 0.7, "my"))
    assert said(got) == in_language("my", PAY).replace("{person}", PERSON["my"])


def test_should_i_pay_with_nothing_above_is_read_as_before(real):
    got = run(real, settled(), read_as("should i pay?", "recruitment_fees", 0.7))
    assert said(got) != PAY.replace("{person}", "Talk to a person")


def test_follow_up_knows_the_name():
    assert follow_up.OFFICIALS_MONEY == officials_money.NAME


@pytest.mark.parametrize(
    "words",
    [
        "police took my brother yesterday",
        "boss not pay salary 3 month",
        "i paid 3000 baht at immigration for visa",
        "i paid immigration fee for visa extension",
        "my employer ask money for work permit",
        "agent ask 20000 baht, is it normal?",
        "police officer ask my passport",
        "how much is work permit fee",
        "boss say if i not pay debt he call police",
        "the army take my brother, my mother cry",
        "i want to send money home, police check at bank?",
        "ရဲက ကျွန်တော့်အစ်ကိုကို ဖမ်းသွားတယ်",
        "ប៉ូលិសចាប់ប្អូនប្រុសខ្ញុំ",
        "my friend is a police officer, he is kind",
        "soldiers at the border, is it safe to cross?",
        "man on video call say he is police, i must pay 20000 baht or they arrest me",
        "police took my son, they want 5000 dollar to let him go",
    ],
)
def test_near_misses_are_not_read_as_money_asked_by_officials(words):
    assert not officials_money.says(words)


ABOUT = (
    "Our sources name no office that takes complaints about the police or officials, in any "
    "country, and do not say whether such a complaint is safe. A person from a partner "
    "organisation can tell you what you can do: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("can i complain about the police?", "en", "complaint_channels"),
        ("how to report bad officer at checkpoint", "en", "complaint_channels"),
        ("តើខ្ញុំអាចប្តឹងប៉ូលិសបានទេ", "km", "arrest_detention"),
    ],
)
def test_a_complaint_about_the_police_says_no_office_is_known(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.9, lang))
    assert said(got).startswith(in_language(lang, ABOUT).replace("{person}", PERSON[lang]))


@pytest.mark.parametrize(
    "words",
    [
        "i want complain about my boss",
        "how to report to police my passport lost",
        "ប្តឹងទៅប៉ូលិស",
        "បើខ្ញុំប្តឹង ប៉ូលិសនឹងមកទេ",
        "police is good in my town",
    ],
)
def test_a_complaint_not_about_officials_gets_no_such_line(words):
    assert not officials_money.complained_about(words)


def test_a_fee_asked_at_an_office_with_nothing_of_a_bribe_is_the_answers():
    # the lead's read: the permit answer holds the sourced fee; the line went above a tap to it
    assert not officials_money.says("officer at labour office ask 900 baht for work permit")


@pytest.mark.parametrize(
    "words",
    [
        "officer at immigration office ask extra 2000 baht, no receipt",
        "officer at labour office ask 5000 baht or go jail",
    ],
)
def test_a_bribe_at_an_office_still_is(words):
    assert officials_money.says(words)


def test_romanised_burmese_does_not_give_is_no_payment_to_the_police():
    # the boss does not give (ma pay) the work permit, so afraid of a police check
    assert not officials_money.says("boss ka work permit ko ma pay lo police sit yin kyout tl")


@pytest.mark.parametrize(
    "words",
    [
        "police arrested my brother, they ask 5000 baht to let him go",
        "we pay to police every month or they arrest us",
        "immigration caught me at the airport and ask 10000 baht",
    ],
)
def test_an_arrest_named_keeps_the_arrest_answer_under_the_line(real, words):
    """Someone held: the arrest answer itself, not a tap away (session 27's rule reads an
    arrest with nobody held as the line's alone)."""
    got = run(real, settled("en", "TH"), read_as(words, "arrest_detention", 0.9))
    assert "Arrest or detention" in said(got)
