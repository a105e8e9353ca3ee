"""Value types that several layers share: what a user sees (buttons, replies, keyboards), a
user's conversation state, what the NLU read, and what the dialogue asks the service to do.

Plain frozen dataclasses. This module imports nothing of the project, so the storage, the
outbox, the dialogue and every channel can use them without depending on one another
(the import contract in pyproject.toml holds it to that).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import IntEnum, StrEnum

# --- what a user sees -----------------------------------------------------------------------


# A button whose data starts so is a link that opens (the bot's private chat), not an action.
LINK_PREFIX = "https://t.me/"


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # action string, at most 64 bytes (Telegram's callback_data limit), or a link


Keyboard = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class Venue:
    """A place pin: Telegram sends it as a venue message, the console as text."""

    lat: float
    lon: float
    title: str
    address: str


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: Keyboard = ()
    venue: Venue | None = None


@dataclass(frozen=True)
class Held:
    """Replies written to the outbox with their answer, held there for the direct path
    (bot/outbox/replies.py): the update they answer, how many, the time.monotonic() by
    which the direct path must have sent them, and the first one's place in the answer.
    `direct` False: earlier replies to the chat still wait in the outbox, so these queue
    behind them (the outbox sends them, in order) instead of overtaking them."""

    update_id: int
    count: int
    send_by: float
    first: int = 0
    direct: bool = True


@dataclass(frozen=True)
class Answer:
    """The replies to one event, and whether they are urgent (danger words, or the NLU read
    an emergency or an arrest): urgent replies are sent before everything queued. `held`:
    they are in the outbox already (None: not, e.g. no update id). `queued`: the answer's
    transaction queued other outbox rows too (a later one to this chat waits for them).
    `wiped`: ids of the chat's recent messages /delete_my_data forgot: the channel deletes
    them from the phone before sending the replies. `step_waits`: nothing was handled, a
    caseworker's Reply, Note or Decline waits for their text (BotService.answer's
    `staff_first`): the desk puts it aside, then the event is handled. `menu`: the person's
    own command menu (Telegram's "/" button) follows the language they now have: its code,
    FORGET_MENU after /delete_my_data (theirs goes: Telegram keeps nothing of the choice),
    None when it stays as it is. `menu_first`: that language is the person's first (no menu
    of their own can be there yet)."""

    replies: tuple[Reply, ...]
    urgent: bool = False
    held: Held | None = None
    queued: bool = False
    wiped: tuple[int, ...] = ()
    step_waits: bool = False
    menu: str | None = None
    menu_first: bool = False


FORGET_MENU = ""  # Answer.menu: the person's own command menu deleted


@dataclass(frozen=True)
class Turn:
    """What is read before a person's text is handled (BotService.read_turn)."""

    seen: bool  # the update was handled already (a redelivery)
    state: UserState
    staff_step: str | None  # the desk's step when the text is a caseworker's, else None


class Lane(IntEnum):
    """Who goes first, in handling and in sending: the lower number first (issue 11)."""

    URGENT = 0  # danger: the emergency numbers
    PRIVATE = 1  # a person's private chat
    GROUP = 2  # groups and caseworkers' inboxes: never hold up a private reply
    BULK = 3  # alert broadcasts


# --- a user's conversation state (stored in the database between messages) ------------------

ORIGINS = ("MM", "KH", "other")
COUNTRIES = ("MM", "KH", "TH", "MY", "KR", "JP", "SG", "other")


@dataclass(frozen=True)
class UserState:
    language: str | None = None  # "my" | "km" | "en"; None until chosen or detected
    encoding: str | None = None  # "zawgyi" when replies must be sent in Zawgyi
    origin: str | None = None  # one of ORIGINS, None when unknown or skipped
    country: str | None = None  # one of COUNTRIES, None when unknown or skipped
    profile_asked: bool = False  # the profile is asked once; /profile asks again
    # What the last question was waiting for: "origin", "country", "alerts:offer" (yes/no).
    step: str | None = None
    pending_topic: str | None = None  # topic to answer once the profile question is done
    misses: int = 0  # consecutive messages not understood
    # The referral form being filled in (stored encrypted): topic, description, place,
    # contact_method, contact, urgent; "editing" when the user came from the summary.
    form: Mapping[str, str] | None = None
    answers_seen: int = 0  # answers given, counted until alerts are offered (issue 15)
    alerts_offered: bool = False  # alerts are offered once, after a few answers

    def with_(self, **changes: object) -> UserState:
        return replace(self, **changes)  # type: ignore[arg-type]


# --- what the NLU read ----------------------------------------------------------------------


@dataclass(frozen=True)
class NluResult:
    """`topic` is the one to answer: the first of `topics` (every problem found, the answer
    first, bot/nlu/priority.py). `confidence` is the classifier's best probability;
    `clauses` the best intent of each clause of a long message, read apart."""

    topic: str | None
    confidence: float
    ranking: tuple[tuple[str, float], ...]
    topics: tuple[str, ...] = ()
    clauses: tuple[tuple[str, float], ...] = ()
    # out_of_scope was the best reading, at or over the threshold: a question the bot has
    # no content for ("exchange rate today"), not a message it failed to read.
    out_of_scope: bool = False


# --- what the dialogue asks the service to do, in the same transaction as saving the state --


@dataclass(frozen=True)
class OpenCase:
    ref: str
    # The organisations the summary named, in order: the one it is sent to (the service may
    # route on if it has no inbox), then those it may be passed to; the case reaches no other.
    route: tuple[str, ...]
    topic: str | None
    description: str | None
    place: str | None
    contact_method: str  # bot | phone | telegram
    contact: str | None
    urgent: bool
    language: str
    origin: str | None
    country: str | None
    # The organisations the summary said the request is not sent to and "are not told"
    # (round 42B), as ids: kept on the case's history so its caseworker's card can say not
    # to contact them (round 45B), also when the words do not name them.
    not_told: tuple[str, ...] = ()

    @property
    def partner_id(self) -> str:
        """The organisation the summary said the case is sent to."""
        return self.route[0]


