"""Answers typed as a short sentence where the bot waits for a button (exploratory test 8,
findings 2, 5, 6 and 9): "that's right, send" at the summary, a yes that holds a danger
keyword, a long question at "Is your problem about ...?", a contact word with the number, and
"I am in Thailand" under an answer's "Where are you now?" line."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, button_data, form_at, read_as, run, said, text, tr

from bot.content.localised import topic_title
from bot.dialogue import form_question
from bot.dialogue.events import ButtonPress, Text
from bot.dialogue.outcome import Outcome
from bot.values import NluResult, OpenCase, UserState

DESCRIPTION = "my boss not pay me 3 months and he shout at me every day"


def ready(lang: str = "my") -> UserState:
    return UserState(language=lang, origin="MM", country="TH", profile_asked=True)


def at(ctx, step: str, lang: str = "my") -> Outcome:
    return form_at(ctx, step, DESCRIPTION, lang, place="Rayong")


# --- finding 2: a yes, ok or send with a word more is still that answer ----------------------

SAID_AT_THE_SUMMARY = [
    ("mhan tal send", "arrest_detention", 0.88),  # the arrest advice came, in English
    ("hote tal send", "goodbye", 0.75),
    ("mhan par tal send", "embassy_contact", 0.81),
    ("yes send please", "arrest_detention", 0.9),
    ("ok send it bro", "emergency_help", 0.9),
    ("ဟုတ်ကဲ့ ပို့ပေးပါ", "arrest_detention", 0.9),
    ("ဟုတ်ကဲ့ပို့ပေးပါ", "arrest_detention", 0.9),  # unspaced, as Burmese is typed
    ("បាទ ផ្ញើទៅ បង", "emergency_help", 0.9),
    ("hote kae par", "emergency_help", 0.92),  # holds the danger keyword "kae par"
]


@pytest.mark.parametrize(("words", "topic", "confidence"), SAID_AT_THE_SUMMARY)
def test_yes_and_send_typed_at_the_summary_is_no_question(ctx, words, topic, confidence):
    ctx = replace(ctx, new_ref="ABC234")
    before = at(ctx, "ref:confirm")
    outcome = run(ctx, before.state, read_as(words, topic, confidence))
    note = tr("my").gettext("Nothing is sent yet. To send it, press Send.")
    assert said(outcome).startswith(note)
    assert outcome.state.step == "ref:confirm"  # the form not left
    assert outcome.state.form == before.state.form  # nor made urgent
    assert outcome.state.language == "my"  # no switch to English
    assert not outcome.effects and not outcome.urgent
    assert form_question.ASK not in all_button_data(outcome)
    assert "ref:send:ABC234" in all_button_data(outcome)


@pytest.mark.parametrize(
    ("words", "topic", "confidence"),
    [
        ("mhan tal bro", "arrest_detention", 0.69),
        ("yes yes", "emergency_help", 0.9),
        ("hote kae par", "emergency_help", 0.92),
        ("mhan tal send", "arrest_detention", 0.88),
        ("ok ဟုတ်ကဲ့", "arrest_detention", 0.9),
    ],
)
def test_yes_with_a_word_more_answers_the_forms_yes_no_questions(ctx, words, topic, confidence):
    topic_asked = at(ctx, "ref:topic")
    outcome = run(ctx, topic_asked.state, read_as(words, topic, confidence))
    assert outcome.state.step == "ref:description"
    assert outcome.state.form["topic"] == "unpaid_wages"
    assert not outcome.urgent and "urgent" not in outcome.state.form
    urgency_asked = at(ctx, "ref:urgency")
    outcome = run(ctx, urgency_asked.state, read_as(words, topic, confidence))
    assert outcome.state.step == "ref:confirm"
    assert outcome.state.form["urgent"] == "1"


@pytest.mark.parametrize("words", ["hote kae par", "Hote kae par 🙏", "ok ok", "yes please bro"])
def test_a_yes_with_nothing_waiting_is_acknowledged(ctx, words):
    # "hote kae par" (yes please) got the 🆘 block: "kae par" is a danger keyword (rescue me).
    outcome = run(ctx, ready(), read_as(words, "emergency_help", 0.92, "my"))
    assert said(outcome) == tr("my").gettext("OK. Write to me any time, or choose a topic:")
    assert not outcome.urgent


@pytest.mark.parametrize("words", ["kae par", "hote kae par kal par", "yes help me now"])
def test_danger_words_beside_a_yes_still_get_the_numbers(ctx, words):
    outcome = run(ctx, ready("en"), read_as(words, None, 0.3))
    assert said(outcome).startswith("🆘")
    assert outcome.urgent
    in_form = run(ctx, at(ctx, "ref:topic", "en").state, read_as(words, None, 0.3))
    assert said(in_form).startswith("🆘")
    assert in_form.state.form["urgent"] == "1"


@pytest.mark.parametrize("words", ["yes 🆘", "hote kae par 🆘", "ok 🆘🆘"])
def test_a_danger_symbol_beside_a_yes_still_gets_the_numbers(ctx, words):
    outcome = run(ctx, ready("en"), read_as(words, None, 0.3))
    assert said(outcome).startswith("🆘")
    assert outcome.urgent


# --- finding 5: a long question at "Is your problem about ...?" is no story -----------------


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("where is the myanmar embassy in bangkok and what is the phone number please", "en"),
        ("my boss took my passport last week. Where can I get help with this problem", "en"),
        ("boss not pay me for three months already what should i do now", "en"),
        ("can i change my employer if the boss does not pay me for three months", "en"),
        ("မြန်မာသံရုံး ဘန်ကောက်မှာ ဘယ်နေရာမှာ ရှိတာလဲ သံရုံးရဲ့ ဖုန်းနံပါတ်လည်း သိချင်ပါတယ် ခင်ဗျာ", "my"),
        ("ပတ်စပို့ သက်တမ်းကုန်နေပြီ ထိုင်းမှာ အသစ်ပြန်လုပ်လို့ ရလား ဘယ်ရုံးကို သွားရမလဲ ပိုက်ဆံ ဘယ်လောက်ကုန်မလဲ", "my"),
        ("myanmar than yone bangkok mhar bal mhar shi lal phone nan pat pyaw pay par", "my"),
        ("តើស្ថានទូតកម្ពុជានៅបាងកកនៅឯណា ហើយលេខទូរស័ព្ទរបស់ស្ថានទូតគឺលេខប៉ុន្មាន សូមប្រាប់ខ្ញុំផងបង", "km"),
        ("ថៅកែមិនឲ្យលុយខ្ញុំបីខែហើយ ខ្ញុំត្រូវធ្វើយ៉ាងម៉េចដើម្បីបានលុយរបស់ខ្ញុំមកវិញទាំងអស់", "km"),
        ("ខ្ញុំចង់ប្តូរទៅថៅកែថ្មី ព្រោះថៅកែចាស់មិនឲ្យលុយខ្ញុំបីខែហើយ ខ្ញុំអាចធ្វើដូច្នេះបានទេបង", "km"),
        ("my passport expire next month, how to renew it in thailand", "en"),
    ],
)
def test_a_long_question_at_the_topic_question_gets_the_choice(ctx, words, lang):
    before = at(ctx, "ref:topic", lang)
    outcome = run(ctx, before.state, read_as(words, "embassy_contact", 0.9, lang))
    assert "description" not in outcome.state.form  # not kept as what happened
    assert outcome.state.step == form_question.STEP
    assert all_button_data(outcome) == [form_question.CONTINUE, form_question.ASK]
    answered = run(ctx, outcome.state, ButtonPress(form_question.ASK))
    assert answered.tally is not None and answered.tally.topic == "embassy_contact"


@pytest.mark.parametrize(
    "story",
    [
        DESCRIPTION,
        "when I came to thailand the agent took 20000 baht and the boss did not pay me",
        "I work with my friend, who is also from myanmar, and the boss did not pay us",
        "the agent told me i can work in the factory for 400 baht a day but it is not true",
        "ကျွန်တော့်အလုပ်ရှင်က လစာသုံးလမပေးဘူး။ တောင်းရင်အလုပ်ထုတ်မယ်လို့ပြောတယ်။ ဘာလုပ်ရမလဲမသိဘူး။",
        "အလုပ်ရှင်က လစာ သုံးလ မပေးဘူး တောင်းတော့ ဘယ်သူမှ မကူညီဘူး ငွေ ၁၅၀၀၀ ကျန်သေးတယ်",
        "ថៅកែមិនឲ្យលុយខ្ញុំបីខែហើយ ហើយគាត់ថាបើខ្ញុំសុំលុយគាត់នឹងដេញខ្ញុំចេញពីការងារ មិនឲ្យទេ",
        "boss ot oy luy khnhom bei khae haey, khnhom som luy gat ot oy te",
    ],
)
def test_a_story_at_the_topic_question_is_still_what_happened(ctx, story):
    before = at(ctx, "ref:topic")
    outcome = run(ctx, before.state, read_as(story, "unpaid_wages", 0.9))
    assert outcome.state.form["description"] == story
    assert outcome.state.form["topic"] == "unpaid_wages"
    assert outcome.state.step == "ref:place"


def other_problem(words: str, topics: tuple[str, ...], confidence: float) -> Text:
    ranking = tuple((topic, confidence) for topic in topics[:1])
    return Text(words, "en", None, NluResult(topics[0], confidence, ranking, topics))


LOCKED_IN = "boss lock us in the room and take our passport, we cannot go out"
PASSPORT_KEPT = "သူဌေးက ကျွန်တော့် ပတ်စပို့ကို သိမ်းထားပြီး ပြန်မပေးဘူး။ အလုပ်ထွက်ချင်ရင် ငွေ ၂၀၀၀၀ ပေးရမယ်တဲ့။"


@pytest.mark.parametrize(
    ("story", "topics"),
    [
        (PASSPORT_KEPT, ("documents_confiscated",)),
        (LOCKED_IN, ("emergency_help", "documents_confiscated")),
    ],
)
def test_a_story_surely_about_another_problem_takes_that_problem(real, story, topics):
    ctx = replace(real, new_ref="ABC234")
    before = at(ctx, "ref:topic")
    outcome = run(ctx, before.state, other_problem(story, topics, 0.9))
    assert outcome.state.form["topic"] == topics[0]  # the problem answered first
    assert outcome.state.form["description"] == story
    title = topic_title(ctx.catalog, topics[0], "my")
    note = tr("my").gettext(
        "I kept your message as what happened, about: {problem}. You can change both "
        "before sending."
    )
    assert note.format(problem=title) in said(outcome)
    summary = run(
        ctx,
        outcome.state,
        text("Rayong", "my"),
        ButtonPress("ref:contact:bot"),
        *([] if outcome.state.form.get("urgent") else [ButtonPress("ref:urgent:no")]),
    )
    assert title in said(summary)  # the summary shows it; Change changes it
    sent = run(ctx, summary.state, ButtonPress("ref:send:ABC234"))
    [opened] = [e for e in sent.effects if isinstance(e, OpenCase)]
    assert opened.topic == topics[0]


@pytest.mark.parametrize(
    ("topics", "confidence"),
    [
        (("documents_confiscated", "unpaid_wages"), 0.9),  # the offered one is in it too
        (("documents_confiscated",), 0.45),  # unsure
        (("greet",), 0.9),  # no problem read
    ],
)
def test_a_story_keeps_the_offered_problem_unless_surely_another(ctx, topics, confidence):
    before = at(ctx, "ref:topic")
    outcome = run(ctx, before.state, other_problem(PASSPORT_KEPT, topics, confidence))
    assert outcome.state.form["topic"] == "unpaid_wages"
    note = tr("my").gettext(
        "I kept your message as what happened. You can change it before sending."
    )
    assert said(outcome).startswith(note)


# --- finding 6: a contact word with the number at "How should the organisation contact you?" --


@pytest.mark.parametrize(
    ("words", "method", "stored"),
    [
        ("ဖုန်း 0812345678", "phone", "0812345678"),  # got "please press one of the buttons"
        ("call me 081 234 5678", "phone", "081 234 5678"),
        ("0812345678 ကို ဆက်ပါ", "phone", "0812345678"),  # "call 08..."
        ("0812345678ကိုဆက်ပါ", "phone", "0812345678"),
        ("ဖုန်းနံပါတ် ၀၈၁၂၃၄၅၆၇၈", "phone", "0812345678"),  # in Latin digits
        ("My phone number is +66 81-234-5678.", "phone", "+66 81-234-5678"),
        ("ទូរស័ព្ទ 0812345678", "phone", "0812345678"),
        ("លេខខ្ញុំ 0812345678", "phone", "0812345678"),  # my number
        ("viber 0812345678", "phone", "0812345678 (Viber)"),  # the app kept with it
        ("telegram @somchai_99", "telegram", "@somchai_99"),
        ("my telegram is @somchai_99", "telegram", "@somchai_99"),
        ("telegram 0812345678", "telegram", "0812345678"),  # the way chosen, by its number
    ],
)
def test_a_way_with_the_number_at_how_to_contact_you_is_that_answer(ctx, words, method, stored):
    before = at(ctx, "ref:contact")
    outcome = run(ctx, before.state, read_as(words, "bot_help", 0.7, "my"))
    form = outcome.state.form
    assert (form["contact_method"], form["contact"]) == (method, stored)
    assert outcome.state.step == "ref:urgency"  # on with the form
    assert form["description"] == DESCRIPTION and form["place"] == "Rayong"


@pytest.mark.parametrize(
    "words",
    [
        "boss phone 0812345678",  # someone else's number
        "my phone was taken 0812345678",
        "call me 0812345678 or 0898765432",
        "phone @somchai_99",
    ],
)
def test_a_number_with_other_words_is_no_contact(ctx, words):
    before = at(ctx, "ref:contact")
    outcome = run(ctx, before.state, read_as(words, None, 0.3, "my"))
    assert "contact_method" not in outcome.state.form
    assert outcome.state.step == "ref:contact"
    assert button_data(outcome.replies[-1]) == button_data(before.replies[-1])


# --- finding 9: "I am in Thailand" under an answer's "Where are you now?" line -----------------


def where_skipped(lang: str) -> UserState:
    return UserState(language=lang, origin="MM", country=None, profile_asked=True)


@pytest.mark.parametrize(
    ("words", "language", "country"),
    [
        ("i am in thailand", "en", "TH"),  # got "did not understand", in English
        ("I'm in Malaysia.", "en", "MY"),
        ("now in malaysia", "en", "MY"),
        ("I live in Bangkok", "en", "TH"),
        ("Thai land", "en", "TH"),  # got the "legal ways to go abroad" answer
        ("ကျွန်တော် ထိုင်းမှာ ရှိတယ်", "my", "TH"),
        ("ကျွန်တော်အခုမလေးရှားမှာရှိပါတယ်", "my", "MY"),
        ("ထိုင်းမှာပါ", "my", "TH"),
        ("nga thai mhar shi tal", "en", "TH"),
        ("ខ្ញុំនៅថៃ", "km", "TH"),
        ("ឥឡូវនេះខ្ញុំនៅប្រទេសម៉ាឡេស៊ី", "km", "MY"),
    ],
)
@pytest.mark.parametrize("read_as_topic", [None, "legal_channels"])
def test_a_sentence_saying_where_one_is_after_the_line_is_its_tap(
    real, words, language, country, read_as_topic
):
    lang = "my"
    shown = run(real, where_skipped(lang), ButtonPress("topic:agency_complaint"))
    assert shown.state.step == "here:agency_complaint"
    outcome = run(real, shown.state, read_as(words, read_as_topic, 0.7, language))
    tapped = run(real, shown.state, ButtonPress(f"here:{country}:agency_complaint"))
    assert outcome.replies == tapped.replies
    assert outcome.state == tapped.state
    assert outcome.state.language == lang  # no switch to English
    assert outcome.state.country is None  # the profile kept, as with the tap


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("i am in thailand, my boss did not pay me", "unpaid_wages"),
        ("i am in malaysia where is the embassy", "embassy_contact"),
        ("i am from myanmar", "greet"),
    ],
)
def test_a_sentence_with_more_than_the_place_after_the_line_is_read_as_before(real, words, topic):
    shown = run(real, where_skipped("en"), ButtonPress("topic:agency_complaint"))
    outcome = run(real, shown.state, read_as(words, topic, 0.9))
    unasked = run(real, shown.state.with_(step=None), read_as(words, topic, 0.9))
    assert outcome.replies == unasked.replies


@pytest.mark.parametrize(
    ("words", "country"), [("i am in thailand", "TH"), ("Thai land", "TH"), ("ខ្ញុំនៅថៃ", "TH")]
)
def test_a_sentence_saying_where_one_is_answers_the_profiles_where_now(ctx, words, country):
    asked = UserState(language="en", origin="MM", step="country")
    outcome = run(ctx, asked, read_as(words, "legal_channels", 0.7))
    assert (outcome.state.country, outcome.state.step) == (country, None)
