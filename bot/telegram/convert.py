"""PTB updates to engine events, and engine replies to Bot API calls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.dialogue.events import Location, Media
from bot.values import LINK_PREFIX, Button, Reply

# Checked in this order: the first attribute a message has names its kind.
MEDIA_KINDS = (
    "sticker",
    "photo",
    "animation",  # before document: Telegram sets both for a GIF
    "document",
    "voice",
    "audio",
    "video",
    "video_note",
    "contact",
    "poll",
    "dice",
)


# Telegram allows 1,024 characters in a caption; the cut only bounds the engine's work.
CAPTION_CHARS = 4096


def media_event(message: Message) -> Media | Location:
    """The event for a message that is not text. A caption is what the person typed: the
    service reads it as text and the engine answers it so (bot/dialogue/media.py); never
    logged. A shared contact's number goes along for the form's phone step alone."""
    # A place picked in the location picker (a venue) is near the person: read as a location.
    place = message.location or (message.venue.location if message.venue else None)
    if place is not None:
        return Location(place.latitude, place.longitude)
    caption = (message.caption or "")[:CAPTION_CHARS]
    contact = message.contact
    phone = contact.phone_number[:100] if contact is not None else ""
    # Whose card: the sender's own carries their user id; anyone else's another, or none.
    others = contact is not None and not _own_card(message, contact.user_id)
    when, passed_on = sent_at(message), forwarded(message)
    for kind in MEDIA_KINDS:
        if getattr(message, kind, None):
            return Media(
                kind, caption, phone=phone, others=others, sent_at=when, forwarded=passed_on
            )
    return Media("other", caption, sent_at=when, forwarded=passed_on)


def replied_to(message: Message) -> str:
    """The text of the bot's own message this one replies to (Telegram's reply_to_message;
    in a private chat with the bot, the only bot there is the bot itself), "" for none: which
    answer the words are about (bot/dialogue/replied.py). Never kept."""
    reply = getattr(message, "reply_to_message", None)
    author = getattr(reply, "from_user", None)
    if reply is None or author is None or not author.is_bot:
        return ""
    return (reply.text or reply.caption or "")[:CAPTION_CHARS]


def forwarded(message: Message) -> bool:
    """Whether the message was forwarded from elsewhere (Telegram's forward_origin): words
    the person was sent or read, not their own (events.Text.forwarded). The tests' stand-in
    messages may have no such attribute."""
    return getattr(message, "forward_origin", None) is not None


def _own_card(message: Message, card_user: int | None) -> bool:
    """Whether a shared contact card is the sender's own: it carries their user id. Read
    only for a card (the tests' stand-in messages without one may have no sender)."""
    sender = message.from_user
    return card_user is not None and sender is not None and card_user == sender.id


def sent_at(message: Message) -> dt.datetime | None:
    """When the person sent the message (Telegram's date; an edited message keeps the date
    it was first sent), in UTC. Not the time it is handled: a backlog after a restart, or
    a slow machine, would put messages sent together far apart, or the reverse."""
    date = getattr(message, "date", None)  # the tests' stand-in messages may have none
    if not isinstance(date, dt.datetime):
        return None
    return date.replace(tzinfo=dt.UTC) if date.tzinfo is None else date.astimezone(dt.UTC)


def markup_of(buttons: Sequence[Sequence[Button]]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup([[_button(b) for b in row] for row in buttons])


def _button(button: Button) -> InlineKeyboardButton:
    if button.data.startswith(LINK_PREFIX):  # opens the bot's private chat (from a group)
        return InlineKeyboardButton(button.label, url=button.data)
    return InlineKeyboardButton(button.label, callback_data=button.data)


async def send_replies(
    bot: Bot, chat_id: int, replies: Sequence[Reply], sent: list[int] | None = None
) -> list[int]:
    """Send in order; the ids of those sent (for /clear) are appended to `sent` as they go,
    so a caller that catches a failure knows which replies still have to go."""
    sent = [] if sent is None else sent
    for reply in replies:
        if reply.venue is not None:
            venue = reply.venue
            message = await bot.send_venue(
                chat_id,
                latitude=venue.lat,
                longitude=venue.lon,
                title=venue.title[:256],
                address=venue.address[:256] or "-",
                reply_markup=markup_of(reply.buttons),
            )
            sent.append(message.message_id)
        else:
            sent.append(await send_text(bot, chat_id, reply.text, markup_of(reply.buttons)))
    return sent


async def send_text(
    bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None
) -> int:
    """sendMessage, its id: the parameters on the wire are `Bot.send_message`'s (PTB's own
    post, defaults and rate limiter), but Telegram's answer is read for the id alone. PTB
    made a whole `Message` of it (de_json), about 4 % of the bot's CPU a message (issue 11).
    A stand-in that is no PTB bot (the tests') gets its `send_message`."""
    if not isinstance(bot, Bot):
        return int((await bot.send_message(chat_id, text, reply_markup=markup)).message_id)
    data = {"chat_id": chat_id, "text": text, "reply_markup": markup}
    answer = await bot._post("sendMessage", data)  # as polling's get_raw: PTB's request
    return int(answer["message_id"])
