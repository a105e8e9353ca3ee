"""Someone who skipped the profile questions writes where they are ("I lost my pink card in
Bangkok", "my husband arrested in Johor"), about a topic that needs both where they are from
and where they are. Only the question the words leave open is asked ("Where are you
from?", never "Two short questions"), and the answer after it is for the place the words
named; the profile keeps no place (round 11, lead: both questions were asked again, and the
answer after them forgot Bangkok). The same for a nationality named with the place unknown.
Real content; the topics as the NLU read these messages."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, button_data, run, said, tr

from bot.content.localised import topic_title
from bot.content.topics import ANSWER_BEFORE_PROFILE
from bot.dialogue.events import ButtonPress, Command, Text
from bot.values import NluResult, UserState

TWO = "Two short questions, so my answers fit you. You can skip them."
ONE = "One short question, so my answer fits you. You can skip it."


def typed(words: str, lang: str, *topics: str) -> Text:
    return Text(words, lang, None, NluResult(topics[0] if topics else None, 0.9, (), topics))


def skipped(lang: str, country: str | None = None) -> UserState:
    """Both profile questions skipped (or only where from, with `country`)."""
    return UserState(language=lang, country=country, profile_asked=True)


# (words, language, the topics read, the country the words name, the origin then tapped,
# the embassy whose first number the answer after the question shows)
PLACE_NAMED = [
    (
        "I lost my pink card and work permit in Bangkok, police check at market, what I do?",
        "en",
        ("arrest_detention", "lost_documents", "embassy_contact"),
        "TH",
        "MM",
        "mm-embassy-bangkok",
    ),
    (
        "Sir my husband arrested by police in Johor yesterday, he no passport. "
        "how to contact embassy",
        "en",
        ("arrest_detention", "lost_documents", "embassy_contact"),
        "MY",
        "KH",
        "kh-embassy-kuala-lumpur",
    ),
    (
        "ဘန်ကောက်မှာ ပန်းရောင်ကတ်နဲ့ အလုပ်ပါမစ် ပျောက်သွားတယ်။ ဈေးမှာ ရဲစစ်နေတယ်။ ဘာလုပ်ရမလဲ",
        "my",
        ("lost_documents",),
        "TH",
        "MM",
        "mm-embassy-bangkok",
    ),
    (
        "ကျွန်မ ယောက်ျား မနေ့က မလေးရှားမှာ ရဲဖမ်းသွားတယ်။ ပတ်စပို့ မရှိဘူး။ သံရုံးကို ဘယ်လို ဆက်သွယ်ရမလဲ",
        "my",
        ("arrest_detention", "embassy_contact", "documents_confiscated"),
        "MY",
        "MM",
        "mm-embassy-kuala-lumpur",
    ),
    (
        "ខ្ញុំបាត់ប័ណ្ណផ្កាឈូក និងប័ណ្ណការងារនៅបាងកក ប៉ូលិសឆែកនៅផ្សារ ធ្វើម៉េច?",
        "km",
        ("lost_documents",),
        "TH",
        "KH",
        "kh-embassy-bangkok",
    ),
    (
        "ប្តីខ្ញុំត្រូវប៉ូលិសចាប់នៅម៉ាឡេស៊ីម្សិលមិញ គាត់គ្មានលិខិតឆ្លងដែន។ ទាក់ទងស្ថានទូតយ៉ាងម៉េច?",
        "km",
        ("embassy_contact", "arrest_detention"),
        "MY",
        "KH",
        "kh-embassy-kuala-lumpur",
    ),
]


@pytest.mark.parametrize(("words", "lang", "topics", "named", "origin", "embassy"), PLACE_NAMED)
def test_only_where_from_is_asked_and_the_answer_is_for_the_place_named(
    real, words, lang, topics, named, origin, embassy
):
    _ = tr(lang).gettext
    asked = run(real, skipped(lang), typed(words, lang, *topics))
    body = said(asked)
    assert _("Where are you from?") in body
    assert _("Where are you now?") not in body
    assert _(TWO) not in body and _(ONE) in body
    assert asked.replies[-1].text == f"{_(ONE)}\n\n{_('Where are you from?')}"
    assert button_data(asked.replies[-1])[0] == "origin:MM"
    assert asked.state.step == "origin"
    if topics[0] in ANSWER_BEFORE_PROFILE:  # danger: the answer that fits anyone first
        assert button_data(asked.replies[0])[0] == f"person:{topics[0]}"
    done = run(real, asked.state, ButtonPress(f"origin:{origin}"))
    phones = real.catalog.entries[embassy].phones
    assert phones and phones[0] in said(done), "the answer for the place the words named"
    assert "country:TH" not in all_button_data(done), "Where are you now? not asked after"
    # The profile: the nationality tapped; the place as the person left it (none).
    assert (done.state.origin, done.state.country) == (origin, None)
    assert done.state.pending_topic is None and done.state.step is None


def test_a_nationality_typed_at_the_one_question_is_its_answer(real):
    words, lang, topics, _named, _origin, _embassy = PLACE_NAMED[0]
    asked = run(real, skipped(lang), typed(words, lang, *topics))
    done = run(real, asked.state, typed("cambodia", lang))
    assert real.catalog.entries["kh-embassy-bangkok"].phones[0] in said(done)
    assert (done.state.origin, done.state.country) == ("KH", None)


@pytest.mark.parametrize(("words", "lang", "topics", "named", "origin", "embassy"), PLACE_NAMED)
def test_a_skip_at_the_one_question_answers_and_asks_nothing_again(
    real, words, lang, topics, named, origin, embassy
):
    _ = tr(lang).gettext
    asked = run(real, skipped(lang), typed(words, lang, *topics))
    done = run(real, asked.state, ButtonPress("origin:skip"))
    body = said(done)
    title = topic_title(real.catalog, topics[0], lang)
    assert title in body, "an answer, with what is known"
    assert _("Where are you from?") not in body and _("Where are you now?") not in body
    assert done.state.step is None and done.state.pending_topic is None
    assert (done.state.origin, done.state.country) == (None, None)


def test_a_profile_place_is_kept_when_the_words_name_another(real):
    words, lang, topics, _named, _origin, _embassy = PLACE_NAMED[2]  # Bangkok
    asked = run(real, skipped(lang, country="MY"), typed(words, lang, *topics))
    assert tr(lang).gettext("Where are you now?") not in said(asked)
    done = run(real, asked.state, ButtonPress("origin:MM"))
    body = said(done)
    assert real.catalog.entries["mm-embassy-bangkok"].phones[0] in body
    assert real.catalog.entries["mm-embassy-kuala-lumpur"].phones[0] not in body
    assert done.state.country == "MY"


NATIONALITY_NAMED = [
    ("I am Cambodian, I lost my passport, what to do?", "en", "KH", "kh-embassy-seoul"),
    ("ကျွန်တော် မြန်မာပါ။ ပတ်စပို့ ပျောက်သွားတယ်။ ဘာလုပ်ရမလဲ", "my", "MM", "mm-embassy-seoul"),
    ("ខ្ញុំជាខ្មែរ បាត់លិខិតឆ្លងដែន ធ្វើម៉េច?", "km", "KH", "kh-embassy-seoul"),
]


@pytest.mark.parametrize(("words", "lang", "named", "embassy"), NATIONALITY_NAMED)
def test_a_nationality_named_asks_only_where_now(real, words, lang, named, embassy):
    _ = tr(lang).gettext
    asked = run(real, skipped(lang), typed(words, lang, "lost_documents"))
    assert said(asked) == _("Where are you now?")
    assert asked.state.step == "country"
    done = run(real, asked.state, ButtonPress("country:KR"))
    assert real.catalog.entries[embassy].phones[0] in said(done)
    # Where now: the person answered it themselves, so the profile keeps it; where from, not.
    assert (done.state.origin, done.state.country) == (None, "KR")


def test_profile_asks_both_questions_and_the_answer_follows(real):
    words, lang, topics, _named, _origin, _embassy = PLACE_NAMED[2]  # Bangkok, lost documents
    asked = run(real, skipped(lang), typed(words, lang, *topics))
    again = run(real, asked.state, Command("profile"))
    assert tr(lang).gettext(TWO) in said(again)
    now = run(real, again.state, ButtonPress("origin:MM"))
    assert now.state.step == "country"  # /profile: where now is asked too
    done = run(real, now.state, ButtonPress("country:MY"))
    assert real.catalog.entries["mm-embassy-kuala-lumpur"].phones[0] in said(done)
    assert (done.state.origin, done.state.country) == ("MM", "MY")
