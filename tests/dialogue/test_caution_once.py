"""One caution line under a group of unconfirmed contacts, not one per contact (exploratory
test 9, finding 10: "Where to complain" for a Burmese reader in Thailand was 1,591
characters, the caution line five times in it). Each contact's status stays visible at the
contact: a short mark beside each one not confirmed, and once, under them, what it means."""

from __future__ import annotations

import pytest
from dialogue_helpers import run, said, tr

from bot.content.localised import pick
from bot.dialogue.events import ButtonPress
from bot.dialogue.read_aloud import urgent_legend
from bot.values import UserState

OLD_LINE = "Not confirmed. Check before you rely on it."
MARK = "⚠"


def caution_legend(language):
    return tr(language).gettext("{mark} = not confirmed. Check before you rely on it.")


CASES = [
    ("my", "MM", "TH", "complaint_channels"),
    ("en", "MM", "TH", "complaint_channels"),
    ("km", "KH", "TH", "complaint_channels"),
    ("my", "MM", "MY", "return_home"),
    ("km", "KH", "MY", "injury_health"),
    ("en", "MM", "TH", "emergency_help"),
]


def answer(real, lang, origin, country, topic):
    state = UserState(language=lang, origin=origin, country=country, profile_asked=True)
    return said(run(real, state, ButtonPress(f"topic:{topic}")))


@pytest.mark.parametrize(("lang", "origin", "country", "topic"), CASES)
def test_the_caution_is_said_once_under_the_contacts(real, lang, origin, country, topic):
    body = answer(real, lang, origin, country, topic)
    assert tr(lang).gettext(OLD_LINE) not in body, "no caution line per contact"
    legends = body.count(caution_legend(lang).format(mark=MARK))
    # The emergency numbers' own legend, said before them (round 34A, read aloud).
    legends += body.count(urgent_legend(tr(lang)))
    marks = body.count(MARK) - legends
    assert marks >= 2, "several contacts or pieces not confirmed, each marked"
    # Once per group of contacts: the emergency numbers, then the topic's own.
    assert 1 <= legends <= (2 if topic == "emergency_help" else 1)


@pytest.mark.parametrize(("lang", "origin", "country", "topic"), CASES)
def test_each_contact_not_confirmed_is_marked_and_no_confirmed_one(
    real, lang, origin, country, topic
):
    body = answer(real, lang, origin, country, topic)
    first_lines = {part.splitlines()[0] for part in body.split("\n\n")}
    catalog = real.catalog
    shown = [
        entry
        for entry in catalog.entries.values()
        if any(line.startswith(pick(entry.name, lang)) for line in first_lines)
    ]
    assert len(shown) >= 3
    for entry in shown:
        name = pick(entry.name, lang)
        [line] = [line for line in first_lines if line.startswith(name)]
        assert line.endswith(MARK) is catalog.is_cautioned(entry), entry.id
    assert any(catalog.is_cautioned(entry) for entry in shown)


def test_the_longest_burmese_answer_is_much_shorter(real):
    # 1,591 characters before, with the 55-character Burmese caution five times.
    assert len(answer(real, "my", "MM", "TH", "complaint_channels")) < 1400
