"""A case's history, its handover to a colleague and its release back to the inbox
(issue 14), pressed by who holds it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from bot.desk.base import DeskBase, Said, not_held, results
from bot.referrals import handover
from bot.referrals import staff as desk_staff
from bot.referrals.staff import StaffResult
from bot.values import CaseStatus

HANDS = ("hist", "hand", "hto", "rel")  # issue 14: history, handover, release


class Hands(DeskBase):
    def _hands(
        self,
        session: Session,
        who: desk_staff.Authorised,
        tg_user_id: int,
        chat_id: int,
        action: str,
        args: tuple[int, ...],
        said: Callable[[str], str],
    ) -> list[Said]:
        """History, handover and release: in the presser's private chat; a refusal as an
        alert where they pressed."""
        _ = self.kit.cards.staff_translator(who.case.org_id).gettext
        case = who.case
        if action == "hist":
            return [Said(tg_user_id, page) for page in handover.history(session, self.kit, who)]
        if case.status != CaseStatus.ACCEPTED and action != "hto":  # released: in the inbox
            return [Said(chat_id, not_held(said).format(ref=case.ref), alert=True)]
        if action == "hand":
            return [Said(tg_user_id, *handover.colleagues_card(session, self.kit, case))]
        if action == "hto":
            result = handover.hand_over(session, self.kit, who, *args)
            name = self.kit.cards.staff_name(session, case.assigned_staff_id, _)
            ok = _("Case {ref} is now with {name}.").format(ref=case.ref, name=name)
        else:
            org_id = case.org_id
            result = handover.release(session, self.kit, who)
            # Its inbox lost, the case went on or waits: not "back in the inbox".
            where = handover.where_now(self.kit, case, org_id)
            ok = _("You released case {ref}.").format(ref=case.ref) + (f" {where}" if where else "")
        if result != StaffResult.OK:
            return [Said(chat_id, results(said)[result].format(ref=case.ref), alert=True)]
        return [Said(tg_user_id, ok)]
