"""Handling polled updates side by side, one chat's in order, acknowledged only when done.

Polling (bot/telegram/polling.py) offers each batch here. Updates of different chats run
concurrently, at most `limit` at once; one chat's run strictly one after another, in the order
Telegram gave them. Which chat goes next when a slot frees: the one holding the most urgent
update (bot.values.Lane: danger words first, groups and inboxes after people), then the one
that has waited longest. A chat whose later update is urgent goes first as a whole: its
earlier updates are still answered before the urgent one. Only an update that must wait is
classified (`lane_of`, the triage's keyword check): one that starts at once costs nothing.

Each update is handled (`handle`, in a slot) then recorded (`record`, outside the slot: a
database that is locked for one record holds up that chat only). The offset polling asks with
moves past the contiguous prefix of updates handled and recorded, never further: after a
crash Telegram delivers the rest again, and the processed-update record keeps one already
handled from being answered twice. An update that getUpdates returns again while it is still
queued or running (the offset cannot pass it yet) is not started again.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Hashable, Iterable
from dataclasses import dataclass

from telegram import Update
from telegram.constants import ChatType

from bot.aio import finish
from bot.service import BotService
from bot.telegram.convert import CAPTION_CHARS
from bot.values import Lane

log = logging.getLogger(__name__)
DEFAULT_LIMIT = 16

Handle = Callable[[Update], Awaitable[None]]
Record = Callable[[Update], Awaitable[bool]]  # False: not recorded (stopping)
LaneOf = Callable[[Update], int]


@dataclass
class _Item:
    update: Update
    lane: int


def chat_key(update: Update) -> Hashable:
    """What must stay in order: a chat's updates; without a chat (an inline query), the
    user's; without either, the update alone."""
    if update.effective_chat is not None:
        return ("chat", update.effective_chat.id)
    if update.effective_user is not None:
        return ("user", update.effective_user.id)
    return ("update", update.update_id)


def lane_of_update(service: BotService, update: Update) -> Lane:
    """The lane to start an update in (webhook or polling alike): URGENT for danger in what
    a person typed in private, a caption included (BotService.lane_of, the triage's check);
    PRIVATE for the rest of people's chats; GROUP for groups, inboxes and the rest."""
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return Lane.GROUP
    message = update.message or update.edited_message  # what the person typed: never the
    words = (message.text or message.caption or "") if message is not None else ""  # bot's
    return service.lane_of(words[:CAPTION_CHARS]) if words else Lane.PRIVATE


