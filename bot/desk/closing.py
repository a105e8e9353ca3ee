"""Closing a case: how did it end (the outcomes), "Close case X as ...?" with Yes and Back,
and, when the case changed after the question, the case as it is now and the question
again.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from bot.desk.base import DeskBase, Said, not_held
from bot.referrals import deadlines, reopening
from bot.referrals import staff as desk_staff
from bot.referrals.cards import (
    Card,
    outcome_labels,
)
from bot.referrals.closed import REOPEN_WINDOW
from bot.referrals.staff import StaffResult
from bot.storage.models import Case
from bot.values import Keyboard

CLOSE_OUTCOMES = {"cres": "resolved", "cref": "referred", "cnoc": "no_contact", "coth": "other"}
# "Yes, close" under "Close case X as ...?" (arguments: the outcome, then the case as it was
# asked about: staff.py `seen`)
CLOSE_YES = "cyes"
REOPEN = reopening.REOPEN  # a recently closed case, back (bot/referrals/closed.py)


class Closing(DeskBase):
    def _confirm_close(
        self, session: Session, case: Case, outcome: str, _: Callable[[str], str]
    ) -> Card:
        """ "Close case X as <outcome>?" with Yes (the outcome's place in OUTCOMES, and the
        case as it is now) and Back (the outcomes again): an outcome tapped by mistake ends
        nothing, and a Yes pressed after the case changed ends nothing either. When the
        person's latest message has no answer yet, the question says so first (round 17A:
        "the boss hits me, help", sent after the caseworker's last word, and then only "your
        case is closed" for the person)."""
        label = outcome_labels(_)[outcome]
        text = _("Close case {ref} as: {outcome}?").format(ref=case.ref, outcome=label)
        if deadlines.unanswered_since(session, [case.id], deadlines.MESSAGE_WAITS):
            text = _("The person's latest message has no answer yet.") + "\n" + text
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

    def _reopen(
        self,
        session: Session,
        who: desk_staff.Authorised,
        chat_id: int,
        said: Callable[[str], str],
    ) -> list[Said]:
        """Reopen: where it was pressed, that the case is back and with whom; its details
        to who holds it now, in private, with the buttons of a held case. Refused, as an
        alert, when it may not be reopened any more or not by this member."""
        _ = self.kit.cards.staff_translator(who.case.org_id).gettext
        case, tg_user_id = who.case, who.staff.tg_user_id
        result = reopening.reopen(session, self.kit, who)
        if result != StaffResult.OK:
            days = REOPEN_WINDOW.days
            why = self._not_reopened(result, said).format(ref=case.ref, days=days)
            return [Said(chat_id, why, alert=True)]
        name = self.kit.cards.staff_name(session, who.staff.id, _)
        done = _("Case {ref} reopened by {name}. The person was told.")
        details = Said(tg_user_id, *self.kit.cards.case_details(session, case))
        return [Said(chat_id, done.format(ref=case.ref, name=name)), details]

    @staticmethod
    def _not_reopened(result: StaffResult, _: Callable[[str], str]) -> str:
        if result == StaffResult.NOT_HELD:
            return _("Only who closed case {ref}, or an admin, can reopen it.")
        return _(
            "Case {ref} cannot be reopened: it was closed more than {days} days ago, or the person "
            "has asked for help again or deleted their data."
        )

    def _outcomes(self, case_id: int, _: Callable[[str], str]) -> Keyboard:
        labels = outcome_labels(_)
        return tuple(
            (self.kit.buttons.button(labels[outcome], action, case_id),)
            for action, outcome in CLOSE_OUTCOMES.items()
        )
