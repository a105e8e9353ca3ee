"""The bot's side of natural-language understanding: a client for Rasa's HTTP API and a
supervisor for a local Rasa NLU server."""

from bot.nlu.client import RasaHttpClient
from bot.nlu.models import newest_model
from bot.nlu.priority import PRIORITY
from bot.nlu.result import (
    DEFAULT_THRESHOLD,
    OUT_OF_SCOPE,
    NluClient,
    NluUnavailable,
    result_from_rasa,
)
from bot.nlu.supervisor import RasaSupervisor
from bot.nlu.topics import (
    ONE_TOPIC,
    SECOND_RULE,
    ClauseReading,
    SecondRule,
    found_topics,
)
from bot.values import NluResult

__all__ = [
    "DEFAULT_THRESHOLD",
    "ONE_TOPIC",
    "OUT_OF_SCOPE",
    "PRIORITY",
    "SECOND_RULE",
    "ClauseReading",
    "NluClient",
    "NluResult",
    "NluUnavailable",
    "RasaHttpClient",
    "RasaSupervisor",
    "SecondRule",
    "found_topics",
    "newest_model",
    "result_from_rasa",
]
