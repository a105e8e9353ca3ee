"""Which buttons a case card shows in each state (issue 14): only those the state allows.

The card in the inbox group is the case's state: it is edited on every transition, and a
button that could only be refused is not shown. Who may press what is still checked by
bot/referrals/staff.py on every press; this table only decides what is offered.
"""

from __future__ import annotations

from typing import Literal

from bot.values import CaseStatus

Place = Literal["group", "private"]
Rows = tuple[tuple[str, ...], ...]

# Staff button actions (bot/referrals/staff_buttons.py) on a card, row by row.
_NEW_GROUP: Rows = (("open",), ("acc", "dec"))
# Opened in private: replying takes the case, as accepting does; a note stays internal.
_NEW_PRIVATE: Rows = (("acc", "dec"), ("rep", "note"))
# Held by a caseworker: the holder's tools. In the group, Open is how a colleague reads it
# (refused unless they may hold it); the rest answer the holder alone.
_HELD_GROUP: Rows = (("open", "rep", "note"), ("hist", "hand", "rel"), ("close",))
_HELD_PRIVATE: Rows = (("rep", "note", "hist"), ("hand", "rel", "close"))
# A person who gave a phone number or a Telegram account may be answered there: "Reached
# them" says so (with what was said, kept as a note), as a Reply through the bot would.
_REACHED: Rows = (("rch",),)


# Closed lately, by mistake perhaps: who closed it, or an admin, may bring it back.
_REOPEN: Rows = (("reo",),)


def card_actions(
    status: str, place: Place, here: bool = True, outside: bool = False, reopen: bool = False
) -> Rows:
    """The actions a card offers: for a case in `status`, in the inbox group or in the
    private chat of who opened or holds it. `here`: the case is at this card's
    organisation (a card left in the inbox of an organisation that passed it on has none).
    `outside`: the person can be reached outside the bot (by phone, on Telegram).
    `reopen`: a closed case may still be reopened (bot/referrals/closed.py)."""
    if not here:
        return ()
    if status == CaseStatus.NEW:
        return _NEW_GROUP if place == "group" else _NEW_PRIVATE
    if status == CaseStatus.ACCEPTED:
        held = _HELD_GROUP if place == "group" else _HELD_PRIVATE
        return held + _REACHED if outside else held
    if status == CaseStatus.CLOSED and reopen:
        return _REOPEN
    return ()  # waiting (no inbox yet), closed, declined, withdrawn: nothing to do
