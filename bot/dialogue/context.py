"""What the engine knows about the world for one event, besides the user's state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.content import Catalog
from bot.i18n import Tr
from bot.values import CaseView, Subscription


@dataclass(frozen=True)
class Context:
    catalog: Catalog
    translator: Callable[[str | None], Tr]
    today: dt.date
    cases: tuple[CaseView, ...] = ()  # the user's own cases, newest first
    new_ref: str = ""  # the reference a case opened by this event gets
    retention_days: int = 90  # what /privacy promises about closed cases
    profile_days: int = 365  # ... and about profiles not used (RETENTION_PROFILE_DAYS)
    connected: frozenset[str] = frozenset()  # partners whose inbox is connected to the bot
    subscription: Subscription | None = None  # the person's alerts, None when not subscribed
    keep_unanswered_days: int = 0  # what /privacy says of unanswered questions' words
    # The channel deletes the chat's recent messages (Telegram: /clear, and /delete_my_data
    # too); the console has no chat to delete.
    clears_chat: bool = False
    # The time this event is handled (UTC): messages close together in time belong together
    # (the form's description, referral_form.JOIN_SECONDS, which takes the time a text was
    # sent when the channel gives it, Text.sent_at; an answer to a caseworker,
    # relay.FOLLOW_UP). None (tests that do not set it): no two messages are taken as one.
    now: dt.datetime | None = None
    join_seconds: float | None = None  # that window (FORM_JOIN_SECONDS); None: JOIN_SECONDS
    # This text is the one the person sent last, within a minute (bot/recent.py): answered
    # "just above" unless it is danger (bot/dialogue/repeats.py).
    repeated: bool = False
    # The data of the button that shows again the answer this person was shown last, within
    # a few minutes (bot/recent.py, RecentAnswers): a question the bot cannot read alone
    # right after it is offered that answer again (bot/dialogue/follow_up.py). None: none.
    last_answer: str | None = None
    # The data of the buttons of the other problems the person wrote about with that answer
    # (round 21B), kept as long: "?" or "hello??" right after it offers them again.
    last_also: tuple[str, ...] = ()
    # What triage.in_danger found for words already checked with this catalog: one event's
    # words are checked up to three times (the flow, the tally, numbers_first), and the
    # fuzzy keyword match is the engine's dearest step. Lives as long as the context (the
    # service makes one per event), so no one's words outlast their handling here. Not an
    # argument: dataclasses.replace (another catalog) starts an empty one.
    danger_memo: dict[str, bool] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    # The same for own_data.asked (the flow, the tally and the relay each ask it).
    own_memo: dict[str, str | None] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