@dataclass(frozen=True)
class WithdrawCase:
    ref: str


@dataclass(frozen=True)
class RelayToStaff:
    ref: str
    text: str
    # The NLU surely read an emergency or an arrest in the words (triage.sure_urgent): the
    # case becomes urgent, as with danger words (the service checks those itself).
    urgent: bool = False
    # The channel's ids of the person's messages these words came in (Text.message_id):
    # kept, never the words, so an edit of one is known to be of what went.
    message_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class DeleteMyData:
    """Erase the user's profile and words; withdraw their open cases."""


@dataclass(frozen=True)
class Subscription:
    """Alerts a person asked for (issue 15): their corridor and the topic groups they chose."""

    origin: str  # MM | KH
    country: str  # MM | KH | TH | MY | KR | JP | SG
    topics: tuple[str, ...]  # from bot/content/alerts.py ALERT_TOPICS


@dataclass(frozen=True)
class Subscribe:
    """Start or change the person's alert subscription (they pressed a button for it, or
    typed "yes" right after the offer)."""

    subscription: Subscription


@dataclass(frozen=True)
class Unsubscribe:
    """End the person's alert subscription, all topics."""


Effect = OpenCase | WithdrawCase | RelayToStaff | DeleteMyData | Subscribe | Unsubscribe


# --- what the service counts of an event (anonymous: no user, no words) ---------------------


class Asked(StrEnum):
    """How a question ended, as the anonymous counts store it."""

    ANSWERED = "answered"  # free text answered from content
    FALLBACK = "fallback"  # free text not understood
    OUT_OF_SCOPE = "out_of_scope"  # understood as something the bot has no content for
    CONVERSATION = "conversation"  # hello, thanks, help, change language, a person
    UNAVAILABLE = "unavailable"  # the NLU was down: menus offered
    OTHER_LANGUAGE = "other_language"  # a language the bot cannot read
    MENU = "menu"  # an answer reached through the menu buttons
    REFERRAL = "referral"  # a case was sent to an organisation
    EMERGENCY = "emergency"  # danger words: the emergency numbers first
    ORGANISATION = "organisation"  # an organisation named: the directory's card for it


# Questions the bot could not answer: the only ones whose words may be kept (off by default).
UNANSWERED = (Asked.FALLBACK, Asked.OUT_OF_SCOPE)


@dataclass(frozen=True)
class Tally:
    """One question, for the anonymous counts: the topic (or the intent), how it ended, and
    for free text the NLU's best guesses (names only) and its confidence."""

    asked: Asked
    topic: str | None = None
    guesses: tuple[str, ...] = ()
    confidence: float | None = None


class CaseStatus(StrEnum):
    """A case's status, as stored (the values are the database's strings)."""

    WAITING = "waiting"  # no chosen organisation has connected its inbox yet
    NEW = "new"  # in an organisation's inbox, not yet accepted
    ACCEPTED = "accepted"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"  # by the migrant
    DECLINED = "declined"  # no organisation could take it


# The migrant may still withdraw it or write to the organisation.
OPEN_STATUSES = (CaseStatus.WAITING, CaseStatus.NEW, CaseStatus.ACCEPTED)
# An organisation holds it: its staff may act on it.
WITH_ORGANISATION = (CaseStatus.NEW, CaseStatus.ACCEPTED)
ENDED_STATUSES = (CaseStatus.CLOSED, CaseStatus.WITHDRAWN, CaseStatus.DECLINED)
# Why a case that waited for an organisation with no inbox moved on (the detail of its
# "rerouted" event, "<why>; to X"): the response-time job moved it, and since that
# organisation never had it in an inbox, no response target ran there (bot/reports/numbers.py).
NO_INBOX_IN_TIME = "no inbox in time"
# "/case_9QY52Z": a case's reference as one command a caseworker taps in a reminder (Telegram
# makes "/word" tappable, not "/case 9QY52Z"); it does what "/case 9QY52Z" does (round 14D).
CASE_COMMAND = "case_"


@dataclass(frozen=True)
class CaseView:
    """What the migrant may see of their own case (loaded by the service for the engine)."""

    ref: str
    topic: str | None
    partner_id: str | None
    status: CaseStatus
    created_on: str  # ISO date
    # The last message passed on in the case came from the caseworker, and the person has
    # not written back since: their next free text may be the answer (bot/dialogue/relay.py).
    awaits_answer: bool = False
    # The day (ISO date) of the caseworker's last message while `awaits_answer`, else "".
    asked_on: str = ""
    # When (UTC, ISO) the person's own last message was passed on, while it is the case's
    # last one (they wrote last), else "": words right after it may be more of it (relay.py).
    answered_at: str = ""
    # A message about the case did not reach the person (they blocked the bot or deleted the
    # chat): it goes when they come back (bot/referrals/unreachable.py).
    undelivered: bool = False
    # Closed by its organisation within the reopening window, and the person's newest case
    # (bot/referrals/closed.py): their words may still reach that organisation, which may
    # reopen it.
    reopenable: bool = False
    # Accepted, and the bot cannot reach the caseworker holding it (they blocked it or
    # deleted the chat: bot/referrals/reach.py): the person's words reach their team instead.
    holder_away: bool = False
    # The organisations this case was sent without, the person having complained about them
    # (ids recorded at Send, round 45B): a later request leaves them out too (round 50A).
    not_told: tuple[str, ...] = ()

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES
