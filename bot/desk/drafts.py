"""A reply shown to its writer before it goes: kept as a draft, then Send, Edit or Cancel
under it; and a pending Reply, Note or Decline put aside when the caseworker uses the bot
for themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import assert_never

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from bot.desk import careful
from bot.desk.base import TELEGRAM_TEXT, Said, changed
from bot.desk.refusals import Refusals
from bot.dialogue import case_kinds, embassy_fears
from bot.dialogue.referral_questions import MAX_TEXT, cut_note
from bot.language import normalise, unreadable_script
from bot.referrals import revoking, steps
from bot.referrals import staff as desk_staff
from bot.referrals.cards import (
    action_labels,
)
from bot.referrals.retention import ERASED
from bot.referrals.staff import StaffResult
from bot.storage.models import Case, CaseMessage, User
from bot.values import WITH_ORGANISATION, CaseStatus, Keyboard

PREVIEW = ("snd", "edt")  # Send and Edit under a reply shown to its writer before it goes


# An English sentence, not a word or a number: "OK", "Call 1300" are read by most.
ENGLISH_WORDS = 4


def _english_to(reader: str | None, typed: str) -> str | None:
    """The code "en" when `typed` is an English sentence and the person reads Burmese or Khmer: the
    scripts alone let it pass (Latin is read for names, numbers and a word or two), and round
    21A's caseworker sent a whole English reply to a Khmer reader unwarned. Romanised Burmese
    or Khmer ("mingalarpar, a khu bal mhar lae?") is read as theirs, not English."""
    if reader not in ("my", "km") or len(typed.split()) < ENGLISH_WORDS:
        return None
    return "en" if normalise(typed).language == "en" else None


class Drafts(Refusals):
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
        # The case by more than its random reference: a reply typed for another case is
        # caught here (exploratory test 9, finding 11). Its topic and the person's language,
        # never their words.
        topic = self.kit.cards.topic_of(case)
        language = self.kit.cards.language_of(session, case, tr)
        head = _("This goes to the person in case {ref}:").format(
            ref=f"{case.ref} · {topic} · {language}"
        )
        if note := cut_note(typed, tr):
            head += "\n" + note
        script = unreadable_script(typed, case.language) or _english_to(case.language, typed)
        if script:  # said, not blocked (finding 5)
            head += "\n" + _("The person reads {language}; your text is in {script}.").format(
                language=tr.language_name(case.language), script=tr.language_name(script)
            )
        if embassy_fears.names_embassy(typed) and self._embassy_feared(session, case):
            # The person wrote they fear their embassy or will not go to it (round 25A: a man
            # who fled the army's call-up was told to renew his passport there): said to the
            # caseworker, who may still mean it, as with the other script above.
            head += "\n" + _(
                "Careful: the person wrote that they fear their embassy or do not want to go "
                "to it. Your reply names the embassy."
            )
        head += self._careful(session, case, typed, _)
        if zawgyi:
            head += "\n" + _(
                "You typed in Zawgyi: I changed it to Unicode. The person gets it in the "
                "form their phone reads."
            )
        return [Said(tg_user_id, f"{head}\n\n{typed[:MAX_TEXT]}", self._draft_row(kept, _))]

    def _careful(self, session: Session, case: Case, typed: str, _: Callable[[str], str]) -> str:
        """Round 29A's lines (careful.py), each on its own line, or nothing: another case's
        contact in the reply, night where the person is, a photo asked for."""
        lines = []
        if other := careful.other_case_named(typed, self._other_contacts(session, case)):
            lines.append(
                _(
                    "Careful: your reply has the phone number or Telegram name of another "
                    "person (case {other}). Is this reply for case {ref}?"
                ).format(other=other, ref=case.ref)
            )
        if at := careful.night_there(case.country, self.clock()):
            lines.append(
                _(
                    "It is {time} at night where the person is. A message now may wake them, "
                    "or be seen by someone near them. You can send it in the morning."
                ).format(time=at)
            )
        if careful.asks_photo(typed):
            lines.append(
                _(
                    "Photos and files do not reach you through the bot: if the person sends "
                    "one, I tell them I cannot read it and not to send photos of their ID. "
                    "Ask them to type what the paper says."
                )
            )
        if case_kinds.tells_to_pay(typed) and case_kinds.money_asked(
            self.kit.box.decrypt(case.description_enc) or ""
        ):
            # Round 32A: "Please send the money to the police so your son is released", to a
            # mother the bot had told it cannot tell whether such a call is real.
            lines.append(
                _(
                    "Careful: your reply tells the person to pay. The bot told them not to send "
                    "more money, photos or documents before they talk to a person: our sources "
                    "do not say that paying makes threats stop, and a call asking money for a "
                    "family member may be a trick."
                )
            )
        return "".join("\n" + line for line in lines)

    def _other_contacts(self, session: Session, case: Case) -> Iterator[tuple[str, str]]:
        """The other open cases of this organisation that have a phone or Telegram name to
        reach the person: (reference, the contact), decrypted one by one, only when the
        reply holds a number or an @name (careful.other_case_named reads no further)."""
        query = select(Case.ref, Case.contact_enc).where(
            Case.org_id == case.org_id,
            Case.id != case.id,
            Case.status.in_(WITH_ORGANISATION),
            Case.contact_enc.is_not(None),
        )
        for ref, sealed in session.execute(query):
            yield ref, self.kit.box.decrypt(sealed) or ""

    def _embassy_feared(self, session: Session, case: Case) -> bool:
        """Whether the person's words in the case (the form's, and what they sent since) fear
        their embassy or refuse it (embassy_fears.py). Read here, never kept."""
        theirs = session.scalars(
            select(CaseMessage.body_enc).where(
                CaseMessage.case_id == case.id, CaseMessage.kind == "to_staff"
            )
        ).all()
        for sealed in (case.description_enc, *theirs):
            words = self.kit.box.decrypt(sealed) or ""
            if embassy_fears.feared(words) or embassy_fears.named_with_fear(words):
                return True
        return False

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
                    if case is not None and self._removed_from(session, tg_user_id, case.org_id):
                        # Given back when their access was removed (bot/referrals/revoking.py).
                        removed = revoking.removed_line(self.kit, case.org_id or "")
                        return [Said(tg_user_id, removed, alert=True)]
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
