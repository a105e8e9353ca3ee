"""The steps of a case, played by a migrant and a caseworker, each checked as it happens.

A migrant is tests/e2e's `Person` (every step before the form is checked against the pure
engine); from "Talk to a person" on, replies depend on the database (which organisations
have an inbox, the new case's reference), so the steps here check them by content instead.
Every text a person types is kept in `typed`, for the log scan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.e2e.driver import Oracle, Person
from tests.e2e_referrals.world import (
    REPLY_TIMEOUT_S,
    SENT_CONFIRMATION,
    admin_invite,
    org_name,
    staff_tr,
    until,
)
from tests.fakes import BotMessage, FakeTelegram

ORG_NAMES = {
    "FED": "Foundation for Education and Development (FED)",
    "FAR": "Foundation for AIDS Rights (FAR)",
    "CWCC": "Cambodian Women's Crisis Center (CWCC)",
}
# The inbox group's card: who may read the case opens it (need to know, issue 10).
STAFF_BUTTONS = ["Open", "Accept", "Decline"]
# The same card once someone holds the case: the holder's tools (issue 14).
HELD_BUTTONS = ["Open", "Reply", "Note", "History", "Hand over", "Release", "Close"]
# The case in full, in the private chat of the caseworker who accepted it.
DETAIL_BUTTONS = ["Reply", "Note", "History", "Hand over", "Release", "Close"]
OUTCOMES = ["Resolved", "Referred elsewhere", "Could not reach them", "Other"]


async def next_in(
    tg: FakeTelegram, chat_id: int, n: int = 1, timeout: float = REPLY_TIMEOUT_S
) -> list[BotMessage]:
    return await tg.wait_for_messages(chat_id, n, timeout)


@dataclass
class Org:
    """A partner organisation connected to the bot: an inbox group and one caseworker."""

    id: str
    inbox: int
    caseworker: int
    registered: BotMessage  # the bot's "now the case inbox" message in the group


async def connect_org(
    tg: FakeTelegram, env: dict[str, str], org_id: str, inbox: int, caseworker: int
) -> Org:
    """An operator makes two codes; a caseworker joins in private and registers the group."""
    tg.user(caseworker, first_name=f"Worker of {org_id}")
    tg.user_sends_command(caseworker, "join", admin_invite(env, org_id))
    [welcome] = await next_in(tg, caseworker)
    _ = staff_tr(env, org_id).gettext  # English, or Thai for FAR
    assert welcome.text == _(
        "Welcome. You are now {role} for {org}. Cases arrive in your organisation's inbox group."
    ).format(role=_("caseworker"), org=org_name(env, org_id))
    code = admin_invite(env, org_id, inbox=True)
    tg.group_message(inbox, caseworker, f"/register {code}", title=f"{org_id} cases")
    [registered] = await next_in(tg, inbox)
    named = org_name(env, org_id)
    assert registered.text == _("This group is now the case inbox of {org}.").format(org=named)
    return Org(org_id, inbox, caseworker, registered)


class Migrant(Person):
    """A migrant with a name and a username the bot must never pass on to staff."""

    def __init__(
        self, tg: FakeTelegram, oracle: Oracle, user_id: int, first_name: str, username: str
    ) -> None:
        super().__init__(tg, oracle, user_id)
        tg.user(user_id, first_name=first_name)["username"] = username
        self.first_name = first_name
        self.username = username
        self.typed: list[str] = []

    async def tap(self, data: str, message: BotMessage | None = None, n: int = 1) -> BotMessage:
        """Press a button; returns the last of the `n` replies."""
        self.tg.user_presses(self.user_id, message or self.keyboard(), data)
        self.last = await next_in(self.tg, self.user_id, n)
        return self.last[-1]

    async def write(self, text: str, n: int = 1) -> BotMessage:
        self.typed.append(text)
        self.tg.user_sends_text(self.user_id, text)
        self.last = await next_in(self.tg, self.user_id, n)
        return self.last[-1]

    async def ask(self, question: str) -> list[BotMessage]:
        """Free text, read by the NLU, answered as the engine says."""
        self.typed.append(question)
        return await self.says(question)

    async def fill_form(self, topic: str | None, words: str, place: str | None) -> BotMessage:
        """From "Talk to a person" (an answer's, with its topic, or the menu's) to the
        summary; returns the summary. No place: the Skip button."""
        if topic is None:
            await self.tap("person")
        else:
            offer = await self.tap(f"person:{topic}")
            assert offer.data[0] == f"ref:topic:{topic}", "the topic comes preselected"
            await self.tap(f"ref:topic:{topic}")
        place_question = await self.write(words)
        assert "ref:skip:place" in place_question.data, "where they are is optional"
        if place is None:
            await self.tap("ref:skip:place")
        else:
            await self.write(place)
        await self.tap("ref:contact:bot")
        return await self.tap("ref:urgent:no")

    async def send(self) -> str:
        """Send on the summary; returns the case reference the bot gave."""
        confirmation = await self.tap("ref:send")
        found = SENT_CONFIRMATION.search(confirmation.text or "")
        assert found, f"no case reference in {confirmation}"
        return found.group(1)


@dataclass
class Desk:
    """A caseworker's hands: buttons in the inbox and in their private chat, and typing."""

    tg: FakeTelegram
    org: Org
    typed: list[str] = field(default_factory=list)
    # reference -> the case in full, in this caseworker's private chat (after Accept or Open)
    details: dict[str, BotMessage] = field(default_factory=dict)

    @property
    def me(self) -> int:
        return self.org.caseworker

    @property
    def name(self) -> str:
        """Their Telegram first name, as colleagues see it on cards."""
        return str(self.tg.user(self.me)["first_name"])

    async def press(self, message: BotMessage, label: str, chat_id: int) -> BotMessage:
        """Press a button; returns the bot's direct answer in `chat_id`."""
        query = self.tg.user_presses(self.me, message, label)
        [said] = await next_in(self.tg, chat_id)
        # Answered right after the bot's message: the client's spinner stops.
        await until(lambda: self.tg.callback_answer(query), REPLY_TIMEOUT_S, "answerCallbackQuery")
        return said

    async def write(self, text: str) -> BotMessage:
        self.typed.append(text)
        self.tg.user_sends_text(self.me, text)
        [said] = await next_in(self.tg, self.me)
        return said


