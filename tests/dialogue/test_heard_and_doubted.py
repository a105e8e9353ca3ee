"""Rumours, and doubts about the bot's own answer (exploratory round 20B).

"I hear Thailand open new registration, true?", "friend say Korea give amnesty for illegal
stay, true?", "everyone in Mae Sot is arrested, my son is there" got the topic's answer as if
it answered what was heard; "my friend send voice message: tomorrow immigration come to
Mahachai, everyone run. true?" got the someone-else answer. Now the answer first says the bot
cannot tell whether it is true, and that a person can check it; with no answer, that alone
(heard.py). "is it true?", "where is this from?", ពិតមែនទេ, တကယ်လား right after an answer got
"did not understand" or "I cannot help with that": now the answer's sources with their dates;
"this number not work", ဒီနံပါတ် မရဘူး, what a number that does not work may mean (doubt.py).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled, tr

from bot.content.localised import topic_title
from bot.dialogue import engine
from bot.dialogue.events import Text
from bot.dialogue.follow_up import PERSON_NEXT
from bot.values import Asked, NluResult

HEARD = (
    "I cannot tell you whether what you heard or read is true. Below is only what our "
    "sources say, with their dates. Before you pay, sign or move because of it, ask a "
    "person from a partner organisation: tap “{person}”."
)
NOTHING = (
    "I cannot tell you whether what you heard or read is true: our sources say nothing "
    "about it. Do not pay, sign or move because of it before you ask a person from a "
    "partner organisation. They can check it with you: tap “{person}”."
)
SOURCES = "My answer about “{topic}” comes from these sources:"
NUMBERS = "Sorry. The numbers in my answer about “{topic}” come from public sources."


def line(msgid: str, lang: str = "en", **values: str) -> str:
    _ = tr(lang).gettext
    return _(msgid).format(person=_("Talk to a person"), **values)


def unread(words: str, lang: str = "en") -> Text:
    """`words` the NLU reads no topic in."""
    return Text(words, lang, None, NluResult(None, 0.3, (("greet", 0.3),), ()))


@pytest.mark.parametrize(
    ("words", "topic", "lang"),
    [
        ("I hear Thailand open new registration, true?", "visa_work_permit", "en"),
        ("friend say Korea give amnesty for illegal stay, true?", "visa_work_permit", "en"),
        ("police will check all factories next week, is it true?", "arrest_detention", "en"),
        ("boss not pay 2 month. boss say if I complain I go jail. is true?", "unpaid_wages", "en"),
        ("they say Korea don't need exam now, is it true?", "documents_needed", "en"),
        (
            "everyone in Mae Sot is arrested, my son is there, I am very scared",
            "arrest_detention",
            "en",
        ),
        (
            "Thai government will deport all Myanmar workers next month, true?",
            "arrest_detention",
            "en",
        ),
        ("ထိုင်းမှာ မှတ်ပုံတင်ခွင့် ပြန်ဖွင့်မယ်လို့ ကြားတယ်၊ ဟုတ်လား", "visa_work_permit", "my"),
        (
            "thai mhar registration a thit phwint mal lo kyar tal, hoke lar?",
            "visa_work_permit",
            "my",
        ),
        ("ខ្ញុំឮថាថៃបើកចុះឈ្មោះពលករថ្មី ពិតទេ?", "visa_work_permit", "km"),
        ("ឮថា ថៃចាប់ពលករខ្មែរទាំងអស់ ខ្ញុំខ្លាចណាស់", "arrest_detention", "km"),
        ("mit khnhom tha ambassade nung chab khnhom, pit te?", "embassy_contact", "km"),
        ("ရဲက ေနာက္အပတ္ စက္႐ုံတိုင္း လာစစ္မယ္လို႔ ၾကားတယ္", "arrest_detention", "my"),  # Zawgyi
    ],
)
def test_something_heard_is_neither_confirmed_nor_denied(real, words, topic, lang):
    got = run(real, settled(lang), read_as(words, topic, 0.95, lang))
    note = line(HEARD, lang)
    assert said(got).startswith(note)
    title = topic_title(real.catalog, topic, lang)
    assert said(got)[len(note) :].lstrip().startswith(title)  # the answer itself, after it


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        (
            "my friend send voice message: tomorrow immigration come to Mahachai, "
            "everyone run. true?",
            "en",
        ),
        ("khnhom lu tha thai baek chos chhmous thmey, pit te?", "km"),
        ("ရဲက နောက်အပတ် စက်ရုံတိုင်း လာစစ်မယ်လို့ ကြားတယ်", "my"),
    ],
)
def test_something_heard_no_answer_is_about_says_so_and_offers_a_person(real, words, lang):
    got = run(real, settled(lang), unread(words, lang))
    [reply] = got.replies
    assert reply.text == line(NOTHING, lang)
    assert "person" in all_button_data(got)
    assert got.tally is not None and got.tally.topic == "heard"


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("boss not pay salary 2 month", "unpaid_wages"),
        ("do I need a contract?", "employment_contract"),
        ("I really need help, my boss not pay me 3 month", "unpaid_wages"),  # not a "really?"
        ("my salary is not correct, boss cut 2000 baht", "unpaid_wages"),
        ("I want a real job in Korea, how to go", "legal_channels"),
        ("my boss post my photo on facebook, what can I do?", "complaint_channels"),
        ("passport expire next month and boss say he don't help, what i do?", "embassy_contact"),
        ("my friend say I should ask you about my passport", "documents_confiscated"),
    ],
)
def test_other_questions_are_answered_as_before(real, words, topic):
    got = run(real, settled(), read_as(words, topic, 0.95))
    assert not said(got).startswith(line(HEARD))


@pytest.mark.parametrize(
    "words",
    [
        "ပွဲစားက အလုပ်ရဖို့ ဘတ် ၂၀၀၀၀ တောင်းတယ် ပုံမှန်လား",
        "ပြဲစားက အလုပ္ရဖို႔ ဘတ္ ၂၀၀၀၀ ေတာင္းတယ္ ပုံမွန္လား",  # Zawgyi
    ],
)
def test_is_it_normal_asks_nothing_heard(real, words):
    """ပုံမှန်လား (is it normal?) holds မှန်လား (right?): the fee's answer came under "I cannot
    tell whether what you heard is true", to Burmese readers only (round 24C)."""
    got = run(real, settled("my"), read_as(words, "recruitment_fees", 0.95, "my"))
    assert not said(got).startswith(line(HEARD, "my"))
    assert said(got).startswith(topic_title(real.catalog, "recruitment_fees", "my"))


