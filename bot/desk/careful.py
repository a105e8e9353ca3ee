"""What a tired caseworker's reply may do that they did not mean (round 29A), said in its
preview, never blocked: the caseworker decides, as with the other script (drafts.py).

- The phone number or Telegram name of *another* case's person pasted into a reply (two
  cases open, the words meant for the other): it would reach a stranger.
- A reply sent at night where the person is: it may wake them, or be seen by whoever is
  near them (a person wrote "they check my phone, write me only in the morning").
- A reply asking for a photo or a scan: photos and files never reach the caseworker
  through the bot, and the person who sends one is told the bot cannot read it and asked
  not to send ID photos (bot/dialogue/media.py).

Read while previewing, never kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from zoneinfo import ZoneInfo

# Where the person is now (bot.values COUNTRIES) and the one time zone each has (IANA).
ZONES = {
    "MM": "Asia/Yangon",
    "KH": "Asia/Phnom_Penh",
    "TH": "Asia/Bangkok",
    "MY": "Asia/Kuala_Lumpur",
    "KR": "Asia/Seoul",
    "JP": "Asia/Tokyo",
    "SG": "Asia/Singapore",
}
NIGHT_FROM, NIGHT_TO = 22, 6  # 22:00 to 05:59 local time

# A phone number as typed: digits with spaces, dots, dashes or brackets between, 7 or more.
_NUMBER = re.compile(r"\+?\d[\d\s().-]{5,}\d")
_HANDLE = re.compile(r"@\w{4,}")
MIN_DIGITS = 7

# Words that ask for a picture (English, Burmese, Khmer, Thai): "photo", "picture", "scan".
_PHOTO = re.compile(
    r"\b(photos?|pictures?|pics?|selfies?|scan(?:s|ned)?|screenshots?)\b|ဓာတ်ပုံ|ဓာတ္ပုံ|ပုံ\s*ရိုက်"
    r"|រូបថត|ถ่ายรูป|รูปถ่าย|ส่งรูป|สแกน",
    re.IGNORECASE,
)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def contacts_in(typed: str) -> set[str]:
    """The phone numbers (their digits; a leading 0 or country code kept as typed) and
    Telegram @names in a reply, lower-cased."""
    found = {d for m in _NUMBER.finditer(typed) if len(d := _digits(m.group())) >= MIN_DIGITS}
    return found | {m.group().lower() for m in _HANDLE.finditer(typed)}


def _same_number(a: str, b: str) -> bool:
    """Two numbers' digits are the same number: equal, or one is the other with its
    country code and without the leading 0 (0812345678, +66 81 234 5678)."""
    if a == b:
        return True
    short, long_ = sorted((a.lstrip("0"), b.lstrip("0")), key=len)
    return len(short) >= MIN_DIGITS and long_.endswith(short)


def names_contact(typed: str, contact: str) -> bool:
    """Whether the reply `typed` contains `contact` (a case's phone or Telegram name)."""
    if not contact:
        return False
    ours = contacts_in(typed)
    if not ours:
        return False
    theirs = contacts_in(contact) or {"@" + contact.strip().lstrip("@").lower()}
    return any(
        x == y or (x[:1] != "@" and y[:1] != "@" and _same_number(x, y))
        for x in ours
        for y in theirs
    )


def other_case_named(typed: str, others: Iterable[tuple[str, str]]) -> str | None:
    """The reference of the first other case (its reference, its contact) whose phone or
    Telegram name the reply contains; None when none. Nothing is read when the reply holds
    no number or @name (most replies)."""
    if not contacts_in(typed):
        return None
    return next((ref for ref, contact in others if names_contact(typed, contact)), None)


@cache
def _zone(country: str) -> ZoneInfo:
    return ZoneInfo(ZONES[country])


def night_there(country: str | None, now: dt.datetime) -> str | None:
    """The local time ("02:10") where the person is when it is night there; None by day,
    or when the country is unknown ("other", none)."""
    if country not in ZONES:
        return None
    local = now.astimezone(_zone(country))
    if NIGHT_TO <= local.hour < NIGHT_FROM:
        return None
    return local.strftime("%H:%M")


def asks_photo(typed: str) -> bool:
    """Whether the reply asks for (or speaks of) a photo, a picture or a scan."""
    return _PHOTO.search(typed) is not None
