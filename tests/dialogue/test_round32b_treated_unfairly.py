"""Treated badly for who one is (exploratory round 32B): prayer, fasting, halal food, a
headscarf, leave for a festival, insults about one's nationality, less pay than local workers
for the same work, a landlord or a shop that refuses migrants, "go back to your country", a
hospital or clinic that turned someone away, a school that refused a child.

Before: "boss not let me pray at work, i am muslim" got the injury answer, "no halal food in
dormitory" Passport taken, "employer tell me stop go to church" Fake jobs, "neighbour always
say go back to your country" Going home, "the boss calls us burmese dogs" "I cannot help with
that", the Burmese "the boss calls us Burmese dogs" and "the boss does not let us pray" the
emergency numbers; "hospital refuse me because i am cambodian" the line on fearing a hospital;
"school not accept my son" the answer for someone else with Arrest. Our sources have nothing on
any of it: the reply says so, that an insult is not the person's fault, a person, Emergency
help a tap away. Violence keeps the emergency path."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.content.localised import topic_title
from bot.dialogue import children_abroad, hospital_fears, treated_unfairly
from bot.language.zawgyi_output import unicode_to_zawgyi
from bot.values import Asked

LINE = (
    "Your religion, prayer, food, a festival, insults, or less pay than others for the "
    "same work? Our sources have no checked rules on religion at work, leave for "
    "festivals, discrimination or equal pay in any country, so we cannot say what is "
    "allowed where you are. Being insulted for who you are is not your fault. Write down "
    "what happened, when, what was said and who saw it. A person from a partner "
    "organisation can tell you what applies to you: tap “{person}”. If someone hurts you "
    "or threatens to, tap “{emergency}”."
)
CARE = (
    "Turned away by a hospital or clinic? Our sources do not say whether a hospital may "
    "refuse a migrant, with or without papers. If it is urgent, go to another hospital or "
    "clinic now. A person from a partner organisation may know where you can be treated: "
    "tap “{person}”."
)
FEAR = (
    "Afraid to go to a hospital without papers? Our sources do not say whether a hospital "
    "tells the police or immigration. Badly hurt or very sick? Get treatment first: in "
    "an emergency, go to the nearest hospital. If there is time, ask a person from a "
    "partner organisation before you go: tap “{person}”."
)


def _line(real, lang: str) -> str:
    return in_language(lang, LINE).format(
        person=tr(lang).gettext("Talk to a person"),
        emergency=topic_title(real.catalog, "emergency_help", lang),
    )


def _care(lang: str) -> str:
    return in_language(lang, CARE).format(person=tr(lang).gettext("Talk to a person"))


@pytest.mark.parametrize(
    ("words", "lang", "country", "topic", "confidence"),
    [
        ("boss not let me pray at work, i am muslim", "en", "TH", "injury_health", 0.6),
        ("ramadan coming, supervisor say no fasting at work, can he do that?", "en", "MY",
         "injury_health", 0.81),
        ("no halal food in dormitory, we are muslim, company only give pork", "en", "TH",
         "documents_confiscated", 0.5),
        ("employer tell me stop go to church on sunday", "en", "MY", "job_scams_trafficking",
         0.55),
        ("the boss calls us burmese dogs every day", "en", "TH", None, 0.3),
        ("neighbour always say go back to your country", "en", "TH", "going_home", 0.7),
        ("korean boss say cambodian people stupid and dirty, i feel very bad", "en", "KR",
         "injury_health", 0.5),
        ("company pay vietnamese more than myanmar, same job, is this discrimination?", "en",
         "JP", None, 0.3),
        ("landlord say no rent room to myanmar people, where can i stay", "en", "TH", None,
         0.3),
        ("shop owner say no foreign worker allowed inside", "en", "SG",
         "documents_confiscated", 0.4),
        ("can i wear headscarf at work? factory say no hijab", "en", "MY", "injury_health",
         0.7),
        ("i want go home for khmer new year, boss say if go, fire me", "en", "TH",
         "going_home", 0.7),
        ("how many days holiday for songkran in thailand?", "en", "TH", None, 0.2),
        # the boss does not let us pray; the boss calls us Burmese dogs (the NLU: an emergency)
        ("သူဌေးက ဆုတောင်းခွင့်မပေးဘူး", "my", "TH", "emergency_help", 0.72),
        ("သူဌေးက ကျွန်တော်တို့ကို ဗမာခွေးလို့ ခေါ်တယ်", "my", "TH", "emergency_help", 0.82),
        # Zawgyi: not allowed to wear a headscarf because I am Muslim
        (unicode_to_zawgyi("မွတ်စလင်ဖြစ်လို့ ခေါင်းစွပ်ဝတ်ခွင့်မပေးဘူး"), "my", "MY",
         "emergency_help", 0.54),
        # the boss gives no leave for the Khmer New Year; neighbours say go back to your country
        ("ថៅកែមិនឲ្យច្បាប់ឈប់បុណ្យចូលឆ្នាំខ្មែរទេ", "km", "TH", None, 0.3),
        ("អ្នកជិតខាងប្រាប់ថា ត្រឡប់ទៅប្រទេសឯងវិញទៅ", "km", "MY", "going_home", 0.6),
        # romanised: the boss calls me a Khmer dog; the boss calls us Burmese dogs
        ("thaokae jer khnhom tha khmer chkae", "km", "TH", None, 0.3),
        ("boss ka bamar khway lo khaw tal", "my", "TH", None, 0.3),
    ],
)  # fmt: skip
def test_said_alone_the_reply_says_what_is_not_known(real, words, lang, country, topic, confidence):
    got = run(real, settled(lang, country), read_as(words, topic, confidence, lang))
    assert said(got).startswith(_line(real, lang))
    data = all_button_data(got)
    assert data[:3] == ["person", "topic:complaint_channels", "topic:emergency_help"]
    assert data[-1] == "menu"
    assert "🆘" not in said(got)
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, treated_unfairly.NAME)


@pytest.mark.parametrize(
    "words",
    [
        "thai worker get 400 baht, we cambodian get 300 for same work. is it legal?",
        # Zawgyi: Thai workers get more pay than us for the same work
        unicode_to_zawgyi("ထိုင်းအလုပ်သမားတွေက အလုပ်တူတူ လုပ်ပေမယ့် ကျွန်တော်တို့ထက် လစာပိုရတယ်"),
    ],
)
def test_unpaid_wages_read_keeps_its_answer_with_the_line_first(real, words):
    lang = "en" if words.isascii() else "my"
    got = run(real, settled(lang, "TH"), read_as(words, "unpaid_wages", 0.9, lang))
    text = said(got)
    assert text.startswith(_line(real, lang))
    assert "1546" in text or "၁၅၄၆" in text


def test_a_passport_surely_read_keeps_its_answer_with_the_line_first(real):
    words = "boss take my passport and call us burmese dogs"
    got = run(real, settled("en", "TH"), read_as(words, "documents_confiscated", 0.81))
    text = said(got)
    assert text.startswith(_line(real, "en"))
    assert "1300" in text
    assert got.tally is not None and got.tally.topic == "documents_confiscated"


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("hospital refuse me because i am cambodian no passport, i very sick", "en"),
        ("clinic say no treat foreigner without passport, my baby has fever", "en"),
        ("មន្ទីរពេទ្យមិនព្រមព្យាបាលខ្ញុំ ព្រោះខ្ញុំគ្មានឯកសារ", "km"),  # refused, no papers
    ],
)
def test_a_hospital_that_refused_gets_the_line_on_a_refusal_not_the_fear(real, words, lang):
    got = run(real, settled(lang, "TH"), read_as(words, "injury_health", 0.8, lang))
    text = said(got)
    assert text.startswith(_care(lang))
    assert in_language(lang, FEAR)[:12] not in text
    assert got.tally is not None and got.tally.topic == "injury_health"


def test_a_hospital_refusal_read_as_another_problem_gets_the_line_alone(real):
    words = "hospital refuse me because i am cambodian"
    got = run(real, settled("en", "TH"), read_as(words, "going_home", 0.6))
    assert said(got).startswith(_care("en"))
    assert all_button_data(got)[:3] == ["person", "topic:injury_health", "topic:emergency_help"]


def test_a_fear_of_going_to_hospital_keeps_its_line(real):
    words = "sick, if i go to hospital without passport will they arrest me?"
    got = run(real, settled("en", "TH"), read_as(words, "injury_health", 0.8))
    assert said(got).startswith(in_language("en", FEAR)[:20])
    assert not treated_unfairly.refused_care(words)
    assert hospital_fears.afraid(words)


def test_a_school_that_refused_a_child_gets_the_line_on_children_abroad(real):
    words = "school not accept my son because he is burmese"
    assert children_abroad.says(words)
    got = run(real, settled("en", "TH"), read_as(words, "someone_else", 0.5))
    assert got.tally is not None and got.tally.topic == children_abroad.NAME


@pytest.mark.parametrize(
    "words",
    [
        "thai coworker hit me and say burmese dog",
        "thai men beat my friend because he is myanmar",
    ],
)
def test_violence_is_not_this_line(real, words):
    assert treated_unfairly.says(words) and treated_unfairly.violent(words)
    got = run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.9))
    assert not said(got).startswith(_line(real, "en"))


@pytest.mark.parametrize(
    "words",
    [
        "my boss pay me less than contract say",
        "i go home for songkran, when can i come back?",
        "i want go back to my country",
        "where is mosque near mahachai?",
        "my boss not pay me 2 month",
        "my friend in hospital, doctor say he ok",
        "church group help me find this job",
        "where can i pray on friday near the factory",
        "ဗလီ ဘယ်နားမှာရှိလဲ",  # where is the mosque?
        "i am muslim, where can i buy halal food in bangkok?",
    ],
)
def test_near_misses_are_not_read(words):
    assert not treated_unfairly.says(words)
    assert not treated_unfairly.refused_care(words)


def test_a_festivals_date_asked_is_no_unfairness():
    # the lead's read: "songkran holiday start when" (a date) got the line on unfair treatment
    assert not treated_unfairly.says("songkran holiday start when")
    assert treated_unfairly.says("no holiday for songkran, boss say work")


def test_an_employer_who_refuses_to_pay_the_hospital_is_no_hospital_refusing():
    assert not treated_unfairly.refused_care("employer refuse give hospital money")
    assert treated_unfairly.refused_care("they turned me away at the clinic")
    assert treated_unfairly.refused_care("hospital refuse me because i am cambodian")
