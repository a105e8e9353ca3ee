"""A migrant talks to the real bot process over (fake) Telegram: language, profile, menus,
answers, free text, photos and voice notes, and what happens in groups.

The NLU here is a scripted fake Rasa server: what matters is that free text reaches the NLU and
comes back as the curated answer; the real model has its own test (test_real_nlu.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from bot.dialogue.events import Location
from tests.e2e.driver import Oracle, Person, group_event, script_of
from tests.fakes import BotMessage, FakeTelegram
from tests.fakes.bot_process import BotProcess
from tests.fakes.rasa_server import FakeRasa

pytestmark = pytest.mark.e2e

# "The agency asks for a very high service fee" / its English counterpart.
FEE_QUESTION_KM = "ភ្នាក់ងារទារថ្លៃសេវាខ្ពស់ណាស់"
FEE_QUESTION_EN = "the agency wants a big recruitment fee from me"


@pytest.fixture(scope="module")
def fake_nlu() -> Iterator[FakeRasa]:
    with FakeRasa() as nlu:
        nlu.classify("ថ្លៃសេវា", "recruitment_fees")
        nlu.classify("recruitment fee", "recruitment_fees")
        yield nlu


@pytest.fixture(scope="module")
def nlu_env(fake_nlu: FakeRasa) -> dict[str, str]:
    return {"NLU_URL": fake_nlu.url}


def all_khmer(messages: list[BotMessage]) -> bool:
    return all("KHMER" in script_of(m.text or "") for m in messages)


async def test_start_asks_for_a_language_with_buttons(person: Person) -> None:
    [welcome] = await person.command("start")
    assert welcome.data[:3] == ["lang:my", "lang:km", "lang:en"]
    assert {"မြန်မာ", "ខ្មែរ", "English"} <= set(welcome.labels)
    # Written before the language is known, so in all three scripts.
    assert {"MYANMAR", "KHMER", "LATIN"} <= script_of(welcome.text or "")


async def test_a_khmer_speaker_sets_a_profile_and_finds_answers(
    person: Person, oracle: Oracle
) -> None:
    km = oracle.tr("km")
    await person.command("start")
    await person.press("ខ្មែរ")  # pressed by its label
    await person.press(km.gettext("Cambodia"))
    await person.press(km.gettext("Thailand"))
    assert (person.state.language, person.state.origin, person.state.country) == ("km", "KH", "TH")

    menu = await person.command("menu")
    assert all_khmer(menu)
    assert person.button_data("group:"), "the menu shows the topic groups"
    await person.press("group:safe_migration")
    await person.press("group:agencies")  # its subgroup (a small screen's list)
    assert "topic:recruitment_fees" in person.button_data("topic:")

    answer = await person.press("topic:recruitment_fees")
    assert oracle.title("recruitment_fees", "km") in answer[0].text
    related = person.button_data("topic:")
    assert related, "every answer offers related topics"
    assert person.button_data("person"), "every answer offers a person"
    assert "menu" in person.keyboard().data

    related_answer = await person.press(related[0])
    assert oracle.title(related[0].removeprefix("topic:"), "km") in related_answer[0].text
    await person.press(person.button_data("person")[0])  # the engine decides what follows


async def test_everything_a_khmer_speaker_sees_is_khmer(person: Person) -> None:
    seen = await person.onboard("km", "KH", "TH")
    seen = [*person.tg.messages_to(person.user_id)[1:]]  # all but the trilingual welcome
    seen += await person.press(person.button_data("person")[0])
    not_khmer = [
        text
        for message in seen
        for text in (message.text or "", *message.labels)
        if script_of(text) and "KHMER" not in script_of(text)
    ]
    assert not_khmer == []


async def test_photos_and_voice_notes_get_a_kind_reply_and_the_menu(person: Person) -> None:
    await person.onboard("km", "KH", "TH")
    [photo_reply] = await person.sends("photo")
    [voice_reply] = await person.sends("voice")
    assert photo_reply.text != voice_reply.text  # each says what it cannot do
    for reply in (photo_reply, voice_reply):
        assert all_khmer([reply])
        assert any(data and data.startswith("group:") for data in reply.data)
    for kind in ("sticker", "document", "contact", "video", "video_note"):
        await person.sends(kind)


async def test_a_shared_location_is_answered(person: Person) -> None:
    await person.onboard("en", "MM", "TH")
    replies = await person.shares_location(13.7563, 100.5018)  # Bangkok
    assert replies and replies[-1].buttons, "the last reply carries the footer buttons"


async def test_a_live_location_is_answered_once(person: Person, tg: FakeTelegram) -> None:
    # Each new position comes as an edit of the location's message: not answered again
    # (the /help after the test would show any extra reply), nor counted as a flood.
    await person.onboard("en", "MM", "TH")
    shared = tg.user_sends_location(person.user_id, 16.4, 99.5, live_period=900)
    await person.expect(Location(16.4, 99.5))
    for step in range(1, 25):  # more moves than the flood limit allows messages
        tg.user_moves(shared, 16.4 + step / 1000, 99.5)
    replies = await person.says("hello")
    assert replies and "wait a minute" not in replies[0].text


async def test_a_place_picked_in_the_location_picker_is_a_location(
    person: Person, tg: FakeTelegram
) -> None:
    await person.onboard("en", "MM", "TH")
    place = {"latitude": 13.7563, "longitude": 100.5018}
    tg.user_sends(person.user_id, venue={"location": place, "title": "Factory", "address": "Soi 5"},
                  location=place)  # fmt: skip
    replies = await person.expect(Location(13.7563, 100.5018))
    assert "Offices near you" in replies[0].text


async def test_free_text_is_answered_from_the_curated_content(
    person: Person, oracle: Oracle, fake_nlu: FakeRasa
) -> None:
    await person.onboard("km", "KH", "TH")
    parses = fake_nlu.parses
    answer = await person.says(FEE_QUESTION_KM)
    assert fake_nlu.parses > parses, "the text went to the NLU"
    assert oracle.title("recruitment_fees", "km") in answer[0].text
    assert person.state.language == "km"

    understood_not = await person.says("ខ្ញុំចង់ដឹងរឿងផ្សេង")  # "I want to know something else"
    assert all_khmer(understood_not)


async def test_writing_english_switches_the_reply_language(person: Person, oracle: Oracle) -> None:
    await person.onboard("km", "KH", "TH")
    answer = await person.says(FEE_QUESTION_EN)
    assert person.state.language == "en"
    assert oracle.title("recruitment_fees", "en") in answer[0].text


async def test_old_or_forged_buttons_get_the_menu(person: Person) -> None:
    await person.onboard("km", "KH", "TH")
    for data in ("topic:no_such_topic", "group:nope", "x" * 64, "lang:xx"):
        await person.press_data(data)


async def test_in_a_group_the_bot_only_says_it_works_in_private(
    tg: FakeTelegram, oracle: Oracle, person: Person
) -> None:
    chat_id = -1_000_000 - person.user_id
    tg.bot_added_to_group(chat_id, person.user_id)
    [added] = await group_event(tg, oracle, chat_id)
    tg.group_message(chat_id, person.user_id, "who can help me with my passport?")
    tg.group_message(chat_id, person.user_id, "/start")
    [started] = await group_event(tg, oracle, chat_id)
    assert "private" in (started.text or "").lower()
    # In the three languages, with a button that opens the private chat (a link, no action).
    name = tg.bot_user["username"]
    assert [[(b.label, b.url) for b in row] for row in started.buttons] == [
        [(f"💬 @{name}", f"https://t.me/{name}")]
    ]
    assert added.buttons == started.buttons
    # Updates are handled in order: once a later private message is answered, an answer to
    # the plain group text would have arrived too.
    await person.command("help")
    assert len(tg.messages_to(chat_id)) == 2, "the bot chatted in the group"


async def test_no_user_text_reaches_the_log_even_at_debug(person: Person, bot: BotProcess) -> None:
    await person.onboard("en", "skip", "skip")
    secret = f"my employer keeps my passport {uuid.uuid4().hex[:8]}"
    await person.says(secret)
    # Users may be undocumented: their words must not reach any log (issue 6).
    assert secret not in bot.log(tail_lines=100_000)
    assert secret.split()[-1] not in bot.log(tail_lines=100_000)


async def test_flood_waits_are_honoured_and_nothing_is_lost(
    tg: FakeTelegram, person: Person
) -> None:
    plan = tg.fail_sends(0.3, codes=(429,), retry_after=1, seed=3)
    try:
        await person.onboard("km", "KH", "TH")
        await person.press("group:at_work")
    finally:
        tg.clear_faults()
    assert plan.injected, "the seed injected no 429"
    assert plan.violations == 0, "the bot sent again inside a flood wait"


async def test_an_edited_text_is_never_taken_as_a_new_answer(person: Person) -> None:
    # Findings part 5, section 13: Telegram sends an edit as an edited_message update, which
    # reached the text handler as a new message: the fixed description became the place.
    await person.onboard("en", "MM", "TH")
    await person.press_data("person")
    got = await person.says_then_edits("My boss keeps my pasport", "My boss keeps my passport")
    assert (got[0].text or "").startswith("I cannot change what was already sent.")
    assert person.state.step == "ref:place" and "place" not in (person.state.form or {})
    # Elsewhere an edit is answered as the question it now asks, once.
    await person.press_data("ref:cancel")
    edited = await person.says_then_edits("hello", "the agency wants a big recruitment fee")
    assert person.oracle.title("recruitment_fees", "en") in (edited[0].text or "")


async def test_an_edited_caption_is_an_edited_text(person: Person) -> None:
    """An edited caption went the media way: "I did not open your photo" again and the new
    words answered as a new question; in the form, as its next answer. Now it is an edit,
    as an edited text is (docs/user-testing.md, "Edits")."""
    await person.onboard("en", "MM", "TH")
    await person.press_data("person")
    await person.says("My boss keeps my passport")  # what happened: the form asks the place
    got = await person.sends_then_edits_caption("photo", "Bangkok", "Bangna, Bangkok")
    assert (got[0].text or "").startswith("I cannot change what was already sent.")
    form = person.state.form or {}
    assert form.get("place") == "Bangkok", (
        "the caption answered the place; its edit changes nothing"
    )
