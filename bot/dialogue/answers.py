"""Turning a curated topic into replies: its text, its contacts (written by contacts_shown.py),
the date it was checked and its buttons."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Sequence
from dataclasses import replace

from bot.content import Catalog
from bot.content.localised import pick, topic_title
from bot.content.models import Topic
from bot.content.topics import ANSWER_BEFORE_PROFILE, TOPIC_IDS
from bot.dialogue.contacts_shown import contacts_block, for_person, offices_by_place
from bot.dialogue.dialling import inside_line, inside_only
from bot.dialogue.keyboards import country_names, footer, rows
from bot.dialogue.pending import Pending
from bot.dialogue.read_aloud import urgent_block
from bot.i18n import Tr
from bot.values import COUNTRIES, ORIGINS, Button, Reply, UserState

# "here:<country>:<topic>": the topic's answer for that country, the profile unchanged.
HERE = "here"
# "at:<topic>@<origin>:<country>:<writer>" (pending.Pending): a topic under an answer given
# for a place the words named, answered for that place too, the profile unchanged (round 11,
# lead: "Where to complain" under Malaysia's answer to "i work in penang" answered for no
# place). Not HERE: no "Where are you now?" line, so a country typed next is no tap (asks_where).
AT = "at"
# The step while an answer's "Where are you now?" line was the last thing shown:
# "here:<topic>", so a country typed next is its tap (typed_answers.button_for).
HERE_STEP = f"{HERE}:"
TELEGRAM_LIMIT = 4000  # Telegram allows 4096 characters; keep a margin for the footer line
RELATED_SHOWN = 3
# Buttons under one answer at most, as on a topic group's screen: a small phone shows about
# so many without scrolling. The footer's two (Talk to a person, Menu) count.
MOST_BUTTONS = 7
FOOTER_BUTTONS = 2
SOS = "🆘"  # heads the emergency numbers in an answer
# Answers that, at home, also offer the countries abroad: a mother in Myanmar whose son was
# arrested in Thailand read "Detained in your home country?" with no way by buttons to the
# embassy in Bangkok (explore10 x10a, F7). A tap is the answer for that country, the
# profile unchanged (HERE).
FOR_SOMEONE_ABROAD = ("arrest_detention", "embassy_contact")
# answer_topic's `writer_in` by default: the writer is where the answer is for.
SAME_PLACE = "same"
# How an answer's text names another topic it sends the reader to: its title in quotes, as
# 'open "Emergency help"' or "see 'Documents you need'" (QUOTED, named_topics).
QUOTES = (('"', '"'), ("'", "'"), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb"))


# named_topics' answers, per catalog: they depend on the curated text alone, read at every
# answer shown (0.3 ms each, a fifth of the engine's time per message, when first written).
_NAMED: weakref.WeakKeyDictionary[Catalog, dict[tuple[str, str, str], tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def named_topics(catalog: Catalog, text: str, topic_id: str, language: str) -> tuple[str, ...]:
    """The topics `text` sends its reader to by their title in quotes, in the order it names
    them: each gets a button, whatever else the screen holds. "If you are forced to work or
    cannot leave, open "Emergency help"" came with no Emergency help button under the agency
    answer abroad, and a Cambodian abroad read that 117 does not work there, "open
    "Emergency help"", with none either (round 25C)."""
    known = _NAMED.setdefault(catalog, {})
    key = (text, topic_id, language)
    if key not in known:
        known[key] = _named_in(catalog, text, topic_id, language)
    return known[key]


def _named_in(catalog: Catalog, text: str, topic_id: str, language: str) -> tuple[str, ...]:
    found: list[tuple[int, str]] = []
    for other in TOPIC_IDS:
        if other == topic_id or catalog.topic(other) is None:
            continue
        title = topic_title(catalog, other, language)
        if title not in text:
            continue
        places = [text.find(f"{left}{title}{right}") for left, right in QUOTES]
        at = min((place for place in places if place >= 0), default=-1)
        if at >= 0:
            found.append((at, other))
    return tuple(other for _, other in sorted(found))


