"""A user's conversation state. Stored in the database between messages, never in memory."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

ORIGINS = ("MM", "KH", "other")
COUNTRIES = ("MM", "KH", "TH", "MY", "KR", "JP", "SG", "other")


@dataclass(frozen=True)
class UserState:
    language: str | None = None  # "my" | "km" | "en"; None until chosen or detected
    encoding: str | None = None  # "zawgyi" when replies must be sent in Zawgyi
    origin: str | None = None  # one of ORIGINS, None when unknown or skipped
    country: str | None = None  # one of COUNTRIES, None when unknown or skipped
    profile_asked: bool = False  # the profile is asked once; /profile asks again
    step: str | None = None  # what the last question was waiting for ("origin", "country")
    pending_topic: str | None = None  # topic to answer once the profile question is done
    misses: int = 0  # consecutive messages not understood
    # The referral form being filled in (stored encrypted): topic, description, place,
    # contact_method, contact, urgent; "editing" when the user came from the summary.
    form: Mapping[str, str] | None = None

    def with_(self, **changes: object) -> UserState:
        return replace(self, **changes)  # type: ignore[arg-type]
