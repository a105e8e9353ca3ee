"""The caseworkers' desk: staff buttons, commands and the texts they write, channel-neutral.

Each call is one database transaction: the action, its history and its outbox rows commit
together. What the desk says back at once is returned as `Said` items for the adapter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import assert_never

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from bot.dialogue.referral_questions import MAX_TEXT, cut_note
from bot.i18n import Tr
from bot.language import unicode_words
from bot.referrals import cases, deadlines, handover, steps
from bot.referrals import staff as desk_staff
from bot.referrals.admins import role_names
from bot.referrals.cards import (
    Card,
    action_labels,
    age,
    corridor,
    outcome_labels,
    reachable,
    status_labels,
    zawgyi_readers,
)
from bot.referrals.kit import CaseKit
from bot.referrals.retention import ERASED
from bot.referrals.staff import StaffResult
from bot.storage import Store, relayed
from bot.storage.models import Case, CaseMessage, ProcessedUpdate, Staff, User, utcnow
from bot.values import WITH_ORGANISATION, Button, CaseStatus, Keyboard, UserState

TELEGRAM_TEXT = 4096  # characters in one message
CLOSE_OUTCOMES = {"cres": "resolved", "cref": "referred", "cnoc": "no_contact", "coth": "other"}
# "Yes, close" under "Close case X as ...?" (arguments: the outcome, then the case as it was
# asked about: staff.py `seen`)
CLOSE_YES = "cyes"
HANDS = ("hist", "hand", "hto", "rel")  # issue 14: history, handover, release
PREVIEW = ("snd", "edt")  # Send and Edit under a reply shown to its writer before it goes


@dataclass(frozen=True)
class Said:
    chat_id: int
    text: str
    buttons: Keyboard = ()
    # Shown to the presser alone (a callback alert), never posted: a refusal in an inbox
    # group would tell everyone there who tried what.
    alert: bool = False


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
        StaffResult.CHANGED: changed(_),
        StaffResult.NOT_COLLEAGUE: _("This person cannot take cases of your organisation now."),
        StaffResult.ALREADY_THEIRS: _("Case {ref} is already theirs."),
        StaffResult.NOT_HELD: not_held(_),
    }


def not_held(_: Callable[[str], str]) -> str:
    return _("Nobody holds case {ref} now: it is back in the inbox. Accept it first.")


# Commands a caseworker sends for help: answered with theirs (Desk.staff_help), not the
# migrants' greeting and topics (user testing, 2026-12-05).
STAFF_HELP = ("start", "menu", "help")
# A case's reference as staff type it after /case or alone in their inbox ("#9QY52Z" too).
REF_TYPED = re.compile(f"[{cases.REF_ALPHABET}]{{{cases.REF_LENGTH}}}")
LIST_CHARS = 4000  # per /cases message, under Telegram's 4096
LIST_MESSAGES = 5  # at most: a long list goes on as "… and N more"


def _pages(title: str, lines: list[str], more: str, footer: str = "") -> list[str]:
    """`lines` under `title`, in messages of at most LIST_CHARS, at most LIST_MESSAGES of
    them; the lines that do not fit are counted on the last ("… and N more"), which ends
    with `footer`."""
    pages: list[list[str]] = [[title]]
    size = len(title)
    room = len(more.format(n=len(lines))) + 1  # kept free on the last message
    room += len(footer) + 1 if footer else 0
    for shown, line in enumerate(lines):
        last = len(pages) == LIST_MESSAGES
        if size + 1 + len(line) > LIST_CHARS - (room if last else 0):
            if last:
                pages[-1].append(more.format(n=len(lines) - shown))
                break
            pages.append([])
            size = -1
        pages[-1].append(line)
        size += 1 + len(line)
    if footer and size + 1 + len(footer) > LIST_CHARS:  # not the last message: room kept there
        pages.append([])
    if footer:
        pages[-1].append(footer)
    return ["\n".join(page) for page in pages]


class Desk:
    def __init__(
        self, store: Store, kit: CaseKit, clock: Callable[[], dt.datetime] = utcnow
    ) -> None:
        self.store = store
        self.kit = kit
        self.clock = clock  # staff steps expire (bot/referrals/steps.py)
        self._ = kit.translator("en").gettext

    # --- buttons in an inbox or a caseworker's chat ----------------------------------------
    def button(
        self,
        tg_user_id: int,
        chat_id: int,
        data: str,
        language: str | None = None,
        name: str | None = None,
    ) -> list[Said]:
        """`language`: the presser's (Telegram's language_code), for alerts and prompts;
        `name`: their Telegram first name, which colleagues see on cards."""
        said = self.kit.translator(language).gettext
        parsed = self.kit.buttons.parse_args(data)
        if parsed is None:
            return [Said(chat_id, said("This button is not valid."), alert=True)]
        action, case_id, args = parsed
        if action == "ccl":  # only the presser's own pending step: no case is touched
            _ = said
            nothing = _("Nothing is waiting for your text.")
            return self.cancel(tg_user_id, case_id) or [Said(chat_id, nothing, alert=True)]
        if action in PREVIEW:  # the words come back to the writer when they cannot be used
            return self._draft_press(tg_user_id, action, case_id, args)
        try:
            with self.store.sessions.begin() as session:
                who = desk_staff.authorise(
                    session, case_id, tg_user_id, holder_only=action != "acc"
                )
                if who is None:
                    why = self._why_refused(session, case_id, tg_user_id, said)
                    return [Said(chat_id, why, alert=True)]
                desk_staff.named(who.staff, name)
                return self._button(session, who, tg_user_id, chat_id, action, args, said)
        except StaleDataError:  # the case changed between reading and writing: nothing done
            return [Said(chat_id, changed(said), alert=True)]

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
        if who.case.status not in WITH_ORGANISATION:
            return [Said(chat_id, results(said)[StaffResult.NOT_OPEN].format(ref=ref), alert=True)]
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
                return [Said(chat_id, said("This button is not valid."), alert=True)]
            asked = (args[1], args[2]) if len(args) == 3 else None
            result = desk_staff.close(session, self.kit, who, outcome, asked)
            if result == StaffResult.CHANGED:
                return self._close_again(session, who, _)
            if result != StaffResult.OK:
                return [Said(chat_id, results(said)[result].format(ref=ref), alert=True)]
            history = self.kit.buttons.button(action_labels(_)["hist"], "hist", case_id)
            return [Said(chat_id, _("Case {ref} closed.").format(ref=ref), ((history,),))]
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
        if action == "dec" and cases.next_org(session, self.kit, who.case) is None:
            prompts["dec"] = _(
                "Why do you decline case {ref}? No other organisation can take it: the person "
                "will be told that nobody could help."
            )  # said before the reason is typed, so the caseworker can still reconsider
        self._set_step(session, tg_user_id, steps.make(action, case_id, self.clock()))
        prompt = prompts[action].format(ref=ref)
        if action == "rep":
            prompt += " " + _("You see it again before it is sent.")
        return [Said(tg_user_id, prompt, self._cancel_row(case_id, _))]

    def _cancel_row(self, case_id: int, _: Callable[[str], str]) -> Keyboard:
        return ((self.kit.buttons.button(_("Cancel"), "ccl", case_id),),)

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
        if case.status != CaseStatus.ACCEPTED and action != "hto":  # nobody holds it
            return [
                Said(chat_id, results(said)[StaffResult.NOT_OPEN].format(ref=case.ref), alert=True)
            ]
        if action == "hand":
            return [Said(tg_user_id, *handover.colleagues_card(session, self.kit, case))]
        if action == "hto":
            result = handover.hand_over(session, self.kit, who, *args)
            name = self.kit.cards.staff_name(session, case.assigned_staff_id, _)
            ok = _("Case {ref} is now with {name}.").format(ref=case.ref, name=name)
        else:
            result = handover.release(session, self.kit, who)
            ok = _("You released case {ref}.").format(ref=case.ref)
        if result != StaffResult.OK:
            return [Said(chat_id, results(said)[result].format(ref=case.ref), alert=True)]
        return [Said(tg_user_id, ok)]

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

    def _result(self, result: StaffResult, ok: str, _: Callable[[str], str]) -> str:
        return ok if result == StaffResult.OK else results(_)[result]

    # --- what a caseworker writes after pressing Reply, Note or Decline --------------------
    def text(
        self,
        tg_user_id: int,
        step: str,
        words: str,
        update_id: int | None = None,
        message_id: int | None = None,
    ) -> list[Said]:
        """`message_id`: the text's id in the writer's private chat, kept (never the words)
        so that an edit of it gets the staff note, not a migrant's answer (`edited`)."""
        _ = self._
        pending = steps.parse(step)
        try:
            with self.store.sessions.begin() as session:
                self._set_step(session, tg_user_id, None)
                if update_id is not None:  # the step is used up: a redelivery must not reuse it
                    session.merge(ProcessedUpdate(update_id=update_id))
                case = session.get(Case, pending.case_id) if pending is not None else None
                if case is not None and message_id is not None:  # whatever becomes of it
                    relayed.remember(session, tg_user_id, [message_id], case.id, staff=True)
                if pending is not None:  # in the language of the writer's organisation
                    _ = self._for_writer(session, case, tg_user_id)
                if pending is None or steps.expired(pending, self.clock()):
                    expired = _(
                        "This step expired: you pressed that button more than 30 minutes ago, "
                        "so I did not use this text. Press the button on the case again."
                    )
                    action = pending.action if pending is not None else "rep"
                    return self._not_sent(tg_user_id, expired, action, words, _)
                return self._text(session, tg_user_id, pending.action, pending.case_id, words)
        except StaleDataError:
            return [Said(tg_user_id, changed(_))]

    def cancel(self, tg_user_id: int, case_id: int | None = None) -> list[Said]:
        """The Cancel under a prompt or a reply's preview (for that case) or /cancel (any):
        the pending Reply, Note or Decline is dropped, and the reply waiting for Send, said
        in staff words. Empty when none is pending (then /cancel is the dialogue's, as for
        anyone)."""
        with self.store.sessions.begin() as session:
            user = session.get(User, f"tg:{tg_user_id}")
            pending = steps.parse(user.step or "") if user is not None else None
            if pending is not None and case_id in (None, pending.case_id):
                self._set_step(session, tg_user_id, None)
                case_id = pending.case_id
            else:  # a preview's Cancel after the step moved on (Reply pressed on another case)
                pending = None
            if case_id is None:
                return []
            mine = self._memberships(session, tg_user_id)
            if not desk_staff.drop_drafts(session, case_id, mine) and pending is None:
                return []
            _ = self._for_writer(session, session.get(Case, case_id), tg_user_id)
            if pending is not None and pending.action == "dec":
                return [Said(tg_user_id, _("Cancelled. Nothing was declined."))]
            return [Said(tg_user_id, _("Cancelled. Nothing was sent."))]

    @staticmethod
    def _memberships(session: Session, tg_user_id: int) -> list[int]:
        """The staff ids of this person (any organisation, active or not): whose drafts."""
        query = select(Staff.id).where(Staff.tg_user_id == tg_user_id)
        return list(session.scalars(query).all())

    # --- a reply shown to its writer before it goes: Send, Edit, Cancel --------------------
    def _preview(
        self, session: Session, who: desk_staff.Authorised, typed: str, zawgyi: bool = False
    ) -> list[Said]:
        """The reply kept as a draft and shown back; nothing reaches the person before Send.
        The step stays, so text typed now replaces the draft (as Edit does). `zawgyi`: it
        was typed in Zawgyi, and `typed` is its Unicode form, the one kept and shown."""
        tr = self.kit.cards.staff_translator(who.case.org_id)
        _ = tr.gettext
        case, tg_user_id = who.case, who.staff.tg_user_id
        kept = desk_staff.draft(session, self.kit, who, typed[:MAX_TEXT])
        self._set_step(session, tg_user_id, steps.make("rep", case.id, self.clock()))
        head = _("This goes to the person in case {ref}:").format(ref=case.ref)
        if note := cut_note(typed, tr):
            head += "\n" + note
        if zawgyi:
            head += "\n" + _(
                "You typed in Zawgyi: I changed it to Unicode. The person gets it in the "
                "form their phone reads."
            )
        return [Said(tg_user_id, f"{head}\n\n{typed[:MAX_TEXT]}", self._draft_row(kept, _))]

    def _draft_row(self, kept: CaseMessage, _: Callable[[str], str]) -> Keyboard:
        """Send, Edit and Cancel under a draft reply shown to its writer."""
        button, check = self.kit.buttons.button, desk_staff.draft_check(kept)
        row = (
            button(_("Send"), "snd", kept.case_id, kept.id, check),
            button(_("Edit"), "edt", kept.case_id, kept.id, check),
            button(_("Cancel"), "ccl", kept.case_id),
        )
        return (row,)

    def put_aside(self, tg_user_id: int) -> list[Said]:
        """A migrants' button or command used in private while a Reply, Note or Decline waits
        for this caseworker's text (they also use the bot for themselves): the step is left,
        so their next words are not taken for the case, and that is said, never silently. A
        reply they typed stays a draft, shown again with its Send, Edit and Cancel (only Send
        sends it, as before). Empty when no step of theirs waits, or one expired with nothing
        typed (its text would have got the desk's "expired" note). The Telegram adapter asks
        only when the state it read has such a step (BotService.answer's `staff_first`)."""
        with self.store.sessions.begin() as session:
            user = session.get(User, f"tg:{tg_user_id}")
            pending = steps.parse(user.step or "") if user is not None else None
            if pending is None:
                return []
            self._set_step(session, tg_user_id, None)
        # The step is gone, whatever happens next: their next text is never taken for the case.
        with self.store.sessions() as session:
            case = session.get(Case, pending.case_id)
            if case is None:
                return []
            _ = self._for_writer(session, case, tg_user_id)
            if pending.action == "rep" and (kept := self._draft_of(session, case, tg_user_id)):
                words = self.kit.box.decrypt(kept.body_enc) or ""
                head = _("Your reply to case {ref} was put aside, not sent:").format(ref=case.ref)
                return [Said(tg_user_id, f"{head}\n\n{words}", self._draft_row(kept, _))]
            if steps.expired(pending, self.clock()):
                return []
            button = action_labels(_)[pending.action]
            note = self._aside(pending.action, _).format(ref=case.ref, button=button)
            return [Said(tg_user_id, note)]

    @staticmethod
    def _aside(action: steps.StepAction, _: Callable[[str], str]) -> str:
        """What was not done when a step waiting for text was put aside: one for each
        action (mypy checks that none is missing)."""
        match action:
            case "rep":
                return _(
                    "Your reply to case {ref} was put aside: nothing was sent. To write it, "
                    "press {button} on the case again."
                )
            case "note":
                return _(
                    "Your note for case {ref} was put aside: nothing was saved. To write it, "
                    "press {button} on the case again."
                )
            case "dec":
                return _("Case {ref} was not declined. To decline it, press {button} again.")
            case "rch":
                return _(
                    "What you said to the person of case {ref} was put aside: nothing was "
                    "saved. To write it, press {button} on the case again."
                )
            case _:
                assert_never(action)

    def _draft_of(self, session: Session, case: Case, tg_user_id: int) -> CaseMessage | None:
        """This writer's unsent reply to the case (one at most: a new one replaces it)."""
        query = select(CaseMessage).where(
            CaseMessage.case_id == case.id,
            CaseMessage.kind == desk_staff.DRAFT,
            CaseMessage.staff_id.in_(self._memberships(session, tg_user_id)),
        )
        return session.scalars(query.order_by(CaseMessage.id.desc())).first()

    def _draft_press(
        self, tg_user_id: int, action: str, case_id: int, draft: tuple[int, ...]
    ) -> list[Said]:
        """Send (the draft goes to the person, once) or Edit (the words back, to type
        again) under a preview. A preview used up (sent, cancelled, replaced) is refused in
        an alert; one whose case changed (taken, passed on, closed) gives the words back."""
        _ = self._
        try:
            with self.store.sessions.begin() as session:
                case = session.get(Case, case_id)
                _ = self._for_writer(session, case, tg_user_id)
                mine = self._memberships(session, tg_user_id)
                draft_id, check = draft
                kept = session.get(CaseMessage, draft_id)
                if (
                    kept is None
                    or kept.kind not in desk_staff.DRAFT_KINDS
                    or kept.case_id != case_id
                    or kept.staff_id not in mine
                    or desk_staff.draft_check(kept) != check
                ):
                    if kept is None and case is not None and case.uid.startswith(ERASED):
                        # The person deleted their data: the draft went with the case's words.
                        self._drop_step(session, tg_user_id, case_id)
                        why = self.kit.cards.status_line(session, case, True, _)
                        gone = _("Your text was not sent: it was deleted with the person's data.")
                        return [Said(tg_user_id, why + "\n" + gone)]
                    return [Said(tg_user_id, self._gone(_), alert=True)]
                words = self.kit.box.decrypt(kept.body_enc) or ""
                who = desk_staff.authorise(session, case_id, tg_user_id, holder_only=True)
                if who is None or who.case.status not in WITH_ORGANISATION:
                    desk_staff.drop_drafts(session, case_id, mine)
                    self._drop_step(session, tg_user_id, case_id)
                    if who is None:
                        return self._cannot(session, tg_user_id, "rep", case_id, words)
                    why = self.kit.cards.status_line(session, who.case, True, _)
                    return self._not_sent(tg_user_id, why, "rep", words, _)
                if kept.kind == desk_staff.MOVED_DRAFT:  # released or handed over since
                    desk_staff.drop_drafts(session, case_id, mine)
                    self._drop_step(session, tg_user_id, case_id)
                    return self._not_sent(
                        tg_user_id, self._moved(session, who.case, _), "rep", words, _
                    )
                ref = who.case.ref
                if action == "edt":
                    self._set_step(session, tg_user_id, steps.make("rep", case_id, self.clock()))
                    again = _("Write your reply to case {ref} again. Your text, to copy:")
                    return [
                        Said(tg_user_id, again.format(ref=ref), self._cancel_row(case_id, _)),
                        Said(tg_user_id, words[:TELEGRAM_TEXT]),
                    ]
                result = desk_staff.reply(session, self.kit, who, draft=(draft_id, check))
                if result == StaffResult.GONE:  # another press of Send took it meanwhile
                    return [Said(tg_user_id, self._gone(_), alert=True)]
                self._drop_step(session, tg_user_id, case_id, "rep")  # a Note pressed since stays
                if who.case.unreachable_at is not None:  # "Sent" would not be true (unreachable.py)
                    waits = _(
                        "Saved for the person in case {ref}, not sent: they have blocked the bot "
                        "or deleted the chat. They will get it if they come back."
                    )
                    return [Said(tg_user_id, waits.format(ref=ref))]
                return [Said(tg_user_id, _("Sent to the person in case {ref}.").format(ref=ref))]
        except StaleDataError:  # the case changed between reading and writing: nothing sent
            return [Said(tg_user_id, changed(_), alert=True)]

    def _moved(self, session: Session, case: Case, _: Callable[[str], str]) -> str:
        """Why a preview written before its case changed hands was not sent."""
        if case.status == CaseStatus.NEW:
            text = _(
                "Case {ref} was released after you wrote this: it is back in the inbox for "
                "anyone to accept."
            )
            return text.format(ref=case.ref)
        name = self.kit.cards.staff_name(session, case.assigned_staff_id, _)
        text = _("Case {ref} changed hands after you wrote this: {name} holds it now.")
        return text.format(ref=case.ref, name=name)

    @staticmethod
    def _gone(_: Callable[[str], str]) -> str:
        return _(
            "Nothing was sent now: this text was sent already, cancelled, replaced, "
            "or is over a day old."
        )

    def _drop_step(
        self, session: Session, tg_user_id: int, case_id: int, action: str | None = None
    ) -> None:
        """The writer's pending step, if it is for this case (and this action, if given)."""
        user = session.get(User, f"tg:{tg_user_id}")
        pending = steps.parse(user.step or "") if user is not None else None
        if pending is not None and pending.case_id == case_id and action in (None, pending.action):
            self._set_step(session, tg_user_id, None)

    def _text(
        self, session: Session, tg_user_id: int, action: str, case_id: int, words: str
    ) -> list[Said]:
        who = desk_staff.authorise(session, case_id, tg_user_id, holder_only=True)
        if who is None:
            return self._cannot(session, tg_user_id, action, case_id, words)
        tr = self.kit.cards.staff_translator(who.case.org_id)
        _ = tr.gettext
        ref = who.case.ref
        typed = words.strip()
        # Kept and sent in Unicode: the person's phone gets it in the form it reads (Zawgyi
        # readers through cards.migrant_update), colleagues read it in History. Given back
        # (not sent) as typed, to copy.
        kept, zawgyi = unicode_words(typed)
        words = kept[:MAX_TEXT]
        if action == "rep" and who.case.status in WITH_ORGANISATION:
            return self._preview(session, who, kept, zawgyi)  # sent only by its Send
        if action == "rep":  # closed or withdrawn meanwhile: the words back, to copy
            why = self.kit.cards.status_line(session, who.case, True, _)
            return self._not_sent(tg_user_id, why, action, typed, _)
        if action in ("note", "rch"):
            result = desk_staff.note(session, self.kit, who, words, reached=action == "rch")
            ok = _("Note saved on case {ref}.")
            if action == "rch":
                ok = _("Saved on case {ref}: you reached the person. No more reminders to "
                       "answer them until they write here again.")  # fmt: skip
        else:
            result = desk_staff.decline(session, self.kit, who, words)
            ok = _("Case {ref} declined.")
        if result == StaffResult.TAKEN:
            return [Said(tg_user_id, self._taken(session, who.case, _))]
        if result == StaffResult.NOT_OPEN:
            why = self.kit.cards.status_line(session, who.case, True, _)
            return self._not_sent(tg_user_id, why, action, typed, _)
        if result == StaffResult.NOT_HELD:  # "Reached them" on a case released meanwhile
            return self._not_sent(tg_user_id, not_held(_).format(ref=ref), action, typed, _)
        said = self._result(result, ok, _).format(ref=ref)
        if result == StaffResult.OK and (note := cut_note(kept, tr)):
            said += "\n" + note
        return [Said(tg_user_id, said)]

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
        if desk_staff.staff_of(session, tg_user_id, case.org_id) is None:
            mine = desk_staff.orgs_of(session, tg_user_id)
            passed_on = any(org in mine for org in case.tried)
            # Passed on from their organisation, or their access was removed.
            why = self.kit.cards.status_line(session, case, False, _) if passed_on else refused(_)
        elif action == "dec" and case.status == CaseStatus.ACCEPTED:
            return [Said(tg_user_id, self._taken(session, case, _))]
        elif case.status == CaseStatus.ACCEPTED:
            name = self.kit.cards.staff_name(session, case.assigned_staff_id, _)
            why = _("{name} took case {ref} before you sent this.").format(name=name, ref=case.ref)
        else:
            why = self.kit.cards.status_line(session, case, True, _)
        return self._not_sent(tg_user_id, why, action, words, _)

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

    # --- commands ---------------------------------------------------------------------------
    def join(self, tg_user_id: int, code: str, name: str | None = None) -> list[Said]:
        _ = self._
        with self.store.sessions.begin() as session:
            member = desk_staff.join(session, code, tg_user_id, name)
            if member is None:
                return [Said(tg_user_id, _("This code is not valid or was already used."))]
            _ = self.kit.cards.staff_translator(member.org_id).gettext
            text = _(
                "Welcome. You are now {role} for {org}. "
                "Cases arrive in your organisation's inbox group."
            )
            role = role_names(_).get(member.role, member.role)
            return [Said(tg_user_id, text.format(role=role, org=member.org_id))]

    def register(self, chat_id: int, code: str) -> list[Said]:
        _ = self._
        with self.store.sessions.begin() as session:
            org = desk_staff.register_inbox(session, self.kit, code, chat_id)
        if org is None:
            return [Said(chat_id, _("This code is not valid or was already used."))]
        _ = self.kit.cards.staff_translator(org).gettext
        return [Said(chat_id, _("This group is now the case inbox of {org}.").format(org=org))]

    def list_cases(self, chat_id: int, tg_user_id: int) -> list[Said]:
        """/cases in an inbox: urgent first, then the ones nobody holds, then the oldest;
        each with who holds it and the person's language; the last message says how to open
        one (`show_case`)."""
        _ = self._
        with self.store.sessions() as session:
            org = desk_staff.org_of_inbox(session, chat_id)
            if org is None or desk_staff.staff_of(session, tg_user_id, org) is None:
                return [Said(chat_id, self._only_staff(_))]
            open_cases = desk_staff.open_cases(session, org)
            tr = self.kit.cards.staff_translator(org)
            _ = tr.gettext
            if not open_cases:
                return [Said(chat_id, _("No open cases."))]
            ordered = sorted(  # stable: oldest first within each group
                open_cases, key=lambda c: (not c.urgent, c.status != CaseStatus.NEW)
            )
            lines = self._case_lines(session, ordered, tr)
        more = _("… and {n} more open cases.")
        how = _("To see one case with its buttons: /case {ref}").format(ref=ordered[0].ref)
        pages = _pages(_("Open cases of {org}:").format(org=org), lines, more, how)
        return [Said(chat_id, page) for page in pages]

    def _case_lines(self, session: Session, ordered: list[Case], tr: Tr) -> list[str]:
        """One short line a case: reference, status (and who holds it), the person's
        language, its age, where they are from and are now."""
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
            line = f"{urgent}{case.ref} · {status} · {language} · {waited}"
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

    def staff_help(self, chat_id: int, tg_user_id: int) -> list[Said] | None:
        """/start, /menu or /help from staff: what they can do, in their organisation's
        language. In private (active staff anywhere), a Reply, Note or Decline waiting for
        their text is put aside first, and said, as a migrants' button does (they have moved
        on: their next text must not become a note or a reply; a reply they typed stays a
        draft with its Send), and two buttons lead to what migrants see. In an inbox
        group, for its organisation's staff, in the group (their private step stays). None
        for anyone else: the dialogue answers them in private, an inbox stays silent."""
        private = chat_id == tg_user_id
        with self.store.sessions() as session:  # read only: most who send these are migrants
            if private:
                orgs = desk_staff.orgs_of(session, tg_user_id)
            else:
                org = desk_staff.org_of_inbox(session, chat_id)
                orgs = [org] if org and desk_staff.staff_of(session, tg_user_id, org) else []
            if not orgs:
                return None
            members = [desk_staff.staff_of(session, tg_user_id, org) for org in orgs]
        said = self.put_aside(tg_user_id) if private else []
        tr = self.kit.cards.staff_translator(orgs[0])
        _ = tr.gettext
        roles, labels = role_names(_), action_labels(_)
        lines = [
            _("You are {role} for {org}.").format(
                role=roles.get(member.role, member.role),
                org=self.kit.routing.partner_name(member.org_id, tr.language),
            )
            for member in members
            if member is not None
        ]
        lines += [
            _("New cases arrive in your organisation's inbox group. On a case:"),
            f"• {labels['acc']}: " + _("the case is yours; I send you its details in private."),
            f"• {labels['rep']}: " + _("a message to the person.") + " "
            + _("You see it again before it is sent."),
            f"• {labels['note']}: " + _("for your organisation only."),
            f"• {labels['rch']}: " + _("you called them or wrote on Telegram; it counts as "
                                       "your answer."),
            f"• {labels['dec']}: " + _("say why; the case goes to the next organisation."),
            f"• {labels['close']}: " + _("when the case has ended."),
            f"• {labels['open']}, {labels['hist']}: " + _("the case and what was said."),
            f"• {labels['hand']}, {labels['rel']}: " + _("to a colleague, or back to the inbox."),
            "",
            _("/cases - open cases (in the inbox group)"),
            _("/case ABC234 - one case and its buttons (in the inbox group)"),
            _("/cancel - stop a Reply, Note or Decline you started"),
            _("/stats - your organisation's numbers"),
        ]  # fmt: skip
        if any(member is not None and member.role == "admin" for member in members):
            lines.append(_("/team - your team; /alert <id> - send an alert"))
        buttons: Keyboard = ()
        if private:  # a caseworker may need what migrants see (to show them, or for themselves)
            buttons = (
                (Button(_("Menu for migrants"), "menu"), Button(_("Help for migrants"), "help")),
            )
        return [*said, Said(chat_id, "\n".join(lines), buttons)]

    def private_chat_first(self, chat_id: int) -> str:
        """To a presser the bot cannot write to privately, in the inbox organisation's language."""
        with self.store.sessions() as session:
            org = desk_staff.org_of_inbox(session, chat_id)
        _ = self.kit.cards.staff_translator(org).gettext
        return _("Open a private chat with me first (press Start).")

    def move_inbox(self, old_chat_id: int, new_chat_id: int) -> str | None:
        with self.store.sessions.begin() as session:
            return desk_staff.move_inbox(session, old_chat_id, new_chat_id)

    def edited(self, tg_user_id: int, message_id: int | None, state: UserState) -> list[Said]:
        """A staff member changed a message they sent to the bot as staff (a reply, a note):
        the person already has it as it was, and an edit is no new reply. Said in their
        staff language. Staff-side: a text they wrote for a case (its id is kept), anything
        while a Reply, Note or Decline waits for their text, or anything from staff who never
        used the bot as a migrant (`state` has no language). Empty otherwise: a caseworker
        who also asks the bot things for themselves gets the dialogue's answer to their
        edited question, as anyone would."""
        waits = steps.staff_step_of(state) is not None
        with self.store.sessions() as session:
            orgs = desk_staff.orgs_of(session, tg_user_id)
            if not orgs:
                return []
            wrote = message_id is not None and relayed.went(
                session, tg_user_id, message_id, staff=True
            )
        if not (wrote or waits or state.language is None):
            return []
        _ = self.kit.cards.staff_translator(orgs[0]).gettext
        text = _(
            "Edits do not reach anyone: I use what you first sent. To change a reply before "
            "it goes, press Edit under it; after it went, press Reply and write again."
        )
        return [Said(tg_user_id, text)]

    def media(self, tg_user_id: int, step: str, update_id: int | None = None) -> list[Said]:
        """A photo, file, voice note, location... sent while a reply, note or reason waits
        (`step`): only text goes, so nothing is sent, and the step stays for the text. A
        caption is not read (never as a migrant's question). Said in the language of the
        writer's organisation; empty when the step is not the desk's or expired (the text
        that follows gets the desk's own "expired" note)."""
        pending = steps.parse(step)
        if pending is None or steps.expired(pending, self.clock()):
            return []
        with self.store.sessions.begin() as session:
            if update_id is not None:  # answered: a redelivery is not answered again
                session.merge(ProcessedUpdate(update_id=update_id))
            _ = self._for_writer(session, session.get(Case, pending.case_id), tg_user_id)
        if pending.action == "rep":
            text = _("Photos and files are not sent to the person. Write your reply as text.")
        else:
            text = _("Photos and files are not kept here. Write it as text.")
        return [Said(tg_user_id, text)]

    def is_inbox(self, chat_id: int) -> bool:
        with self.store.sessions() as session:
            return desk_staff.org_of_inbox(session, chat_id) is not None

    def check_deadlines(self, now: dt.datetime | None = None) -> int:
        with self.store.sessions.begin() as session:
            return deadlines.check_deadlines(session, self.kit, now or utcnow())
