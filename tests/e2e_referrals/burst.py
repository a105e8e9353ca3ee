"""The fault-burst scenario (issue 5), run once by test_fault_burst.py.

200 migrants fill the referral form to its summary with no faults; then the fake Telegram
fails 30% of sends (500, or 429 with retry_after=1) and all 200 press Send at once; the bot
is SIGKILLed when half the cases are stored, and restarted. Caseworkers then reply to cases
under the same faults, with another SIGKILL. What each step saw is kept in a `Crowd`.
"""

from __future__ import annotations

import re
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.e2e_referrals.crowd import PROFILES, barrier, latest_with, org_for, progress, wave
from tests.e2e_referrals.world import SENT_CONFIRMATION, Db, invite_codes, until
from tests.fakes import BotMessage, FakeTelegram, FaultPlan
from tests.fakes.bot_process import BotProcess

MIGRANTS = 200
CASEWORKERS_PER_ORG = 2  # phase 2: each replies to one case of their organisation
SEED = 11
FIRST_MIGRANT = 8_000_000
SENTINEL = 8_999_999
FIRST_CASEWORKER = 7_900_000
FIRST_INBOX = -100_900_000
STALE = "That button is old or not valid any more."
FAILED_ROWS = "SELECT count(*) FROM outbox WHERE status = 'failed'"
WAVE_S = 60.0
BARRIER_S = 120.0
# A row's backoff grows to 300 s (bot/outbox/sender.py) and, with 429s counted as attempts, a row
# can get there under these faults: the drain may have to wait that long.
DRAIN_S = 330.0


@dataclass
class Kill:
    """What a SIGKILL caught: outbox rows claimed ('sending') and so possibly sent already."""

    in_flight: list[tuple[int, str, int]]  # row id, idem key, chat id
    done_before: int  # cases (or stored replies) committed when it struck

    def refs(self) -> set[str]:
        return {key.split(":")[1] for _, key, _ in self.in_flight if key.startswith("case:")}


@dataclass
class Crowd:
    partner_ids: list[str]
    inboxes: dict[str, int] = field(default_factory=dict)
    caseworkers: dict[str, list[int]] = field(default_factory=dict)
    org_of: dict[int, str] = field(default_factory=dict)  # migrant -> the routed partner
    confirmed: dict[int, str] = field(default_factory=dict)  # migrant -> the ref they saw
    confirmed_first: int = 0
    pressed_again: list[int] = field(default_factory=list)
    told_stale: list[int] = field(default_factory=list)
    replies: dict[str, tuple[int, str]] = field(default_factory=dict)  # ref -> migrant, words
    apologies_to_staff: int = 0
    kills: list[Kill] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def kill_and_restart(bot: BotProcess, db: Db, done_before: int) -> Kill:
    bot.kill()
    claimed = db.rows("SELECT id, idem_key, chat_id FROM outbox WHERE status = 'sending'")
    progress(f"killed after {done_before} committed; in flight: {claimed}")
    bot.start()
    return Kill([(int(i), str(k), int(c)) for i, k, c in claimed], done_before)


async def settle(tg: FakeTelegram, db: Db) -> None:
    """Every update handled, then every outbox row delivered (or given up)."""
    await barrier(tg, SENTINEL, BARRIER_S)
    progress("every update handled")
    await until(lambda: db.outbox_unsent() == 0, DRAIN_S, "the outbox drains", every=0.2)
    progress("the outbox drained")


async def connect(tg: FakeTelegram, db: Db, crowd: Crowd) -> None:
    ids = crowd.partner_ids
    wanted = [(org, "inbox") for org in ids]
    wanted += [(org, "staff") for org in ids for _ in range(CASEWORKERS_PER_ORG)]
    codes = iter(invite_codes(f"sqlite:///{db.path}", wanted))
    register = {FIRST_INBOX - n: next(codes) for n in range(len(ids))}
    join = {FIRST_CASEWORKER + n: next(codes) for n in range(len(ids) * CASEWORKERS_PER_ORG)}
    crowd.inboxes = {org: FIRST_INBOX - n for n, org in enumerate(ids)}
    crowd.caseworkers = {
        org: [FIRST_CASEWORKER + n * CASEWORKERS_PER_ORG + k for k in range(CASEWORKERS_PER_ORG)]
        for n, org in enumerate(ids)
    }
    await wave(tg, join, lambda cw: tg.user_sends_command(cw, "join", join[cw]), 1, WAVE_S, "join")
    first = {crowd.inboxes[org]: workers[0] for org, workers in crowd.caseworkers.items()}
    await wave(
        tg,
        register,
        lambda chat: tg.group_message(chat, first[chat], f"/register {register[chat]}"),
        1,
        WAVE_S,
        "register",
    )
    assert db.value("SELECT count(*) FROM inboxes") == len(ids)


