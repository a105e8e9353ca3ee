"""Why a staff press or text was not used, said to the one who tried: a colleague took the
case, it was passed on or closed, or they may not act on it. A reply's or a note's words
come back to copy.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.desk.base import TELEGRAM_TEXT, DeskBase, Said, refused
from bot.referrals import revoking
from bot.referrals import staff as desk_staff
from bot.storage.models import Case, Staff
from bot.values import CaseStatus


class Refusals(DeskBase):
    def _cannot(
        self, session: Session, tg_user_id: int, action: str, case_id: int, words: str
    ) -> list[Said]:
        """Why text for a case the writer may no longer act on was not used: a colleague
        took it, it was passed on or closed, or they lost access. Their words come back to
        them (a reply or note, to copy); nothing is kept with the case."""
        case = session.get(Case, case_id)
        _ = self._for_writer(session, case, tg_user_id)
        if case is None:
            return self._not_sent(tg_user_id, refused(_), action, words, _)
        if self._removed_from(session, tg_user_id, case.org_id):
            why = revoking.removed_line(self.kit, case.org_id or "")
        elif desk_staff.staff_of(session, tg_user_id, case.org_id) is None:
            mine = desk_staff.orgs_of(session, tg_user_id)
            passed_on = any(org in mine for org in case.tried)
            # Passed on from their organisation, or never theirs.
            why = self.kit.cards.status_line(session, case, False, _) if passed_on else refused(_)
        elif action == "dec" and case.status == CaseStatus.ACCEPTED:
            return [Said(tg_user_id, self._taken(session, case, _))]
        elif case.status == CaseStatus.ACCEPTED:
            name = self.kit.cards.staff_name(session, case.assigned_staff_id, _)
            why = _("{name} took case {ref} before you sent this.").format(name=name, ref=case.ref)
        else:
            why = self.kit.cards.status_line(session, case, True, _)
        return self._not_sent(tg_user_id, why, action, words, _)

    @staticmethod
    def _removed_from(session: Session, tg_user_id: int, org_id: str | None) -> bool:
        """They were staff of the organisation, and their access was removed."""
        query = select(Staff.active).where(Staff.tg_user_id == tg_user_id, Staff.org_id == org_id)
        return session.scalar(query) is False

    def _why_refused(
        self, session: Session, case_id: int, tg_user_id: int, said: Callable[[str], str]
    ) -> str:
        """A press refused: to a member of the organisation, on a case a colleague holds, that
        it is taken (in the organisation's staff language); to anyone else, the plain refusal
        (nothing about a case they may not see)."""
        case = session.get(Case, case_id)
        if case is None or case.status != CaseStatus.ACCEPTED or case.org_id is None:
            return refused(said)
        if desk_staff.staff_of(session, tg_user_id, case.org_id) is None:  # active members
            return refused(said)
        _ = self.kit.cards.staff_translator(case.org_id).gettext
        return self._held_by(session, case, _)

    def _held_by(self, session: Session, case: Case, _: Callable[[str], str]) -> str:
        name = self.kit.cards.staff_name(session, case.assigned_staff_id, _)
        return _("{name} accepted case {ref}; only they can act on it now.").format(
            name=name, ref=case.ref
        )

    def _taken(self, session: Session, case: Case, _: Callable[[str], str]) -> str:
        name = self.kit.cards.staff_name(session, case.assigned_staff_id, _)
        text = _("{name} accepted case {ref} meanwhile; nothing was declined.")
        return text.format(name=name, ref=case.ref)

    @staticmethod
    def _not_sent(
        tg_user_id: int, why: str, action: str, words: str, _: Callable[[str], str]
    ) -> list[Said]:
        """`why`, and for a reply or a note the writer's own words in a message of their
        own, so they can copy them (a decline reason was for no one: nothing is declined)."""
        if action == "dec":
            return [Said(tg_user_id, why + "\n" + _("Nothing was declined."))]
        head = why + "\n" + _("Your text was not sent. Here it is, so you can copy it:")
        return [Said(tg_user_id, head), Said(tg_user_id, words.strip()[:TELEGRAM_TEXT])]
