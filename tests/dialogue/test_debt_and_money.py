"""Debt, wage rates and money (exploratory round 18B).

- Held for a debt: "debt 30000 baht, boss cut every month, cannot go" got Unpaid wages alone,
  likewise in Burmese, Zawgyi, Khmer and romanised Burmese; it is now danger: the numbers
  first, a line that it is serious and what our sources do not say, then the problem read.
- A debt at home ("we pledge our house for loan ..., lender call my mother") got "I cannot
  help with that": now what our sources do not say, a person, Agency fees and debt.
- "how to send money home to myanmar" got Going home: now "I cannot help with that" and the
  menu (the bot has no content for it); a real problem in the message keeps its answer.
- "paid agent on facebook ..., how to get money back" got "I cannot help with that": now
  what our sources do not say, what to keep, a person, an agency problem a tap away.
- "what is minimum wage in thailand" got Unpaid wages with nothing on the figure: now the
  line that our sources have no checked figures first.
"""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.content.localised import topic_title
from bot.dialogue import bank_card, debt, deductions, money_back, pay_rates, triage
from bot.values import Asked

HELD = (
    "Kept at work, or your papers kept, until a debt is paid? That is serious. Our sources do "
    "not say what the law is on these debts. Do not sign anything, and do not borrow more, "
    "before you talk to a person: tap “{person}”."
)
AT_HOME = (
    "A debt for the journey, or a lender calling your family? Our sources have no checked "
    "information on such loans, on lenders, or on land or a house given as a guarantee. Do "
    "not sign anything, and do not hand over land or house papers, before you talk to a "
    "person: tap “{person}”. Threatened? Tap “{emergency}”."
)
CANNOT = (
    "I cannot help with that. I can help with working abroad safely, your rights at work, "
    "your documents and going home. Choose a topic:"
)
BACK = (
    "Paid an agent or a stranger, and want the money back? Our sources do not say how to get "
    "it back. Keep the receipts, the chats, and the account or phone number you paid. Do not "
    "pay anyone who promises to get it back. A person from a partner organisation can help: "
    "tap “{person}”."
)
RATES = (
    "The minimum wage or overtime pay? Our sources have no checked figures for it in any "
    "country. A person from a partner organisation can tell you what applies to you: tap "
    "“{person}”."
)


def _person(lang: str) -> str:
    return tr(lang).gettext("Talk to a person")


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("debt 30000 baht, boss cut every month, cannot go", "en"),
        ("the boss keep my passport because i owe him 10000 baht for the room", "en"),
        ("I want to quit but boss say I must pay back recruitment fee 15000 first", "en"),
        ("ပွဲစားကို ကြွေး ၃ သောင်း ဘတ် ရှိတယ်။ လစာထဲက လတိုင်း ဖြတ်တယ်။ မဆပ်ပြီးမချင်း ပြန်လို့မရဘူး", "my"),
        # the same in Zawgyi: "I owe the broker; ... I cannot leave until the debt is cleared"
        ("ပြဲစားကို ေၾကြးတင္ေနတယ္။ အလုပ္ရွင္က လစာထဲက လတိုင္း ျဖတ္တယ္။ ေၾကြးမေက်မခ်င္း ထြက္လို႔မရဘူး", "my"),
        ("ខ្ញុំជំពាក់មេខ្យល់ ៣ម៉ឺនបាត ថៅកែកាត់ប្រាក់ខែរាល់ខែ មិនឲ្យខ្ញុំទៅណាទេ", "km"),
        ("kyway shi tal, boss ka la tine phyat tal, ma sat pyi ma chin pyan lo ma ya bu", "my"),
    ],
)
def test_held_for_a_debt_is_danger_with_the_line(real, words, lang):
    assert triage.danger_in(words, real.catalog)
    got = run(real, settled(lang, "TH"), read_as(words, "unpaid_wages", 0.54, lang))
    first = got.replies[0].text
    assert "1300" in first  # the numbers come first (Thailand's 24-hour trafficking line)
    line = in_language(lang, HELD).format(person=_person(lang))
    assert line in said(got) and line not in first


def test_the_line_comes_after_the_numbers_with_no_problem_read(real):
    words = "ខ្ញុំជំពាក់មេខ្យល់ ៣ម៉ឺនបាត ថៅកែកាត់ប្រាក់ខែរាល់ខែ មិនឲ្យខ្ញុំទៅណាទេ"
    got = run(real, settled("km", "TH"), read_as(words, None, 0.3, "km"))
    line = in_language("km", HELD).format(person=_person("km"))
    assert said(got).index("1300") < said(got).index(line)


@pytest.mark.parametrize(
    "words",
    [
        "I cannot pay back my loan",
        "should i take a loan to go korea",
        "boss cut my salary every month",
        "debt 30000 baht, boss cut every month",
        "i cannot go to work, i am sick",
    ],
)
def test_no_debt_held_where_none_is_told(real, words):
    assert not debt.held(words)
    assert not triage.danger_in(words, real.catalog)


