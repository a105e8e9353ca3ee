"""The country an amount's currency points to: "boss cut 750 baht", "pay 300 ringgit",
"RM1500", "500000 won" (round 37C).

With no place in the profile, "boss cut 750 baht from my salary" got the home ministries and
the five countries' buttons in a row, Thailand among them, as if nothing had been said. A
currency is a hint, not a place chosen: it never sets or overrides the profile, nor picks
the answer's offices (a Cambodian at home writes "agent want 20000 baht" too); it only puts
the country it points to first among the buttons and asks about it by name. "won" only after
a number (an English verb too). Thai, Burmese and Khmer spellings of baht (บาท, ဘတ်, បាត)
and won (원); drafts for a native speaker's review.
"""

from __future__ import annotations

import re

_NUMBER = r"\d[\d,.]*\s*(?:k\s*)?"
_CURRENCY: dict[str, re.Pattern[str]] = {
    "TH": re.compile(rf"{_NUMBER}(?:baht|bath|thb)\b|฿\s*\d|\d[\d,.]*\s*(?:บาท|ဘတ်|បាត)|\bbaht\b"),
    "MY": re.compile(rf"{_NUMBER}(?:ringgit|rm|myr)\b|\brm\s*\d|\bringgit\b"),
    "KR": re.compile(rf"{_NUMBER}(?:won|krw)\b|\d[\d,.]*\s*원|₩\s*\d"),
    "JP": re.compile(rf"{_NUMBER}(?:yen|jpy)\b|\d[\d,.]*\s*円|¥\s*\d"),
}


def currency_place(text: str) -> str | None:
    """The one destination country whose currency `text` names with an amount (baht alone
    and ringgit alone too), else None (none, or two: "send 5000 baht as ringgit")."""
    lowered = text.lower()
    found = [code for code, pattern in _CURRENCY.items() if pattern.search(lowered)]
    return found[0] if len(found) == 1 else None