async def new_case(
    migrant: Migrant, org: Org, words: str, place: str | None = None, topic: str | None = None
) -> str:
    """Fill the form, check the summary, press Send; returns the reference."""
    summary = await migrant.fill_form(topic, words, place)
    text = summary.text or ""
    assert text.startswith(f"This is exactly what will be sent to {ORG_NAMES[org.id]}:")
    assert f"Your words: {words}" in text, "the summary echoes their own words"
    assert f"Where: {place or '(not given)'}" in text
    assert "not connected" not in text, "the organisation has an inbox"
    assert (summary.data[0] or "").startswith("ref:send:"), "Send carries the case's reference"
    assert summary.labels[:3] == ["Send", "Change", "Cancel"]
    return await migrant.send()


async def card_arrives(tg: FakeTelegram, org: Org, ref: str) -> BotMessage:
    [card] = await next_in(tg, org.inbox)
    assert (card.text or "").startswith(f"New case {ref}\n"), card
    assert card.labels == STAFF_BUTTONS
    return card


async def accept(desk: Desk, card: BotMessage, migrant: Migrant, ref: str) -> BotMessage:
    said = await desk.press(card, "Accept", desk.org.inbox)
    assert said.text == f"Case {ref} accepted by {desk.name}."
    [details] = await next_in(desk.tg, desk.me)  # who holds the case reads it, in private
    assert (details.text or "").startswith(f"Case {ref}\n") and details.labels == DETAIL_BUTTONS
    desk.details[ref] = details
    [update] = await next_in(migrant.tg, migrant.user_id)
    assert update.text == (
        f"{ORG_NAMES[desk.org.id]} accepted your case {ref}. A caseworker will write to you here."
    )
    assert update.data == [f"ans:{ref}"]
    return update


async def reply(desk: Desk, card: BotMessage, migrant: Migrant, ref: str, words: str) -> BotMessage:
    """Reply: a prompt in private, the caseworker writes, sees it back and presses Send; the
    migrant gets it with Answer."""
    card = desk.details.get(ref, card)  # Reply, Note and Close are on the private card
    prompt = await desk.press(card, "Reply", desk.me)
    assert (prompt.text or "").startswith(f"Write your reply to case {ref}.")
    shown = await desk.write(words)
    head, body = (shown.text or "").split("\n\n", 1)  # the case by its topic and language too
    assert head.startswith(f"This goes to the person in case {ref} · ") and body == words
    assert shown.labels == ["Send", "Edit", "Cancel"]
    done = await desk.press(shown, "Send", desk.me)
    assert done.text == f"Sent to the person in case {ref}."
    [relayed] = await next_in(migrant.tg, migrant.user_id)
    head = f"Message from {ORG_NAMES[desk.org.id]} about your case {ref}:"
    assert relayed.text == f"{head}\n\n{words}"
    assert relayed.data == [f"ans:{ref}"]
    return relayed


