"""Fakes for tests: a fake Telegram Bot API server and a fake Rasa NLU server."""

from tests.fakes.jsonhttp import free_port
from tests.fakes.telegram_faults import NO_ANSWER, FaultPlan
from tests.fakes.telegram_objects import ApiCall, BotMessage, Button, Venue
from tests.fakes.telegram_server import FakeTelegram

__all__ = [
    "NO_ANSWER",
    "ApiCall",
    "BotMessage",
    "Button",
    "FakeTelegram",
    "FaultPlan",
    "Venue",
    "free_port",
]