class Dispatcher:
    def __init__(
        self,
        handle: Handle,
        record: Record,
        *,
        limit: int = DEFAULT_LIMIT,
        lane_of: LaneOf = lambda _update: Lane.PRIVATE,
        key_of: Callable[[Update], Hashable] = chat_key,
    ) -> None:
        self._handle, self._record, self._lane_of, self._key_of = handle, record, lane_of, key_of
        self._limit = max(1, limit)
        self._queues: dict[Hashable, deque[_Item]] = {}  # per chat, not yet started
        self._busy: set[Hashable] = set()  # chats with an update handled or being recorded
        # Chats waiting for a slot, per lane of their most urgent queued update, oldest first.
        self._ready: dict[int, dict[Hashable, None]] = {}
        self._filed: dict[Hashable, int] = {}  # the lane each ready chat is filed under
        self._running = 0  # updates being handled (recording holds no slot)
        self._open: list[int] = []  # ids received and not yet acknowledged, ascending
        self._done: set[int] = set()  # handled and recorded, not yet acknowledged
        self._next_offset: int | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.progress = asyncio.Event()  # set whenever an update finishes

    # --- what polling asks ----------------------------------------------------------------------
    def offer(self, updates: Iterable[Update]) -> int:
        """Queue the updates not seen before; returns how many were new."""
        new = 0
        for update in updates:
            uid = update.update_id
            if self._is_known(uid):
                continue  # queued, running, or done but not yet acknowledged
            bisect.insort(self._open, uid)
            self._queue(update)
            self._start_ready()
            new += 1
        return new

    def known(self, uid: int) -> bool:
        """Whether an update with this id was offered before (queued, running, or done)."""
        return self._is_known(uid)

    def offset(self) -> int | None:
        """The offset for the next getUpdates: past every update handled and recorded with
        no unfinished one before it. Ids before it are forgotten: Telegram never returns
        them once asked with this offset."""
        while self._open and self._open[0] in self._done:
            self._done.discard(self._open[0])
            self._next_offset = self._open.pop(0) + 1
        return self._next_offset

    def pending(self) -> int:
        """Updates received and not yet acknowledged."""
        return len(self._open)

    def unfinished(self) -> int:
        """Updates received and not yet handled and recorded."""
        return len(self._open) - len(self._done)

    async def close(self, timeout_s: float) -> None:
        """Wait for the updates started (and their records) up to `timeout_s`; cancel the
        rest. Queued ones are not started: unacknowledged, Telegram delivers them again."""
        self._queues.clear()
        self._ready.clear()
        self._filed.clear()
        await finish(self._tasks, timeout_s)

    # --- inside ---------------------------------------------------------------------------------
    def _is_known(self, uid: int) -> bool:
        if self._next_offset is not None and uid < self._next_offset:
            return True  # acknowledged already (a stale batch)
        at = bisect.bisect_left(self._open, uid)
        return at < len(self._open) and self._open[at] == uid

    def _queue(self, update: Update) -> None:
        key = self._key_of(update)
        # Its lane matters only if it must wait: one that starts at once costs no triage.
        waits = key in self._busy or key in self._queues or self._running >= self._limit
        lane = self._lane(update) if waits else Lane.PRIVATE
        queue = self._queues.setdefault(key, deque())
        queue.append(_Item(update, lane))
        if key not in self._busy:
            self._make_ready(key)

    def _lane(self, update: Update) -> int:
        try:
            return int(self._lane_of(update))
        except Exception as error:  # a failed classification must not lose the update
            name = type(error).__name__
            log.error("Could not pick a lane for update %s (%s)", update.update_id, name)
            return Lane.PRIVATE

    def _make_ready(self, key: Hashable) -> None:
        """File a chat with queued updates under the lane of its most urgent one; a chat
        already filed moves only to a more urgent lane (else it keeps its place in line)."""
        lane = min(item.lane for item in self._queues[key])
        filed = self._filed.get(key)
        if filed is not None:
            if lane >= filed:
                return
            del self._ready[filed][key]
        self._ready.setdefault(lane, {})[key] = None
        self._filed[key] = lane

    def _next_chat(self) -> Hashable | None:
        for lane in sorted(self._ready):
            chats = self._ready[lane]
            if chats:
                key = next(iter(chats))
                del chats[key]
                del self._filed[key]
                return key
        return None

    def _urgent_queued(self, key: Hashable) -> bool:
        queue = self._queues.get(key)
        return queue is not None and any(item.lane == Lane.URGENT for item in queue)

    def _start_ready(self) -> None:
        while self._running < self._limit:
            key = self._next_chat()
            if key is None:
                return
            queue = self._queues[key]
            item = queue.popleft()
            if not queue:
                del self._queues[key]
            self._busy.add(key)
            self._running += 1
            log.debug("Update %s started (lane %s)", item.update.update_id, item.lane)
            task = asyncio.create_task(self._work(key, item))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _work(self, key: Hashable, item: _Item) -> None:
        uid = item.update.update_id
        recorded, holding = False, True
        try:
            try:
                await self._handle(item.update)
            except Exception as error:  # the handler logs its own; this is a last guard
                log.error("Update %s could not be handled (%s)", uid, type(error).__name__)
            # The slot is free while this update is recorded, unless this chat's next update
            # is urgent: it takes the slot on, rather than queue behind another chat's.
            if not self._urgent_queued(key):
                holding = False
                self._running -= 1
                self._start_ready()
            recorded = await self._record(item.update)
        except Exception as error:  # `record` retries until stopped: this is a last guard
            log.error("Update %s could not be recorded (%s)", uid, type(error).__name__)
            recorded = True  # else the offset would stay behind it and polling stall
        finally:
            if holding:
                self._running -= 1
            if recorded:
                self._done.add(uid)
            self._busy.discard(key)
            if key in self._queues:
                self._make_ready(key)
            self._start_ready()
            self.progress.set()
