"""A harness that plays migrants and caseworkers through the service and the desk."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from bot.content import CatalogHolder
from bot.desk import Desk, Said
from bot.dialogue.events import ButtonPress, Command, Event
from bot.outbox.sender import OutboxSender, SendFn
from bot.referrals import staff
from bot.referrals.unreachable import on_undelivered
from bot.service import BotService
from bot.storage import Store
from bot.storage.crypto import CryptoBox
from bot.storage.models import Case, Outbox, User, utcnow
from bot.values import Reply, UserState

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "content"
ORG_CHAT = {"ALPHA": -1001, "BETA": -1002, "GAMMA": -1003, "DELTA": -1004}


def by_day_in_asia() -> dt.datetime:
    """Now's date at 03:00 UTC (10:00 in Bangkok, 09:30 in Yangon, 12:00 in Seoul): for a
    test that reads a reply's preview but is not about the hour, whose words would otherwise
    carry round 29A's "It is 22:33 at night where the person is" when the suite runs in an
    Asian night (a CI run at 15:30 UTC failed on it)."""
    return utcnow().replace(hour=3, minute=0, second=0, microsecond=0)


@dataclass
class Harness:
    engine: Engine
    store: Store
    service: BotService
    desk: Desk

    @classmethod
    def build(cls, engine: Engine, box: CryptoBox) -> Harness:
        store = Store(engine, box)
        service = BotService(store, CatalogHolder(FIXTURE_CONTENT), None, ROOT / "locales")
        return cls(engine, store, service, Desk(store, service.kit))

    # --- the migrant ------------------------------------------------------------------------
    def send(self, uid: str, event: Event) -> tuple[Reply, ...]:
        return asyncio.run(self.service.handle(uid, event))

    def press(self, uid: str, data: str) -> tuple[Reply, ...]:
        return self.send(uid, ButtonPress(data))

    def command(self, uid: str, name: str) -> tuple[Reply, ...]:
        return self.send(uid, Command(name))

    def say(self, uid: str, text: str) -> tuple[Reply, ...]:
        return asyncio.run(self.service.handle_text(uid, text))

    def profile(self, uid: str, origin: str, country: str) -> None:
        self.press(uid, "lang:en")
        self.press(uid, f"origin:{origin}")
        self.press(uid, f"country:{country}")

    def fill_form(
        self, uid: str, topic: str, words: str, send: bool = True, urgent: str = "no"
    ) -> tuple[Reply, ...]:
        self.press(uid, f"person:{topic}")
        self.press(uid, f"ref:topic:{topic}")
        self.say(uid, words)
        self.press(uid, "ref:skip:place")
        self.press(uid, "ref:contact:bot")
        replies = self.press(uid, f"ref:urgent:{urgent}")
        if not send:
            return replies
        return self.press_send(uid, replies[-1])

    def to_summary(self, uid: str, words: str) -> Reply:
        """From the form's "Tell me what happened": `words`, no place, contact through the bot,
        not urgent if asked (danger words skip the question); the summary before Send."""
        self.say(uid, words)
        self.press(uid, "ref:skip:place")
        summary = self.press(uid, "ref:contact:bot")[-1]
        if any(b.data.startswith("ref:urgent:") for row in summary.buttons for b in row):
            summary = self.press(uid, "ref:urgent:no")[-1]
        return summary

    def press_send(self, uid: str, summary: Reply) -> tuple[Reply, ...]:
        """The Send under the form's `summary`, pressed: the case goes."""
        [send] = [b.data for row in summary.buttons for b in row if b.data.startswith("ref:send:")]
        return self.press(uid, send)

    def accepted_case(
        self, uid: str, worker: int, org: str = "ALPHA", words: str = "help"
    ) -> tuple[int, Any]:
        """A person from Cambodia in Thailand sends a case about unpaid wages to `org`'s
        connected inbox, and the caseworker with Telegram id `worker` accepts it: (the
        caseworker's id, the case)."""
        self.connect_inbox(org)
        staff = self.join(org, worker)
        self.profile(uid, "KH", "TH")
        self.fill_form(uid, "unpaid_wages", words)
        case = self.only(Case)
        self.staff_press(staff, ORG_CHAT[org], "acc", case.id)
        return staff, case

    def state(self, uid: str) -> UserState:
        return self.store.load_state(uid)

    def sent_case(self, uid: str) -> Case:
        """ALPHA's inbox connected, and `uid` (from Cambodia, in Thailand) sends it the one
        case of the database: unpaid wages, "my boss owes me"."""
        self.connect_inbox("ALPHA")
        self.profile(uid, "KH", "TH")
        self.fill_form(uid, "unpaid_wages", "my boss owes me")
        case: Case = self.only(Case)
        return case

    # --- the organisation -------------------------------------------------------------------
    def invite(self, org: str, purpose: str) -> str:
        with self.store.sessions.begin() as session:
            return staff.create_invite(
                session, org, purpose, "caseworker" if purpose == "staff" else None
            )

    def connect_inbox(self, org: str) -> None:
        said = self.desk.register(ORG_CHAT[org], self.invite(org, "inbox"))
        assert self.org_name(org) in said[0].text

    def join(self, org: str, tg_user_id: int) -> int:
        said = self.desk.join(tg_user_id, self.invite(org, "staff"))
        assert self.org_name(org) in said[0].text  # "Welcome ..." in the organisation's language
        return tg_user_id

    def org_name(self, org: str) -> str:
        """The organisation's name in its staff language, as the bot names it to them."""
        kit = self.service.kit
        return kit.routing.partner_name(org, kit.cards.staff_translator(org).language)

    def sent_phone_case(self, uid: str, words: str = "my boss owes me") -> Case:
        """`sent_case`, with a phone number to call ("Reached them" is offered on it)."""
        self.connect_inbox("ALPHA")
        self.press_send(uid, self.phone_summary(uid, words))
        case: Case = self.only(Case)
        return case

    def phone_summary(
        self,
        uid: str,
        words: str = "my boss owes me",
        phone: str = "0812345678",
        urgent: str = "no",
    ) -> Reply:
        """`uid`, from Cambodia, in Thailand, fills in the form about unpaid wages with a
        phone number to call: its summary, not sent yet."""
        return self.contact_summary(uid, "phone", phone, words, urgent)

    def contact_summary(
        self, uid: str, way: str, contact: str, words: str = "my boss owes me", urgent: str = "no"
    ) -> Reply:
        """`phone_summary` with a `way` to be reached ("phone", "telegram"), `contact` typed."""
        self.profile(uid, "KH", "TH")
        self.press(uid, "person:unpaid_wages")
        self.press(uid, "ref:topic:unpaid_wages")
        self.say(uid, words)
        self.press(uid, "ref:skip:place")
        self.press(uid, f"ref:contact:{way}")
        self.say(uid, contact)
        return self.press(uid, f"ref:urgent:{urgent}")[-1]

    def accepted_telegram_case(self, uid: str, worker: int, username: str) -> Case:
        """ALPHA's case from `uid` (Cambodia, Thailand), to be reached on Telegram as
        `username`, accepted by the caseworker `worker`, who joined ALPHA before it came."""
        self.connect_inbox("ALPHA")
        self.join("ALPHA", worker)
        self.press_send(uid, self.contact_summary(uid, "telegram", username))
        case: Case = self.only(Case)
        self.staff_press(worker, ORG_CHAT["ALPHA"], "acc", case.id)
        return case

    def minimal_case(self, uid: str) -> Case:
        """`uid` sends a case with no words, no place, contact through the bot: every
        encrypted column is NULL."""
        self.press(uid, "person")
        self.press(uid, "ref:skip:description")
        self.press(uid, "ref:skip:place")
        self.press(uid, "ref:contact:bot")
        self.press_send(uid, self.press(uid, "ref:urgent:no")[-1])
        case: Case = self.only(Case)
        assert case.description_enc is None and case.place_enc is None and case.contact_enc is None
        return case

    def thai_held_case(self, uid: str, worker: int) -> Case:
        """`uid` (from Cambodia, in Thailand) sends a case, moved to DELTA (a Thai-speaking
        partner no route leads to) and accepted there by `worker`."""
        self.connect_inbox("ALPHA")
        self.connect_inbox("DELTA")
        self.join("DELTA", worker)
        self.profile(uid, "KH", "TH")
        self.fill_form(uid, "unpaid_wages", "help")
        with self.store.sessions.begin() as session:
            [moved] = session.scalars(select(Case)).all()
            moved.org_id = "DELTA"  # (no route leads to DELTA)
        case: Case = self.only(Case)
        self.staff_press(worker, ORG_CHAT["DELTA"], "acc", case.id)
        return case

    def join_named(self, org: str, tg_user_id: int, name: str, role: str = "caseworker") -> int:
        """`join`, with the name the caseworker gives (shown to colleagues) and a role."""
        with self.store.sessions.begin() as session:
            code = staff.create_invite(session, org, "staff", role)
        self.desk.join(tg_user_id, code, name)
        return tg_user_id

    def staff_press(self, tg_user_id: int, chat_id: int, action: str, case_id: int) -> list[Said]:
        button = self.service.kit.buttons.button("x", action, case_id)
        return self.desk.button(tg_user_id, chat_id, button.data)

    def close(
        self, tg_user_id: int, chat_id: int, case_id: int, outcome: str = "cres"
    ) -> list[Said]:
        """The caseworker picks the outcome ("cres" Resolved, "cref", "cnoc", "coth") and
        confirms it with "Yes, close": what the confirmation says back."""
        [question] = self.staff_press(tg_user_id, chat_id, outcome, case_id)
        yes = [b.data for row in question.buttons for b in row if b.data.startswith("cs:cyes:")]
        assert yes, f"no confirmation under {question.text!r}"
        return self.desk.button(tg_user_id, chat_id, yes[0])

    def staff_text(
        self, tg_user_id: int, words: str, update_id: int | None = None, send: bool = True
    ) -> list[Said]:
        """The caseworker types `words` for their pending Reply, Note or Decline. A reply
        comes back as a preview (Send, Edit, Cancel): with `send` its Send is pressed, and
        what that press says is returned; without, the preview."""
        with self.store.sessions() as session:
            user = session.get(User, f"tg:{tg_user_id}")
            step = user.step if user else None
        assert step, "no staff action is waiting for text"
        said = self.desk.text(tg_user_id, step, words, update_id)
        send_data = preview_button(said, "snd")
        if send and send_data is not None:
            return self.desk.button(tg_user_id, tg_user_id, send_data)
        return said

    # --- reading back -----------------------------------------------------------------------
    def all(self, model: type[Any]) -> list[Any]:
        with self.store.sessions() as session:
            return list(
                session.scalars(
                    select(model).order_by(model.id if hasattr(model, "id") else None)
                ).all()
            )

    def only(self, model: type[Any]) -> Any:
        rows = self.all(model)
        assert len(rows) == 1, rows
        return rows[0]

    def count(self, model: type[Any]) -> int:
        return len(self.all(model))

    def texts_to(self, chat_id: int) -> list[str]:
        return [payload["text"] for payload in self.outbox_to(chat_id)]

    def outbox_to(self, chat_id: int) -> list[dict[str, Any]]:
        rows = [row for row in self.all(Outbox) if row.chat_id == chat_id]
        payloads = [json.loads(self.store.box.decrypt(row.payload_enc) or "{}") for row in rows]
        for payload in payloads:  # [label, data] pairs, as the outbox stores them
            payload["buttons"] = [
                [{"label": label, "data": data} for label, data in row]
                for row in payload["buttons"]
            ]
        return payloads


