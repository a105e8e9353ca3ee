"""Normalising incoming text and telling its script, language and Burmese encoding.

The bot runs every message through `normalise` before the NLU sees it, and `to_zawgyi` on
replies to users who type in Zawgyi.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from bot.language.autocorrected import put_back
from bot.language.latin import latin_language
from bot.language.romanised import romanised_language
from bot.language.scripts import (
    SCRIPT_LANGUAGE,
    dominant_script,
    script_counts,
    unreadable_script,
)
from bot.language.thai_words import gloss, has_thai, without_thai
from bot.language.zawgyi import convert_if_zawgyi, typed_in_unicode
from bot.language.zawgyi_output import unicode_to_zawgyi
from bot.values import Button, Reply, UserState, Venue

__all__ = [
    "MAX_CHARS",
    "SUPPORTED",
    "Normalised",
    "encode_for",
    "normalise",
    "read_thai",
    "to_zawgyi",
    "unicode_words",
    "unreadable_script",
]

SUPPORTED = ("my", "km", "en")

# Telegram caps a message at 4096 characters; anything longer is cut here so that every step
# below stays linear in a bounded length.
MAX_CHARS = 8192

_WHITESPACE = re.compile(r"\s+")
# Format characters (zero-width space/joiners, BOM, bidi marks, soft hyphen), controls other
# than whitespace, lone surrogates and private-use code points carry no meaning for the NLU.
_DROPPED_CATEGORIES = frozenset({"Cf", "Cc", "Cs", "Co"})
_KEPT_CONTROLS = frozenset("\t\n\r\x0b\x0c")


@dataclass(frozen=True)
class Normalised:
    text: str
    original: str
    script: str | None
    language: str | None
    encoding: str | None
    # Burmese or Khmer typed in Latin letters: `language` is "my" or "km", `script` "Latn".
    romanised: bool = False


def _drop_invisible(text: str) -> str:
    return "".join(
        " " if ch in _KEPT_CONTROLS else ch
        for ch in text
        if ch in _KEPT_CONTROLS or unicodedata.category(ch) not in _DROPPED_CATEGORIES
    )


def _language(script: str | None, text: str) -> str | None:
    if script is None or script == "Zyyy":
        return None
    if script == "Latn":
        return romanised_language(text) or latin_language(text)
    return SCRIPT_LANGUAGE.get(script)


def _cut(text: str) -> str:
    """At most MAX_CHARS, never ending on a virama (U+1039): cut between a stacked pair it
    stacks on nothing, and Zawgyi reads a lone U+1039 as its asat, so normalising the result
    again would change it (found by `make fuzz`)."""
    if len(text) <= MAX_CHARS:
        return text
    return text[:MAX_CHARS].rstrip().rstrip("\u1039").rstrip()


def normalise(text: str) -> Normalised:
    """Clean `text` for the NLU and say what it is written in. Never raises."""
    original = text if isinstance(text, str) else ""
    cleaned = _drop_invisible(original[:MAX_CHARS])
    encoding: str | None = None
    if script_counts(cleaned)["Mymr"]:
        # Before NFC: canonical reordering of marks can scramble Zawgyi's own order.
        typed, (cleaned, was_zawgyi) = cleaned, convert_if_zawgyi(cleaned)
        # Zawgyi and Unicode mixed in one message (round 29C): typed on a Unicode keyboard, the
        # Zawgyi words pasted; the replies' encoding is left as it was (flows._follow_language).
        encoding = "zawgyi" if was_zawgyi and not typed_in_unicode(typed) else "unicode"
    # Converting can lengthen the text: the limit holds for what the NLU gets.
    cleaned = _WHITESPACE.sub(" ", unicodedata.normalize("NFC", cleaned)).strip()
    cleaned = _cut(cleaned)
    script = dominant_script(cleaned)
    if script == "Latn":
        cleaned = put_back(cleaned)  # "Joy phone": jouy phong autocorrected (round 29C)
    language = _language(script, cleaned)
    return Normalised(
        text=cleaned,
        original=original,
        script=script,
        language=language,
        encoding=encoding,
        romanised=script == "Latn" and language in ("my", "km"),
    )


def read_thai(normalised: Normalised) -> Normalised:
    """What the bot reads in a message with Thai or Thai in Latin letters in it (round 27C):
    the Thai words it knows in English (thai_words.py), and the language of the writer's other
    words ("นายจ้าง not pay" is English, "ပတ်စပို့ นายจ้าง ယူထား" Burmese) rather than Thai. A
    message all in Thai is Thai ("th", the languages the bot reads) unless a word of it was
    read: then no language, and the reader's stays. The form's own words are not read so."""
    text, changed = gloss(normalised.text)
    thai = has_thai(normalised.text)
    if not changed and not thai:
        return normalised
    if thai:
        own = without_thai(normalised.text)
        script = dominant_script(own)
        if script is not None:
            language = _language(script, own)
        else:
            script, language = "Thai", None if changed else "th"
    else:
        script = dominant_script(text)
        language = _language(script, text)
    return replace(
        normalised,
        text=text,
        script=script,
        language=language,
        romanised=script == "Latn" and language in ("my", "km"),
    )


def unicode_words(text: str) -> tuple[str, bool]:
    """A caseworker's text in Unicode, and whether it was Zawgyi: converted only when the
    detector is sure, as a person's words are (`normalise`), but otherwise as typed: their
    line breaks, spacing and emoji are theirs to keep, and nothing goes to the NLU."""
    if not script_counts(text)["Mymr"]:
        return text, False
    converted, was_zawgyi = convert_if_zawgyi(text)
    if not was_zawgyi:
        return text, False
    return unicodedata.normalize("NFC", converted), True


def to_zawgyi(text: str) -> str:
    """The Zawgyi form of a Unicode reply; text without Myanmar letters is returned as is."""
    if not script_counts(text)["Mymr"]:
        return text
    return unicode_to_zawgyi(text)


# The button that chooses Burmese in Zawgyi: its label is written in Zawgyi already
# (keyboards.zawgyi_button), for every reader.
ZAWGYI_CHOICE = "lang:my:zawgyi"


def encode_for(state: UserState, replies: tuple[Reply, ...]) -> tuple[Reply, ...]:
    """Zawgyi users get replies in Zawgyi, so that they render on their phones: the text, the
    buttons (but the Zawgyi choice, in Zawgyi already) and a place pin's title and address
    (on Telegram the pin is sent alone)."""
    if state.encoding != "zawgyi" or state.language != "my":
        return replies
    return tuple(
        Reply(
            to_zawgyi(reply.text),
            tuple(tuple(_in_zawgyi(b) for b in row) for row in reply.buttons),
            _venue_in_zawgyi(reply.venue),
        )
        for reply in replies
    )


def _in_zawgyi(button: Button) -> Button:
    if button.data == ZAWGYI_CHOICE:
        return button
    return Button(to_zawgyi(button.label), button.data)


def _venue_in_zawgyi(venue: Venue | None) -> Venue | None:
    if venue is None:
        return None
    return replace(venue, title=to_zawgyi(venue.title), address=to_zawgyi(venue.address))