@dataclass
class Pressing:
    """A wave's move: each person presses a button (the same data, or their own)."""

    tg: FakeTelegram
    data_of: dict[int, str] | str

    def data_for(self, m: int) -> str:
        return self.data_of if isinstance(self.data_of, str) else self.data_of[m]

    def __call__(self, m: int) -> None:
        data = self.data_for(m)
        self.tg.user_presses(m, latest_with(self.tg, m, data), data)

    def everyone_has_it(self, chats: list[int]) -> Callable[[], bool]:
        return lambda: all(has_button(self.tg, m, self.data_for(m)) for m in chats)


def has_button(tg: FakeTelegram, chat: int, data: str) -> bool:
    try:
        latest_with(tg, chat, data)
    except LookupError:
        return False
    return True


async def fill_forms(tg: FakeTelegram, crowd: Crowd, migrants: list[int]) -> None:
    """Onboarding and the form up to its summary, for everyone, with no faults yet."""
    profile = {m: PROFILES[n % len(PROFILES)] for n, m in enumerate(migrants)}
    crowd.org_of = {m: org_for(n, crowd.partner_ids) for n, m in enumerate(migrants)}

    def press(data_of: dict[int, str] | str) -> Pressing:
        return Pressing(tg, data_of)

    steps: list[tuple[str, Callable[[int], object], int]] = [
        ("/start", lambda m: tg.user_sends_command(m, "start"), 1),
        ("language", press("lang:en"), 1),
        ("origin", press({m: f"origin:{o}" for m, (o, _c) in profile.items()}), 1),
        ("country", press({m: f"country:{c}" for m, (_o, c) in profile.items()}), 2),
        ("talk to a person", press("person"), 1),
        ("description", lambda m: tg.user_sends_text(m, f"Case of worker {m}: no pay"), 1),
        ("place skipped", press("ref:skip:place"), 1),
        ("contact", press("ref:contact:bot"), 1),
        ("urgency", press("ref:urgent:no"), 1),
    ]
    for what, move, replies in steps:
        progress(what)
        if isinstance(move, Pressing):  # its buttons must have come: a count of replies
            # alone is fooled by a reply of the step before that arrived late (a busy machine)
            await until(move.everyone_has_it(migrants), WAVE_S, f"{what}: its buttons")
        await wave(tg, migrants, move, replies, WAVE_S, what)


def confirmations(tg: FakeTelegram, migrant: int) -> list[str]:
    return [
        found.group(1)
        for message in tg.messages_to(migrant)
        if (found := SENT_CONFIRMATION.search(message.text or ""))
    ]


