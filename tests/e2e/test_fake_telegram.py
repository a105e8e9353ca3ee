"""The fake Telegram server itself, driven by PTB's own Bot: a broken fake shows up here, not
as a puzzling end-to-end failure."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter

from tests.fakes import NO_ANSWER, FakeTelegram

TOKEN = "123:TEST"


@pytest.fixture
def tg() -> Iterator[FakeTelegram]:
    with FakeTelegram(TOKEN) as fake:
        yield fake


@pytest.fixture
async def bot(tg: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=f"{tg.url}/bot", base_file_url=f"{tg.url}/file/bot") as bot:
        yield bot


def keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data)] for label, data in pairs]
    )


async def test_get_me_describes_the_bot(bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123, True, "test_bot")


async def test_a_wrong_token_is_refused(tg: FakeTelegram) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("999:WRONG", base_url=f"{tg.url}/bot"):
            pass  # initialising calls getMe


async def test_send_message_is_recorded_with_its_buttons(tg: FakeTelegram, bot: Bot) -> None:
    tg.user(42)
    sent = await bot.send_message(42, "សួស្តី", reply_markup=keyboard(("Menu", "menu")))
    [seen] = await tg.wait_for_messages(42, 1, timeout=1)
    assert (seen.message_id, seen.text, seen.buttons) == (
        sent.message_id,
        "សួស្តី",
        ((("Menu", "menu", None),),),
    )
    assert sent.from_user is not None and sent.from_user.is_bot
    assert sent.reply_markup == keyboard(("Menu", "menu"))
    assert [call.method for call in tg.calls] == ["getMe", "sendMessage"]
    [call] = tg.calls_to("sendMessage")
    assert call.params["reply_markup"]["inline_keyboard"] == [
        [{"text": "Menu", "callback_data": "menu"}]
    ]


async def test_get_updates_honours_offset_and_limit(tg: FakeTelegram, bot: Bot) -> None:
    for text in ("one", "two", "three"):
        tg.user_sends_text(7, text)
    first = await bot.get_updates(limit=2)
    assert [u.message.text for u in first if u.message] == ["one", "two"]
    again = await bot.get_updates()  # nothing confirmed yet: delivered again
    assert [u.update_id for u in again] == [u.update_id for u in first] + [again[-1].update_id]
    rest = await bot.get_updates(offset=first[-1].update_id + 1)
    assert [u.message.text for u in rest if u.message] == ["three"]
    assert tg.pending_updates == 1
    assert await bot.get_updates(offset=rest[-1].update_id + 1, timeout=0) == ()
    assert tg.pending_updates == 0


async def test_negative_offset_keeps_only_the_newest(tg: FakeTelegram, bot: Bot) -> None:
    for text in ("old", "older", "newest"):
        tg.user_sends_text(7, text)
    [latest] = await bot.get_updates(offset=-1)
    assert latest.message is not None and latest.message.text == "newest"


async def test_long_poll_returns_as_soon_as_an_update_arrives(tg: FakeTelegram, bot: Bot) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=50, read_timeout=60))
    await asyncio.to_thread(tg.wait_until_polling, 0, 30)
    tg.user_sends_command(7, "start")
    [update] = await poll
    # Woken by the update, not by the end of the 50 s long poll (a margin no load crosses).
    assert time.monotonic() - started < 25
    message = update.message
    assert message is not None and message.text == "/start"
    assert message.entities[0].type == "bot_command"  # PTB's filters.COMMAND needs it


async def test_long_poll_times_out_empty(tg: FakeTelegram, bot: Bot) -> None:
    assert await bot.get_updates(timeout=0.2) == ()


async def test_a_press_is_a_callback_query_on_the_current_message(
    tg: FakeTelegram, bot: Bot
) -> None:
    tg.user(42)
    await bot.send_message(42, "Choose", reply_markup=keyboard(("ខ្មែរ", "lang:km")))
    [shown] = await tg.wait_for_messages(42)
    query_id = tg.user_presses(42, shown, "ខ្មែរ")
    [update] = await bot.get_updates()
    query = update.callback_query
    assert query is not None and query.data == "lang:km" and query.chat_instance
    assert query.message is not None and query.message.message_id == shown.message_id
    assert tg.callback_answer(query_id) is None
    await query.answer()
    assert tg.callback_answer(query_id) is not None
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await query.answer()
    with pytest.raises(LookupError, match="no button"):
        tg.user_presses(42, shown, "lang:xx")


async def test_every_media_kind_parses(tg: FakeTelegram, bot: Bot) -> None:
    tg.user_sends_photo(5)
    tg.user_sends_voice(5)
    tg.user_sends_sticker(5)
    tg.user_sends_document(5)
    tg.user_sends_location(5, 16.8, 96.15)
    tg.user_sends_contact(5)
    for kind in ("audio", "video", "video_note", "animation", "dice"):
        tg.user_sends_media(5, kind)
    updates = await bot.get_updates()
    messages = [u.message for u in updates if u.message]
    assert messages[0].photo and messages[1].voice and messages[2].sticker
    assert messages[3].document and messages[4].location and messages[5].contact
    assert [
        bool(getattr(m, k))
        for m, k in zip(
            messages[6:], ("audio", "video", "video_note", "animation", "dice"), strict=True
        )
    ] == [True] * 5
    file = await bot.get_file(messages[1].voice.file_id)  # type: ignore[union-attr]
    assert await file.download_as_bytearray()


async def test_group_messages_and_edits(tg: FakeTelegram, bot: Bot) -> None:
    tg.group_message(-100, 7, "hello all")
    sent = tg.user_sends_text(7, "typo")
    tg.user_edits(7, sent, "fixed")
    group, _private, edited = await bot.get_updates()
    assert group.effective_chat is not None and group.effective_chat.type == "group"
    assert edited.edited_message is not None and edited.edited_message.text == "fixed"
    chat = await bot.get_chat(7)
    assert chat.type == "private"


async def test_edits_deletes_and_venues(tg: FakeTelegram, bot: Bot) -> None:
    tg.user(42)
    sent = await bot.send_message(42, "first", reply_markup=keyboard(("A", "a")))
    await bot.edit_message_text("second", 42, sent.message_id)
    [record] = await tg.wait_for_messages(42)
    assert (record.text, record.history, record.buttons) == ("second", ["first"], ())
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_text("second", 42, sent.message_id)
    await bot.edit_message_reply_markup(42, sent.message_id, reply_markup=keyboard(("B", "b")))
    assert record.data == ["b"]
    assert await bot.delete_message(42, sent.message_id) and record.deleted
    venue = await bot.send_venue(42, 13.7, 100.5, "Office", "Bangkok")
    assert venue.venue is not None and venue.venue.title == "Office"
    [pin] = await tg.wait_for_messages(42)
    assert pin.venue == (13.7, 100.5, "Office", "Bangkok")
    assert await bot.send_chat_action(42, "typing")
    assert await bot.set_my_commands([("start", "Start")]) and tg.commands[0]["command"] == "start"
    assert await bot.delete_webhook() and (await bot.get_webhook_info()).url == ""


@pytest.mark.parametrize(
    ("text", "markup", "error"),
    [
        ("", None, "message text is empty"),
        ("x" * 4097, None, "message is too long"),
        ("ok", keyboard(("A", "x" * 65)), "BUTTON_DATA_INVALID"),
    ],
)
async def test_what_telegram_refuses_is_refused(
    tg: FakeTelegram, bot: Bot, text: str, markup: InlineKeyboardMarkup | None, error: str
) -> None:
    tg.user(42)
    with pytest.raises(BadRequest, match=f"(?i){error}"):
        await bot.send_message(42, text, reply_markup=markup)
    assert tg.messages_to(42) == []


async def test_unknown_chats_and_blocked_users(tg: FakeTelegram, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(-404, "hi")
    with pytest.raises(Forbidden, match="initiate conversation"):
        await bot.send_message(404, "hi")
    tg.user(42)
    tg.block_bot(42)
    with pytest.raises(Forbidden):
        await bot.send_message(42, "hi")


async def test_html_is_checked_like_telegram(tg: FakeTelegram, bot: Bot) -> None:
    tg.user(42)
    await bot.send_message(42, "<b>bold</b> &amp; fine", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)parse entities"):
        await bot.send_message(42, "<p>unsupported</p>", parse_mode="HTML")


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_injected_faults_fail_sends_and_open_a_flood_wait(tg: FakeTelegram, bot: Bot) -> None:
    tg.user(42)
    plan = tg.fail_sends(1.0, codes=(429,), retry_after=3, limit=1)
    with pytest.raises(RetryAfter, match="Retry in 3 seconds"):
        await bot.send_message(42, "first try")
    with pytest.raises(RetryAfter):  # inside the flood wait: refused again, and counted
        await bot.send_message(42, "too soon")
    assert plan.violations == 1 and plan.injected == [("sendMessage", 429)]
    assert await bot.get_me()  # only sends fail
    tg.clear_faults()
    await bot.send_message(42, "later")
    assert [m.text for m in tg.messages_to(42)] == ["later"]


async def test_injected_server_errors_are_network_errors(tg: FakeTelegram, bot: Bot) -> None:
    tg.user(42)
    plan = tg.fail_sends(0.5, codes=(500,), seed=1)
    outcomes = []
    for n in range(20):
        try:
            await bot.send_message(42, f"m{n}")
            outcomes.append(True)
        except NetworkError:
            outcomes.append(False)
    assert outcomes.count(False) == len(plan.injected) and 3 < len(plan.injected) < 17
    assert len(tg.messages_to(42)) == outcomes.count(True)


async def test_replay_delivers_an_update_again(tg: FakeTelegram, bot: Bot) -> None:
    tg.user_sends_text(7, "once")
    [first] = await bot.get_updates()
    assert await bot.get_updates(offset=first.update_id + 1, timeout=0) == ()
    tg.replay(tg.last_update_id)
    [again] = await bot.get_updates(offset=0)
    assert again.update_id == first.update_id


async def test_a_newer_long_poll_ends_an_older_one(tg: FakeTelegram, bot: Bot) -> None:
    # PTB keeps one connection for getUpdates per Bot: a second Bot plays the newer process.
    async with Bot(TOKEN, base_url=f"{tg.url}/bot") as successor:
        older = asyncio.create_task(bot.get_updates(timeout=10, read_timeout=15))
        await asyncio.to_thread(tg.wait_until_polling, 0, 5)
        assert await successor.get_updates(timeout=0) == ()
        with pytest.raises(Conflict):
            await older


async def test_a_send_without_an_answer_times_out_and_delivers_nothing(
    tg: FakeTelegram, bot: Bot
) -> None:
    tg.user(42)
    plan = tg.fail_sends(1.0, codes=(NO_ANSWER,), hang_s=0.3, limit=1)
    with pytest.raises(NetworkError):  # TimedOut is a NetworkError too
        await bot.send_message(42, "lost", read_timeout=2)
    assert plan.injected == [("sendMessage", NO_ANSWER)]
    await bot.send_message(42, "next")
    assert [m.text for m in tg.messages_to(42)] == ["next"]