def answered_abroad(topic: Topic, origin: str | None) -> list[str]:
    """The countries abroad (not home, not "other") with an answer of their own in `topic`
    for someone from `origin`, in COUNTRIES' order, when there are two or more (one is no
    choice: its answer is no better guess than the general one); else none. Only for topics
    that answer without asking the place (needs_profile): the others ask it first."""
    if "country" in topic.needs_profile:
        return []
    abroad = {
        variant.when.country
        for variant in topic.answers
        if variant.when.country in COUNTRIES
        and variant.when.country not in (*ORIGINS, "other")
        and variant.when.origin in (None, origin)
    }
    return [code for code in COUNTRIES if code in abroad] if len(abroad) > 1 else []


def shows_numbers(replies: Sequence[Reply]) -> bool:
    """Whether these replies show the emergency numbers (an answer's 🆘 block)."""
    return any(SOS in reply.text for reply in replies)


def asks_where(replies: Sequence[Reply]) -> str | None:
    """The topic whose "Where are you now?" country buttons are under the last of `replies`
    (answer_topic), else None."""
    buttons = [button for row in replies[-1].buttons for button in row] if replies else []
    for button in buttons:
        action, _, value = button.data.partition(":")
        if action == HERE:
            return value.partition(":")[2] or None
    return None


