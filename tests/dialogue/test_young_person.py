"""Someone under 18, or an age to be changed (exploratory round 17B): "i am 16 can i work in
thailand" at home got Change employer in Thailand, the Burmese "I am 16, can I work in
Thailand?" Jobs after return, "can my 14 year old brother go with me" "I cannot help with
that", "agent say change my age in passport" an agency problem with nothing on the age, the
Khmer "the broker says change the age in the passport" Passport taken, the Burmese "the
broker will fix my age" the emergency answer with Thailand's numbers at home in Myanmar. Our
sources say nothing on minimum ages or workers under 18: the reply says so, says not to let
anyone change an age or papers before talking to a person, and offers a person and the
emergency answer."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import (
    all_button_data,
    in_language,
    read_as,
    read_by_rule,
    run,
    said,
    settled,
    tr,
)

from bot.content.localised import topic_title
from bot.dialogue import engine, young
from bot.values import Asked

LINE = (
    "Under 18, or told to change an age? Our sources have no checked information on the age "
    "needed to work abroad, or on rules for workers under 18. Do not let anyone change an age "
    "or papers, and do not pay, before you talk to a person. A person from a partner "
    "organisation can help: tap “{person}”. In danger now? Tap “{emergency}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "country"),
    [
        ("i am 16 can i work in thailand", "en", "change_employer", "MM"),
        ("can my 14 year old brother go with me", "en", None, "TH"),
        ("agent say change my age in passport, i am 16 but he write 18", "en", None, "KH"),
        ("my daughter is 17, the broker says she can work in a restaurant", "en", None, "MM"),
        ("ကျွန်တော် အသက် ၁၆ နှစ်ပါ ထိုင်းမှာ အလုပ်လုပ်လို့ရလား", "my", "reintegration_jobs", "MM"),
        ("ပွဲစားက အသက်ပြင်ပေးမယ်တဲ့", "my", "emergency_help", "MM"),
        ("ကၽြန္ေတာ္ အသက္ ၁၅ ႏွစ္ ထိုင္းသြားခ်င္တယ္", "my", None, "MM"),  # Zawgyi
        ("មេខ្យល់ថាប្តូរអាយុក្នុងលិខិតឆ្លងដែន", "km", "documents_confiscated", "KH"),
        ("kon srey khnhom ayu 17 chnam, mekhyol tha ach thvea ka nov thai", "km", None, "KH"),
        ("i am 16 year can i go thailand work", "en", "legal_channels", "MM"),  # no "old"
        ("my son is 15 years, can he work malaysia", "en", None, "MM"),
    ],
)
def test_an_age_under_18_or_to_be_changed_is_told_what_is_not_known(
    real, words, lang, topic, country
):
    got = run(real, settled(lang, country), read_as(words, topic, 0.9, lang))
    line = in_language(lang, LINE)
    emergency = topic_title(real.catalog, "emergency_help", lang)
    expected = line.format(person=tr(lang).gettext("Talk to a person"), emergency=emergency)
    assert said(got).startswith(expected)
    assert "1300" not in said(got) and "၁၃၀၀" not in said(got)  # no Thai hotline at home
    data = all_button_data(got)
    assert data[:2] == ["person", "topic:emergency_help"] and data[-1] == "menu"
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, young.NAME)


def test_the_other_problems_read_are_offered_not_lost(real):
    words = "i am 16, boss not pay 3 month salary and keep my passport"
    topics = ("unpaid_wages", "documents_confiscated")
    event = read_by_rule(words, "en", topics, ("unpaid_wages", 0.8))
    got = run(real, settled(country="MY"), event)
    assert said(got).startswith("Under 18")
    data = all_button_data(got)
    assert all(any(d.endswith(topic) or f":{topic}:" in d for d in data) for topic in topics)


def test_danger_still_comes_first(real):
    words = "i 16 year old work in malaysia restaurant, boss hit me"
    got = run(real, settled(country="MY"), read_as(words, "emergency_help", 0.9))
    assert "999" in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "my son 18 want go korea EPS, how to apply, is age ok",
        "he is 19, agent want 3000 dollar",
        "my son 15 days no contact",
        "boss pay me 15 ringgit a day",
        "i work 16 hours a day",
        "i work 15 years in thailand",
        "i am 16 years in thailand",  # how long, perhaps
        "i am 25 year",
        "my brother 12 month no pay",
        "i am pregnant 5 month",
        "ကျွန်တော် ထိုင်းမှာ ၁၅ နှစ် လုပ်တယ်",  # worked 15 years in Thailand
    ],
)
def test_no_age_is_read_where_none_is_told(words):
    assert not young.says(words)


NOTE = (
    "Under 18, or told to change an age? Our sources have no checked information on the age "
    "needed to work abroad, or on rules for workers under 18. Do not let anyone change an age "
    "or papers, and do not pay, before you talk to a person: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("i am girl 16, boy on facebook say come thailand work cafe, he pay bus", "en"),
        ("កូនស្រីខ្ញុំអាយុ ១៦ឆ្នាំ មានគេបបួលទៅធ្វើការនៅថៃតាម facebook", "km"),
    ],
)
def test_a_fake_job_offered_to_someone_under_18_keeps_its_warning_signs(real, words, lang):
    got = run(real, settled(lang, "KH"), read_as(words, "job_scams_trafficking", 0.5, lang))
    note = in_language(lang, NOTE).format(person=tr(lang).gettext("Talk to a person"))
    assert said(got).startswith(note)
    title = topic_title(real.catalog, "job_scams_trafficking", lang)
    assert title in said(got)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("i am 16, 3 month no salary", "en", "unpaid_wages"),
        ("ខ្ញុំអាយុ ១៦ឆ្នាំ អាចទៅធ្វើការនៅថៃបានទេ", "km", "documents_needed"),
    ],
)
def test_a_problem_surely_read_keeps_its_answer_with_the_line_first(real, words, lang, topic):
    # "i am 16, 3 month no salary" (Malaysia) got Unpaid wages, 0.985: still, the age first.
    got = run(real, settled(lang, "MY"), read_as(words, topic, 0.985, lang))
    note = in_language(lang, NOTE).format(person=tr(lang).gettext("Talk to a person"))
    assert said(got).startswith(note)
    assert topic_title(real.catalog, topic, lang) in said(got)


@pytest.mark.parametrize(("words", "lang"), [("what he can do", "en"), ("ဘာလုပ်ရမလဲ", "my")])
def test_what_now_after_the_reply_on_the_age_gets_a_person(real, words, lang):
    # "my cousin 16 in japan ... company say he lie age" then "what he can do" got the bot's
    # commands (/menu, /language, /profile...): the next step is a person's.
    told = "my cousin 16 in japan technical intern, company say he lie age, send him back"
    answered = engine.handle(read_as(told, None, 0.4, lang), settled(lang, "JP"), real)
    after = replace(real, last_answer=answered.shown)
    outcome = engine.handle(read_as(words, "bot_help", 0.97, lang), settled(lang, "JP"), after)
    assert "/privacy" not in said(outcome)
    next_step = "A person from a partner organisation can tell you what to do next."
    assert said(outcome).startswith(in_language(lang, next_step))


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("my son is 14, police took him yesterday", "arrest_detention"),
        ("my daughter 15 year, boss lock her in house", "emergency_help"),
        ("ကျွန်မသား အသက် ၁၅ နှစ် ရဲဖမ်းသွားတယ်", "arrest_detention"),  # my son, 15, arrested
    ],
)
def test_an_age_alone_puts_no_line_above_an_arrest_or_the_emergency_answer(real, words, topic):
    """Round 23A: a parent's "my son is 14, police took him" got "Under 18, or told to change
    an age?" (the age to work abroad) above the arrest answer."""
    lang = "en" if words.isascii() else "my"
    got = run(real, settled(lang), read_as(words, topic, 0.9, lang))
    assert in_language(lang, LINE).split("?")[0] not in said(got)
    assert said(got).startswith(topic_title(real.catalog, topic, lang)) or "🆘" in said(got)
    changed = run(real, settled("en"), read_as(f"{words}, agent change his age", topic, 0.9))
    assert "Under 18, or told to change an age?" in said(changed)  # a changed age still told
