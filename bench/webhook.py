"""Two webhook instances on PostgreSQL, one SIGKILLed mid-burst (issue 11, item 4).

200 users write 10 messages each (2,000 updates). The harness plays Telegram and the load
balancer: it POSTs each update to one instance in turn and, when one does not answer 200,
to the other (Telegram retries; a balancer fails over). A user's next update is posted only
after the previous one was acknowledged, so per-chat order is what Telegram gives. When half
the updates are acknowledged, the second instance is SIGKILLed.

Replies are told apart by their text: the ten messages are chosen so that each gets a
different first reply (learnt from one user first), so a lost, doubled or reordered answer
shows in what each chat received. So that a reply depends on its message only, this scenario's
NLU is the scripted fake of tests/fakes (one topic per message), not Rasa: a parse timing out
under load would change a reply and look like a lost answer. Skipped, with the reason, where
the bot has no webhook mode or no PostgreSQL is given.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from bench.instances import SECRET, Instance, accept_set_webhook, fresh_database, pg_server_url
from bench.scenarios import Context, Result
from bench.stack import bot_settings
from tests.fakes import FakeTelegram
from tests.fakes.bot_process import BOT_PYTHON, ROOT
from tests.fakes.rasa_server import FakeRasa
from tests.fakes.telegram_objects import command_entities

TITLE = "two webhook instances on PostgreSQL, one SIGKILLed mid-burst"
USERS = 200
PER_USER = 10
# Messages whose first replies differ and need no profile first (other topics ask where the
# person is from, the same question for all): topics and commands that change nothing.
TOPICS = (
    "unpaid_wages",
    "documents_confiscated",
    "change_employer",
    "injury_health",
    "social_security",
    "visa_work_permit",
    "complaint_channels",
)
COMMANDS = ("/help", "/menu", "/privacy", "/mycases", "/alerts")
SENDERS = 16  # concurrent webhook deliveries, as Telegram's max_connections


def webhook_missing(needs_pg: bool = True) -> str | None:
    """Why a webhook scenario cannot run here, or None."""
    help_text = subprocess.run(
        [str(BOT_PYTHON), "-m", "bot", "run", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    if "--webhook" not in help_text:
        return "the bot has no webhook mode yet (`python -m bot run --help` lists no --webhook)"
    if needs_pg and pg_server_url() is None:
        return "no PostgreSQL: BENCH_PG_URL is unset (make bench sets it)"
    return None


class Telegram:
    """Delivers updates to the instances as Telegram and a load balancer would."""

    def __init__(self, tg: FakeTelegram, instances: list[Instance]) -> None:
        self.tg = tg
        self.instances = instances
        self.ids: Iterator[int] = iter(range(10_000_000, 20_000_000))
        self.acked = 0
        self.failovers = 0
        self.on_acked: Any = None
        self._lock = threading.Lock()
        self._http = httpx.Client(trust_env=False, timeout=10.0)

    def update(self, user_id: int, text: str) -> dict[str, Any]:
        sender = self.tg.user(user_id)
        entities = command_entities(text)
        extra = {"entities": entities} if entities else {}
        message = self.tg._message(self.tg._chats[user_id], sender, text=text, **extra)
        with self._lock:
            return {"update_id": next(self.ids), "message": message}

    def deliver(self, update: dict[str, Any]) -> None:
        """POSTs until an instance answers 200 (first choice by update id, then the others)."""
        first = update["update_id"] % len(self.instances)
        for attempt in range(200):
            target = self.instances[(first + attempt) % len(self.instances)]
            try:
                answer = self._http.post(
                    target.url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
                )
                if answer.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            with self._lock:
                self.failovers += 1
            time.sleep(0.05 * min(attempt, 20))  # Telegram backs off too
        else:
            raise RuntimeError(f"update {update['update_id']} was never accepted")
        with self._lock:
            self.acked += 1
            callback = self.on_acked
        if callback is not None:
            callback(self.acked)

    def close(self) -> None:
        self._http.close()


def replies(tg: FakeTelegram, chat: int) -> list[str]:
    return [message.text or "" for message in tg.messages_to(chat)]


def settled(tg: FakeTelegram, chat: int, before: int, timeout: float = 30.0) -> list[str]:
    """The chat's new replies once they stopped coming (0.8 s of quiet after the first)."""
    deadline = time.monotonic() + timeout
    count, quiet_since = before, time.monotonic()
    while time.monotonic() < deadline:
        now = len(tg.messages_to(chat))
        if now != count:
            count, quiet_since = now, time.monotonic()
        elif count > before and time.monotonic() - quiet_since > 0.8:
            break
        time.sleep(0.05)  # replies come from another process
    return replies(tg, chat)[before:]


def scripted_nlu(nlu: FakeRasa) -> list[str]:
    """One message per topic, each parsed as its topic by the fake NLU."""
    texts = []
    for topic in TOPICS:
        nlu.classify(topic, topic)
        texts.append(f"please tell me about {topic}")
    return texts + list(COMMANDS)


def choose_texts(ctx: Context, telegram: Telegram, texts: list[str]) -> list[tuple[str, str]]:
    """Ten (message, its first reply) pairs with ten different first replies, learnt from one
    user writing them one at a time."""
    user = ctx.next_user()
    chosen: dict[str, str] = {}
    for text in texts:
        before = len(telegram.tg.messages_to(user))
        telegram.deliver(telegram.update(user, text))
        got = settled(telegram.tg, user, before)
        if got and got[0] not in chosen:
            chosen[got[0]] = text
        if len(chosen) == PER_USER:
            break
    return [(text, reply) for reply, text in chosen.items()]


