"""A second problem named in plain words the NLU did not read (round 44A's still open, round
45A). "passport kept, broken hand" came back as Passport taken alone: the broken hand was not
offered; "boss keep passport, 2 month no salary" can lose the wages the same way. Each topic
below is offered one tap away ("You also wrote about this") when its words are in the
message and the NLU did not read it; the topic answered first stays the NLU's (or a rule's).

Phrases, not single words: "hand" or "pay" alone are in many messages about other things.
Drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.dialogue.lexicon import holds

INJURY = "injury_health"
WAGES = "unpaid_wages"
KEPT = "documents_confiscated"

_CUES: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    INJURY: (
        re.compile(
            r"\b(broken|broke|injured|hurt|cut|burned?|crushed?)\s+(my\s+|his\s+|her\s+)?"
            r"(hand|arm|leg|foot|finger|fingers|back|head|eye)s?\b|"
            r"\b(hand|arm|leg|foot|finger|back)\s+(broken|broke|injured|hurt|cut)\b|"
            r"\b(work|factory|site)\s+accident\b|\binjured at work\b"
        ),
        # Burmese: လက်ကျိုး (broken hand), ခြေကျိုး (broken leg), ဒဏ်ရာ (wound), Khmer:
        # បាក់ដៃ (broken hand), បាក់ជើង (broken leg), របួស (wound)
        ("လက်ကျိုး", "ခြေထောက်ကျိုး", "ခြေကျိုး", "ဒဏ်ရာရ", "បាក់ដៃ", "បាក់ជើង", "របួស"),
    ),
    WAGES: (
        re.compile(
            r"\b(\d+|one|two|three|four|five|six)\s+months?\s+(unpaid|no pay|no salary|not paid)\b|"
            r"\b(no|not|never)\s+(pay|paid|give)\s+(me\s+)?(my\s+)?(salary|wages?)\b|"
            r"\bunpaid (salary|wages?)\b|\bsalary not paid\b|\bwages not paid\b"
        ),
        ("လစာမပေး", "လစာ မပေး", "ប្រាក់ខែមិនទាន់", "មិនឲ្យប្រាក់ខែ", "អត់ឲ្យលុយខែ"),
    ),
    KEPT: (
        re.compile(
            r"\bpassport\s+(kept|taken|held)\b|\b(keep|keeps|kept|take|took|hold|holds)\s+"
            r"(my|our)\s+passports?\b"
        ),
        ("ပတ်စ်ပို့သိမ်း", "ပတ်စပို့သိမ်း", "ថៅកែយកលិខិតឆ្លងដែន", "រក្សាលិខិតឆ្លងដែន"),
    ),
}


def also(topic: str | None, read: Sequence[str], words: str) -> tuple[str, ...]:
    """The topics named in `words` in plain words, other than `topic` and those the NLU
    read (`read`), to offer one tap away."""
    return tuple(
        cue
        for cue, (latin, script) in _CUES.items()
        if cue != topic and cue not in read and holds(words, latin, script)
    )
