"""Closing a case: how did it end (the outcomes), "Close case X as ...?" with Yes and Back,
and, when the case changed after the question, the case as it is now and the question
again.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from bot.desk.base import DeskBase, Said, not_held
from bot.referrals import staff as desk_staff
from bot.referrals.cards import (
    Card,
    outcome_labels,
)
from bot.storage.models import Case
from bot.values import Keyboard

CLOSE_OUTCOMES = {"cres": "resolved", "cref": "referred", "cnoc": "no_contact", "coth": "other"}
# "Yes, close" under "Close case X as ...?" (arguments: the outcome, then the case as it was
# asked about: staff.py `seen`)
CLOSE_YES = "cyes"


class Closing(DeskBase):
    def _confirm_close(
        self, session: Session, case: Case, outcome: str, _: Callable[[str], str]
    ) -> Card:
        """ "Close case X as <outcome>?" with Yes (the outcome's place in OUTCOMES, and the
        case as it is now) and Back (the outcomes again): an outcome tapped by mistake ends
        nothing, and a Yes pressed after the case changed ends nothing either."""
        label = outcome_labels(_)[outcome]
        text = _("Close case {ref} as: {outcome}?").format(ref=case.ref, outcome=label)
        text += "\n" + _("The person will be told that their case is closed.")
        button, index = self.kit.buttons.button, desk_staff.OUTCOMES.index(outcome)
        row = (
            button(_("Yes, close"), CLOSE_YES, case.id, index, *desk_staff.seen(session, case)),
            button(_("Back"), "close", case.id),
        )
        return text, (row,)

    def _close_again(
        self, session: Session, who: desk_staff.Authorised, _: Callable[[str], str]
    ) -> list[Said]:
        """A "Yes, close" pressed after its case changed (a danger message, a release...):
        the case as it is now, in private, then why nothing was closed, with the outcomes
        again for who may still close it."""
        case, tg_user_id = who.case, who.staff.tg_user_id
        details = Said(tg_user_id, *self.kit.cards.case_details(session, case))
        text = _(
            "Case {ref} was not closed: it changed after you were asked. It is above, as it is now."
        ).format(ref=case.ref)
        if not desk_staff.may_close(who):
            return [details, Said(tg_user_id, text + "\n" + not_held(_).format(ref=case.ref))]
        text += "\n" + _("How did case {ref} end?").format(ref=case.ref)
        return [details, Said(tg_user_id, text, self._outcomes(case.id, _))]

    def _outcomes(self, case_id: int, _: Callable[[str], str]) -> Keyboard:
        labels = outcome_labels(_)
        return tuple(
            (self.kit.buttons.button(labels[outcome], action, case_id),)
            for action, outcome in CLOSE_OUTCOMES.items()
        )
