"""Staff named as their colleagues know them, and staff of several organisations (exploratory
test 7, findings 13 and 14): the revocation notice names the person (their Telegram id only
to admins); /stats and /team name the organisation, and cover each of a person's."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from referral_helpers import ORG_CHAT, Harness

from bot.desk import Said
from bot.referrals import revoking
from bot.reports.build import Picture
from bot.team import TeamDesk

INBOX = ORG_CHAT["ALPHA"]


def team_desk(harness: Harness) -> TeamDesk:
    return TeamDesk(harness.store, harness.service.kit)


def test_the_revocation_notice_names_the_person_and_gives_the_id_to_admins_only(
    harness: Harness,
):
    case = harness.sent_case("tg:5001")
    aye = harness.join_named("ALPHA", 7001, "Aye")
    boss = harness.join_named("ALPHA", 7100, "Chenda", role="admin")
    harness.staff_press(aye, INBOX, "acc", case.id)
    with harness.store.sessions.begin() as session:
        assert (
            revoking.revoke_member(session, "ALPHA", aye, harness.service.kit).result == "removed"
        )
    [group] = [t for t in harness.texts_to(INBOX) if t.startswith("Access removed")]
    named = "Access removed: Aye can no longer act on cases of Alpha Aid (fixture)."
    assert group.startswith(named)  # by the organisation's name, not its id
    assert "7001" not in group, "the whole group gets no Telegram id"
    assert group.endswith(f"back in the inbox for anyone to accept: {case.ref}.")
    [private] = [t for t in harness.texts_to(boss) if t.startswith("Access removed")]
    assert private.startswith("Access removed: Aye (Telegram id 7001) can no longer act")
    assert private.endswith(case.ref + ".")


def test_stats_in_private_lets_staff_of_two_organisations_choose_and_names_it(
    harness: Harness,
):
    harness.join_named("BETA", 7401, "Moe")
    harness.join_named("GAMMA", 7401, "Moe")
    harness.join_named("ALPHA", 7001, "Aye")
    desk = team_desk(harness)
    choice = desk.stats(7401, 7401)
    assert isinstance(choice, Said) and "several organisations" in choice.text
    buttons = [b for row in choice.buttons for b in row]
    assert [b.label for b in buttons] == ["Beta Help (fixture)", "Gamma Door (fixture)"]
    for button, name in zip(buttons, ("Beta Help (fixture)", "Gamma Door (fixture)"), strict=True):
        picture = desk.stats_of(7401, 7401, button.data)
        assert isinstance(picture, Picture) and picture.png.startswith(b"\x89PNG")
        assert picture.caption.splitlines()[0] == name
        assert picture.caption.splitlines()[1].startswith("Last 8 weeks:")
    # Only for the presser's own organisations, and only in their private chat.
    assert desk.stats_of(7001, 7001, buttons[0].data) is None
    assert desk.stats_of(ORG_CHAT["BETA"], 7401, buttons[0].data) is None
    alone = desk.stats(7001, 7001)  # one organisation: its picture at once, named
    assert isinstance(alone, Picture) and alone.caption.startswith("Alpha Aid (fixture)\n")


def test_team_in_private_lists_each_organisation_of_an_admin_of_two(harness: Harness):
    for org in ("ALPHA", "GAMMA"):
        harness.connect_inbox(org)
        harness.join_named(org, 7100, "Chenda", role="admin")
    harness.join_named("GAMMA", 7101, "Dara")
    desk = team_desk(harness)
    teams = desk.team(7100, 7100) or []
    heads = [said.text.splitlines()[0] for said in teams]
    assert heads == [
        "Team of Alpha Aid (fixture): 1 active",
        "Team of Gamma Door (fixture): 2 active",
    ]
    assert "Dara (Telegram id 7101)" in teams[1].text
    [in_inbox] = desk.team(ORG_CHAT["ALPHA"], 7100) or []  # the inbox's organisation only
    assert in_inbox.text.startswith("Team of Alpha Aid (fixture): 1 active")


def test_a_stats_choice_pressed_in_telegram_sends_that_organisations_picture(harness: Harness):
    from bot.telegram import handlers, org_admin

    harness.join_named("BETA", 7401, "Moe")
    harness.join_named("GAMMA", 7401, "Moe")
    photos: list[dict[str, Any]] = []

    async def send_photo(chat_id: int, photo: bytes, caption: str) -> None:
        photos.append({"chat": chat_id, "png": photo, "caption": caption})

    async def answer(*_args: Any, **_kwargs: Any) -> None:
        return None

    update = SimpleNamespace(
        callback_query=SimpleNamespace(data="st:GAMMA", answer=answer),
        effective_user=SimpleNamespace(id=7401, language_code="en", first_name="Moe"),
        effective_chat=SimpleNamespace(id=7401, type="private"),
        update_id=1,
    )
    context = SimpleNamespace(
        bot_data={org_admin.TEAM: team_desk(harness)},
        bot=SimpleNamespace(send_photo=send_photo),
    )
    asyncio.run(handlers.on_button(update, context))  # type: ignore[arg-type]
    [sent] = photos
    assert sent["chat"] == 7401 and sent["png"].startswith(b"\x89PNG")
    assert sent["caption"].startswith("Gamma Door (fixture)\n")
    update.callback_query.data = "st:ALPHA"  # not theirs: nothing
    asyncio.run(handlers.on_button(update, context))  # type: ignore[arg-type]
    assert len(photos) == 1
