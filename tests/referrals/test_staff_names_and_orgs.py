"""Staff named as their colleagues know them, and staff of several organisations (exploratory
test 7, findings 13 and 14): the revocation notice names the person (their Telegram id only
to admins); /stats and /team name the organisation, and cover each of a person's."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.referrals import staff

INBOX = ORG_CHAT["ALPHA"]


def test_the_revocation_notice_names_the_person_and_gives_the_id_to_admins_only(
    harness: Harness,
):
    case = harness.sent_case("tg:5001")
    aye = harness.join_named("ALPHA", 7001, "Aye")
    boss = harness.join_named("ALPHA", 7100, "Chenda", role="admin")
    harness.staff_press(aye, INBOX, "acc", case.id)
    with harness.store.sessions.begin() as session:
        assert staff.revoke(session, "ALPHA", aye, None, harness.service.kit) == 1
    [group] = [t for t in harness.texts_to(INBOX) if t.startswith("Access removed")]
    assert group.startswith("Access removed: Aye can no longer act on cases of ALPHA.")
    assert "7001" not in group, "the whole group gets no Telegram id"
    assert group.endswith(f"back in the inbox for anyone to accept: {case.ref}.")
    [private] = [t for t in harness.texts_to(boss) if t.startswith("Access removed")]
    assert private.startswith("Access removed: Aye (Telegram id 7001) can no longer act")
    assert private.endswith(case.ref + ".")