async def note(desk: Desk, card: BotMessage, ref: str, words: str) -> None:
    card = desk.details.get(ref, card)  # Reply, Note and Close are on the private card
    prompt = await desk.press(card, "Note", desk.me)
    assert (prompt.text or "").startswith(f"Write an internal note for case {ref}.")
    done = await desk.write(words)
    assert done.text == f"Note saved on case {ref}."


async def answer(desk: Desk, relayed: BotMessage, migrant: Migrant, ref: str, words: str) -> None:
    """The migrant answers a caseworker's message; it reaches that caseworker in private."""
    ask = await migrant.tap(f"ans:{ref}", relayed)
    assert ask.text == f"Write your answer to the caseworker (case {ref})."
    sent = await migrant.write(words)
    assert sent.text == "Sent to the caseworker."
    [got] = await next_in(desk.tg, desk.me)
    assert got.text == f"Message from the person in case {ref}:\n\n{words}"
    assert got.labels == ["Reply"]


async def close(
    desk: Desk,
    card: BotMessage,
    migrant: Migrant,
    ref: str,
    outcome: str = "Resolved",
    unanswered: bool = False,
) -> BotMessage:
    """Close asks for the outcome in private; returns that question (its buttons are signed).
    `unanswered`: the person's latest message has no answer yet, which the question says
    first (session 19)."""
    card = desk.details.get(ref, card)  # Reply, Note and Close are on the private card
    question = await desk.press(card, "Close", desk.me)
    assert question.text == f"How did case {ref} end?"
    assert question.labels == OUTCOMES
    confirm = await desk.press(question, outcome, desk.me)
    waiting = "The person's latest message has no answer yet.\n" if unanswered else ""
    assert confirm.text == (
        f"{waiting}Close case {ref} as: {outcome}?\n"
        "The person will be told that their case is closed."
    )
    assert confirm.labels == ["Yes, close", "Back"]
    assert migrant.tg.unread(migrant.user_id) == [], "nothing reaches the person before Yes"
    said = await desk.press(confirm, "Yes, close", desk.me)
    assert said.text == f"Case {ref} closed."
    [update] = await next_in(migrant.tg, migrant.user_id)
    org = ORG_NAMES[desk.org.id]
    # What the outcome means for them, where it changes what they do (exploratory test 9).
    means = {
        "Referred elsewhere": ": they referred you to another organisation or office that can "
        "help. If you do not know which one, ask for help again any time.",
        "Could not reach them": ": they could not reach you. If you still need help, ask for "
        "help again any time.",
    }
    said_then = means.get(outcome, ". You can ask for help again any time.")
    assert update.text == f"{org} closed your case {ref}{said_then}"
    return question


async def status_in_my_cases(migrant: Migrant, ref: str) -> str:
    migrant.tg.user_sends_command(migrant.user_id, "mycases")
    [listing] = await next_in(migrant.tg, migrant.user_id)
    [line] = [line for line in (listing.text or "").splitlines() if line.startswith(ref)]
    assert f"wd:{ref}" not in listing.data or "closed" not in line
    return line


# Hostile presses of this test run (replays, forgeries, other organisations' staff): printed
# at the end of the run by conftest.py, with crashes and errors the bot logged.
HOSTILE: Counter[str] = Counter()


async def refused_by_alert(
    tg: FakeTelegram,
    presser: int,
    where: BotMessage,
    data: str,
    expected: str | Callable[[str], bool],
) -> None:
    """A press answered with an alert to the presser alone: no chat gets a message.
    `expected`: the alert's text, or a test of it."""
    HOSTILE["attempts"] += 1
    watched = [where.chat_id, presser]
    before = {chat: len(tg.messages_to(chat)) for chat in watched}
    query = tg.user_sends_callback(presser, where, data)
    answer = await until(lambda: tg.callback_answer(query), REPLY_TIMEOUT_S, "the press answered")
    assert answer.get("show_alert") in (True, "true"), (data, answer)
    text = str(answer.get("text"))
    assert expected(text) if callable(expected) else text == expected, (data, text)
    assert tg.wait_idle(REPLY_TIMEOUT_S)
    assert {chat: len(tg.messages_to(chat)) for chat in watched} == before, "a refusal was posted"
    HOSTILE["refused by an alert"] += 1
