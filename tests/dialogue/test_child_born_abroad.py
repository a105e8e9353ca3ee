"""A child born abroad (exploratory round 17B; round 12 listed it as having no answer): "my
baby was born in thailand, no papers" got Lost ID after return (Myanmar's national ID card)
with the embassy in Bangkok, then "how get birth certificate" "My answer ... is just above";
the Khmer "my child was born in Thailand, no papers" Cambodia's ID card and family book. Our
sources say nothing on registering a child born abroad: the reply says so and offers a
person, with the NLU's reading a tap away; a sure reading keeps its answer, the line first."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.content.localised import topic_title
from bot.dialogue import born_abroad, engine
from bot.values import Asked

LINE = (
    "A child born abroad, or a birth certificate? Our sources have no checked information on "
    "registering a child born abroad or on a child's papers. A person from a partner "
    "organisation can help: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "country"),
    [
        ("my baby was born in thailand, no papers", "en", "TH"),
        ("how get birth certificate", "en", "TH"),
        ("កូនខ្ញុំកើតនៅថៃ គ្មានឯកសារ", "km", "TH"),
        ("ကလေးက ထိုင်းမှာမွေးတာ စာရွက်စာတမ်း မရှိဘူး", "my", "TH"),
    ],
)
def test_a_child_born_abroad_is_told_what_is_not_known(real, words, lang, country):
    got = run(real, settled(lang, country), read_as(words, "reintegration_id", 0.6, lang))
    line = in_language(lang, LINE).format(person=tr(lang).gettext("Talk to a person"))
    assert said(got).startswith(line)
    assert "Sathorn" not in said(got)  # no embassy for a lost ID card
    data = all_button_data(got)
    assert data[0] == "person" and data[-1] == "menu"
    assert any(d.endswith("reintegration_id") for d in data)  # a tap away
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, born_abroad.NAME)


def test_a_sure_reading_keeps_its_answer_with_the_line_first(real):
    words = "កូនកើតនៅថៃ ចង់ធ្វើសំបុត្រកំណើតខ្មែរ"  # born in Thailand, wants a Khmer certificate
    state = settled("km", "KH").with_(origin="KH")
    got = run(real, state, read_as(words, "reintegration_id", 0.99, "km"))
    line = in_language("km", LINE).format(person=tr("km").gettext("Talk to a person"))
    assert said(got).startswith(line)
    assert topic_title(real.catalog, "reintegration_id", "km") in said(got)


@pytest.mark.parametrize(
    "words",
    ["i was born in myanmar, now in thailand", "boss not pay me", "my son want go korea"],
)
def test_no_birth_is_read_where_none_is_told(words):
    assert not born_abroad.says(words)


def test_what_now_after_it_gets_a_person(real):
    # "what i do" after the reply got the bot's commands (/menu, /language, /profile...).
    told = read_as("my baby was born in thailand, no papers", None, 0.4)
    answered = engine.handle(told, settled("en", "TH"), real)
    after = replace(real, last_answer=answered.shown)
    outcome = engine.handle(read_as("what i do", "bot_help", 0.97), settled("en", "TH"), after)
    assert "/privacy" not in said(outcome)
    assert said(outcome).startswith("A person from a partner organisation can tell you")