@pytest.mark.parametrize(
    ("words", "lang", "country"),
    [
        (
            "we pledge our house for loan to send daughter to thailand, lender call my mother",
            "en",
            "MM",
        ),
        ("my family land title is with the moneylender for my son loan", "en", "KH"),
        ("យើងដាក់ប្លង់ដីបញ្ចាំ ដើម្បីខ្ចីលុយឲ្យកូនទៅថៃ ឥឡូវម្ចាស់បំណុលតេមករាល់ថ្ងៃ", "km", "KH"),
        ("အိမ်ကို အပေါင်ထားပြီး ငွေချေးထားတယ်။ ငွေတိုးရှင်က အမေ့ကို ဖုန်းဆက်နေတယ်", "my", "MM"),
    ],
)
def test_a_debt_at_home_is_told_what_is_not_known(real, words, lang, country):
    got = run(real, settled(lang, country), read_as(words, None, 0.9, lang))
    emergency = topic_title(real.catalog, "emergency_help", lang)
    line = in_language(lang, AT_HOME).format(person=_person(lang), emergency=emergency)
    assert said(got).startswith(line)
    data = all_button_data(got)
    assert data[0] == "person" and data[-1] == "menu"
    assert "topic:recruitment_fees" in data and "topic:emergency_help" in data
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, debt.NAME)


def test_a_sure_reading_of_a_loan_keeps_its_answer(real):
    words = "agent want 3000 dollar, we borrow from moneylender"
    got = run(real, settled("en", "MM"), read_as(words, "recruitment_fees", 0.99))
    assert not said(got).startswith("A debt for the journey")


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("how to send money home to myanmar", "return_home", 0.59),
        # money sent that never arrived: a person first since round 34C (money_taken.py)
        ("how do i send money to my family in cambodia", "agency_complaint", 0.92),
        ("မြန်မာပြည်ကို ပိုက်ဆံ ဘယ်လိုပို့ရမလဲ", None, 0.5),
    ],
)
def test_sending_money_home_is_said_plainly_to_be_out_of_reach(real, words, topic, confidence):
    lang = "my" if not words.isascii() else "en"
    got = run(real, settled(lang, "TH"), read_as(words, topic, confidence, lang))
    assert said(got).startswith(in_language(lang, CANNOT))
    assert "1546" not in said(got)  # no Going home, no agency answer
    # counted as a question the bot has no content for, as the NLU's out of scope ones
    assert got.tally is not None and got.tally.asked == Asked.OUT_OF_SCOPE


def test_a_real_problem_with_money_home_keeps_its_answer(real):
    words = "boss not pay 3 month, i cannot send money home"
    got = run(real, settled("en", "TH"), read_as(words, "unpaid_wages", 0.9))
    assert "1546" in said(got)


def test_money_asked_back_is_told_what_is_not_known(real):
    words = "I paid 15000 baht to agent on facebook for job, now he block me, how to get money back"
    got = run(real, settled("en", "TH"), read_as(words, None, 0.74))
    assert said(got).startswith(BACK.format(person=_person("en")))
    data = all_button_data(got)
    assert data[0] == "person" and "topic:agency_complaint" in data
    assert got.tally is not None and got.tally.topic == money_back.NAME


def test_money_asked_back_under_an_answer_comes_first(real):
    words = "I paid visa fee 500 dollar to a man, now no answer, can i get my money back"
    state = settled("en", "KH").with_(origin="KH")
    got = run(real, state, read_as(words, "recruitment_fees", 0.8))
    assert said(got).startswith(BACK.format(person=_person("en")))
    assert "Agency fees and debt" in said(got)


@pytest.mark.parametrize(
    ("words", "lang", "country"),
    [
        ("what is minimum wage in thailand", "en", "TH"),
        ("overtime pay how much in korea", "en", "KR"),
        ("ထိုင်းမှာ အနည်းဆုံးလုပ်ခ ဘယ်လောက်လဲ", "my", "TH"),
        ("ប្រាក់ឈ្នួលអប្បបរមានៅម៉ាឡេស៊ីប៉ុន្មាន", "km", "MY"),
    ],
)
def test_a_wage_rate_asked_is_said_to_be_unknown_first(real, words, lang, country):
    got = run(real, settled(lang, country), read_as(words, "unpaid_wages", 0.99, lang))
    line = in_language(lang, RATES).format(person=_person(lang))
    assert said(got).startswith(line)


def test_a_wage_rate_read_as_nothing_gets_the_line_and_unpaid_wages(real):
    got = run(real, settled("en", "MY"), read_as("minimum wage malaysia how much", None, 0.6))
    assert said(got).startswith(RATES.format(person=_person("en")))
    assert "topic:unpaid_wages" in all_button_data(got)
    assert got.tally is not None and got.tally.topic == pay_rates.NAME


@pytest.mark.parametrize("words", ["boss not pay my salary", "how much agency fee is ok"])
def test_no_rate_asked_where_none_is(words):
    assert not pay_rates.says(words)


