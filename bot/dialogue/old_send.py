"""The Send under a request's summary, pressed again days later (every keyboard stays in
the chat), round 31A. A double tap, while the request is still new or waiting, gets the
same "Sent." as the first press. But after the request was withdrawn, closed, declined by
every organisation, or taken by a caseworker, the old Send answered "Sent. Your case number
is X. A caseworker will answer here, in this chat.": a false promise for a case that ended,
and no word of what became of it. Now: that the request was sent already, and its state as
"any news?" tells it (case_news.py), with the menu (Talk to a person for a new request).
Nothing is sent again and nothing changes.

The same for Withdraw and its "Yes, withdraw" pressed under an old /mycases list (or twice
fast) after the case ended: "That button is old or not valid any more. Here is the menu."
said nothing of the case; now its state, as above.
"""

from __future__ import annotations

from bot.dialogue import case_news, my_cases
from bot.dialogue.context import Context
from bot.dialogue.keyboards import menu_keyboard
from bot.dialogue.outcome import Outcome
from bot.values import CaseStatus, CaseView, Reply, UserState

# A press right after the first one (a double tap, a slow network) finds the case here.
JUST_SENT = (CaseStatus.NEW, CaseStatus.WAITING)


def moved_on(case: CaseView) -> bool:
    """Whether the case is past what its Send's confirmation says ("a caseworker will
    answer"): taken, or ended."""
    return case.status not in JUST_SENT


def reply(case: CaseView, state: UserState, ctx: Context) -> Outcome:
    """That the request was sent already, and what became of it."""
    tr = ctx.translator(state.language)
    sent = tr.gettext("That button is old: your request {ref} was sent already.")
    text = "\n\n".join((sent.format(ref=case.ref), case_news.state_line(case, state, ctx)))
    return Outcome((Reply(text, menu_keyboard(tr)),), state.with_(step=None, form=None))


def withdraw(value: str, state: UserState, ctx: Context) -> Outcome:
    """ "wd:<ref>[:yes]": a case of the person's that ended gets its state; else as before
    (my_cases.withdraw asks, withdraws, or says the button is old)."""
    case = my_cases.own_case(value.partition(":")[0], ctx)
    if case is None or case.open:
        return my_cases.withdraw(value, state, ctx)
    tr = ctx.translator(state.language)
    text = case_news.state_line(case, state, ctx)
    return Outcome((Reply(text, menu_keyboard(tr)),), state)
