"""The problems the NLU read in a message that a reply before the NLU answers instead
(bereaved.py, pregnant.py): "i am pregnant 5 month and boss not pay 2 month salary, he keep
my passport" got only the pregnancy reply, and the unpaid wages (0.99) and the passport were
lost (exploratory round 16B). They are offered as buttons under that reply, each for the
place the words name (answer_place.py), as an answer offers its message's other problems."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from bot.content.localised import topic_title
from bot.content.topics import TOPIC_IDS
from bot.dialogue import answer_place
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import person_first_rows
from bot.dialogue.outcome import Outcome
from bot.values import Button, Reply, UserState

MOST = 3


def offered(
    reply: Reply, event: Text, state: UserState, ctx: Context, shown: Collection[str]
) -> Reply:
    """`reply` with the topics the NLU read in `event` (not those in `shown`) as buttons
    above its last row, and a line that says so; unchanged when there are none."""
    found = event.nlu.topics if event.nlu is not None else ()
    topics = [t for t in found if t in TOPIC_IDS and t not in shown and ctx.catalog.topic(t)]
    if not topics:
        return reply
    tr = ctx.translator(state.language)
    buttons = tuple(
        (
            Button(
                topic_title(ctx.catalog, topic, tr.language),
                answer_place.data_for(topic, event.text, state, ctx),
            ),
        )
        for topic in topics[:MOST]
    )
    line = tr.gettext("You also wrote about this. Tap to read more:")
    *rest, last = reply.buttons
    return replace(reply, text=f"{reply.text}\n\n{line}", buttons=(*rest, *buttons, last))


def person_first(
    text: str,
    topics: Sequence[str],
    event: Text,
    state: UserState,
    ctx: Context,
    also_shown: Collection[str] = (),
) -> Outcome:
    """A reply on what our sources do not say: `text` (translated; its "{person}" and
    "{emergency}" name those buttons), then Talk to a person, `topics` as buttons, the other
    problems the NLU read in `event` (not `topics`, nor `also_shown`), the menu. The one
    shape of the replies to a pregnancy, an age, a fishing boat, a live-in worker's rules, a
    debt at home, money asked back, a pay rate, a child born abroad."""
    tr = ctx.translator(state.language)
    lang = tr.language
    text = text.format(
        person=tr.gettext("Talk to a person"),
        emergency=topic_title(ctx.catalog, "emergency_help", lang),
    )
    keyboard = person_first_rows(ctx.catalog, topics, tr)
    answered = offered(Reply(text, keyboard), event, state, ctx, (*topics, *also_shown))
    return Outcome((answered,), state.with_(misses=0))