def test_agency_fees_and_debt_read_unsurely_keeps_its_answer(real):
    # the Khmer family at home: "we pledged the land title to borrow ..., the lender calls"
    words = "យើងដាក់ប្លង់ដីបញ្ចាំ ដើម្បីខ្ចីលុយឲ្យកូនទៅថៃ ឥឡូវម្ចាស់បំណុលតេមករាល់ថ្ងៃ"
    got = run(real, settled("km", "KH"), read_as(words, "recruitment_fees", 0.7, "km"))
    assert said(got).startswith(topic_title(real.catalog, "recruitment_fees", "km"))


CUTS = (
    "Money taken from your pay, for the agency, the levy, the room, papers or fines? Our "
    "sources do not say which deductions are allowed. Write down each amount and what it was "
    "for, and keep any pay slips. A person from a partner organisation can help: tap "
    "“{person}”."
)


@pytest.mark.parametrize(
    ("words", "topic", "confidence", "country"),
    [
        # "I cannot help with that" before
        ("boss fine me 500 baht for using phone, is it allowed", None, 0.89, "TH"),
        # Injury or illness before
        (
            "boss take 200 ringgit every month for levy, he say i must pay levy",
            "injury_health",
            0.77,
            "MY",
        ),
        # Unpaid wages with nothing on the cuts before
        (
            "boss cut 1000 baht every month for work permit, and room 1500",
            "unpaid_wages",
            0.44,
            "TH",
        ),
    ],
)
def test_money_taken_from_the_pay_gets_unpaid_wages_with_the_line(
    real, words, topic, confidence, country
):
    got = run(real, settled("en", country), read_as(words, topic, confidence))
    assert said(got).startswith(CUTS.format(person=_person("en")))
    assert topic_title(real.catalog, "unpaid_wages", "en") in said(got)
    assert "PERKESO" not in said(got)  # no injury answer
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.ANSWERED, "unpaid_wages")


def test_a_sure_other_reading_keeps_its_answer(real):
    words = "boss cut my salary because i was injured, hospital bill"
    got = run(real, settled("en", "TH"), read_as(words, "injury_health", 0.97))
    assert said(got).startswith(topic_title(real.catalog, "injury_health", "en"))


@pytest.mark.parametrize("words", ["i am fine thank you", "boss not pay me", "the fine print"])
def test_no_cut_read_where_none_is_told(words):
    assert not deductions.says(words)


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        # an overstay fine: the visa answer's (the NLU's training lines)
        ("visa ကုန်နေတာ ထွက်ရင် ဒဏ်ငွေ ဆောင်ရမလား", "visa_work_permit"),
        ("ស្នាក់នៅហួសកំណត់ visa ពិន័យប៉ុន្មាន", "visa_work_permit"),
        # a cut for social security: its answer
        ("ក្រុមហ៊ុនកាត់លុយខែខ្ញុំ 750 បាត សម្រាប់សន្តិសុខសង្គម ត្រឹមត្រូវទេ", "social_security"),
    ],
)
def test_a_fine_or_a_cut_that_is_another_answers_keeps_it(real, words, topic):
    lang = "my" if "ဒဏ်" in words else "km"
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.7, lang))
    text = said(got)
    if topic == "social_security":
        # round 36B: the line on what our sources do not say about the cut comes first
        text = text.split("\n\n", 1)[1]
    assert text.startswith(topic_title(real.catalog, topic, lang))


def test_money_back_from_social_security_is_no_agent_paid(real):
    words = "social security pike san pyan ya lar"
    got = run(real, settled("en", "TH"), read_as(words, "social_security", 0.9))
    assert not said(got).startswith("Paid an agent")


CARD = (
    "Your bank card or bank book kept by the employer? Our sources do not say what the law is "
    "on it. Write down who has it and since when. A person from a partner organisation can "
    "help: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "topic", "lang"),
    [
        ("boss keep my ATM card and bank book", "documents_confiscated", "en"),
        ("အလုပ်ရှင်က ATM ကတ် ယူထားတယ်", "documents_confiscated", "my"),
        # the bankbook and the residence card (19C): no line before
        ("ကုမ္ပဏီက ဘဏ်စာအုပ်နဲ့ ဇိုင်ရူးကတ်ကို သိမ်းထားတယ်", "documents_confiscated", "my"),
        # "did not understand" before
        ("ថៅកែរក្សាកាត ATM របស់ខ្ញុំ", None, "km"),
    ],
)
def test_a_bank_card_kept_is_told_what_is_not_known(real, words, topic, lang):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.6, lang))
    line = in_language(lang, CARD).format(person=_person(lang))
    assert said(got).startswith(line)
    assert topic_title(real.catalog, "documents_confiscated", lang) in said(got)
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.ANSWERED, "documents_confiscated")


@pytest.mark.parametrize("words", ["how to get atm card", "my atm card lost", "no bank book"])
def test_no_card_kept_where_none_is_told(words):
    assert not bank_card.says(words)
