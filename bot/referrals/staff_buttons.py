"""Signed staff buttons: "cs:<action>:<case id>:<signature>", or with arguments (a handover's
colleague and the case version it was offered at) "cs:<action>:<case id>:<arg>...:<signature>";
and a /cases list's pages: "cl:<organisation>:<page>:<signature>".

The signature (HMAC) covers the button's data, so a forged or altered button is refused
before any permission check even runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.storage.crypto import CryptoBox
from bot.values import Button

# "open": the case in full, to the presser in private (the group card shows no words).
# "hist": its conversation; "hand": the colleagues to hand it to; "hto": to that one
# (arguments: staff id, case version); "rel": back to the inbox (issue 14). "ccl": the
# Cancel under a Reply, Note or Decline prompt (the text it waits for is not wanted).
# "snd" and "edt": Send and Edit under a reply's preview (arguments: the draft's id and
# check number, bot/referrals/staff.py draft_check). "cres", "cref", "cnoc", "coth": an
# outcome, which asks "Close case X as ...?"; "cyes": its "Yes, close" (arguments: the
# outcome's place in bot/referrals/staff.py OUTCOMES, and the case as it was asked about:
# its version and last change, staff.py `seen`). "rch": the person was answered outside the
# bot, by phone or on Telegram (with what was said, kept as a note). "reo": a recently
# closed case reopened (bot/referrals/closed.py).
STAFF_ACTIONS = (
    "acc", "dec", "rep", "note", "close", "cres", "cref", "cnoc", "coth", "cyes", "open",
    "hist", "hand", "hto", "rel", "ccl", "snd", "edt", "rch", "reo",
)  # fmt: skip
# How many numbers may follow the case id; none for the rest. A "Yes, close" with the
# outcome alone was shown before it carried the case's version: it is still read, so that
# it asks again (as for a case changed since) rather than saying "not valid".
ARGS = {
    "hto": (2,),
    "snd": (2,),
    "edt": (2,),
    "cyes": (3, 1),
}
PREFIX = "cs:"
MAX_ID_DIGITS = 18  # a BigInteger's digits: a longer "id" is forged (and int() may refuse it)
PAGE_PREFIX = "cl:"  # a /cases list's Next or Back (bot/desk/finding.py)
_PAGE = re.compile(r"cl:([A-Z][A-Z0-9_]{1,15}):([0-9]{1,4})")  # a partner id (content), a page


@dataclass(frozen=True)
class StaffButtons:
    box: CryptoBox

    def button(self, label: str, action: str, case_id: int, *args: int) -> Button:
        data = ":".join([f"{PREFIX}{action}", str(case_id), *map(str, args)])
        return Button(label, f"{data}:{self.box.sign(data)}")

    def parse(self, data: str) -> tuple[str, int] | None:
        """(action, case id) from signed button data, or None when forged or malformed."""
        parsed = self.parse_args(data)
        return (parsed[0], parsed[1]) if parsed is not None and not parsed[2] else None

    def parse_args(self, data: str) -> tuple[str, int, tuple[int, ...]] | None:
        """(action, case id, arguments), or None when forged or malformed."""
        parts = data.split(":")
        if len(parts) < 4 or parts[0] != PREFIX[:-1] or parts[1] not in STAFF_ACTIONS:
            return None
        if len(parts) - 4 not in ARGS.get(parts[1], (0,)):
            return None
        # ASCII digits only ("١".isdigit() is True), and no id longer than a real one.
        numbers = parts[2:-1]
        if not all(n.isascii() and n.isdigit() and len(n) <= MAX_ID_DIGITS for n in numbers):
            return None
        if not self.box.verify(":".join(parts[:-1]), parts[-1]):
            return None
        return parts[1], int(parts[2]), tuple(int(n) for n in parts[3:-1])

    def page_button(self, label: str, org_id: str, page: int) -> Button:
        """A /cases list's button to `page` (from 0) of `org_id`'s open cases."""
        data = f"{PAGE_PREFIX}{org_id}:{page}"
        return Button(label, f"{data}:{self.box.sign(data)}")

    def parse_page(self, data: str) -> tuple[str, int] | None:
        """(organisation, page) from a signed page button, or None when forged or malformed."""
        data, _, signature = data.rpartition(":")
        if not _PAGE.fullmatch(data) or not self.box.verify(data, signature):
            return None
        org_id, page = data.removeprefix(PAGE_PREFIX).split(":")
        return org_id, int(page)
