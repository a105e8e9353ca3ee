"""The glue between a channel adapter and the pure engine: normalise, ask the NLU, load and
save state, apply the engine's effects, re-encode replies for Zawgyi users.

Console and Telegram call `handle`/`handle_text` (Telegram `answer`/`answer_text`, which say
also whether the reply is urgent). One event is one transaction: the new state, any case it
opens and the notifications it causes commit together.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.orm import Session

from bot.content import CatalogHolder
from bot.dialogue import case_kinds, complained_of, engine, triage
from bot.dialogue.events import Edited, Event, Media, Text
from bot.dialogue.menu import command_menu
from bot.dialogue.my_data import reader_of, without_draft
from bot.dialogue.outcome import Outcome
from bot.dialogue.typed_answers import asks_help
from bot.i18n import LANGUAGES, translator
from bot.language import encode_for, normalise, read_thai
from bot.nlu.result import NluClient
from bot.outbox.keys import alert_keys_like
from bot.outbox.queue import UNSUBSCRIBED, cancel_waiting
from bot.outbox.replies import hold, process_name
from bot.reading import make_context, plain_text, read_text
from bot.recent import RecentAnswers, RecentTexts
from bot.referrals import cases, inboxes, reach, reopening, retention, unreachable
from bot.referrals.kit import CaseKit
from bot.referrals.steps import staff_step_of
from bot.settling import ReplySettling
from bot.storage import Store, counts, relayed, subscriptions
from bot.storage.models import User, utcnow
from bot.storage.store import first_time
from bot.values import (
    FORGET_MENU,
    UNANSWERED,
    Answer,
    Asked,
    DeleteMyData,
    Effect,
    Held,
    Lane,
    OpenCase,
    RelayToStaff,
    Reply,
    Subscribe,
    Turn,
    Unsubscribe,
    UserState,
    WithdrawCase,
)

log = logging.getLogger(__name__)
Replies = tuple[Reply, ...]


@dataclass
class BotService(ReplySettling):
    store: Store
    catalogs: CatalogHolder
    nlu: NluClient | None
    locales_dir: Path
    retention_days: int = 90
    keep_unanswered_days: int = 0  # 0: the words of unanswered questions are not kept
    profile_days: int = 365
    join_seconds: float | None = None  # FORM_JOIN_SECONDS; None: the form's JOIN_SECONDS
    # Set by the Telegram adapter: wakes the outbox sender when a transaction added rows.
    on_outbox: Callable[[], None] = field(default=lambda: None)
    holder: str = field(default_factory=process_name)  # whose direct path holds replies
    # Each person's last text as a keyed digest, in memory: the same sent again (bot/recent.py).
    recent: RecentTexts = field(default_factory=RecentTexts)
    # The answer each person was shown last, as a button's data, for a few minutes, in
    # memory: a question right after it is offered it again (bot/dialogue/follow_up.py).
    answered: RecentAnswers = field(default_factory=RecentAnswers)

    def __post_init__(self) -> None:
        self.kit = CaseKit.build(
            self.store.box,
            self.catalogs.get,
            lambda language: translator(self.locales_dir, language),
            case_kinds.kinds,  # "Sounds like: ..." on the cards (round 32A)
            complained_of.about,  # "About Alpha: ... not told" on the card (round 44C)
        )

    async def text_event(
        self, raw: str, sent_at: dt.datetime | None = None, message_id: int | None = None
    ) -> Text:
        return await read_text(self.nlu, raw, sent_at, message_id)

    async def handle_text(self, uid: str, raw: str, update_id: int | None = None) -> Replies:
        return (await self.answer_text(uid, raw, update_id)).replies

    async def handle(self, uid: str, event: Event, update_id: int | None = None) -> Replies:
        return (await self.answer(uid, event, update_id)).replies

    async def answer_text(
        self,
        uid: str,
        raw: str,
        update_id: int | None = None,
        chat_id: int | None = None,
        *,
        state: UserState | None = None,
        incoming: Sequence[int] = (),
        edited: bool = False,
        sent_at: dt.datetime | None = None,
        message_id: int | None = None,
        forwarded: bool = False,
        replied_to: str = "",
    ) -> Answer:
        """Free text: the NLU reads it unless it is the form's own words or an answer to a
        caseworker (engine.nlu_reads). `state`: the user's state as `read_turn` found it
        (else it is read here); `incoming`: see `answer`; `edited`: a text the person
        changed after sending it (events.Edited); `sent_at`, `message_id`: the message's,
        when the channel gives them (events.Text; the id is kept if the words go to a
        caseworker, and an edit's tells whether it went); `forwarded`: forwarded from
        elsewhere, not the person's own words (events.Text.forwarded); `replied_to`: the
        text of the bot's message it replies to (events.Text.replying_to)."""
        if state is None:
            state = await asyncio.to_thread(self.store.load_state, uid)
        if engine.nlu_reads(state, sent_at or utcnow()):
            event = await self.text_event(raw, sent_at, message_id)
        else:
            event = plain_text(raw, sent_at, message_id)
        if forwarded or replied_to:
            event = replace(event, forwarded=forwarded, replying_to=replied_to)
        said: Event = Edited(event) if edited else event
        return await self.answer(uid, said, update_id, chat_id, incoming=incoming)

    async def answer(
        self,
        uid: str,
        event: Event,
        update_id: int | None = None,
        chat_id: int | None = None,
        *,
        incoming: Sequence[int] = (),
        staff_first: bool = False,
    ) -> Answer:
        """The replies, and whether they are urgent (sent before anything queued). Given the
        update and the chat, the replies are also held in the outbox (Answer.held).
        `incoming`: ids of the person's messages in the private chat `chat_id`, recorded for
        /clear in the same transaction (one write fewer than recording them apart).
        `staff_first`: a migrants' button or command in private; when the state the handling
        reads has a caseworker's step waiting for their text, nothing is handled (rolled
        back) and Answer.step_waits says so: the desk puts the step aside first (the one read
        of the state, no read more for the migrants who press nearly every button)."""
        if isinstance(event, Media) and event.caption.strip() and event.reading is None:
            event = await self._read_caption(uid, event, update_id)
        args = (uid, event, update_id, chat_id, incoming, staff_first)
        try:
            return await asyncio.to_thread(self._handle, *args)
        except _StepWaits:
            return Answer((), step_waits=True)

    async def _read_caption(self, uid: str, event: Media, update_id: int | None) -> Media:
        """A caption is words the person typed: read as `answer_text` reads them (the NLU
        too, unless they are the form's own words or an answer to a caseworker), after the
        same one read as a text's (`read_turn`): a redelivered update costs no parse."""
        if update_id is None:
            state = await asyncio.to_thread(self.store.load_state, uid)
        else:
            turn = await asyncio.to_thread(self.read_turn, uid, update_id)
            if turn.seen:  # answered already: `_handle` drops it
                return event
            state = turn.state
        raw, sent_at = event.caption, event.sent_at
        if engine.nlu_reads(state, sent_at or utcnow()):
            reading = await self.text_event(raw, sent_at)
        else:
            reading = plain_text(raw, sent_at)
        return replace(event, reading=replace(reading, forwarded=event.forwarded))

    def read_turn(self, uid: str, update_id: int) -> Turn:
        """One read before a text is handled: whether the update was handled already (a
        redelivery), and the user's state (the desk's step, and whether the NLU reads it)."""
        seen, state = self.store.turn_of(uid, update_id)
        return Turn(seen, state, staff_step_of(state))

    def lane_of(self, raw: str) -> Lane:
        """URGENT when a person's words sound like danger (the triage's check) or are "help"
        typed alone, else PRIVATE: which update starts first. No I/O; the NLU's emergencies go
        first when sent. A lone "help" right after the numbers is the same plea again and is
        answered with them (triage.help_after_danger), but the lane cannot see what was
        answered before: round 25B's bursts in a raid ("police here", "help", "help") waited
        behind the queue. A lone "help" from anyone else, the help page, goes first too: a
        short reply, ahead of the questions."""
        words = read_thai(normalise(raw)).text if raw else ""  # "ช่วยด้วย" too (27C)
        plea = asks_help(words) and not words.startswith("/")  # /help: the help page
        urgent = words and (triage.danger_in(words, self.catalogs.get()) or plea)
        return Lane.URGENT if urgent else Lane.PRIVATE

    def _handle(
        self,
        uid: str,
        event: Event,
        update_id: int | None,
        chat_id: int | None = None,
        incoming: Sequence[int] = (),
        staff_first: bool = False,
    ) -> Answer:
        with self.store.sessions.begin() as session:
            # Handled exactly when its effects and its replies (held in the outbox) commit:
            # Telegram's redelivery after a crash is then either needed (nothing committed)
            # or answered already (all committed, the replies included).
            if update_id is not None and not first_time(session, update_id):
                return Answer(())  # a redelivery that passed the check before handling
            if incoming and chat_id is not None and chat_id > 0:
                # Before the effects: /delete_my_data's erasure removes these rows too.
                retention.record_sent(session, chat_id, list(incoming))
            if isinstance(event, Edited) and chat_id is not None and event.text.message_id:
                went = relayed.went(session, chat_id, event.text.message_id, staff=False)
                event = replace(event, relayed=went)
            state, known = self.store.read_state(session, uid)
            if staff_first and staff_step_of(state) is not None:
                raise _StepWaits  # nothing written: the transaction rolls back
            their_cases = cases.cases_of(session, uid)
            at = event.sent_at.timestamp() if isinstance(event, Text) and event.sent_at else None
            repeated = isinstance(event, Text) and self.recent.again(uid, event.text, at)
            ctx = make_context(
                self.catalogs,
                self.locales_dir,
                their_cases,
                cases.new_ref(),
                self.retention_days,
                cases.inbox_orgs(session),
                self.keep_unanswered_days,
                profile_days=self.profile_days,
                subscription=subscriptions.get(session, uid),
                clears_chat=cases.chat_of(uid) is not None,
                join_seconds=self.join_seconds,
                repeated=repeated,
                last_answer=self.answered.last(uid, at),
                last_also=self.answered.also(uid, at),
            )
            outcome = engine.handle(event, state, ctx)
            self.store.put_state(session, uid, outcome.state, known)
            self._keep_words(session, uid, event, outcome)
            erased = any(isinstance(effect, DeleteMyData) for effect in outcome.effects)
            if erased:
                self.recent.forget(uid)
                self.answered.forget(uid)
            # The farewell in the script the person reads: the erased state has no Zawgyi.
            replies = encode_for(state if erased else outcome.state, outcome.replies)
            menu = FORGET_MENU if erased else _menu_follows(state, outcome.state)
            wiped: list[int] = []
            wrote_outbox = self._apply(session, uid, outcome.effects, wiped)
            # Any update from a person whose case's messages failed (they had blocked the
            # bot) proves them back: the messages go first, this update's replies after.
            missed = any(case.undelivered for case in their_cases)
            back = missed and unreachable.came_back(session, uid) > 0
            held: Held | None = None
            # After the effects' rows (a case's card goes out before a reply stuck in a flood
            # wait); never /delete_my_data's farewell: no row may name the chat after it.
            if update_id is not None and chat_id is not None and not erased:
                box, urgent = self.store.box, outcome.urgent
                held = hold(session, box, self.holder, update_id, chat_id, replies, urgent, back)
            self._count(session, outcome)
        if isinstance(event, Text) and outcome.tally and outcome.tally.asked == Asked.ANSWERED:
            self.recent.remember(uid, event.text, at)  # answered from content, committed
        if outcome.shown is not None:
            self.answered.remember(uid, outcome.shown, at, outcome.also)
        if wrote_outbox or back or (held is not None and not held.direct):
            self.on_outbox()
        first = state.language is None
        return Answer(
            replies, outcome.urgent, held, wrote_outbox, tuple(wiped), menu=menu, menu_first=first
        )

    def came_back(self, uid: str) -> int:
        """The person unblocked the bot (Telegram's my_chat_member): the messages about their
        open cases that failed meanwhile go out now; a member of staff among them can be
        reached again (bot/referrals/reach.py). Returns how many messages go out."""
        with self.store.sessions.begin() as session:
            again = unreachable.came_back(session, uid)
            chat = cases.chat_of(uid)
            if chat is not None:  # a caseworker who had blocked it is back too
                reach.staff_back(session, chat)
        if again:
            self.on_outbox()
        return again

    def seen_update(self, update_id: int) -> bool:
        """Whether this update was already handled (Telegram delivers again after a crash)."""
        return self.store.seen_update(update_id)

    def mark_update(self, update_id: int) -> None:
        """Record an update as handled; recording it twice is harmless."""
        self.store.mark_update(update_id)

    def staff_step(self, uid: str) -> str | None:
        """The desk's step when this user's next text is a caseworker's reply, note or reason
        for declining (the desk handles it); None when the dialogue handles it."""
        return staff_step_of(self.store.load_state(uid))

    # --- privacy helpers the Telegram adapter calls (ids and schedules, never texts) -------
    def group_took(self, chat_id: int) -> str | None:
        """A reply went into this group: if it is an inbox marked lost, the bot may post there
        again, and it is back (bot/referrals/inboxes.py `back`). A group that let only its
        admins post (a 400, bot/outbox/errors.py NoRights) and lets everyone post again sends
        no my_chat_member: a reply there (to /cases, say) is how the bot learns it. Read
        first, so the usual case writes nothing. Its organisation, when it was lost."""
        with self.store.sessions.begin() as session:
            if not inboxes.lost_here(session, chat_id):
                return None
            org = inboxes.back(session, self.kit, chat_id)
        if org is not None:
            self.on_outbox()
        return org

    def record_sent(self, chat_id: int, message_ids: list[int], known_only: bool = False) -> None:
        """`known_only`: only for a chat the bot still knows (a profile or active staff), so
        the farewell after /delete_my_data does not leave the chat id behind."""
        with self.store.sessions.begin() as session:
            if known_only and not retention.known_chat(session, chat_id):
                return
            retention.record_sent(session, chat_id, message_ids)

    def clear_plan(self, chat_id: int) -> retention.ClearPlan:
        """What /clear may delete, and how many recorded messages are already too old."""
        with self.store.sessions.begin() as session:
            return retention.clear_plan(session, chat_id, utcnow())

    def purge(self, case_days: int, profile_days: int) -> retention.Purged:
        with self.store.sessions.begin() as session:
            kept = self.keep_unanswered_days
            done = retention.purge(session, self.kit, utcnow(), case_days, profile_days, kept)
        if done.cases_closed:  # their cards and the holders' notes are in the outbox
            self.on_outbox()
        return done

    def _note(self, uid: str, message: str) -> str:
        state = self.store.load_state(uid)
        text = translator(self.locales_dir, state.language).gettext(message)
        return encode_for(state, (Reply(text),))[0].text

    def apology(self, uid: str) -> str:
        try:
            return self._note(
                uid, "Sorry, something went wrong on my side. Please try again, or use /menu."
            )
        except Exception:  # the database may be what failed: English, then
            return "Sorry, something went wrong on my side. Please try again, or use /menu."

    def command_menus(self) -> dict[str | None, tuple[tuple[str, str], ...]]:
        """Telegram's command menu per language (None: the default, English, for anyone
        whose app is in another language)."""
        menus: dict[str | None, tuple[tuple[str, str], ...]] = {
            language: self.command_menu(language) for language in LANGUAGES
        }
        return {None: menus["en"], **menus}

    def command_menu(self, language: str) -> tuple[tuple[str, str], ...]:
        """The people's command menu in `language` (one person's own: Answer.menu)."""
        return command_menu(translator(self.locales_dir, language))

    def flood_note(self, uid: str) -> str:
        return self._note(
            uid, "You are sending many messages. Please wait a minute, then write again."
        )

    def forget_draft(self, uid: str) -> bool:
        """/clear: the person's words waiting in their state (an unsent request, words for
        "Send this to <org>?") go too (my_data.without_draft, round 22C); whether any did."""
        with self.store.sessions.begin() as session:
            state = self.store.state_of(session.get(User, uid))
            cleared = without_draft(state)
            if cleared is None:
                return False
            self.store.write_state(session, uid, cleared)
            return True

    def cleared_note(
        self,
        uid: str,
        refused: int = 0,
        found: bool = True,
        reader: str = "",
        draft: bool = False,
    ) -> str:
        """After /clear; honest when Telegram refused some (older than 48 hours), and when
        there was nothing to delete (`found` False: e.g. after /delete_my_data, which deleted
        them already). Then how to remove the chat itself from the list, which a bot cannot.
        In the person's language; with none known (after /delete_my_data the language went
        with the profile, and nothing may be kept to remember it) in the language and script
        the farewell's /clear button carries (`reader`, my_data.clear_button), else (a typed
        /clear has no words to read them from) in the three, as the first greeting. `draft`:
        an unsent request's words were deleted too (forget_draft), and said."""
        state = self.store.load_state(uid)
        if state.language is None:
            state = reader_of(reader)
        languages = (state.language,) if state.language else LANGUAGES
        notes = (self._cleared(language, refused, found, draft) for language in languages)
        return encode_for(state, (Reply("\n\n".join(notes)),))[0].text

    def _cleared(self, language: str | None, refused: int, found: bool, draft: bool) -> str:
        tr = translator(self.locales_dir, language)
        _ = tr.gettext
        if not found:
            text = _(
                "There were no messages of ours I could delete. To delete a message yourself: "
                "press and hold it, then Delete."
            )
        elif not refused:
            text = _("Done. I deleted our messages from the last 48 hours that I could.")
        else:
            text = _(
                "I deleted our recent messages, but Telegram did not let me delete {count} "
                "older ones. Please delete them yourself: press and hold a message, then Delete."
            ).format(count=tr.number(refused))
        if draft:
            text += "\n" + _("I also deleted your request that was not sent, with your words.")
        chat = _("To remove this chat from your list: press and hold it, then Delete.")
        return f"{text}\n{chat}"

    def _keep_words(self, session: Session, uid: str, event: Event, outcome: Outcome) -> None:
        """The words of a question the bot could not answer, only when the setting keeps
        them (before the effects: /delete_my_data's erasure must find them)."""
        tally = outcome.tally
        if tally is None or not self.keep_unanswered_days or tally.asked not in UNANSWERED:
            return
        if isinstance(event, Text):
            counts.keep_words(
                session, self.store.box, uid, utcnow(), outcome.state, tally, event.text
            )

    @staticmethod
    def _count(session: Session, outcome: Outcome) -> None:
        """The anonymous count of this question, in the reply's transaction (a reply that
        fails to commit is not counted), as its last write: a count is a row every handler
        of the same day, language and topic updates, locked until the commit, so on
        PostgreSQL taking it early made concurrent handlers (and instances) wait for each
        other's whole transaction (a half-size two-instance run: 558 lock waits over 5 ms,
        45 with the count last)."""
        if outcome.tally is not None:
            counts.count(session, utcnow().date(), outcome.state, outcome.tally)

    def _apply(
        self, session: Session, uid: str, effects: Sequence[Effect], wiped: list[int]
    ) -> bool:
        """Apply the effects; `wiped` gets the message ids an erasure forgot (Answer.wiped)."""
        for effect in effects:
            if isinstance(effect, OpenCase):
                cases.open_case(session, self.kit, uid, effect)
            elif isinstance(effect, WithdrawCase):
                cases.withdraw(session, self.kit, uid, effect.ref)
            elif isinstance(effect, RelayToStaff):
                danger = effect.urgent or triage.danger_in(effect.text, self.catalogs.get())
                if not cases.relay_to_staff(
                    session, self.kit, uid, effect.ref, effect.text, danger, effect.message_ids
                ):  # not open: closed within the window, its organisation is told
                    reopening.wrote_again(
                        session, self.kit, uid, effect.ref, effect.text, effect.message_ids, danger
                    )
            elif isinstance(effect, DeleteMyData):
                wiped.extend(retention.erase_user(session, self.kit, uid))
                _end_alerts(session, uid)
            elif isinstance(effect, Subscribe):
                subscriptions.save(session, uid, effect.subscription)
            elif isinstance(effect, Unsubscribe):
                _end_alerts(session, uid)
        return bool(effects)


def _menu_follows(before: UserState, now: UserState) -> str | None:
    """The language the person's own command menu takes: the one they chose or switched to
    in this event (a button, /language, the switch offer, or the language they write in).
    Telegram shows the "/" menu in the app's language otherwise, and there is no Burmese or
    Khmer Telegram app."""
    changed = now.language != before.language and now.language in LANGUAGES
    return now.language if changed else None


class _StepWaits(Exception):
    """A caseworker's step waits for their text: `answer` says so (Answer.step_waits)."""


def _end_alerts(session: Session, uid: str) -> None:
    """/stop or erasure: the subscription ends, and alerts queued for them are not sent."""
    subscriptions.end(session, uid)
    chat_id = subscriptions.chat_of(uid)
    if chat_id is not None:
        cancel_waiting(session, chat_id, alert_keys_like(), UNSUBSCRIBED)
