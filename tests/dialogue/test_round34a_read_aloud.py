"""Round 34A (read aloud): a screen reader says ⚠ as "warning sign". Under "🆘 Call for help
now:" the listener heard "hotline 1300, warning sign" before what the sign means, and then
"Check before you rely on it" about the numbers to call in danger. The meaning now comes
before the first marked emergency number, and says to call anyway."""

from __future__ import annotations

from pathlib import Path

import pytest
from dialogue_helpers import tr

from bot.content import Catalog, load_catalog
from bot.dialogue.answers import SOS, answer_topic
from bot.dialogue.contacts_shown import MARK, caution_legend
from bot.dialogue.read_aloud import urgent_legend
from bot.values import UserState

REAL = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(REAL)


def sos_block(catalog: Catalog, origin: str, country: str, language: str) -> str:
    state = UserState(language=language, origin=origin, country=country, profile_asked=True)
    text = "\n".join(r.text for r in answer_topic(catalog, "emergency_help", state, tr(language)))
    assert SOS in text
    return text[text.index(SOS) :]


@pytest.mark.parametrize("language", ["en", "my", "km"])
@pytest.mark.parametrize(("origin", "country"), [("MM", "TH"), ("KH", "TH")])
def test_the_sign_is_explained_before_the_first_marked_emergency_number(
    catalog: Catalog, origin: str, country: str, language: str
) -> None:
    text = sos_block(catalog, origin, country, language)
    legend = urgent_legend(tr(language))
    assert MARK in text  # Thailand's 1300 line is marked (2016 source)
    # The first sign heard is the one inside the legend, before any number.
    start = text.index(legend)
    assert start <= text.index(MARK) < start + len(legend)
    assert text.index(legend) < text.index("☎")


@pytest.mark.parametrize("language", ["en", "my", "km"])
def test_no_check_before_you_rely_on_it_under_the_numbers_to_call_in_danger(
    catalog: Catalog, language: str
) -> None:
    text = sos_block(catalog, "MM", "TH", language)
    numbers = text.split("\n\n" + tr(language).gettext("Emergency help"))[0]
    assert caution_legend(tr(language)) not in numbers
    assert "call" in urgent_legend(tr("en"))


def test_the_legend_is_translated(catalog: Catalog) -> None:
    for language in ("my", "km"):
        assert urgent_legend(tr(language)) != urgent_legend(tr("en"))
