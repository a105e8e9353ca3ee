"""What a caseworker writes after pressing Reply, Note, Reached them or Decline (a reply
goes to its preview first, the others are done at once), and the Cancel of that step.
"""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from bot.desk.base import Said, changed, not_held
from bot.desk.drafts import Drafts
from bot.dialogue.referral_questions import MAX_TEXT, cut_note
from bot.language import unicode_words
from bot.referrals import staff as desk_staff
from bot.referrals import steps
from bot.referrals.staff import StaffResult
from bot.storage import relayed
from bot.storage.models import Case, ProcessedUpdate, User
from bot.values import WITH_ORGANISATION


class Writing(Drafts):
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