async def send_burst(tg: FakeTelegram, bot: BotProcess, db: Db, crowd: Crowd) -> None:
    migrants = list(crowd.org_of)
    summaries = {m: latest_with(tg, m, "ref:send") for m in migrants}
    progress("burst: every migrant presses Send")
    for m in migrants:
        tg.user_presses(m, summaries[m], "ref:send")

    def cases() -> int:
        return int(db.value("SELECT count(*) FROM cases"))

    await until(lambda: cases() >= MIGRANTS // 2, 150, "half the referrals", every=0.02)
    crowd.kills.append(kill_and_restart(bot, db, cases()))
    await barrier(tg, SENTINEL, BARRIER_S)
    # A Send the kill swallowed was never answered and changed nothing: the form still
    # waits for Send (its state is in the database), so the old keyboard works.
    waiting = {uid for (uid,) in db.rows("SELECT uid FROM users WHERE step = 'ref:confirm'")}
    crowd.pressed_again = [m for m in migrants if f"tg:{m}" in waiting]
    progress(f"{len(crowd.pressed_again)} press Send again")
    for m in crowd.pressed_again:
        tg.user_presses(m, summaries[m], "ref:send")
    await settle(tg, db)
    # Whoever still has no reference tries once more: a confirmation the kill lost after the
    # case was stored shows up as an "old button" answer.
    silent = [m for m in migrants if not confirmations(tg, m)]
    for m in silent:
        tg.user_presses(m, summaries[m], "ref:send")
    if silent:
        await settle(tg, db)
    for m in migrants:
        refs = confirmations(tg, m)
        if refs:
            crowd.confirmed[m] = refs[-1]
        elif any(STALE in (msg.text or "") for msg in tg.messages_to(m)):
            crowd.told_stale.append(m)
    crowd.confirmed_first = len(set(crowd.confirmed) - set(crowd.pressed_again))


async def reply_to_cases(tg: FakeTelegram, bot: BotProcess, db: Db, crowd: Crowd) -> None:
    """Each caseworker presses Reply on one card of their inbox and writes; a kill mid-way."""
    work: dict[int, tuple[int, str, int]] = {}  # caseworker -> case id, ref, migrant
    migrant_of = {ref: m for m, ref in crowd.confirmed.items()}
    for org, workers in crowd.caseworkers.items():
        rows = db.rows(
            "SELECT id, ref FROM cases WHERE org_id = ? ORDER BY id LIMIT ?", org, len(workers)
        )
        for cw, (case_id, ref) in zip(workers, rows, strict=False):
            if ref in migrant_of:
                work[cw] = (int(case_id), str(ref), migrant_of[ref])
    crowd.replies = {
        ref: (m, f"Reply on {ref}: call us on 1300 {uuid.uuid4().hex[:8]}")
        for _case, ref, m in work.values()
    }

    def card(cw: int) -> BotMessage:
        inbox = crowd.inboxes[next(o for o, ws in crowd.caseworkers.items() if cw in ws)]
        ref = work[cw][1]
        return next(
            m
            for m in tg.messages_to(inbox)
            if ((m.history[0] if m.history else m.text) or "").startswith(f"New case {ref}")
        )

    def details(cw: int) -> BotMessage | None:
        """The case in full, in the caseworker's private chat (the group card has Open)."""
        head = f"Case {work[cw][1]}\n"
        found = [m for m in tg.messages_to(cw) if (m.text or "").startswith(head)]
        return found[-1] if found else None

    def asked(cw: int) -> bool:
        return (db.step_of(cw) or "").startswith(f"staff:rep:{work[cw][0]}:")

    async def prompted(workers: list[int]) -> None:
        for cw in workers:
            tg.user_presses(cw, card(cw), "Open")
        await until(
            lambda: all(details(cw) for cw in workers), BARRIER_S, "every case opened", every=0.2
        )
        for cw in workers:
            opened = details(cw)
            assert opened is not None
            tg.user_presses(cw, opened, "Reply")
        await until(
            lambda: all(asked(cw) for cw in workers),
            BARRIER_S,
            "every Reply press recorded",
            every=0.2,
        )

    def stored() -> set[str]:
        sql = "SELECT c.ref FROM case_messages m JOIN cases c ON c.id = m.case_id"
        return {ref for (ref,) in db.rows(sql + " WHERE m.kind = 'to_migrant'")}

    def previews(cw: int) -> list[BotMessage]:
        """A reply is shown back to its writer with Send, Edit and Cancel (only Send sends)."""
        head = f"This goes to the person in case {work[cw][1]} · "
        return [m for m in tg.messages_to(cw) if (m.text or "").startswith(head)]

    async def write(workers: list[int], wait_for: str) -> None:
        """Each writes their reply, sees it back, and presses Send on the newest preview."""
        shown = {cw: len(previews(cw)) for cw in workers}
        for cw in workers:
            tg.user_sends_text(cw, crowd.replies[work[cw][1]][1])
        await until(
            lambda: all(len(previews(cw)) > shown[cw] for cw in workers),
            BARRIER_S,
            wait_for,
            every=0.2,
        )
        for cw in workers:
            tg.user_presses(cw, previews(cw)[-1], "Send")

    progress(f"{len(work)} caseworkers press Reply")
    await prompted(list(work))
    progress("they write")
    await write(list(work), "every reply shown back")
    await until(lambda: len(stored()) >= len(work) // 2, 150, "half the replies", every=0.02)
    crowd.kills.append(kill_and_restart(bot, db, len(stored())))
    await settle(tg, db)
    for _round in range(3):
        missing = [cw for cw, (_c, ref, _m) in work.items() if ref not in stored()]
        if not missing:
            break
        await prompted([cw for cw in missing if not asked(cw)])
        await write(missing, "every missing reply shown back")
        await settle(tg, db)
    apology = re.compile("something went wrong", re.IGNORECASE)
    crowd.apologies_to_staff = sum(
        1 for cw in work for m in tg.messages_to(cw) if apology.search(m.text or "")
    )


async def run_scenario(tg: FakeTelegram, bot: BotProcess, db: Db, crowd: Crowd) -> FaultPlan:
    clock = time.monotonic()
    migrants = [FIRST_MIGRANT + n for n in range(MIGRANTS)]
    await connect(tg, db, crowd)
    await fill_forms(tg, crowd, migrants)
    crowd.seconds["forms"] = round(time.monotonic() - clock)
    plan = tg.fail_sends(0.3, codes=(500, 429), retry_after=1, seed=SEED)
    try:
        await send_burst(tg, bot, db, crowd)
        crowd.seconds["burst"] = round(time.monotonic() - clock)
        await reply_to_cases(tg, bot, db, crowd)
    finally:
        tg.clear_faults()
    crowd.seconds["replies"] = round(time.monotonic() - clock)
    return plan


def cards_by_ref(tg: FakeTelegram, crowd: Crowd) -> Counter[str]:
    head = re.compile(r"^New case ([A-Z0-9]{6})\n")
    found: Counter[str] = Counter()
    for inbox in crowd.inboxes.values():
        for message in tg.messages_to(inbox):
            # A card is edited as its case moves on (issue 14): its first text says "New case".
            first = message.history[0] if message.history else message.text
            if match := head.match(first or ""):
                found[match.group(1)] += 1
    return found


def replies_delivered(tg: FakeTelegram, crowd: Crowd) -> Counter[str]:
    return Counter(
        {
            ref: sum(1 for m in tg.messages_to(migrant) if (m.text or "").endswith(words))
            for ref, (migrant, words) in crowd.replies.items()
        }
    )


def flood_violations(tg: FakeTelegram, retry_after: float = 1.0) -> list[tuple[float, int]]:
    """The sends the fake refused inside a flood wait, rebuilt from its call log: how long
    after the 429 that opened the wait each arrived (a few ms: it was already on its way),
    and its chat (negative: an inbox, so the outbox; positive: a person)."""
    opened = float("-inf")
    found: list[tuple[float, int]] = []
    for call in tg.calls_to("sendMessage"):
        if call.status != 429:
            continue
        if call.at < opened + retry_after:
            found.append((round(call.at - opened, 3), int(call.params.get("chat_id", 0))))
        else:
            opened = call.at
    return found


def report(tg: FakeTelegram, db: Db, crowd: Crowd, plan: FaultPlan) -> None:
    cards = cards_by_ref(tg, crowd)
    replies = replies_delivered(tg, crowd)
    burst_kill, reply_kill = crowd.kills
    print(
        "\n--- fault burst ---"
        f"\nreferrals confirmed to migrants: {len(crowd.confirmed)} of {MIGRANTS}"
        f" (at once or through the outbox: {crowd.confirmed_first};"
        f" pressed Send again after the kill: {len(crowd.pressed_again)};"
        f" told 'old button' then: {len(crowd.told_stale)})"
        f"\ncases in the database: {db.value('SELECT count(*) FROM cases')}"
        f" (committed at the kill: {burst_kill.done_before})"
        f"\ncards delivered to inboxes: {sum(cards.values())} for {len(cards)} cases;"
        f" duplicates: {sum(n - 1 for n in cards.values())}"
        f"\nsends in flight at the burst kill: {len(burst_kill.in_flight)} {burst_kill.in_flight}"
        f"\nreplies relayed: {len(replies)}; delivered: {sum(replies.values())};"
        f" duplicates: {sum(n - 1 for n in replies.values() if n > 1)}"
        f"\nsends in flight at the reply kill: {len(reply_kill.in_flight)} {reply_kill.in_flight}"
        f"\ncaseworkers told 'something went wrong': {crowd.apologies_to_staff}"
        f"\ninjected failures: {len(plan.injected)} ({Counter(c for _m, c in plan.injected)});"
        f" flood-wait violations: {plan.violations} (s after the 429, chat: "
        f"{flood_violations(tg)})"
        f"\noutbox rows failed for good: {db.value(FAILED_ROWS)}"
        f"\nseconds (cumulative): {crowd.seconds}"
    )
