"""What the engine asks the service to do, in the same transaction as saving the state."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OpenCase:
    ref: str
    partner_id: str  # the first candidate; the service may route on if it has no inbox
    topic: str | None
    description: str | None
    place: str | None
    contact_method: str  # bot | phone | telegram
    contact: str | None
    urgent: bool
    language: str
    origin: str | None
    country: str | None


@dataclass(frozen=True)
class WithdrawCase:
    ref: str


@dataclass(frozen=True)
class RelayToStaff:
    ref: str
    text: str


@dataclass(frozen=True)
class DeleteMyData:
    """Erase the user's profile and words; withdraw their open cases."""


@dataclass(frozen=True)
class CaseView:
    """What the migrant may see of their own case (loaded by the service for the engine)."""

    ref: str
    topic: str | None
    partner_id: str | None
    status: str  # waiting | new | accepted | closed | withdrawn | declined
    created_on: str  # ISO date

    @property
    def open(self) -> bool:
        return self.status in ("waiting", "new", "accepted")


Effect = OpenCase | WithdrawCase | RelayToStaff | DeleteMyData
