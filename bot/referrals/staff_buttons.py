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
MAX_ID_DIGITS = 18  # a BigInteger's digits: a longer "id" is forged (and int() may refuse it)


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
        # ASCII digits only ("١".isdigit() is True), and no id longer than a real one.
        case_id = parts[2]
        if not (case_id.isascii() and case_id.isdigit() and len(case_id) <= MAX_ID_DIGITS):
            return None
        if not self.box.verify(":".join(parts[:3]), parts[3]):
            return None
        return parts[1], int(parts[2])
