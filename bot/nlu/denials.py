"""A problem the writer says they do not have: "i not arrested, but no passport, how i go
home" read as an arrest first (0.91), and the person, who is not held, got what to do when
arrested before Going home (exploratory round 12: "i not arrested" is itself read as an
arrest clause).

The arrest is put after the other problems the message raises when every word of an arrest
in it is denied; alone, it stays the answer (a bare "I was not arrested, police checked my
papers" is still about the police). The words are drafts: English as people write it,
Burmese and Khmer in their own scripts (matched inside the text, which has no spaces
between words), review pending.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_TAKEN = r"(?:arrested|caught|detained|jailed)"
_DENIED_EN = re.compile(
    "|".join(
        (
            # I was not arrested, not been caught, never detained
            rf"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?{_TAKEN}",
            # wasn't arrested, haven't been caught
            rf"\b(?:wasn'?t|weren'?t|isn'?t|aren'?t|haven'?t|hasn'?t)\s+(?:been\s+)?{_TAKEN}",
            # didn't get arrested
            rf"\b(?:didn'?t|did\s+not|never)\s+(?:get|got)\s+{_TAKEN}",
            # police not arrest me (broken English for "did not")
            r"\b(?:not|no|never|didn'?t|did\s+not)\s+(?:arrest|catch)\s+(?:me|him|her|us|them)\b",
            r"\bnot\s+in\s+(?:jail|prison|detention)\b",
        )
    )
)
_ARREST_EN = re.compile(r"\b(?:arrest\w*|caught|catch\w*|detain\w*|detention|jail\w*|prison)\b")
# Burmese: မဖမ်းခံရ (was not arrested), မဖမ်းဘူး / မဖမ်းသေး (did not / not yet arrest);
# Khmer: មិនត្រូវគេចាប់ / មិនត្រូវចាប់ (was not caught), មិនទាន់ត្រូវចាប់ (not yet),
# មិនបានចាប់ (did not catch).
_DENIED_SCRIPT = re.compile("မဖမ်း(?:ခံရ|ဘူး|သေး)|មិន(?:ទាន់)?(?:ត្រូវ(?:បាន)?(?:គេ|ប៉ូលីស)?|បាន)ចាប់(?:ខ្លួន)?")
_ARREST_SCRIPT = re.compile("ဖမ်း|ចាប់ខ្លួន|ចាប់")

ARREST = "arrest_detention"


def denies_arrest(text: str) -> bool:
    """Every arrest the words speak of is denied ("i not arrested"), and there is one."""
    lowered = text.lower().replace("’", "'")
    english, script = _DENIED_EN.subn(" ", lowered), _DENIED_SCRIPT.subn(" ", text)
    if not (english[1] or script[1]):
        return False
    return not (_ARREST_EN.search(english[0]) or _ARREST_SCRIPT.search(script[0]))


def after_denied(topics: Sequence[str], text: str) -> tuple[str, ...]:
    """`topics` with the arrest put after the others when the words deny it."""
    if ARREST not in topics or len(topics) < 2 or not denies_arrest(text):
        return tuple(topics)
    return (*(t for t in topics if t != ARREST), ARREST)


# Danger denied (round 27A): "i am not in danger" right after the emergency numbers brought
# them back, the words holding the danger keyword "in danger"; "i am not in danger, boss
# keep my passport" was answered with the numbers, not the passport (the NLU reads it as
# Passport taken at 0.99). Only the words that deny: "not in danger" (also "no longer",
# "never"), "no danger", "not dangerous", "not (an) emergency"; Khmer មិន(នៅ)ក្នុងគ្រោះថ្នាក់
# (not in danger), គ្មានគ្រោះថ្នាក់ (no danger); Burmese has no keyword the denial holds
# (အန္တရာယ်မရှိ, no danger, holds no keyword), their NLU reading is dropped beside another
# problem. The rest of the words are read for danger as before: "i am not in danger but he
# beat me" brings the numbers. Drafts, review pending.
_NO_DANGER_EN = re.compile(
    r"\b(?:(?:not|never|no\s+longer|no\s+more)\s+(?:in\s+)?(?:any\s+)?(?:danger|dangerous)"
    r"(?:\s+(?:here|now))?|no\s+danger|(?:not|isn'?t)\s+(?:an?\s+)?emergency)\b",
    re.I,
)
_NO_DANGER_SCRIPT = re.compile(
    "(?:មិន(?:មែន)?(?:នៅ)?(?:ក្នុង)?|គ្មាន|អត់មាន|អត់)គ្រោះថ្នាក់|အန္တရာယ်(?:မရှိ|မဖြစ်)|အရေးပေါ်မဟုတ်"
)
_DANGER_LEFT = re.compile(r"danger|emergency|គ្រោះថ្នាក់|အန္တရာယ်|အရေးပေါ်")

EMERGENCY = "emergency_help"


def without_danger_denied(text: str) -> str:
    """`text` without the words that deny a danger ("i am not in danger"): read for danger
    words in what is left (the case kept: "HELP!!!" shouted is danger)."""
    english = _NO_DANGER_EN.sub(" ", text.replace("’", "'"))
    return _NO_DANGER_SCRIPT.sub(" ", english)


def denies_danger(text: str) -> bool:
    """Every danger the words speak of is denied ("i am not in danger"), and there is one."""
    left = without_danger_denied(text)
    return left != text.replace("’", "'") and not _DANGER_LEFT.search(left.lower())


def danger_after_denied(topics: Sequence[str], text: str) -> tuple[str, ...]:
    """`topics` without the emergency when the words deny a danger and name another problem
    ("i am not in danger, boss keep my passport": not "You also wrote about" Emergency help).
    Alone, it stays: not_in_danger.py answers the words said alone before the NLU."""
    if EMERGENCY not in topics or len(topics) < 2 or not denies_danger(text):
        return tuple(topics)
    return tuple(t for t in topics if t != EMERGENCY)
