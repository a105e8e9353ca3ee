"""The staff buttons in an inbox or a caseworker's private chat: who may press (else why
not, as an alert), then accept, open, reply, note, reached, decline, close, and the
history and handover buttons (hands.py).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from bot.desk.base import Alerts, Said, changed, not_held, refused, results
from bot.desk.closing import CLOSE_OUTCOMES, CLOSE_YES, REOPEN, Closing
from bot.desk.drafts import PREVIEW
from bot.desk.hands import HANDS, Hands
from bot.desk.writing import Writing
from bot.referrals import cases, handover, routing, steps
from bot.referrals import staff as desk_staff
from bot.referrals.cards import (
    action_labels,
    reachable,
)
from bot.referrals.retention import ERASED
from bot.referrals.staff import StaffResult
from bot.storage.models import Case
from bot.values import WITH_ORGANISATION, CaseStatus


def _invalid(said: Callable[[str], str]) -> str:
    """The alert for button data that does not parse, in the alerts' language (through `_`
    so that pybabel extracts it)."""
    _ = said
    return _("This button is not valid.")


class Buttons(Writing, Closing, Hands):
    def button(
        self,
        tg_user_id: int,
        chat_id: int,
        data: str,
        language: str | None = None,
        name: str | None = None,
    ) -> list[Said]:
        """`language`: the presser's (Telegram's language_code), for alerts outside an
        inbox; `name`: their Telegram first name, which colleagues see on cards."""
        parsed = self.kit.buttons.parse_args(data)
        if parsed is None:
            return [
                Said(chat_id, _invalid(self._alerts_in(tg_user_id, chat_id, language)), alert=True)
            ]
        action, case_id, args = parsed
        said = self._alerts_in(tg_user_id, chat_id, language, case_id)
        if action == "ccl":  # only the presser's own pending step: no case is touched
            _ = said
            nothing = _("Nothing is waiting for your text.")
            return self.cancel(tg_user_id, case_id) or [Said(chat_id, nothing, alert=True)]
        if action in PREVIEW:  # the words come back to the writer when they cannot be used
            return self._draft_press(tg_user_id, action, case_id, args)
        try:
            with self.store.sessions.begin() as session, said.reading_in(session):
                who = desk_staff.authorise(
                    session, case_id, tg_user_id, holder_only=action not in ("acc", REOPEN)
                )
                if who is None:
                    why = self._why_refused(session, case_id, tg_user_id, said)
                    return [Said(chat_id, why, alert=True)]
                desk_staff.named(who.staff, name)
                return self._button(session, who, tg_user_id, chat_id, action, args, said)
        except StaleDataError:  # the case changed between reading and writing: nothing done
            return [Said(chat_id, changed(said), alert=True)]

    def _alerts_in(
        self, tg_user_id: int, chat_id: int, language: str | None, case_id: int | None = None
    ) -> Alerts:
        """The words of a refusal, read only once one is said (base.Alerts): for a member of
        the inbox's organisation, its staff language, the one its cards are in (a Thai inbox's
        alert came in the presser's English app language: exploratory test 9, finding 10);
        in the presser's own chat, for staff of the case's organisation, its staff language
        too, as the cards and /cases there (round 17A: a Thai caseworker with an English app
        read a Thai card, then an English alert); for anyone else (another organisation's
        caseworker in the group; an alert is seen by the presser alone), and for a button
        that names no case, the presser's own."""

        def choose(session: Session) -> Callable[[str], str]:
            if chat_id == tg_user_id:
                case = session.get(Case, case_id)
                org = case.org_id if case is not None else None
            else:
                org = desk_staff.org_of_inbox(session, chat_id)
            if org is not None and desk_staff.staff_of(session, tg_user_id, org):
                return self.kit.cards.staff_translator(org).gettext
            return self.kit.translator(language).gettext

        if chat_id == tg_user_id and case_id is None:
            return Alerts.known(self.store, self.kit.translator(language).gettext)
        return Alerts(self.store, choose)

    def _button(
        self,
        session: Session,
        who: desk_staff.Authorised,
        tg_user_id: int,
        chat_id: int,
        action: str,
        args: tuple[int, ...],
        said: Callable[[str], str],
    ) -> list[Said]:
        _ = self.kit.cards.staff_translator(who.case.org_id).gettext
        ref, case_id = who.case.ref, who.case.id
        if action == "acc":
            result = desk_staff.accept(session, self.kit, who)
            if result != StaffResult.OK:
                return [Said(chat_id, results(said)[result].format(ref=ref), alert=True)]
            text, buttons = self.kit.cards.case_details(session, who.case)
            name = self.kit.cards.staff_name(session, who.staff.id, _)
            return [
                Said(chat_id, _("Case {ref} accepted by {name}.").format(ref=ref, name=name)),
                Said(tg_user_id, text, buttons),  # the one who holds it reads it, in private
            ]
        if action == "open":
            return [Said(tg_user_id, *self.kit.cards.case_details(session, who.case))]
        if action == "hist" and who.case.status == CaseStatus.CLOSED:  # read only, while kept
            if who.case.uid.startswith(ERASED):
                gone = _("The conversation of case {ref} is no longer kept.").format(ref=ref)
                return [Said(chat_id, gone, alert=True)]
            return [Said(tg_user_id, page) for page in handover.history(session, self.kit, who)]
        if action == REOPEN:
            return self._reopen(session, who, chat_id, said)
        if who.case.status not in WITH_ORGANISATION:  # how it ended, not "not open"
            ended = self.kit.cards.status_line(session, who.case, True, said)
            return [Said(chat_id, ended, alert=True)]
        if action in HANDS:
            return self._hands(session, who, tg_user_id, chat_id, action, args, said)
        closing = action == "close" or action in CLOSE_OUTCOMES
        if closing and not desk_staff.may_close(who):  # an old card of a case released since
            return [Said(chat_id, not_held(said).format(ref=ref), alert=True)]
        if action == "close":
            question = _("How did case {ref} end?").format(ref=ref)
            return [Said(tg_user_id, question, self._outcomes(case_id, _))]
        if action in CLOSE_OUTCOMES:  # asked first: nothing reaches the person before "Yes"
            confirm = self._confirm_close(session, who.case, CLOSE_OUTCOMES[action], _)
            return [Said(tg_user_id, *confirm)]
        if action == CLOSE_YES:
            outcome = dict(enumerate(desk_staff.OUTCOMES)).get(args[0])
            if outcome is None:
                return [Said(chat_id, _invalid(said), alert=True)]
            asked = (args[1], args[2]) if len(args) == 3 else None
            result = desk_staff.close(session, self.kit, who, outcome, asked)
            if result == StaffResult.CHANGED:
                return self._close_again(session, who, _)
            if result != StaffResult.OK:
                return [Said(chat_id, results(said)[result].format(ref=ref), alert=True)]
            labels, button = action_labels(_), self.kit.buttons.button
            row = (button(labels["hist"], "hist", case_id), button(labels[REOPEN], REOPEN, case_id))
            return [Said(chat_id, _("Case {ref} closed.").format(ref=ref), (row,))]
        prompts = {
            "rep": _("Write your reply to case {ref}. The person gets it through the bot; "
                     "they do not see your name."),
            "note": _("Write an internal note for case {ref}. Only your organisation sees it."),
            "dec": _("Why do you decline case {ref}? It goes to the next organisation."),
            "rch": _("Write what you said to the person of case {ref} by phone or on Telegram. "
                     "It is kept as a note, and it counts as your answer: the reminders stop "
                     "until the person writes here again."),
        }  # fmt: skip
        if action == "rch" and not reachable(who.case):  # they gave no phone nor account
            return [Said(chat_id, refused(said), alert=True)]
        if action == "rch" and who.case.status != CaseStatus.ACCEPTED:  # an old card
            return [Said(chat_id, not_held(said).format(ref=ref), alert=True)]
        if action == "dec" and who.case.status != CaseStatus.NEW:  # the held card has none
            return [Said(chat_id, self._taken(session, who.case, said), alert=True)]
        if action == "dec" and not routing.onward(who.case):  # none left, even one to wait for
            prompts["dec"] = _(
                "Why do you decline case {ref}? No other organisation can take it: the person "
                "will be told that nobody could help."
            )  # said before the reason is typed, so the caseworker can still reconsider
        elif action == "dec" and cases.next_org(session, self.kit, who.case) is None:
            prompts["dec"] = _(
                "Why do you decline case {ref}? The next organisation the person agreed to is "
                "not connected to the bot yet: the case waits for it."
            )
        self._set_step(session, tg_user_id, steps.make(action, case_id, self.clock()))
        prompt = prompts[action].format(ref=ref)
        if action == "rep":
            prompt += " " + _("You see it again before it is sent.")
        return [Said(tg_user_id, prompt, self._cancel_row(case_id, _))]
