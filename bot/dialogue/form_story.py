"""A story typed at the referral form's "Is your problem about: <topic>?": kept as what
happened (the description), with the topic it is about. Typed as a plain story it is kept at
once (form_typed.py); a long story that ends in a question gets the choice of
form_question.py first, and "Continue the form" keeps it the same way (form_buttons.py):
before, Continue dropped it, and the person was asked to tell what happened again.
"""

from __future__ import annotations

from bot.content.localised import topic_title
from bot.content.topics import TOPIC_IDS
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.form_state import DESCRIBED_AT
from bot.dialogue.form_steps import next_step
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.referral_questions import MAX_TEXT, cut_note
from bot.nlu.result import DEFAULT_THRESHOLD
from bot.values import UserState


def story_at_topic(
    event: Text, state: UserState, ctx: Context, *, joins_more: bool = True
) -> Outcome:
    """A story typed at "Is your problem about: <topic>?": the person answered with what
    happened, the next question's answer. Kept as the description, the topic as a yes, or the
    topic the story is surely about (`story_topic`); the summary shows both, Change changes
    either, and the person is told in one line. `joins_more`: what follows at once is more of
    it (FORM_JOIN_SECONDS); not for a story kept on "Continue the form", typed before the
    choice: the next words answer the next question."""
    form = dict(state.form or {})
    words = event.text.strip()
    form["description"] = words[:MAX_TEXT]
    sent_at = event.sent_at or ctx.now
    if joins_more and sent_at is not None:
        form[DESCRIBED_AT] = sent_at.isoformat()  # what follows at once is more of it
    offered = form.get("topic", "")
    form["topic"] = story_topic(event, offered, ctx)
    tr = ctx.translator(state.language)
    if form["topic"] == offered:
        note = tr.gettext("I kept your message as what happened. You can change it before sending.")
    else:
        note = tr.gettext(
            "I kept your message as what happened, about: {problem}. You can change both "
            "before sending."
        ).format(problem=topic_title(ctx.catalog, form["topic"], tr.language))
    cut = cut_note(words, tr)
    outcome = next_step(state.with_(form=form), ctx, "description")
    return with_note(f"{note} {cut}" if cut else note, outcome)


def story_topic(event: Text, offered: str, ctx: Context) -> str:
    """The topic of a story typed at "Is your problem about: <offered>?": the one offered (the
    person came from its answer), unless the NLU surely reads the story as another problem
    and finds the offered one nowhere in it ("boss lock us in the room and take our passport"
    offered Unpaid wages, exploratory test 8, #5): then the problem the bot would have
    answered first (bot/nlu/priority.py), which the caseworker reads as the case's."""
    nlu = event.nlu
    if nlu is None or nlu.confidence < DEFAULT_THRESHOLD:
        return offered
    read = nlu.topics or (nlu.topic,)
    found = [topic for topic in read if topic in TOPIC_IDS and topic in ctx.catalog.topics]
    if not found or not offered or offered in found:
        return offered
    return found[0]
