"""Which nationality and place an answer to typed words is for, in one place: the answer
itself (menu.answer), a button that shows it again (follow_up.for_words) and a guess's button
when the words were not understood (flows._guess_data) each worked it out with the same four
steps, and a change to one (round 12's place left or to go to) could miss the others.

The steps: the place the words say the writer is in (not one left or to go to), else the
profile's; where the writer is (someone_else.writer_place: not a relative's place); home for
a question about going abroad from home (before_leaving.py); and for a button, the place said
a moment ago (said_before.py) when the words name none.
"""

from __future__ import annotations

from bot.dialogue import before_leaving, pending, places, said_before, someone_else
from bot.dialogue.answers import topic_data
from bot.dialogue.context import Context
from bot.values import UserState


def answered_for(topic_id: str, words: str, state: UserState) -> tuple[UserState, str | None]:
    """The state an answer about `topic_id` to `words` reads (its nationality and place) and
    where the writer is. For this answer only: the profile is not changed."""
    asked_for = places.asked_for_now(words, state)
    writer_in = someone_else.writer_place(words, state)
    return before_leaving.answered_for(topic_id, words, state, asked_for, writer_in)


def data_for(topic_id: str, words: str, state: UserState, ctx: Context) -> str:
    """The data of the button that shows `topic_id`'s answer as `words` would get it: for the
    place said a moment ago when they name none, else as `answered_for` reads them."""
    if (there := said_before.carried(words, state, ctx, topic_id)) is not None:
        return topic_data(topic_id, there)
    asked_for, writer_in = answered_for(topic_id, words, state)
    return topic_data(topic_id, pending.beyond_profile(topic_id, state, asked_for, writer_in))