def split_text(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split at paragraph, then line boundaries, so no message exceeds Telegram's limit."""
    chunks: list[str] = []
    current = ""
    for paragraph in text.split("\n"):
        while len(paragraph) > limit:
            chunks.append(paragraph[:limit])
            paragraph = paragraph[limit:]
        candidate = f"{current}\n{paragraph}" if current else paragraph
        if len(candidate) > limit:
            chunks.append(current)
            current = paragraph
        else:
            current = candidate
    if current or not chunks:
        chunks.append(current)
    return chunks


def checked_line(dates: Sequence[dt.date], tr: Tr) -> str:
    """ "Checked on <date>.", or the first and the last date when the answer's parts were
    checked on different days (Topic.checked_dates)."""
    _ = tr.gettext
    if len(dates) == 1:
        return _("Checked on {date}.").format(date=tr.date(dates[0]))
    return _("Checked on {date} and {later}.").format(
        date=tr.date(dates[0]), later=tr.date(dates[-1])
    )


def answer_topic(
    catalog: Catalog,
    topic_id: str,
    state: UserState,
    tr: Tr,
    others: Sequence[str] = (),
    *,
    writer_in: str | None = SAME_PLACE,
    named: Pending | None = None,
    hinted: str | None = None,
) -> tuple[Reply, ...]:
    """The curated answer for the user's profile, with contacts, date and buttons. `others`:
    more problems the message raised (issue 12), offered at the end of the same message, a
    button each above the rest: one message, not a second one (a second send per answer
    also costs a share of Telegram's 30 a second, issue 11). `writer_in`: where the person
    writing is (None: not known), when not in the state's place (a friend's place named):
    numbers dialled only inside another country say so (dialling.py). `named`: the nationality
    and place the answer is for that the profile does not hold (and where the writer is): the
    topic buttons under it answer for them too (AT)."""
    _ = tr.gettext
    topic = catalog.topic(topic_id)
    also = [oid for oid in others if oid != topic_id and catalog.topic(oid) is not None]
    also_line = [_("You also wrote about this. Tap to read more:")] if also else []
    if topic is None:
        text = "\n\n".join([_("Sorry, I have no answer on that yet."), *also_line])
        also_titled = [(t, topic_title(catalog, t, tr.language)) for t in also]
        also_rows = rows(topic_buttons(also_titled, named))
        return (Reply(text, (*also_rows, footer(tr))),)
    country = state.country if state.country != "other" else None
    origin = state.origin if state.origin != "other" else None
    # "other" picks a `{country: other}` variant (the embassy answer for Saudi Arabia did not
    # ask for the country it was told); no contact is shown for it, as for no country.
    variant = catalog.answer(topic_id, origin, state.country)
    lang = tr.language
    writer_at = country if writer_in == SAME_PLACE else writer_in
    blocks: list[str] = []
    urgent = (
        for_person(catalog.emergency_contacts(country), origin, country, lang)
        if topic_id == "emergency_help"
        else []
    )
    if urgent:
        # People in danger see the numbers first, before any other text: those for their
        # nationality, in their language when one speaks it (as the topic's own contacts).
        blocks.append(f"{SOS} " + _("Call for help now:"))
        blocks.append(urgent_block(catalog, urgent, tr, origin))  # read aloud: round 34A
    said_inside = inside_only(urgent, writer_at)
    if said_inside:
        blocks.append(inside_line(said_inside, tr))
    blocks.append(f"{pick(topic.title, lang)}\n\n{pick(variant.text, lang).strip()}")
    shown = {entry.id for entry in urgent}
    usable = for_person(catalog.contacts(variant), origin, country, lang)
    contacts = [entry for entry in usable if entry.id not in shown]
    places: list[str] = []
    if state.country is None and topic_id not in ANSWER_BEFORE_PROFILE:
        # The urgent answers ask for the place themselves (menu.answer): not here.
        contacts, places = offices_by_place(contacts, origin)
        # "boss not pay 3 month" from someone whose place is unknown: the general answer
        # holds the ministries at home only, and the offices where they work were nowhere
        # (round 23B). One tap each to the countries the topic has an answer for.
        places = places or answered_abroad(topic, origin)
    if contacts:
        blocks.append(contacts_block(catalog, contacts, tr, origin))
        inside = [code for code in inside_only(contacts, writer_at) if code not in said_inside]
        if inside:
            blocks.append(inside_line(inside, tr))
    if places and hinted in places:
        # "boss cut 750 baht" (round 37C, money_place.py): the country the currency points
        # to, first and by name; a hint only, the choice stays the person's.
        places = [hinted, *(code for code in places if code != hinted)]
        named_country = country_names(tr)[hinted]
        blocks.append(
            _("Are you in {country}? Tap your country to see the offices there.").format(
                country=named_country
            )
        )
    elif places:
        where, tap = _("Where are you now?"), _("Tap your country to see the offices there.")
        blocks.append(f"{where} {tap}")
    elif origin is not None and state.country == origin and topic_id in FOR_SOMEONE_ABROAD:
        places = [code for code in COUNTRIES if code not in ORIGINS]
        blocks.append(_("Is the person abroad? Tap the country they are in."))
    blocks.append(checked_line(topic.checked_dates(variant), tr))
    blocks.extend(also_line)
    # A topic the text tells the reader to open has its button (round 25C), first.
    named_here = [
        tid
        for tid in named_topics(catalog, pick(variant.text, lang), topic_id, lang)
        if tid not in also
    ]
    related = [
        rid for rid in topic.related[:RELATED_SHOWN] if rid not in also and rid not in named_here
    ]
    names = country_names(tr)
    here = [Button(names[code], f"{HERE}:{code}:{topic_id}") for code in places]
    if len(here) + len(also) + len(named_here) + len(related) + FOOTER_BUTTONS > MOST_BUTTONS:
        # A country per button first: the related topics come under each country's answer
        # (one tap away, as before), not here (10 buttons on a small phone, round 9). A
        # topic the text names stays: "open "Emergency help" now" with no button is a
        # dead end for someone locked in (round 25C).
        related = []
    titled = [(tid, topic_title(catalog, tid, lang)) for tid in (*also, *named_here, *related)]
    topic_rows = (*rows(here, per_row=2), *rows(topic_buttons(titled, named)))
    # For urgent topics the way to a person comes before anything else.
    last = footer(tr, topic_id)
    keyboard = (last, *topic_rows) if topic.person_first else (*topic_rows, last)
    texts = split_text("\n\n".join(blocks))
    replies = [Reply(text) for text in texts[:-1]]
    replies.append(Reply(texts[-1], keyboard))
    return tuple(replies)


def topic_buttons(titles: Sequence[tuple[str, str]], named: Pending | None) -> list[Button]:
    """Buttons for (topic id, title) pairs: for the profile's place, or, under an answer,
    for the place it is for (`named`, AT)."""
    return [Button(title, topic_data(tid, named)) for tid, title in titles]


def topic_data(topic_id: str, named: Pending | None) -> str:
    """A topic button's data: for the profile's place, or for `named`'s (AT)."""
    if named is None:
        return f"topic:{topic_id}"
    return f"{AT}:{replace(named, topic=topic_id).stored()}"


def topic_list(
    catalog: Catalog, topic_ids: Sequence[str], tr: Tr
) -> tuple[tuple[Button, ...], ...]:
    titles = [
        (tid, topic_title(catalog, tid, tr.language)) for tid in topic_ids if catalog.topic(tid)
    ]
    return (*rows(topic_buttons(titles, None)), footer(tr))
