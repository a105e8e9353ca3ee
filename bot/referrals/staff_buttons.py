"""Signed staff buttons: "cs:<action>:<case id>:<signature>".

The signature (HMAC) covers the button's data, so a forged or altered button is refused
before any permission check even runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.crypto import CryptoBox
from bot.values import Button

# "open": the case in full, to the presser in private (the group card shows no words).
STAFF_ACTIONS = ("acc", "dec", "rep", "note", "close", "cres", "cref", "cnoc", "coth", "open")
PREFIX = "cs:"


@dataclass(frozen=True)
class StaffButtons:
    box: CryptoBox

    def button(self, label: str, action: str, case_id: int) -> Button:
        data = f"{PREFIX}{action}:{case_id}"
        return Button(label, f"{data}:{self.box.sign(data)}")

    def parse(self, data: str) -> tuple[str, int] | None:
        """(action, case id) from signed button data, or None when forged or malformed."""
        parts = data.split(":")
        if len(parts) != 4 or parts[0] != PREFIX[:-1] or parts[1] not in STAFF_ACTIONS:
            return None
        if not parts[2].isdigit() or not self.box.verify(":".join(parts[:3]), parts[3]):
            return None
        return parts[1], int(parts[2])
