"""Finding cases in an inbox: /cases lists the open ones (urgent first, a page at a time,
with Next and Back), /case ABC234 (or the reference alone) shows one with its buttons.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from bot.desk.base import TELEGRAM_TEXT, DeskBase, Said
from bot.i18n import Tr
from bot.referrals import cases
from bot.referrals import staff as desk_staff
from bot.referrals.cards import (
    age,
    corridor,
    status_labels,
    zawgyi_readers,
)
from bot.storage.models import Case, utcnow
from bot.values import CASE_COMMAND, CaseStatus

# A case's reference as staff type it after /case or alone in their inbox ("#9QY52Z" too).
REF_TYPED = re.compile(f"[{cases.REF_ALPHABET}]{{{cases.REF_LENGTH}}}")
# Cases on one /cases page: a phone screen or two, the most pressing first (staff finding:
# 200 open cases ran to three long messages). Next and Back edit the same message.
PAGE_LINES = 20


class Finding(DeskBase):
    def list_cases(self, chat_id: int, tg_user_id: int) -> list[Said]:
        """/cases in an inbox: urgent first, then the ones nobody holds, then the oldest;
        each with who holds it and the person's language; the last message says how to open
        one (`show_case`)."""
        with self.store.sessions() as session:
            org = desk_staff.org_of_inbox(session, chat_id)
            if org is None or desk_staff.staff_of(session, tg_user_id, org) is None:
                return [Said(chat_id, self._only_staff(self._))]
            return self._listing(session, chat_id, org, False)

    def private_cases(self, tg_user_id: int, typed: str) -> list[Said] | None:
        """/cases, or /case ABC234, in a caseworker's own private chat (exploratory test 9,
        staff finding 8): what their inbox would show them, for each organisation they are
        active staff of (the list, in each one's staff language), or the one case of theirs.
        None for anyone else: the dialogue answers them, as any unknown command."""
        with self.store.sessions() as session:
            orgs = desk_staff.orgs_of(session, tg_user_id)
            if not orgs:
                return None
            if not typed.strip():
                return [
                    said for org in orgs for said in self._listing(session, tg_user_id, org, True)
                ]
            _ = self.kit.cards.staff_translator(orgs[0]).gettext
            ref = typed.strip().lstrip("#").upper()
            if not REF_TYPED.fullmatch(ref):
                return [Said(tg_user_id, _("Write the case's reference: /case ABC234"))]
            case = cases.find_case(session, ref)
            mine = [o for o in orgs if case is not None and (case.org_id == o or o in case.tried)]
            if case is None or not mine:
                return [Said(tg_user_id, _("Your organisation has no case {ref}.").format(ref=ref))]
            org = case.org_id if case.org_id in mine else mine[0]
            return [Said(tg_user_id, *self.kit.cards.inbox_card(session, case, org))]

    def cases_page(
        self, tg_user_id: int, chat_id: int, data: str, language: str | None = None
    ) -> list[Said]:
        """A /cases list's Next or Back: that page, to take the pressed message's place, for
        the organisation's staff only (in its inbox, or in their own chat); a refusal as an
        alert, in the presser's language. A page pressed after the list got shorter shows
        its last page."""
        _ = self.kit.translator(language).gettext
        parsed = self.kit.buttons.parse_page(data)
        if parsed is None:
            return [Said(chat_id, _("This button is not valid."), alert=True)]
        org, page = parsed
        with self.store.sessions() as session:
            here = chat_id == tg_user_id or desk_staff.org_of_inbox(session, chat_id) == org
            if not here or desk_staff.staff_of(session, tg_user_id, org) is None:
                return [Said(chat_id, self._only_staff(_), alert=True)]
            listing = self._listing(session, chat_id, org, chat_id == tg_user_id, page)
        return [replace(said, edit=True) for said in listing]

    def _listing(
        self, session: Session, chat_id: int, org: str, private: bool, page: int = 0
    ) -> list[Said]:
        """One page of an organisation's open cases (`PAGE_LINES`; the last one when `page`
        is past it), with Back and Next; `private`: a caseworker's own chat, where "No open
        cases." says whose (they may be staff of two)."""
        open_cases = desk_staff.open_cases(session, org)
        tr = self.kit.cards.staff_translator(org)
        _ = tr.gettext
        title = _("Open cases of {org}:").format(org=org)
        if not open_cases:
            none = _("No open cases.")
            return [Said(chat_id, f"{title}\n{none}" if private else none)]
        ordered = sorted(  # stable: oldest first within each group
            open_cases, key=lambda c: (not c.urgent, c.status != CaseStatus.NEW)
        )
        last = (len(ordered) - 1) // PAGE_LINES
        page = min(page, last)
        shown = ordered[page * PAGE_LINES : (page + 1) * PAGE_LINES]
        lines = [title, *self._case_lines(session, shown, tr)]
        if last:
            first = page * PAGE_LINES + 1
            which = _("Cases {first}-{last} of {n}.")
            lines.append(which.format(first=first, last=first + len(shown) - 1, n=len(ordered)))
        lines.append(_("To see one case with its buttons: /case {ref}").format(ref=shown[0].ref))
        button = self.kit.buttons.page_button
        row = ([button(_("◀ Back"), org, page - 1)] if page else []) + (
            [button(_("Next ▶"), org, page + 1)] if page < last else []
        )
        return [Said(chat_id, "\n".join(lines)[:TELEGRAM_TEXT], (tuple(row),) if row else ())]

    def _case_lines(self, session: Session, ordered: list[Case], tr: Tr) -> list[str]:
        """One short line a case: reference (a tappable /case_ command), status (and who
        holds it), the person's language, its age, where they are from and are now."""
        _ = tr.gettext
        now = utcnow()
        labels = status_labels(_)
        cards = self.kit.cards
        zawgyi = zawgyi_readers(session, [c.uid for c in ordered if c.language == "my"])
        lines = []
        for case in ordered:
            waited = age(now - cases.aware(case.created_at), tr)
            urgent = "🔴 " if case.urgent else ""
            if case.status == CaseStatus.ACCEPTED:
                name = cards.staff_name(session, case.assigned_staff_id, _)
                status = _("accepted by {name}").format(name=name)
            else:
                status = labels.get(case.status, case.status)
            language = cards.language_of(session, case, tr, zawgyi)
            # "/case_9QY52Z": one tap shows the case with its buttons, as in the reminders
            # (round 17A: the reference was text to type again after "/case " on a phone).
            line = f"{urgent}/{CASE_COMMAND}{case.ref} · {status} · {language} · {waited}"
            where = corridor(case, tr)
            lines.append(f"{line} · {where}" if where else line)
        return lines

    def show_case(
        self, chat_id: int, tg_user_id: int, typed: str, quiet: bool = False
    ) -> list[Said]:
        """/case ABC234 in an inbox: that case's card, as the group sees it, with the buttons
        its state allows (a case found in a long /cases list, or named on the phone). Only
        for the inbox organisation's staff, and only a case that is or was with it. `quiet`
        (a reference typed as a message in the inbox): nothing at all unless it is one."""
        _ = self._
        ref = typed.strip().lstrip("#").upper()
        with self.store.sessions() as session:
            org = desk_staff.org_of_inbox(session, chat_id)
            if org is None or desk_staff.staff_of(session, tg_user_id, org) is None:
                return [] if quiet else [Said(chat_id, self._only_staff(_))]
            _ = self.kit.cards.staff_translator(org).gettext
            case = cases.find_case(session, ref) if REF_TYPED.fullmatch(ref) else None
            if case is None or (case.org_id != org and org not in case.tried):
                if quiet:
                    return []
                if not REF_TYPED.fullmatch(ref):
                    return [Said(chat_id, _("Write the case's reference: /case ABC234"))]
                return [Said(chat_id, _("There is no case {ref} in this inbox.").format(ref=ref))]
            return [Said(chat_id, *self.kit.cards.inbox_card(session, case, org))]

    @staticmethod
    def _only_staff(_: Callable[[str], str]) -> str:
        return _("Only staff can list cases, in their organisation's inbox.")
