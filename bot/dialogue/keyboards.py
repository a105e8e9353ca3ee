"""Keyboard builders, kept apart from the flows.

Button data are short action strings ("topic:unpaid_wages"). They only navigate: a forged or
stale one is answered kindly (see engine.on_button), never trusted to grant anything.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.content import Catalog
from bot.content.localised import topic_title
from bot.content.topics import TOPIC_GROUPS
from bot.i18n import NATIVE_NAMES, Tr
from bot.i18n import country_names as country_names  # used here and by the flows
from bot.language import ZAWGYI_CHOICE, to_zawgyi
from bot.values import Button

Rows = tuple[tuple[Button, ...], ...]


def rows(buttons: Iterable[Button], per_row: int = 1) -> Rows:
    items = list(buttons)
    return tuple(tuple(items[i : i + per_row]) for i in range(0, len(items), per_row))


# The choice of Burmese in Zawgyi, its name in Zawgyi's code points ("ျမန္မာ"): the Unicode
# "မြန်မာ" on a phone with only a Zawgyi font reads "မွနျမာ", on the one button that reader
# needs (round 26C). A Unicode reader has the Unicode "မြန်မာ" beside it. encode_for keeps
# it as it is.
ZAWGYI_NAME = to_zawgyi(NATIVE_NAMES["my"])


def zawgyi_button() -> Button:
    return Button(f"{ZAWGYI_NAME} (Zawgyi)", ZAWGYI_CHOICE)


def language_keyboard() -> Rows:
    # Labels in their own script, so a user who reads none of the others can still choose.
    return (
        (
            Button(NATIVE_NAMES["my"], "lang:my"),
            Button(NATIVE_NAMES["km"], "lang:km"),
            Button(NATIVE_NAMES["en"], "lang:en"),
        ),
    )


def origin_keyboard(tr: Tr) -> Rows:
    _ = tr.gettext
    return (
        (Button(_("Myanmar"), "origin:MM"), Button(_("Cambodia"), "origin:KH")),
        (Button(_("Other country"), "origin:other"), Button(_("Skip"), "origin:skip")),
    )


def country_keyboard(tr: Tr) -> Rows:
    names = country_names(tr)
    buttons = [Button(label, f"country:{code}") for code, label in names.items()]
    buttons.append(Button(tr.gettext("Skip"), "country:skip"))
    return rows(buttons, per_row=2)


def group_labels(tr: Tr) -> dict[str, str]:
    _ = tr.gettext
    return {
        "safe_migration": _("Going abroad safely"),
        "at_work": _("Problems at work"),
        "complaints": _("Complaints"),
        "assistance": _("Embassy and emergency help"),
        "return": _("Going home"),
        # Subgroups of "Going abroad safely" (bot/content/topics.py GROUP_SCREENS).
        "legal_way": _("The legal way and documents"),
        "agencies": _("Agencies, fees and contracts"),
    }


def menu_keyboard(tr: Tr) -> Rows:
    labels = group_labels(tr)
    buttons = [Button(labels[group], f"group:{group}") for group in TOPIC_GROUPS]
    buttons.append(Button(tr.gettext("Latest alerts"), "al:latest"))
    # Someone who only taps buttons reaches their cases (Withdraw), /privacy and
    # /delete_my_data here: one button, so the menu stays short (my_data.show_mine).
    buttons.append(Button(tr.gettext("My requests and privacy"), "mine"))
    buttons.append(Button(tr.gettext("Talk to a person"), "person"))
    return rows(buttons)


def footer(tr: Tr, topic: str | None = None) -> tuple[Button, ...]:
    """The row every answer ends with; "talk to a person" carries the topic to the form."""
    person = f"person:{topic}" if topic else "person"
    return (Button(tr.gettext("Talk to a person"), person), Button(tr.gettext("Menu"), "menu"))


def person_first_rows(catalog: Catalog, topics: Iterable[str], tr: Tr) -> Rows:
    """Talk to a person, a button for each of `topics` the catalog holds, the menu: the
    keyboard of the replies that say what our sources do not hold (also_wrote.person_first,
    maid_offer, bride, elsewhere)."""
    buttons = tuple(
        (Button(topic_title(catalog, topic, tr.language), f"topic:{topic}"),)
        for topic in topics
        if catalog.topic(topic)
    )
    return (footer(tr)[:1], *buttons, footer(tr)[1:])
