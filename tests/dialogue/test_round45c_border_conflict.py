"""The 2025 Thai-Cambodian border war told by when it happened (exploratory round 45C):
"boss fire all Cambodian workers after the fighting" got "did not understand", "my husband in
thailand, no news since the fighting" only the someone-else line, "i went home during the
fighting, can i go back to my job?" the before-you-go-home steps. Now the line on what our
sources do not hold comes first (a person first); a Cambodian in Thailand is offered "Visa
and work permit", which holds the two dated facts (Aug 2025 extension, Nov 2025
suspension). A fight with a person is not the war."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.dialogue.called_up import at_war

WAR = (
    "I am sorry. Fighting, bombing or the earthquake at home: our sources have no checked "
    "information on help there, or on finding news of family there."
)


@pytest.mark.parametrize(
    "words",
    [
        "boss fire all Cambodian workers after the fighting",
        "my husband in thailand, no news since the fighting",
        "i went home during the fighting, can i go back to my job?",
        "my son work in thailand, since the war he not answer phone",
        "when fighting start boss say all Cambodian must go",
    ],
)
def test_the_war_told_by_when_is_read(words):
    assert at_war(words)


@pytest.mark.parametrize(
    "words",
    [
        "after the fighting with my husband he left",
        "i had a fight with my friend at work",
        "after work i go home by bus",
        "since the start of the contract no pay",
    ],
)
def test_a_fight_with_a_person_or_ordinary_words_are_not_the_war(words):
    assert not at_war(words)


def test_a_cambodian_fired_after_the_fighting_gets_the_line_and_the_papers(real):
    words = "boss fire all Cambodian workers after the fighting"
    state = replace(settled("en", "TH"), origin="KH")
    got = run(real, state, read_as(words, "injury_illness", 0.3))
    assert said(got).startswith(WAR)
    data = all_button_data(got)
    assert data[0].startswith("person")
    assert "topic:visa_work_permit" in data  # its Aug and Nov 2025 lines
    assert "topic:embassy_contact" not in data
