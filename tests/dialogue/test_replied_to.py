"""A text written as a reply to one of the bot's answers (Telegram's reply-to; exploratory
round 21C, M45): "yes this one" or "is it true?" under an answer of days ago were read as if
said alone ("did not understand", the help text), since the answer shown last is kept only a
few minutes. Now the answer replied to is the one they are about (bot/dialogue/replied.py),
found by its title in any of the three languages, from Zawgyi too."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled, tr

from bot.content.localised import topic_title
from bot.dialogue import engine, replied
from bot.dialogue.events import Text
from bot.language import to_zawgyi
from bot.values import NluResult

OFFERED = "Is it about “{topic}”? Tap it to see that answer again, or talk to a person about it."
SOURCES = "My answer about “{topic}” comes from these sources:"


def answer_text(real: engine.Context, topic: str, lang: str) -> str:
    """The answer as the person read it in the chat (its first message)."""
    shown = engine.handle(read_as("tell me about it", topic, 0.95, lang), settled(lang), real)
    return shown.replies[0].text


def unread(words: str, lang: str = "en", under: str = "") -> Text:
    """`words` the NLU reads no topic in, replying to `under`."""
    nlu = NluResult(None, 0.3, (("affirm", 0.3),), ())
    return Text(words, lang, None, nlu, replying_to=under)


@pytest.mark.parametrize("lang", ["en", "my", "km"])
def test_a_short_reply_under_an_old_answer_is_offered_that_answer(real, lang):
    under = answer_text(real, "unpaid_wages", lang)
    title = topic_title(real.catalog, "unpaid_wages", lang)
    alone = run(real, settled(lang), unread("yes this one", lang))
    assert "topic:unpaid_wages" not in all_button_data(alone)  # said alone: no answer known
    got = run(real, settled(lang), unread("yes this one", lang, under))
    _ = tr(lang).gettext
    assert _(OFFERED).format(topic=title) in said(got)
    assert all_button_data(got)[0] == "topic:unpaid_wages"


def test_a_zawgyi_readers_answer_is_read_too(real):
    under = to_zawgyi(answer_text(real, "documents_confiscated", "my"))
    assert replied.answered_in(under, real.catalog) == "documents_confiscated"


def test_is_it_true_under_an_old_answer_gets_its_sources(real):
    under = answer_text(real, "unpaid_wages", "en")
    got = run(real, settled(), unread("is it true?", under=under))
    [reply] = got.replies
    assert reply.text.startswith(SOURCES.format(topic="Unpaid wages"))


def test_the_answer_replied_to_comes_before_the_one_shown_last(real):
    under = answer_text(real, "embassy_contact", "en")
    shown_last = engine.handle(
        read_as("tell me about it", "unpaid_wages", 0.95), settled(), real
    ).shown
    ctx = replace(real, last_answer=shown_last)
    got = run(ctx, settled(), unread("yes this one", under=under))
    data = all_button_data(got)
    assert data[0] == "topic:embassy_contact" and "topic:unpaid_wages" not in data


def test_a_reply_to_anything_else_changes_nothing(real):
    menu = "Choose a topic:"
    assert replied.answered_in(menu, real.catalog) is None
    ctx = replied.context_for(unread("yes", under=menu), real)
    assert ctx is real