def preview_button(said: list[Said], action: str) -> str | None:
    """The data of a reply preview's button ("snd" Send, "edt" Edit, "ccl" Cancel), or None
    when `said` holds no preview."""
    for item in said:
        for row in item.buttons:
            for button in row:
                if button.data.startswith(f"cs:{action}:") and "snd" in str(item.buttons):
                    return button.data
    return None


def sender_for(harness: Harness, send: SendFn) -> OutboxSender:
    """The bot's sender as bot/runtime.py builds it, with no waits between attempts."""
    return OutboxSender(
        harness.store.sessions,
        harness.store.box,
        send,
        per_chat_interval_s=0.0,
        global_per_s=1000.0,
        base_backoff_s=0.0,
        wall=lambda: utcnow() + dt.timedelta(minutes=5),
        rng=random.Random(1),
        undelivered=on_undelivered(harness.service.kit),
    )


def drain(sender: OutboxSender) -> None:
    """Every row tried until none is due (a 403 three times: failed for good)."""

    async def run() -> None:
        for _ in range(50):
            await sender.drain_once()
            if not await asyncio.to_thread(sender._rows.fetch_due):
                return
        raise AssertionError("the outbox never emptied")

    asyncio.run(run())


def lost_note() -> str:
    """What ALPHA's admins are told when the bot can no longer post in its inbox group."""
    return (
        "I cannot post in the case inbox group of Alpha Aid (fixture): I was removed from it, "
        "or I may not write there. Until I can, new cases do not go to Alpha Aid (fixture): "
        "they wait, or go to another organisation the person chose. Add me to the group again "
        "and let me write there, or register another group with a new inbox code. When I may "
        "write there again, send /cases in the group."
    )


def back_note() -> str:
    """What ALPHA's admins are told when the bot can post in its inbox group again."""
    return (
        "I can post in the case inbox group of Alpha Aid (fixture) again. New cases arrive "
        "there again, and its open cases are posted there."
    )
