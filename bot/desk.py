"""The caseworkers' desk: staff buttons, commands and the texts they write, channel-neutral.

Each call is one database transaction: the action, its history and its outbox rows commit
together. What the desk says back at once is returned as `Said` items for the adapter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.referrals import cases
from bot.referrals import staff as desk_staff
from bot.referrals.kit import CaseKit
from bot.referrals.staff import STAFF_STEP, StaffResult
from bot.storage import Store
from bot.storage.models import User, utcnow
from bot.values import Keyboard

CLOSE_OUTCOMES = {"cres": "resolved", "cref": "referred", "cnoc": "no_contact", "coth": "other"}


@dataclass(frozen=True)
class Said:
    chat_id: int
    text: str
    buttons: Keyboard = ()


class Desk:
    def __init__(self, store: Store, kit: CaseKit) -> None:
        self.store = store
        self.kit = kit
        self._ = kit.translator("en").gettext

    # --- buttons in an inbox or a caseworker's chat ----------------------------------------
    def button(self, tg_user_id: int, chat_id: int, data: str) -> list[Said]:
        _ = self._
        parsed = self.kit.buttons.parse(data)
        if parsed is None:
            return [Said(chat_id, _("This button is not valid."))]
        action, case_id = parsed
        with self.store.sessions.begin() as session:
            who = desk_staff.authorise(session, case_id, tg_user_id)
            if who is None:
                return [Said(chat_id, _("You cannot act on this case."))]
            ref = who.case.ref
            if action == "acc":
                result = desk_staff.accept(session, self.kit, who)
                return [
                    Said(chat_id, self._result(result, _("Case {ref} accepted.")).format(ref=ref))
                ]
            if action == "close":
                return [
                    Said(
                        tg_user_id,
                        _("How did case {ref} end?").format(ref=ref),
                        self._outcomes(case_id),
                    )
                ]
            if action in CLOSE_OUTCOMES:
                result = desk_staff.close(session, self.kit, who, CLOSE_OUTCOMES[action])
                return [
                    Said(chat_id, self._result(result, _("Case {ref} closed.")).format(ref=ref))
                ]
            prompts = {
                "rep": _("Write your reply to case {ref}. The person gets it through the bot; "
                         "they do not see your name."),
                "note": _("Write an internal note for case {ref}. Only your organisation sees it."),
                "dec": _("Why do you decline case {ref}? It goes to the next organisation."),
            }  # fmt: skip
            self._set_step(session, tg_user_id, f"{STAFF_STEP}{action}:{case_id}")
            return [Said(tg_user_id, prompts[action].format(ref=ref))]

    def _outcomes(self, case_id: int) -> Keyboard:
        _ = self._
        labels = {"cres": _("Resolved"), "cref": _("Referred elsewhere"),
                  "cnoc": _("Could not reach them"), "coth": _("Other")}  # fmt: skip
        return tuple(
            (self.kit.buttons.button(label, action, case_id),) for action, label in labels.items()
        )

    def _result(self, result: StaffResult, ok: str) -> str:
        _ = self._
        return {
            StaffResult.OK: ok,
            StaffResult.ALREADY: _("Case {ref} is already accepted."),
            StaffResult.NOT_OPEN: _("Case {ref} is not open any more."),
            StaffResult.REROUTED: _("Case {ref} was passed to the next organisation."),
            StaffResult.DECLINED: _(
                "Case {ref} was declined; no other organisation could take it."
            ),
        }[result]

    # --- what a caseworker writes after pressing Reply, Note or Decline --------------------
    def text(self, tg_user_id: int, step: str, words: str) -> list[Said]:
        _ = self._
        action, _sep, raw_id = step[len(STAFF_STEP) :].partition(":")
        with self.store.sessions.begin() as session:
            self._set_step(session, tg_user_id, None)
            who = (
                desk_staff.authorise(session, int(raw_id), tg_user_id) if raw_id.isdigit() else None
            )
            if who is None:
                return [Said(tg_user_id, _("You cannot act on this case."))]
            ref = who.case.ref
            words = words.strip()[:2000]
            if action == "rep":
                result = desk_staff.reply(session, self.kit, who, words)
                ok = _("Sent to the person in case {ref}.")
            elif action == "note":
                result = desk_staff.note(session, self.kit, who, words)
                ok = _("Note saved on case {ref}.")
            else:
                result = desk_staff.decline(session, self.kit, who, words)
                ok = _("Case {ref} declined.")
            return [Said(tg_user_id, self._result(result, ok).format(ref=ref))]

    def _set_step(self, session: Session, tg_user_id: int, step: str | None) -> None:
        uid = f"tg:{tg_user_id}"
        user = session.get(User, uid)
        if user is None:
            user = User(uid=uid, profile_asked=True, misses=0)
            session.add(user)
        user.step = step
        user.last_seen_at = utcnow()

    # --- commands ---------------------------------------------------------------------------
    def join(self, tg_user_id: int, code: str) -> list[Said]:
        _ = self._
        with self.store.sessions.begin() as session:
            member = desk_staff.join(session, code, tg_user_id)
            if member is None:
                return [Said(tg_user_id, _("This code is not valid or was already used."))]
            text = _(
                "Welcome. You are now {role} for {org}. "
                "Cases arrive in your organisation's inbox group."
            )
            return [Said(tg_user_id, text.format(role=member.role, org=member.org_id))]

    def register(self, chat_id: int, code: str) -> list[Said]:
        _ = self._
        with self.store.sessions.begin() as session:
            org = desk_staff.register_inbox(session, self.kit, code, chat_id)
        if org is None:
            return [Said(chat_id, _("This code is not valid or was already used."))]
        return [Said(chat_id, _("This group is now the case inbox of {org}.").format(org=org))]

    def list_cases(self, chat_id: int, tg_user_id: int) -> list[Said]:
        _ = self._
        with self.store.sessions() as session:
            org = desk_staff.org_of_inbox(session, chat_id)
            if org is None or desk_staff.staff_of(session, tg_user_id, org) is None:
                return [
                    Said(chat_id, _("Only staff can list cases, in their organisation's inbox."))
                ]
            open_cases = desk_staff.open_cases(session, org)
        if not open_cases:
            return [Said(chat_id, _("No open cases."))]
        now = utcnow()
        lines = [_("Open cases of {org}:").format(org=org)]
        for case in open_cases:
            age = now - cases.aware(case.created_at)
            urgent = "🔴 " if case.urgent else ""
            lines.append(f"{urgent}{case.ref} · {case.status} · {_age(age)}")
        return [Said(chat_id, "\n".join(lines))]

    def is_inbox(self, chat_id: int) -> bool:
        with self.store.sessions() as session:
            return desk_staff.org_of_inbox(session, chat_id) is not None

    def check_deadlines(self, now: dt.datetime | None = None) -> int:
        with self.store.sessions.begin() as session:
            return cases.check_deadlines(session, self.kit, now or utcnow())


def _age(delta: dt.timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    return (
        f"{hours // 24}d {hours % 24}h"
        if hours >= 24
        else f"{hours}h {int(delta.seconds // 60) % 60}m"
    )
