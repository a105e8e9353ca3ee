"""A job advert pasted or forwarded, asking for money first (exploratory round 21C): read as
Unpaid wages, it got the answer for a worker whose boss does not pay. Now Fake jobs and
trafficking (money first is among its warning signs), Agency fees and debt one tap away; a
worker's own story of pay not paid stays Unpaid wages."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled

from bot.dialogue import instead
from bot.dialogue.events import ButtonPress

KOREA = (
    "URGENT JOB IN KOREA Factory work, salary 2,500,000 won/month. No experience, no language "
    "test. Free visa! Only pay 3,500,000 kyat processing fee first. Contact @koreajob_agent "
    "now. Limited seats!!"
)
# A recruiter's post pasted many times over, past Telegram's 4,096 characters, with a question.
POST = (
    "Myanmar workers attention!!! "
    + "Thailand new MOU job at chicken factory in Samut Sakhon, salary 12000 baht, OT extra, "
    "free room. Need passport and CI. Agent fee 18000 baht pay before go, 50% first. " * 40
)[:4000] + " I want to go, is it safe?"


def title(ctx, topic: str) -> str:
    return said(run(ctx, settled(), ButtonPress(f"topic:{topic}"))).split("\n")[0]


@pytest.mark.parametrize("words", [KOREA, POST])
def test_an_advert_read_as_unpaid_wages_gets_fake_jobs(real, words):
    got = run(real, settled(), read_as(words, "unpaid_wages", 0.6))
    first = said(got).split("\n")[0]
    assert first == title(real, "job_scams_trafficking")
    assert first != title(real, "unpaid_wages")
    assert any("recruitment_fees" in data for data in all_button_data(got))


SCAMS = ("job_scams_trafficking", ("recruitment_fees",))


@pytest.mark.parametrize(
    ("topic", "words", "expected"),
    [
        ("unpaid_wages", KOREA, SCAMS),
        (None, "Hiring now! salary RM1800 per month, free food. Deposit 500 dollar", SCAMS),
        # pay not paid: the worker's own complaint, a fee and free room in it
        (
            "unpaid_wages",
            "agent take 20000 fee and boss not pay salary 2 month, free room",
            ("unpaid_wages", ()),
        ),
        # an offer without money asked first
        (
            "unpaid_wages",
            "hiring now, salary 12000 baht per month, free room",
            ("unpaid_wages", ()),
        ),
        # danger read stays
        ("emergency_help", KOREA, ("emergency_help", ())),
    ],
)
def test_read(real, topic, words, expected):
    got = instead.read(topic, words, 0.8, real)
    assert (got.topic, got.also) == expected
