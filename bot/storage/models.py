"""SQLAlchemy 2 typed models. Only what the bot needs to answer: no names, no message text."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class User(Base):
    """One row per person the bot talks to: their choices and where the conversation is."""

    __tablename__ = "users"

    # "tg:<telegram user id>" or "console:<name>": the channel's id is needed to reply.
    uid: Mapped[str] = mapped_column(String(64), primary_key=True)
    language: Mapped[str | None] = mapped_column(String(8))
    encoding: Mapped[str | None] = mapped_column(String(8))
    origin: Mapped[str | None] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(8))
    profile_asked: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    step: Mapped[str | None] = mapped_column(String(32))
    pending_topic: Mapped[str | None] = mapped_column(String(64))
    misses: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    # The referral form in progress, or a caseworker's pending action (encrypted JSON).
    form_enc: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.now(), nullable=False
    )
    last_seen_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.now(), nullable=False
    )
    # Issue 15: answers counted until alerts are offered, once.
    answers_seen: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", nullable=False
    )
    alerts_offered: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=sa_false(), nullable=False
    )


class ProcessedUpdate(Base):
    """Telegram update ids already handled, so a redelivered update is not answered twice."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    processed_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, nullable=False
    )


class Staff(Base):
    """A caseworker or admin of a partner organisation, joined with a one-time invite."""

    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("tg_user_id", "org_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tg_user_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    org_id: Mapped[str] = mapped_column(String(16), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)  # caseworker | admin
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    joined_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # What colleagues see on a case card ("accepted by ..."): the first name the member
    # shows on Telegram, refreshed when they act. Never their Telegram id.
    display_name: Mapped[str | None] = mapped_column(String(64))
    # Since when a message to them failed for good with 403 (they blocked the bot or deleted
    # the chat): colleagues are told what waits for them, and may take their cases over
    # (bot/referrals/reach.py). NULL again when they start the bot again.
    unreachable_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Invite(Base):
    """A one-time code: only its hash is stored, so a database leak reveals no usable code."""

    __tablename__ = "invites"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    org_id: Mapped[str] = mapped_column(String(16), nullable=False)
    purpose: Mapped[str] = mapped_column(String(16), nullable=False)  # staff | inbox
    role: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # Who joined with a staff code (their Telegram id): an operator revoking a used code is
    # told whom to remove instead. None for an inbox code, and for codes used before 0017.
    used_by: Mapped[int | None] = mapped_column(BigInteger)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


class Inbox(Base):
    """The Telegram group where an organisation receives its cases."""

    __tablename__ = "inboxes"

    org_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, nullable=False, unique=True)
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Since when the bot cannot post in the group (removed from it, or refused with 403):
    # the organisation counts as having no inbox until the bot is back or the group is
    # registered again (bot/referrals/inboxes.py).
    unreachable_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Case(Base):
    """A referral. The migrant's own words and contact details are encrypted at rest."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(12), unique=True, nullable=False)
    uid: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    org_id: Mapped[str | None] = mapped_column(String(16), index=True)
    topic: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8), nullable=False)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    description_enc: Mapped[str | None] = mapped_column(Text)
    place_enc: Mapped[str | None] = mapped_column(Text)
    contact_method: Mapped[str] = mapped_column(String(16), nullable=False)  # bot|phone|telegram
    contact_enc: Mapped[str | None] = mapped_column(Text)
    # Where the person is from and is now (codes of bot.values ORIGINS and COUNTRIES), as the
    # summary they pressed Send on showed them; NULL when it did not (unknown, skipped, or a
    # case older than migration 0012). Erased with the words.
    origin: Mapped[str | None] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    assigned_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # The organisations that have had the case, in order: its card reached their inbox (and
    # they may have declined it or let its target pass). Not one it only waited for while
    # that one had no inbox: the case may still go there (bot/referrals/routing.onward).
    tried_orgs: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    # The organisations the person agreed the case may go to, in order (the first is the one
    # it was sent to): the summary they pressed Send on named them. A decline, a missed
    # deadline or a waiting case moves it to none other. Empty for a case opened before
    # migration 0014, whose summary named one organisation: it stays there.
    agreed_orgs: Mapped[str] = mapped_column(
        String(200), default="", server_default="", nullable=False
    )
    outcome: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    routed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    reminded_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # Since when a message to the person about the case failed for good because they blocked
    # the bot or deleted the chat (a 403); NULL again when they come back and the messages
    # go out (bot/referrals/unreachable.py). Set once a blocking: one note to the caseworker.
    unreachable_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # Optimistic concurrency: SQLAlchemy adds "AND version = <read>" to every UPDATE, so an
    # Accept racing the re-route cannot leave the case with another organisation's caseworker.
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own idiom

    @property
    def tried(self) -> list[str]:
        """The organisations that have had the case in their inbox, in order (`tried_orgs`)."""
        return self.tried_orgs.split(",") if self.tried_orgs else []

    @property
    def agreed(self) -> list[str]:
        """The organisations the person agreed the case may go to, in order (`agreed_orgs`)."""
        return self.agreed_orgs.split(",") if self.agreed_orgs else []


class CaseEvent(Base):
    """Every transition, with time and actor: the case's history."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(32), nullable=False)  # migrant|staff:<id>|system
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    detail: Mapped[str | None] = mapped_column(String(200))  # never anyone's words


