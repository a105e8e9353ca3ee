""" "Checked on" under an answer never claims a check that did not happen (round 10, x10a
finding F5). Six topics had Malaysian variants written on 2026-12-03 from sources read that
day (git d616343: 999, PERKESO, PLKS, the repatriation programme), while the topic's
`checked_on` stayed 2026-11-27: someone in Malaysia read "Checked on November 27, 2026"
under facts first read a week later. A source read after the topic's check carries its
`read_on`; the answer shows the dates of what its variant rests on: the topic's check for
sources it covered, the later reading for the others."""

from __future__ import annotations

import re

import pytest
from dialogue_helpers import ROOT, run, said, tr

from bot.content import load_catalog
from bot.dialogue.events import ButtonPress
from bot.values import UserState

NOV27, DEC3 = "November 27, 2026", "December 3, 2026"


def answer(real, topic: str, country: str, lang: str = "en") -> str:
    state = UserState(language=lang, origin="MM", country=country, profile_asked=True)
    return said(run(real, state, ButtonPress(f"topic:{topic}")))


@pytest.mark.parametrize(
    "topic", ["emergency_help", "injury_health", "social_security", "visa_work_permit"]
)
def test_a_variant_read_later_shows_that_date(real, topic):
    # Every source of these Malaysian variants was read on 2026-12-03.
    shown = answer(real, topic, "MY")
    assert f"Checked on {DEC3}." in shown and NOV27 not in shown


@pytest.mark.parametrize("topic", ["change_employer", "return_home"])
def test_a_variant_on_both_shows_both(real, topic):
    # Sources read on 2026-12-03 beside one the topic's check covered (JTKSM's page).
    assert f"Checked on {NOV27} and {DEC3}." in answer(real, topic, "MY")


def test_a_variant_checked_with_its_topic_keeps_the_topics_date(real):
    shown = answer(real, "emergency_help", "TH")
    assert f"Checked on {NOV27}." in shown and DEC3 not in shown


@pytest.mark.parametrize("lang", ["my", "km"])
def test_both_dates_are_said_in_the_persons_language(real, lang):
    shown = answer(real, "change_employer", "MY", lang)
    both = tr(lang).gettext("Checked on {date} and {later}.")
    assert both != "Checked on {date} and {later}."
    assert both.split("{")[0] in shown


def test_a_source_titled_read_on_a_day_has_that_read_on():
    # The reading date written in a source's title (as the commit that added it says) is
    # the one the answer shows: the two never disagree.
    catalog = load_catalog(ROOT / "content")
    titled = 0
    for topic in catalog.topics.values():
        for source in topic.sources:
            found = re.search(r"read (\d{4}-\d{2}-\d{2})", source.title)
            if found:
                titled += 1
                assert source.read_on is not None, (topic.id, source.id)
                assert source.read_on.isoformat() == found.group(1), (topic.id, source.id)
    assert titled >= 13
