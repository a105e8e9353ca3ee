"""What becomes of replies held for a direct send, once it is over (bot/outbox/replies.py):
the rows sent go, the rest go to the outbox, and the ids are kept for /clear. The part of
the service the Telegram adapter calls around a send (bot/telegram/delivery.py, send_loop.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from bot.outbox.replies import QuickSettle, check_taken, defer, settle, settle_quickly
from bot.referrals import retention
from bot.storage import Store
from bot.storage.quick import QuickWrites
from bot.values import Held, Reply


class ReplySettling:
    """Mixed into BotService (bot/service.py), whose fields these are."""

    store: Store
    holder: str  # whose direct path holds replies
    on_outbox: Callable[[], None]  # wakes the outbox sender when a transaction added rows

    def settle_replies(self, chat_id: int, held: Held, message_ids: list[int]) -> None:
        """After the direct path sent the first len(message_ids) held replies: their rows go,
        the rest go to the outbox now, and in a private chat the ids are kept for /clear
        (as `record_sent(..., known_only=True)`). One transaction, the one a send needs."""
        with self.store.sessions.begin() as session:
            settle(session, self.holder, held, len(message_ids))
            if chat_id > 0 and message_ids and retention.known_chat(session, chat_id):
                retention.record_sent(session, chat_id, message_ids)
        if len(message_ids) < held.count:
            self.on_outbox()

    async def settle_replies_quickly(
        self, chat_id: int, held: Held, message_ids: list[int]
    ) -> bool:
        """`settle_replies` as one statement sent from the event loop, on PostgreSQL (the
        window in which a killed instance would send a reply twice is then that statement);
        False where there is no such path (SQLite: run `settle_replies` in a thread)."""
        quick = self.store.quick
        if quick is None:
            return False
        ok = await settle_quickly(quick, self.holder, held, chat_id, message_ids)
        await self.quickly_settled(held, len(message_ids), ok)
        return True

    def quick_settle(self) -> QuickSettle | None:
        """On PostgreSQL, `settle_replies_quickly`'s statement on connections of its own, for
        another event loop (bot/telegram/send_loop.py); then `quickly_settled` here."""
        quick = QuickWrites.of(self.store.engine)
        return None if quick is None else QuickSettle(quick, self.holder)

    async def quickly_settled(self, held: Held, sent: int, ok: bool) -> None:
        """After the statement: `ok` False means a sent row was not ours to delete."""
        if not ok:
            await asyncio.to_thread(self._check_taken, held, sent)
        if sent < held.count:
            self.on_outbox()

    def _check_taken(self, held: Held, sent: int) -> None:
        with self.store.sessions() as session:
            check_taken(session, held, sent)

    def defer_replies(
        self,
        chat_id: int,
        replies: Sequence[Reply],
        update_id: int,
        first: int = 0,
        urgent: bool = False,
    ) -> None:
        """Replies not held (bot/outbox/replies.py `defer`) Telegram did not take now."""
        with self.store.sessions.begin() as session:
            defer(session, self.store.box, chat_id, replies, update_id, first, urgent)
        self.on_outbox()