def copies_sent(tg: FakeTelegram, chat: int, expected: list[str], kill: list[float]) -> list[str]:
    """When each copy of a reply this chat got twice reached Telegram, from the kill."""
    got = replies(tg, chat)
    doubled = {reply for reply in expected if got.count(reply) > 1}
    times = [
        call.at - kill[0]
        for call in tg.calls
        if call.method == "sendMessage"
        and call.params.get("chat_id") in (chat, str(chat))
        and call.params.get("text") in doubled
    ]
    return [" and ".join(f"{t:+.3f}" for t in times)] if kill and times else []


def unrecorded(instance: Instance) -> str | None:
    """From the survivor's /metrics: each send's start to its record's commit, a bound on the
    window in which a kill sends it again (bot_send_unrecorded_seconds), as shares of sends."""
    try:
        with httpx.Client(trust_env=False, timeout=5.0) as http:
            page = http.get(f"http://127.0.0.1:{instance.port}/metrics").text
    except httpx.HTTPError:
        return None
    name = "bot_send_unrecorded_seconds_bucket"
    buckets = {
        line.split('le="')[1].split('"')[0]: int(line.rsplit(" ", 1)[1])
        for line in page.splitlines()
        if line.startswith(name)
    }
    total = buckets.get("+Inf", 0)
    if not total:
        return None
    shares = ", ".join(
        f"≤ {float(bound) * 1000:g} ms {100 * buckets[bound] / total:.0f} %"
        for bound in ("0.005", "0.01", "0.025", "0.05", "0.1")
        if bound in buckets
    )
    return f"{total} sends: {shares}"


def judge(expected: list[str], got: list[str]) -> tuple[int, int, bool]:
    """(lost, answered twice, order kept) for one chat, by the messages' first replies."""
    counts = Counter(reply for reply in got if reply in expected)
    lost = sum(1 for reply in expected if counts[reply] == 0)
    twice = sum(1 for reply in expected if counts[reply] > 1)
    firsts = list(dict.fromkeys(reply for reply in got if reply in expected))
    return lost, twice, firsts == [reply for reply in expected if counts[reply] > 0]


def two_instances(ctx: Context) -> list[Result]:
    reason = webhook_missing()
    if reason is not None:
        return [Result(TITLE, skipped=reason)]
    server = pg_server_url()
    assert server is not None
    users = max(10, round(USERS * ctx.scale))
    result = Result(f"{TITLE}: {users * PER_USER} updates from {users} users")
    database = fresh_database(server)
    home = ctx.workdir / "webhook"
    with FakeTelegram() as tg, FakeRasa() as nlu:
        texts = scripted_nlu(nlu)
        accept_set_webhook(tg)
        env = bot_settings(tg, home, nlu.url, **{**ctx.settings, "DATABASE_URL": database})
        instances = [Instance(name, env, home) for name in ("a", "b")]
        telegram = Telegram(tg, instances)
        try:
            for instance in instances:
                instance.start()
            burst(ctx, telegram, texts, users, result)
        finally:
            telegram.close()
            for instance in instances:
                instance.stop()
    return [result]


def burst(ctx: Context, telegram: Telegram, texts: list[str], users: int, result: Result) -> None:
    pairs = choose_texts(ctx, telegram, texts)
    if len(pairs) < PER_USER:
        result.skipped = f"only {len(pairs)} messages with distinct replies found"
        return
    expected = [reply for _, reply in pairs]
    chats = [ctx.next_user() for _ in range(users)]
    total = users * PER_USER
    victim = telegram.instances[1]
    acked_before = telegram.acked
    killed = threading.Event()
    kill_time: list[float] = []  # time.monotonic(), as the fake records its calls
    copies: list[str] = []

    def kill_at_half(acked: int) -> None:
        if acked - acked_before >= total // 2 and not killed.is_set():
            killed.set()
            victim.kill()
            kill_time.append(time.monotonic())

    telegram.on_acked = kill_at_half
    started = time.monotonic()
    with ThreadPoolExecutor(SENDERS) as pool:
        for text, _ in pairs:  # one round per message: a chat's updates stay in order
            updates = [telegram.update(chat, text) for chat in chats]
            list(pool.map(telegram.deliver, updates))
    deadline = time.monotonic() + 120.0 + total / 10
    while time.monotonic() < deadline:
        if all(judge(expected, replies(telegram.tg, chat))[0] == 0 for chat in chats):
            break
        time.sleep(0.2)  # replies come from other processes
    took = time.monotonic() - started
    time.sleep(3.0)  # anything sent twice arrives late: give it the chance to show
    lost = twice = ordered = 0
    for chat in chats:
        chat_lost, chat_twice, chat_ordered = judge(expected, replies(telegram.tg, chat))
        lost, twice, ordered = lost + chat_lost, twice + chat_twice, ordered + chat_ordered
        if chat_twice:
            copies.extend(copies_sent(telegram.tg, chat, expected, kill_time))
    acked = telegram.acked - acked_before
    result.add("updates acknowledged (200)", f"{acked} of {total}", acked=acked)
    result.add("deliveries retried on the other instance", f"{telegram.failovers}")
    result.add("NLU", "the scripted fake (replies then depend on the message only)")
    result.add("instance b SIGKILLed after", f"{total // 2} updates")
    result.add("lost (no reply)", f"{lost}", lost=lost)
    result.add("answered twice", f"{twice}", twice=twice)
    if copies:  # which path sent it again: a held reply after HOLD_S, an outbox row after the lease
        result.add("the copies sent, s after the kill", "; ".join(copies))
    kept = 100 * ordered / len(chats)
    result.add("per-chat order kept", f"{kept:.1f} %", ordered_pct=kept)
    window = unrecorded(telegram.instances[0])
    if window:
        result.add("send started → its record committed, instance a", window)
    result.add("answered (or given up) after", f"{took:.1f} s")
