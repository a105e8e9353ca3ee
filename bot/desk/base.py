"""What every part of the desk shares: the `Said` items it answers with, the words of its
refusals, and its state (the store, the case kit, the clock) with the caseworker's
pending step (set, dropped) and the staff language of a writer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.referrals import steps
from bot.referrals.kit import CaseKit
from bot.referrals.staff import StaffResult
from bot.storage import Store
from bot.storage.models import Case, Staff, User, utcnow
from bot.values import Keyboard

TELEGRAM_TEXT = 4096  # characters in one message


@dataclass(frozen=True)
class Said:
    chat_id: int
    text: str
    buttons: Keyboard = ()
    # Shown to the presser alone (a callback alert), never posted: a refusal in an inbox
    # group would tell everyone there who tried what.
    alert: bool = False
    # Takes the place of the message whose button was pressed (a /cases list's next page),
    # rather than coming as a new one.
    edit: bool = False


def refused(_: Callable[[str], str]) -> str:
    return _("You cannot act on this case.")


def changed(_: Callable[[str], str]) -> str:
    return _("This case changed just now. Look at it again.")


def results(_: Callable[[str], str]) -> dict[StaffResult, str]:
    return {
        StaffResult.ALREADY: _("Case {ref} is already accepted."),
        StaffResult.NOT_OPEN: _("Case {ref} is not open any more."),
        StaffResult.REROUTED: _("Case {ref} was passed to the next organisation."),
        StaffResult.DECLINED: _("Case {ref} was declined; no other organisation could take it."),
        StaffResult.WAITS: _(
            "Case {ref} declined. It waits for the next organisation the person agreed to, "
            "which is not connected to the bot yet."
        ),
        StaffResult.CHANGED: changed(_),
        StaffResult.NOT_COLLEAGUE: _("This person cannot take cases of your organisation now."),
        StaffResult.ALREADY_THEIRS: _("Case {ref} is already theirs."),
        StaffResult.NOT_HELD: not_held(_),
    }


def not_held(_: Callable[[str], str]) -> str:
    return _("Nobody holds case {ref} now: it is back in the inbox. Accept it first.")


class Alerts:
    """The words of a refusal to a staff press (`Buttons._alerts_in`), chosen the first time
    one is said: most presses refuse nothing, and need not read which language a refusal
    would be in. Said during the press's own transaction, they are read in it; before or
    after it, in a read of their own."""

    def __init__(self, store: Store, choose: Callable[[Session], Callable[[str], str]]) -> None:
        self._store = store
        self._choose = choose
        self._gettext: Callable[[str], str] | None = None
        self._session: Session | None = None

    def __call__(self, message: str) -> str:
        if self._gettext is None:
            if self._session is not None:
                self._gettext = self._choose(self._session)
            else:
                with self._store.sessions() as session:  # read only
                    self._gettext = self._choose(session)
        return self._gettext(message)

    @classmethod
    def known(cls, store: Store, gettext: Callable[[str], str]) -> Alerts:
        """Words that need no reading (a press outside an inbox: the presser's own)."""
        alerts = cls(store, lambda _session: gettext)
        alerts._gettext = gettext
        return alerts

    @contextmanager
    def reading_in(self, session: Session) -> Iterator[None]:
        """Within the block, the words are chosen with `session`'s reads."""
        self._session = session
        try:
            yield
        finally:
            self._session = None


class DeskBase:
    def __init__(
        self, store: Store, kit: CaseKit, clock: Callable[[], dt.datetime] = utcnow
    ) -> None:
        self.store = store
        self.kit = kit
        self.clock = clock  # staff steps expire (bot/referrals/steps.py)
        self._ = kit.translator("en").gettext

    def _cancel_row(self, case_id: int, _: Callable[[str], str]) -> Keyboard:
        return ((self.kit.buttons.button(_("Cancel"), "ccl", case_id),),)

    def _result(self, result: StaffResult, ok: str, _: Callable[[str], str]) -> str:
        return ok if result == StaffResult.OK else results(_)[result]

    @staticmethod
    def _memberships(session: Session, tg_user_id: int) -> list[int]:
        """The staff ids of this person (any organisation, active or not): whose drafts."""
        query = select(Staff.id).where(Staff.tg_user_id == tg_user_id)
        return list(session.scalars(query).all())

    def _drop_step(
        self, session: Session, tg_user_id: int, case_id: int, action: str | None = None
    ) -> None:
        """The writer's pending step, if it is for this case (and this action, if given)."""
        user = session.get(User, f"tg:{tg_user_id}")
        pending = steps.parse(user.step or "") if user is not None else None
        if pending is not None and pending.case_id == case_id and action in (None, pending.action):
            self._set_step(session, tg_user_id, None)

    def _for_writer(
        self, session: Session, case: Case | None, tg_user_id: int
    ) -> Callable[[str], str]:
        """The staff language of the writer's organisation: the case's, if they are (or
        were) staff there, else one it passed through where they are, else their first."""
        orgs = list(
            session.scalars(select(Staff.org_id).where(Staff.tg_user_id == tg_user_id)).all()
        )
        order = [case.org_id, *case.tried] if case is not None else []
        org = next((o for o in order if o in orgs), orgs[0] if orgs else None)
        return self.kit.cards.staff_translator(org).gettext

    def _set_step(self, session: Session, tg_user_id: int, step: str | None) -> None:
        uid = f"tg:{tg_user_id}"
        user = session.get(User, uid)
        if user is None:
            user = User(uid=uid, profile_asked=True, misses=0)
            session.add(user)
        user.step = step
        user.last_seen_at = self.clock()
