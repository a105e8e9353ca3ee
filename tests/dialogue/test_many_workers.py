"""Many workers at once (exploratory round 19A): a group's question went unanswered ("we are
25 workers ... can we complain together? each one must fill form?" got Unpaid wages alone;
"can all of us fill one form or each one?" was not understood); a strike or a union got Fake
jobs or Going abroad legally; "can i share this answer with my friends?" got "I cannot help
with that" and the bot added to a group Fake jobs; a paper to sign got an answer that did
not say "do not sign". Our sources say nothing on complaining together, strikes or unions:
the lines say so and offer a person. The readings are the shared NLU's for these words."""

from __future__ import annotations

import pytest
from dialogue_helpers import (
    all_button_data,
    form_at,
    in_language,
    read_as,
    read_by_rule,
    run,
    said,
    settled,
    tr,
)

from bot.dialogue import passing_on, sign_paper, someone_else, together
from bot.values import Asked, UserState

GROUP = (
    "Many of you with the same problem? One of you can ask a partner organisation for "
    "everyone: tap “{person}” and say how many you are and where. Write other people's names "
    "or phone numbers only if they agree. Whether an office takes one complaint for many "
    "people, our sources do not say."
)
ACTING = (
    "A strike, a union, or stopping work together? Our sources have no checked information "
    "on the rules for migrant workers on these, in any country. Before you act, ask a person "
    "from a partner organisation what is safe: tap “{person}”."
)
SHARE = (
    "You can pass my answers on: hold a message, then tap Forward. It shows my answer only, "
    "nothing you wrote to me. In a group I answer no questions, to keep what people say safe: "
    "each of your friends can write to me in a private chat. Do not share anyone's problem or "
    "details in a group without asking them."
)
SIGN = (
    "Told to sign a paper? Do not sign anything you do not understand before you get advice: "
    "tap “{person}”."
)


def line(lang: str, msgid: str) -> str:
    return in_language(lang, msgid).format(person=tr(lang).gettext("Talk to a person"))


@pytest.mark.parametrize(
    ("words", "reading", "lang", "country", "title"),
    [
        (
            "we are 25 workers, company not pay overtime 3 month. can we complain together? "
            "each one must fill form?",
            ("unpaid_wages", 0.864),
            "en",
            "MY",
            "Unpaid wages",
        ),
        # Burmese: can 25 workers complain together?
        ("အလုပ်သမား ၂၅ ယောက် အတူတူ တိုင်ကြားလို့ရလား", ("complaint_channels", 0.9979), "my", "TH", ""),
        # Khmer: we are 25, can we complain together?
        ("យើងមាន ២៥ នាក់ អាចប្តឹងរួមគ្នាបានទេ?", ("complaint_channels", 0.6851), "km", "TH", ""),
        (
            "boss run away, no pay 2 month, 40 worker same, what we do",
            ("unpaid_wages", 0.9701),
            "en",
            "TH",
            "Unpaid wages",
        ),
        (
            "we all want complain to labour office together, but we scare, some no passport",
            ("complaint_channels", 0.9778),
            "en",
            "TH",
            "",
        ),
    ],
)
def test_a_group_is_told_one_can_ask_for_all_before_the_answer(
    real, words, reading, lang, country, title
):
    got = run(real, settled(lang, country), read_as(words, *reading, lang=lang))
    assert line(lang, GROUP) in said(got)
    assert title in said(got)  # the problem's answer is kept, after the line
    assert said(got).index(line(lang, GROUP)) < said(got).index("☎")


@pytest.mark.parametrize(
    "words",
    [
        "rongjak bet hoy, thaokae rot bat, ot ban luy teang 40 nak",  # romanised Khmer
        "sat yone pate twar pe, lasa ma ya buu, a lote thamar 40 lone",  # romanised Burmese
    ],
)
def test_a_group_in_latin_letters_is_read(words):
    # all 40 (persons) not paid; all 40 workers get no salary (round 19A)
    assert together.for_many(words)


