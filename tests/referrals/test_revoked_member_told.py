"""A caseworker whose access is removed is told so in private, in their organisation's staff
language, and gets back the reply they had not sent; the people whose cases went back to the
inbox are not told a caseworker reads them (exploratory test 9, finding 9: she got nothing,
then only "You cannot act on this case.", and the person read "Sent to the caseworker.")."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness, preview_button

from bot.referrals import revoking, staff
from bot.storage.models import Case, CaseMessage

INBOX = ORG_CHAT["ALPHA"]
SOKHA = 201
REMOVED = (
    "Your access to the cases of Alpha Aid (fixture) was removed. Ask your organisation's admin."
)


def two_held_cases(harness: Harness) -> list[Case]:
    harness.connect_inbox("ALPHA")
    harness.join_named("ALPHA", SOKHA, "Sokha")
    for uid in ("tg:9001", "tg:9002"):
        harness.profile(uid, "KH", "TH")
        harness.fill_form(uid, "unpaid_wages", "my boss owes me")
    held = harness.all(Case)
    for case in held:
        harness.staff_press(SOKHA, INBOX, "acc", case.id)
    return held


def revoke(harness: Harness, org: str, tg_user_id: int) -> None:
    with harness.store.sessions.begin() as session:
        revoking.revoke_member(session, org, tg_user_id, harness.service.kit)


def test_the_removed_caseworker_is_told_and_gets_the_unsent_reply_back(harness: Harness):
    first, second = two_held_cases(harness)
    harness.staff_press(SOKHA, SOKHA, "rep", first.id)
    preview = harness.staff_text(SOKHA, "Please come to our office on Friday", send=False)
    harness.staff_press(SOKHA, SOKHA, "rep", second.id)  # pressed, nothing typed yet
    before = len(harness.texts_to(SOKHA))
    revoke(harness, "ALPHA", SOKHA)
    told = harness.texts_to(SOKHA)[before:]
    assert told[0] == REMOVED
    head = f"Your reply to case {first.ref} was not sent. Here it is, so you can copy it:"
    assert told[1:] == [head, "Please come to our office on Friday"]
    kinds = [row.kind for row in harness.all(CaseMessage)]
    assert not set(kinds) & set(staff.DRAFT_KINDS), "given back: not kept"

    [pressed] = harness.desk.button(SOKHA, SOKHA, preview_button(preview, "snd") or "")
    assert (pressed.text, pressed.alert) == (REMOVED, True), "the old preview's Send says why"

    # What she types now for the Reply she pressed is hers again, with the reason.
    said = harness.staff_text(SOKHA, "hello, I will call you")
    assert said[0].text.startswith(REMOVED)
    assert said[-1].text == "hello, I will call you"


def test_a_thai_partners_caseworker_is_told_in_thai(harness: Harness):
    harness.connect_inbox("DELTA")
    harness.join_named("DELTA", 7301, "Nok")
    revoke(harness, "DELTA", 7301)
    [told] = harness.texts_to(7301)
    assert "Delta House (fixture)" in told
    assert "access" not in told.lower() and "admin" not in told.lower(), "Thai, not English"


def test_revoking_twice_tells_them_once(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.join_named("ALPHA", SOKHA, "Sokha")
    revoke(harness, "ALPHA", SOKHA)
    revoke(harness, "ALPHA", SOKHA)
    assert harness.texts_to(SOKHA).count(REMOVED) == 1


def test_the_person_whose_case_went_back_to_the_inbox_is_not_told_a_caseworker_has_it(
    harness: Harness,
):
    first, _second = two_held_cases(harness)
    revoke(harness, "ALPHA", SOKHA)
    harness.press("tg:9001", f"ans:{first.ref}")
    [sent] = harness.say("tg:9001", "hello? anyone?")
    assert sent.text == "Sent to Alpha Aid (fixture)."
