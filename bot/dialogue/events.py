"""What the engine receives: one incoming event per user action, channel-neutral."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from bot.values import NluResult


@dataclass(frozen=True)
class Text:
    """Free text, already normalised (Zawgyi converted, junk removed) by the service."""

    text: str
    language: str | None  # detected language of this message, None when unknown
    encoding: str | None  # "unicode" | "zawgyi" for Myanmar script
    nlu: NluResult | None  # None when the NLU service is down or too slow
    romanised: bool = False  # Burmese or Khmer typed in Latin letters (`language` says which)
    # When the person sent it (Telegram's message date, UTC; for an edit, when the message
    # was first sent). Messages close together belong together (the form's description,
    # referral_form.JOIN_SECONDS): the time sent, not the time handled, which a backlog or a
    # slow machine spreads or squeezes. None where the channel gives none (the console).
    # Neither it nor the id below is what was said: two events saying the same are equal.
    sent_at: dt.datetime | None = field(default=None, compare=False)
    # The message's id in its chat (Telegram), None where the channel gives none: which
    # message an edit changes (form_question.py); an answer to a caseworker keeps it
    # (RelayToStaff).
    message_id: int | None = field(default=None, compare=False)
    # Forwarded from elsewhere (Telegram's forward_origin): words the person read or was sent,
    # not their own (exploratory round 21C): a forwarded "all workers must pay 5000 baht
    # before 31 December" is a notice to check (heard.py), not a group asking together.
    forwarded: bool = False
    # The bot's own message this one replies to (Telegram's reply_to_message), as it reads:
    # which answer the words are about (replied.py). Read while handled, never kept.
    replying_to: str = field(default="", repr=False, compare=False)


@dataclass(frozen=True)
class Command:
    name: str  # without the slash, lower case: "start", "menu", ...
    args: str = ""


@dataclass(frozen=True)
class ButtonPress:
    data: str  # the button's action string, as the engine issued it (see keyboards.py)


@dataclass(frozen=True)
class Location:
    lat: float
    lon: float


@dataclass(frozen=True)
class Media:
    # sticker, photo, document, voice, audio, video, video_note, contact, animation, poll, other
    kind: str
    # What the person typed with a photo, video or file: answered as the same words typed
    # (bot/dialogue/media.py), never logged, kept only where typed words would be.
    caption: str = field(default="", repr=False)
    # The caption as the service reads typed text (normalised, its language and encoding,
    # the NLU's reading); None: not read (the engine then normalises it, without the NLU).
    reading: Text | None = field(default=None, repr=False, compare=False)
    # A shared contact's phone number: the answer at the form's phone step, else unused.
    phone: str = field(default="", repr=False, compare=False)
    # The contact card is someone else's, not the sender's own (Telegram: the card's user id
    # is not the sender's): an agent's or a broker's number is never taken as the number the
    # organisation may call (exploratory round 21C). False where the channel cannot tell.
    others: bool = field(default=False, compare=False)
    # When the person sent it, as Text.sent_at.
    sent_at: dt.datetime | None = field(default=None, compare=False)
    # Forwarded from elsewhere, as Text.forwarded: its caption is read so (an advert's photo).
    forwarded: bool = False


@dataclass(frozen=True)
class GroupMessage:
    """Anything said in a group the bot does not serve. `bot_username`: the bot's Telegram
    @name without the @ ("" when unknown), for a button to its private chat."""

    bot_username: str = ""


@dataclass(frozen=True)
class Edited:
    """A text the person changed after sending it (Telegram's edited message), as it reads
    now. Never a new answer to the form or a new message to a caseworker: what went stays
    as it went (engine.py); never counted as a question."""

    text: Text
    # The edited message went to a caseworker (the service found its id among those that
    # went, bot/storage/relayed.py): what they have stays as it was.
    relayed: bool = False


Event = Text | Command | ButtonPress | Location | Media | GroupMessage | Edited


def typed_words(event: Event) -> str:
    """What the person typed with the event (a text, a caption, a command's words); read for
    danger and never kept."""
    if isinstance(event, Text):
        return event.text
    if isinstance(event, Edited):
        return event.text.text
    if isinstance(event, Media):
        return event.caption
    if isinstance(event, Command):
        return event.args
    return ""


def reading_of(event: Text) -> str:
    """What the NLU read of a text (and its language), to answer the words later, after a
    press (relay.py's No, the form's "Ask this instead"): kept with the words, encrypted."""
    nlu = event.nlu
    reading: dict[str, object] = {"language": event.language}
    if event.forwarded:  # someone else's words: kept so when answered later (round 25A)
        reading["forwarded"] = True
    if nlu is not None:
        reading.update(
            topic=nlu.topic,
            confidence=nlu.confidence,
            ranking=[[name, score] for name, score in nlu.ranking],
            topics=list(nlu.topics),
            out_of_scope=nlu.out_of_scope,
        )
    return json.dumps(reading)


def text_from(words: str, reading: str) -> Text:
    """The words as they came, with what the NLU read of them then (`reading_of`)."""
    data = json.loads(reading) if reading else {}
    language = data.get("language")
    nlu = None
    if "confidence" in data:
        topic = data.get("topic")
        nlu = NluResult(
            topic=topic if isinstance(topic, str) else None,
            confidence=float(data["confidence"]),
            ranking=tuple((str(name), float(score)) for name, score in data.get("ranking", [])),
            topics=tuple(str(name) for name in data.get("topics", [])),
            out_of_scope=bool(data.get("out_of_scope")),
        )
    language = language if isinstance(language, str) else None
    return Text(words, language, None, nlu, forwarded=data.get("forwarded") is True)