def test_danger_words_keep_the_numbers_first_and_the_group_line_comes_with_the_answer(real):
    words = (
        "our factory closed last night, boss run away, he owe salary to all 40 of us, we have "
        "no food in the dormitory"
    )
    got = run(real, settled("en", "TH"), read_as(words, "unpaid_wages", 0.9234))
    text = said(got)
    assert text.startswith("🆘")
    assert text.index("Emergency help") < text.index(line("en", GROUP)) < text.index("Unpaid wages")


@pytest.mark.parametrize("lang", ["en", "my", "km"])
def test_a_group_question_the_nlu_reads_nothing_in_gets_the_line_and_a_person(real, lang):
    words = {
        "en": "can all of us fill one form or each one?",
        "my": "ကျွန်တော်တို့အားလုံး ဖောင်တစ်ခုတည်း ဖြည့်လို့ရလား",  # can all of us fill one form?
        "km": "យើងទាំងអស់គ្នា បំពេញទម្រង់តែមួយបានទេ?",  # can all of us fill in one form?
    }[lang]
    got = run(real, settled(lang, "TH"), read_as(words, None, 0.5268, lang=lang))
    assert said(got).startswith(line(lang, GROUP))
    data = all_button_data(got)
    assert data[0] == "person" and data[-1] == "menu"
    assert "topic:unpaid_wages" in data and "topic:complaint_channels" in data
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, together.NAME)


@pytest.mark.parametrize(
    ("words", "reading", "lang"),
    [
        (
            "we stop work today because no pay, boss say he call police, is strike allowed?",
            ("job_scams_trafficking", 0.3166),
            "en",
        ),
        # read as Going abroad legally, surely: the NLU has no intent for a union
        ("can migrant join union in thailand?", ("legal_channels", 0.9914), "en"),
        ("သပိတ်မှောက်ရင် ဖမ်းမလား", (None, 0.3), "my"),  # if we strike, will they arrest?
        ("កម្មករចូលសហជីពបានទេ?", (None, 0.3), "km"),  # can workers join a union?
    ],
)
def test_a_strike_or_a_union_is_told_what_is_not_known(real, words, reading, lang):
    got = run(real, settled(lang, "TH"), read_as(words, *reading, lang=lang))
    assert said(got).startswith(line(lang, ACTING))
    assert "Fake jobs" not in said(got) and "Going abroad legally" not in said(got)
    data = all_button_data(got)
    assert data[0] == "person" and data[-1] == "menu"
    if reading[0]:
        assert any(d.endswith(reading[0]) for d in data)  # what the NLU read: a tap away


def test_a_strike_by_a_group_gets_both_lines(real):
    words = "we are 30 workers, we stop work together, boss not pay"
    got = run(real, settled("en", "TH"), read_as(words, "unpaid_wages", 0.9))
    assert said(got).startswith(line("en", ACTING) + "\n\n" + line("en", GROUP))


@pytest.mark.parametrize(
    ("words", "reading", "lang"),
    [
        ("can i share this answer with my friends?", (None, 0.8686), "en"),
        (
            "i add you to our telegram group of workers, please answer there",
            (
                "job_scams_trafficking",
                0.9188,
            ),
            "en",
        ),
        ("can i forward this to my group", (None, 0.3159), "en"),
        # Burmese: can I send this answer to my friends?
        ("ဒီအဖြေကို သူငယ်ချင်းတွေကို ပို့လို့ရလား", (None, 0.5415), "my"),
        ("ខ្ញុំអាចចែករំលែកចម្លើយនេះបានទេ?", (None, 0.4), "km"),  # can I share this answer?
    ],
)
def test_passing_an_answer_on_is_told_how_and_that_the_group_gets_no_answers(
    real, words, reading, lang
):
    got = run(real, settled(lang, "TH"), read_as(words, *reading, lang=lang))
    assert said(got) == in_language(lang, SHARE)
    assert all_button_data(got) == ["person", "menu"]
    assert got.tally is not None and got.tally.topic == passing_on.NAME


def test_a_sure_reading_keeps_its_answer_when_the_answer_is_shared(real):
    words = "boss keep my passport, can i share this with my friends"
    got = run(real, settled("en", "TH"), read_as(words, "documents_confiscated", 0.97))
    assert said(got).startswith("Passport taken")


@pytest.mark.parametrize(
    ("words", "reading", "country", "title"),
    [
        (
            "company tell all of us sign paper in korean, i cannot read, if not sign they "
            "send us home",
            ("employment_contract", 0.9316),
            "KR",
            "Work contract",
        ),
        (
            "boss say all of us must sign paper we resign ourselves, no compensation, factory "
            "close",
            ("change_employer", 0.5914),
            "TH",
            "Change employer",
        ),
    ],
)
def test_a_paper_to_sign_is_told_not_to_sign_before_advice(real, words, reading, country, title):
    got = run(real, settled("en", country), read_as(words, *reading))
    text = said(got)
    assert text.startswith(line("en", SIGN))
    assert line("en", GROUP) in text  # "all of us"
    assert title in text


def test_an_answer_that_says_it_already_gets_no_line(real):
    words = "police want me to sign paper"
    got = run(real, settled("en", "TH"), read_as(words, "arrest_detention", 0.9))
    assert line("en", SIGN) not in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "boss not pay me 2 month",
        "my 3 children stay with grandmother",
        "ကလေး ၃ ယောက် ရှိတယ်",  # I have 3 children
        "ខ្ញុំមានកូន ៣ នាក់",  # I have 3 children
        "we 2 want to go home",
        "i work in factory with many machine",
        # a group the writer is not in (round 19A: "Many of you" to a friend's question)
        "my friends all arrested by immigration at factory in samut sakhon, 30 people",
    ],
)
def test_one_person_is_no_group(words):
    assert not together.for_many(words)
    assert not together.acting(words)


@pytest.mark.parametrize(
    "words",
    [
        "i want to share my problem",
        "can i sign the contract before i go",  # no one made to sign: the answer says it
        "the company has many workers from cambodia",
        "ក្រុមហ៊ុនមិនឲ្យប្រាក់ខែ",  # the company does not pay (ក្រុម inside ក្រុមហ៊ុន)
    ],
)
def test_nothing_is_read_where_none_is_told(words):
    assert not passing_on.says(words)
    assert not together.acting(words)
    assert not (sign_paper.says(words) and "sign the contract" not in words)


def test_a_khmer_mother_at_home_whose_child_cannot_be_reached_gets_the_someone_else_answer(
    real,
):
    # I heard the factory in Thailand closed, I cannot reach my child: was "not understood"
    words = "ខ្ញុំលឺថារោងចក្រនៅថៃបិទ កូនខ្ញុំទាក់ទងមិនបាន"
    home = UserState(language="km", origin="KH", country="KH", profile_asked=True)
    got = run(real, home, read_by_rule(words, "km", ()))
    assert got.tally is not None and got.tally.topic == someone_else.NAME
    assert "at:embassy_contact@:TH:" in all_button_data(got)  # the embassy in Thailand


PHONE_LINE = (
    "Your words hold a phone number. If it is someone else's, send it only if they agree. To "
    "take it out, tap “{change}”."
)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        (
            "we are 25 workers, boss ran away, no pay. my friends: Ko Aung 0812345678, "
            "Ma Hla 089-876-5432",
            "en",
        ),
        ("အလုပ်သမား ၂၅ ယောက် လစာမရဘူး။ ကိုအောင် ၀၈၁၂၃၄၅၆၇၈", "my"),  # Ko Aung's number
        ("កម្មករ ២៥ នាក់ មិនបានប្រាក់ខែ។ សុខា ០៨១ ២៣៤ ៥៦៧៨", "km"),  # Sokha's number
    ],
)
def test_the_summary_says_a_phone_number_in_the_words_goes_as_written(real, words, lang):
    # A group's leader typed the others' names and numbers: they went to the caseworker with
    # no word on it (round 19A).
    got = form_at(real, "ref:confirm", words, lang)
    line = in_language(lang, PHONE_LINE).format(change=tr(lang).gettext("Change"))
    assert line in said(got)


@pytest.mark.parametrize(
    "words",
    ["we are 25 workers, no pay 2 months, boss owes 15000 baht each", "my boss hits me"],
)
def test_no_phone_line_without_a_number(real, words):
    got = form_at(real, "ref:confirm", words)
    assert "phone number" not in said(got)