def after(real: engine.Context, topic: str, lang: str = "en") -> engine.Context:
    answered = engine.handle(read_as("help me", topic, 0.95, lang), settled(lang), real)
    assert answered.shown is not None
    return replace(real, last_answer=answered.shown)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("is it true?", "en"),
        ("really?", "en"),
        ("are you sure?", "en"),
        ("who said that?", "en"),
        ("where is this from?", "en"),
        ("source?", "en"),
        ("ពិតមែនទេ?", "km"),
        ("pit te bong", "km"),
        ("တကယ်လား", "my"),
        ("ဟုတ်လား", "my"),
    ],
)
def test_a_doubt_right_after_an_answer_gets_its_sources_and_dates(real, words, lang):
    ctx = after(real, "unpaid_wages", lang)
    for read in (unread(words, lang), read_as(words, "bot_help", 0.9, lang)):
        got = engine.handle(read, settled(lang), ctx)
        [reply] = got.replies
        title = topic_title(real.catalog, "unpaid_wages", lang)
        assert reply.text.startswith(line(SOURCES, lang, topic=title))
        variant = real.catalog.answer("unpaid_wages", "MM", "TH")
        topic = real.catalog.topic("unpaid_wages")
        assert topic is not None
        titles = [s.title for s in topic.sources if s.id in variant.sources]
        assert titles and all(t in reply.text for t in titles[:4])
        assert "person:unpaid_wages" in all_button_data(got)
        assert got.tally is not None and got.tally.asked == Asked.CONVERSATION


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("this number not work", "en"),
        ("the hotline nobody answer", "en"),
        ("wrong number", "en"),
        ("ဒီနံပါတ် မရဘူး", "my"),
        ("លេខនេះហៅមិនចូល", "km"),
    ],
)
def test_a_number_that_does_not_work_is_explained_and_a_person_offered(real, words, lang):
    ctx = after(real, "unpaid_wages", lang)
    got = engine.handle(unread(words, lang), settled(lang), ctx)
    [reply] = got.replies
    title = topic_title(real.catalog, "unpaid_wages", lang)
    assert reply.text.startswith(line(NUMBERS, lang, topic=title))
    assert "person:unpaid_wages" in all_button_data(got)


def test_a_doubt_with_no_answer_shown_is_read_as_before(real):
    got = run(real, settled(), unread("is it true?"))
    assert not said(got).startswith(line(SOURCES, topic="Unpaid wages"))


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("I heard my sister screaming, they beat her, help", "emergency_help"),
        ("i heard boss say they will lock us in tonight, help", "job_scams_trafficking"),
    ],
)
def test_danger_heard_gets_the_numbers_and_no_doubt_about_it(real, words, topic):
    got = run(real, settled(), read_as(words, topic, 0.95))
    assert line(HEARD) not in said(got) and line(NOTHING) not in said(got)


REPLY_ABOVE = (
    "I can tell you only what my reply above says. A person from a partner organisation can "
    "check it for you: tap “{person}”."
)


@pytest.mark.parametrize("shown", sorted(PERSON_NEXT))
def test_a_doubt_after_a_reply_that_is_no_topic_says_what_it_rests_on(real, shown):
    # round 18A: "is it true?" after the maid reply got "I cannot help with that"
    ctx = replace(real, last_answer=shown)
    got = engine.handle(unread("is it true?"), settled(), ctx)
    [reply] = got.replies
    assert reply.text == line(REPLY_ABOVE)
    assert "person" in all_button_data(got)


def test_after_something_heard_what_to_do_and_is_it_true_point_to_a_person(real):
    words = "my friend send voice message: tomorrow immigration come to Mahachai. true?"
    first = engine.handle(unread(words), settled(), real)
    assert first.shown == "heard"  # remembered for the next message
    ctx = replace(real, last_answer=first.shown)
    doubted = engine.handle(unread("really?"), settled(), ctx)
    assert said(doubted) == line(REPLY_ABOVE)
    asked = engine.handle(read_as("what i do now", "bot_help", 0.9), settled(), ctx)
    assert said(asked) == line("A person from a partner organisation can tell you what to do next.")
