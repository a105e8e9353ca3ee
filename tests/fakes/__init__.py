"""Fakes for tests: a fake Telegram Bot API server, a fake Rasa NLU server, and the real bot
as a child process pointed at them.

    tg = FakeTelegram(); tg.start()                 # telegram_server.py: the test-side API
    bot = BotProcess(tg, bot_env(tg, tmp), tmp / "bot.log"); bot.start()   # bot_process.py
    tg.user_sends_command(42, "start")
    [welcome] = await tg.wait_for_messages(42, 1)
    tg.user_presses(42, welcome, "lang:km")

For fault tests: `plan = tg.fail_sends(0.3, codes=(500, 429), retry_after=1, seed=7)` fails
30% of sends (nothing delivered; `plan.injected`, `plan.violations` of retry_after);
`bot.kill()` is a SIGKILL, `bot.start()` a restart on the same database; `tg.calls` logs
every Bot API call and `tg.replay(update_id)` redelivers an update, as Telegram does after
a crash. Group inboxes: `tg.group_message(chat_id, user_id, text)` (negative ids), then
`tg.user_presses(user_id, message_in_group, "Accept")`.
"""

from tests.fakes.bot_process import BotProcess, bot_env
from tests.fakes.jsonhttp import free_port
from tests.fakes.telegram_faults import NO_ANSWER, FaultPlan
from tests.fakes.telegram_objects import ApiCall, BotMessage, Button, Venue
from tests.fakes.telegram_server import FakeTelegram

__all__ = [
    "NO_ANSWER",
    "ApiCall",
    "BotMessage",
    "BotProcess",
    "Button",
    "FakeTelegram",
    "FaultPlan",
    "Venue",
    "bot_env",
    "free_port",
]
