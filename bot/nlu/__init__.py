"""The bot's side of natural-language understanding: a client for Rasa's HTTP API and a
supervisor for a local Rasa NLU server."""

from bot.nlu.client import RasaHttpClient
from bot.nlu.models import newest_model
from bot.nlu.priority import (
    DEFAULT_ALSO_THRESHOLD,
    DEFAULT_CLAUSE_THRESHOLD,
    PRIORITY,
    found_topics,
)
from bot.nlu.result import (
    DEFAULT_THRESHOLD,
    OUT_OF_SCOPE,
    NluClient,
    NluUnavailable,
)
from bot.nlu.supervisor import RasaSupervisor
from bot.values import NluResult

__all__ = [
    "DEFAULT_ALSO_THRESHOLD",
    "DEFAULT_CLAUSE_THRESHOLD",
    "DEFAULT_THRESHOLD",
    "OUT_OF_SCOPE",
    "PRIORITY",
    "NluClient",
    "NluResult",
    "NluUnavailable",
    "RasaHttpClient",
    "RasaSupervisor",
    "found_topics",
    "newest_model",
]
