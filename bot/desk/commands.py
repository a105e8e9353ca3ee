"""The other staff commands and notices: joining with a code, registering an inbox group,
help, an inbox moved, edits and media sent while a step waits, and the deadlines' check.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from bot.desk.base import Said
from bot.desk.writing import Writing
from bot.dialogue import engine
from bot.referrals import cases, deadlines, inboxes, members, revoking, steps
from bot.referrals import staff as desk_staff
from bot.referrals.admins import role_names
from bot.referrals.cards import (
    action_labels,
)
from bot.storage import relayed
from bot.storage.models import Case, ProcessedUpdate, utcnow
from bot.values import Button, Keyboard, UserState

# Commands a caseworker sends for help: answered with theirs (Desk.staff_help), not the
# migrants' greeting and topics (user testing, 2026-12-05).
STAFF_HELP = ("start", "menu", "help")


class Commands(Writing):
    def join(self, tg_user_id: int, code: str, name: str | None = None) -> list[Said]:
        _ = self._
        with self.store.sessions.begin() as session:
            member = desk_staff.join(session, code, tg_user_id, name)
            if member is None:
                return [Said(tg_user_id, self._join_refused(session, code, tg_user_id, name))]
            members.tell_joined(session, self.kit, member)
            tr = self.kit.cards.staff_translator(member.org_id)
            _ = tr.gettext
            text = _(
                "Welcome. You are now {role} for {org}. "
                "Cases arrive in your organisation's inbox group."
            )
            role = role_names(_).get(member.role, member.role)
            # By its name, as /start and the reminders say it, not its id (round 14D).
            org = self.kit.routing.partner_name(member.org_id, tr.language)
            return [Said(tg_user_id, text.format(role=role, org=org))]

    def _join_refused(self, session: Session, code: str, tg_user_id: int, name: str | None) -> str:
        """Why a code does not work, in its organisation's staff language, so the person
        knows what to ask for (round 26A); an unknown code says no more than before. A used
        one also tells the admins who tries it (members.tell_used_again)."""
        invite = desk_staff.invite_of(session, code)
        if invite is None or invite.purpose != "staff":
            return self._("This code is not valid or was already used.")
        _ = self.kit.cards.staff_translator(invite.org_id).gettext
        if invite.used_at is not None:
            members.tell_used_again(session, self.kit, invite, tg_user_id, name)
            return _(
                "This code was already used. If you did not use it yourself, tell your admin "
                "at once: someone else may have joined with it."
            )
        if invite.revoked:
            return _("This code was cancelled. Ask your admin for a new one.")
        text = _(
            "This code has expired: a code works for {days} days. Ask your admin for a new one."
        )
        return text.format(days=desk_staff.INVITE_TTL.days)

    def join_in_group(
        self, chat_id: int, tg_user_id: int, code: str, name: str | None = None
    ) -> list[Said]:
        """/join <code> posted in a group, an inbox or not: a live staff code is cancelled,
        since the whole group saw it (revoking.shown_in_group), and the group is told so in
        plain words; the code is never repeated. Said in the inbox's staff language, else
        the code's organisation's."""
        with self.store.sessions.begin() as session:
            shown = revoking.shown_in_group(session, self.kit, code, tg_user_id, name)
            org = desk_staff.org_of_inbox(session, chat_id) or shown
        _ = self.kit.cards.staff_translator(org).gettext
        if shown is not None:
            text = _(
                "This code was shown to the group, so it no longer works. Ask your admin for "
                "a new one and send it to me in a private chat."
            )
        else:
            text = _("Codes to join go to me in a private chat, never in a group.")
        return [Said(chat_id, text)]

    def register(self, chat_id: int, code: str) -> list[Said]:
        _ = self._
        with self.store.sessions.begin() as session:
            done = desk_staff.register_inbox(session, self.kit, code, chat_id)
        if done.taken_by is not None:  # another organisation's code: this group stays theirs
            tr = self.kit.cards.staff_translator(done.taken_by)
            _ = tr.gettext
            org = self.kit.routing.partner_name(done.taken_by, tr.language)
            text = _(
                "This group is already the case inbox of {org}, and one group serves one "
                "organisation. Send this code in the group of the organisation it is for. The "
                "code still works."
            )
            return [Said(chat_id, text.format(org=org))]
        if done.org_id is None:
            return [Said(chat_id, _("This code is not valid or was already used."))]
        tr = self.kit.cards.staff_translator(done.org_id)
        _ = tr.gettext
        org = self.kit.routing.partner_name(done.org_id, tr.language)
        text = _("This group is now the case inbox of {org}.").format(org=org)
        return [Said(chat_id, text)]

    def inbox_lost(self, chat_id: int) -> str | None:
        """Telegram says the bot left this group, was removed, or may not write there: if it
        is an inbox, its organisation (told in private) counts as having none for now."""
        with self.store.sessions.begin() as session:
            return inboxes.lost(session, self.kit, chat_id)

    def inbox_back(self, chat_id: int) -> str | None:
        """Telegram says the bot is in this group and may write there: a lost inbox is back."""
        with self.store.sessions.begin() as session:
            return inboxes.back(session, self.kit, chat_id)

    def register_in_private(self, tg_user_id: int, code: str) -> list[Said] | None:
        """/register sent to the bot in private (exploratory test 9, staff finding 8): it goes
        in the group to connect, and a code sent here is not used (nobody else saw it). Said
        to whoever holds a live inbox code, or to staff; None for anyone else (the dialogue
        answers them, as any unknown command)."""
        with self.store.sessions() as session:
            invite = desk_staff.invite_of(session, code)
            live = (
                invite is not None
                and invite.purpose == "inbox"
                and not (invite.used_at or invite.revoked)
                and cases.aware(invite.expires_at) >= utcnow()
            )
            orgs = desk_staff.orgs_of(session, tg_user_id)
        if invite is None or not live:
            if not orgs:
                return None
            org = orgs[0]
        else:
            org = invite.org_id
        _ = self.kit.cards.staff_translator(org).gettext
        text = _(
            "Send /register and the code in the group that should become the inbox, not "
            "here. Add me to that group first."
        )
        if live:
            text += "\n" + _("Your code still works: I did not use it.")
        return [Said(tg_user_id, text)]

    def staff_help(
        self, chat_id: int, tg_user_id: int, language: str | None = None
    ) -> list[Said] | None:
        """/start, /menu or /help from staff: what they can do, in their organisation's
        language. In private (active staff anywhere), a Reply, Note or Decline waiting for
        their text is put aside first, and said, as a migrants' button does (they have moved
        on: their next text must not become a note or a reply; a reply they typed stays a
        draft with its Send), and two buttons lead to what migrants see. In an inbox
        group, for its organisation's staff, in the group (their private step stays). None
        for anyone else: the dialogue answers them in private, an inbox stays silent.

        A member of organisations with different staff languages (exploratory test 9,
        finding 10) reads each organisation's line in its own language, and the rest (what
        the buttons do, named as they read on that organisation's cards) in the one of those
        languages their Telegram app uses (`language`), else in their first organisation's:
        the whole help twice would be too long for a phone, and a Thai app user reads the
        Thai cards' labels first."""
        private = chat_id == tg_user_id
        with self.store.sessions() as session:  # read only: most who send these are migrants
            if private:
                orgs = desk_staff.orgs_of(session, tg_user_id)
            else:
                org = desk_staff.org_of_inbox(session, chat_id)
                orgs = [org] if org and desk_staff.staff_of(session, tg_user_id, org) else []
            if not orgs:
                return None
            found = [desk_staff.staff_of(session, tg_user_id, org) for org in orgs]
        members = [member for member in found if member is not None]
        if not members:
            return None
        said = self.put_aside(tg_user_id) if private else []
        theirs = [self.kit.cards.staff_translator(member.org_id) for member in members]
        app = (language or "").split("-")[0].lower()
        tr = next((tr for tr in theirs if tr.language == app), theirs[0])
        _ = tr.gettext
        labels = action_labels(_)
        lines = []
        for member, own in zip(members, theirs, strict=True):
            role = role_names(own.gettext).get(member.role, member.role)
            name = self.kit.routing.partner_name(member.org_id, own.language)
            lines.append(own.gettext("You are {role} for {org}.").format(role=role, org=name))
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
            _("/cases - open cases (in private or in the inbox group)"),
            _("/case ABC234 - one case and its buttons (in private or in the inbox group)"),
            _("/cancel - stop a Reply, Note or Decline you started"),
            _("/stats - your organisation's numbers"),
        ]  # fmt: skip
        if any(member.role == "admin" for member in members):
            lines.append(_("/team - your team; /alert <id> - send an alert"))
            lines.append(_("/remove <Telegram id> - take a member's access away at once"))
        buttons: Keyboard = ()
        if private:  # a caseworker may need what migrants see (to show them, or for themselves)
            buttons = (
                (Button(_("Menu for migrants"), "menu"), Button(_("Help for migrants"), "help")),
            )
        return [*said, Said(chat_id, "\n".join(lines), buttons)]

    def unknown_command(self, tg_user_id: int, name: str) -> list[Said] | None:
        """A command no one knows ("/clsoe", "/reply 12"), typed by staff in private (round
        29A): that it is unknown, and their own help (what the buttons on a case do, their
        commands), not the migrants' help, which names none of them. None for anyone else,
        and for a person's command (a caseworker uses the bot for themselves too)."""
        if name in engine.COMMANDS:
            return None
        helped = self.staff_help(tg_user_id, tg_user_id)
        if not helped:
            return None
        with self.store.sessions() as session:
            orgs = desk_staff.orgs_of(session, tg_user_id)
        _ = self.kit.cards.staff_translator(orgs[0]).gettext if orgs else self._
        text = _(
            "I do not know the command /{name}. To act on a case, press a button under it: "
            "/case and its reference shows the case with its buttons."
        ).format(name=name)
        return [Said(tg_user_id, text), *helped]

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