class CaseMessage(Base):
    """A relayed message or an internal note; the text is encrypted."""

    __tablename__ = "case_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    # to_migrant | to_staff | note | decline (a decline reason: erased with the case) | draft
    # (a reply shown to its writer with Send, not sent yet: deleted when sent or cancelled)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    body_enc: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Outbox(Base):
    """Messages that must not be lost, written in the transaction that caused them."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_chat_id_id", "chat_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idem_key: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    chat_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    payload_enc: Mapped[str] = mapped_column(Text, nullable=False)  # JSON: text, buttons
    status: Mapped[str] = mapped_column(String(12), nullable=False, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    last_error: Mapped[str | None] = mapped_column(String(64))
    # A sender claims a row before calling Telegram, so two senders never send it twice;
    # a claim older than the sender's lease was left by a crashed process (bot/outbox/rows.py).
    claimed_by: Mapped[str | None] = mapped_column(String(40))
    claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    permanent_failures: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0", nullable=False
    )
    # 0: replies and case messages; 1: broadcasts (alerts), sent only when no 0 is due.
    priority: Mapped[int] = mapped_column(Integer, default=0, server_default="0", nullable=False)
    # Rows of one live message (a case's inbox card): each row edits the message the slot's
    # last row left in its chat (LiveMessage), or sends a new one when there is none.
    slot: Mapped[str | None] = mapped_column(String(40))


class LiveMessage(Base):
    """Where a live message is now: the slot's message id in a chat, kept when its outbox
    rows are purged, so a case card open for weeks is still edited rather than sent again."""

    __tablename__ = "live_messages"

    slot: Mapped[str] = mapped_column(String(40), primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    message_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SentMessage(Base):
    """Ids (never texts) of messages in a private chat, so /clear can delete them in 48 hours."""

    __tablename__ = "sent_messages"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    message_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)


class RelayedMessage(Base):
    """Ids (never texts) of messages in a private chat that went to a case: a person's
    message relayed to its caseworker, or a caseworker's text for it (a reply, a note, a
    reason). An edit of one is then told apart from an edit of a question to the bot (the
    person is told the caseworker keeps what went; staff get their note). Erased with the
    case's words (/delete_my_data, the retention schedule) and with an idle profile."""

    __tablename__ = "relayed_messages"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    message_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    staff: Mapped[bool] = mapped_column(Boolean, nullable=False)  # written as a caseworker
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class QuestionCount(Base):
    """Anonymous counts of what people ask and how it ended, for content editors and reports.

    No user id and no words: a day, the asker's language, origin and country (as chosen in
    the profile), the topic or intent, the outcome (bot.values.Asked) and, for a question the
    bot could not answer, the NLU's best guesses (topic names) and a confidence bucket.
    Reports show any count under 5 as "<5" (bot/reports/)."""

    __tablename__ = "question_counts"
    __table_args__ = (
        UniqueConstraint(
            "day",
            "language",
            "origin",
            "country",
            "topic",
            "asked",
            "guesses",
            "confidence",
            name="uq_question_counts_key",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    # "" rather than NULL for unknown: NULLs never collide in a unique key, so every
    # unknown would get a row of its own instead of a count.
    language: Mapped[str] = mapped_column(String(8), nullable=False)
    origin: Mapped[str] = mapped_column(String(8), nullable=False)
    country: Mapped[str] = mapped_column(String(8), nullable=False)
    topic: Mapped[str] = mapped_column(String(64), nullable=False)
    asked: Mapped[str] = mapped_column(String(16), nullable=False)
    guesses: Mapped[str] = mapped_column(String(200), nullable=False)  # "a,b,c"
    confidence: Mapped[str] = mapped_column(String(8), nullable=False)  # "0.3-0.5"
    count: Mapped[int] = mapped_column(Integer, nullable=False)


class UnansweredText(Base):
    """The words of a question the bot could not answer: kept only when KEEP_UNANSWERED_DAYS
    turns it on, encrypted, for at most 30 days. `owner` is a keyed hash of the user id, so
    /delete_my_data finds the rows without the table naming anyone."""

    __tablename__ = "unanswered_texts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False, index=True)
    owner: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    language: Mapped[str] = mapped_column(String(8), nullable=False)
    asked: Mapped[str] = mapped_column(String(16), nullable=False)
    guesses: Mapped[str] = mapped_column(String(200), nullable=False)
    text_enc: Mapped[str] = mapped_column(Text, nullable=False)


class AlertSubscription(Base):
    """Alerts a person asked for (issue 15): corridor and topic groups, nothing else."""

    __tablename__ = "alert_subscriptions"
    __table_args__ = (Index("ix_alert_subscriptions_corridor", "origin", "country"),)

    uid: Mapped[str] = mapped_column(String(64), primary_key=True)
    # The private chat alerts go to (a Telegram user's own id); None for the console.
    chat_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    origin: Mapped[str] = mapped_column(String(8), nullable=False)
    country: Mapped[str] = mapped_column(String(8), nullable=False)
    topics: Mapped[str] = mapped_column(String(64), nullable=False)  # comma-separated
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
