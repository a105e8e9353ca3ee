"""A decline at the last connected organisation, while one the person agreed to is still not
connected, does not end the case: it waits for that one, as a case opened while its
organisation had no inbox waits, and the person is told so (round 8, "Still open").

Before, the case ended as declined and the person read that no organisation could take it,
although the summary they pressed Send on named one more that simply had no inbox yet."""

from __future__ import annotations

import datetime as dt

from referral_helpers import ORG_CHAT, Harness

from bot.storage.models import Case, utcnow

PERSON = "tg:8501"
PERSON_CHAT = 8501
WORKER = {"ALPHA": 8601, "BETA": 8602, "GAMMA": 8603}
NOBODY = "No other organisation can take it"
WAITS = (
    "The organisation that had your case {ref} cannot take it. Your case now waits for "
    "Gamma Door (fixture): they are not connected to this bot yet. For help now, look at the "
    "contacts in the menu."
)


def decline(harness: Harness, org: str, case: Case) -> tuple[str, str]:
    """A caseworker of `org` presses Decline and gives a reason: (the prompt, the answer)."""
    worker = harness.join(org, WORKER[org])
    [prompt] = harness.staff_press(worker, ORG_CHAT[org], "dec", case.id)
    [answer] = harness.staff_text(worker, "not our area")
    return prompt.text, answer.text


def test_a_decline_waits_for_the_agreed_organisation_that_has_no_inbox_yet(harness: Harness):
    harness.connect_inbox("ALPHA")  # Gamma Door, the fallback, is not connected
    harness.profile(PERSON, "KH", "TH")
    harness.fill_form(PERSON, "unpaid_wages", "my boss owes me")
    case = harness.only(Case)
    assert case.agreed_orgs == "ALPHA,GAMMA"
    prompt, answer = decline(harness, "ALPHA", case)
    assert NOBODY not in prompt
    assert prompt == (
        f"Why do you decline case {case.ref}? The next organisation the person agreed to is "
        "not connected to the bot yet: the case waits for it."
    )
    waiting = harness.only(Case)
    assert (waiting.org_id, waiting.status, waiting.tried_orgs) == ("GAMMA", "waiting", "ALPHA")
    assert waiting.closed_at is None
    assert answer == (
        f"Case {case.ref} declined. It waits for the next organisation the person agreed to, "
        "which is not connected to the bot yet."
    )
    told = harness.texts_to(PERSON_CHAT)[-1]
    assert told == WAITS.format(ref=case.ref)
    assert "No partner organisation could take your case" not in told
    assert harness.texts_to(ORG_CHAT["ALPHA"])[-1].startswith(
        f"Case {case.ref}: passed to another organisation"
    )
    # Nothing else can take it meanwhile: the response-time job leaves it waiting.
    harness.desk.check_deadlines(utcnow() + dt.timedelta(days=3))
    assert (harness.only(Case).org_id, harness.only(Case).status) == ("GAMMA", "waiting")
    # Gamma Door connects: the case reaches its inbox as a new case.
    harness.connect_inbox("GAMMA")
    delivered = harness.only(Case)
    assert (delivered.org_id, delivered.status, delivered.tried_orgs) == (
        "GAMMA",
        "new",
        "ALPHA,GAMMA",
    )
    assert harness.texts_to(ORG_CHAT["GAMMA"])[-1].startswith(f"New case {case.ref}")
    # Declined there too, nobody is left: now it ends, and the caseworker was warned.
    prompt, _answer = decline(harness, "GAMMA", case)
    assert NOBODY in prompt
    assert harness.only(Case).status == "declined"
    assert "No partner organisation could take your case" in harness.texts_to(PERSON_CHAT)[-1]


def test_a_person_who_writes_while_it_waits_is_kept_for_the_organisation(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.profile(PERSON, "KH", "TH")
    harness.fill_form(PERSON, "unpaid_wages", "my boss owes me")
    case = harness.only(Case)
    decline(harness, "ALPHA", case)
    harness.press(PERSON, f"ans:{case.ref}")
    harness.say(PERSON, "still not paid")
    assert not any("still not paid" in text for text in harness.texts_to(ORG_CHAT["ALPHA"]))
    assert harness.only(Case).status == "waiting"
