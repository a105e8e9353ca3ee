"""A long first message that begins with an introduction (round 49B).

"sousdey bong, khnhom chmous Sokha mok pi Battambang tver kar samnong nov Bangkok. <problem>":
the greeting, the name, the home town, the workplace and the phone number take a sentence of
their own, and that sentence dilutes the whole message's reading, often towards another topic
(fake jobs, emergency help, reintegration jobs). `remainder` gives what follows such an opening
sentence, for the bot to read instead (bot/reading.py); the whole message is read only when the
rest is not understood, so a message costs a second parse only then.

An opening sentence counts as an introduction when it begins with a greeting or a name and says
who is writing (a name, an age, a phone number); it must end at a full stop (., ។, ။, ?, !)
with enough words after it. Nothing here keeps or logs the text.

Round 53C: many write no full stop at all ("mingalarpar kyanaw ko aung par yangon ka par boss
ka passport thein tal", "sousdey bong khnhom chmous dara nov bangkok thaokae min aoy luy"):
read whole, the greeting, name and place dilute the reading (nothing at 0.32 and 0.36, round
52A). Where no full stop ends an introduction, it ends where the problem's first actor or
thing is named (the boss, employer, agent, broker, the passport, the wages: `_PROBLEM_START`),
when what comes before it is an introduction as above.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.nlu.priority import MAX_TOPICS, PRIORITY

# How many messages were read apart, and how many of them were parsed a second time (whole):
# counts only, for the figures of issue 11 (scripts/heldout_replies.py).
COUNTS: Counter[str] = Counter()
# The rest's answer kept without a second parse: a problem, not an emergency (bot/reading.py).
EMERGENCY = frozenset({"emergency_help"})
ANSWERED = frozenset(PRIORITY) - EMERGENCY
__all__ = ["ANSWERED", "COUNTS", "EMERGENCY", "MAX_TOPICS", "remainder"]
# The shortest message, and the shortest rest after the introduction, worth reading apart.
MIN_MESSAGE = 60
MIN_REST = 20
# The longest opening sentence taken for an introduction (a long one may hold the problem).
MAX_OPENING = 160

_GREETING = (
    r"hello|hi|hey|good (?:morning|afternoon|evening|day)|dear|sir|madam|mam|brother|sister|"
    r"mingalabar?|mingalarpar|mingalaba|min galar par|saya|sayama|"
    r"sous ?dey|suos ?dei|sua s[ae]i|chum ?reap ?suor|chomreap suor|lok kru|lok|bong|neak kru|"
    r"မင်္ဂလာပါ|ဆရာမ|ဆရာ|ဟယ်လို|"
    r"ជម្រាបសួរ|ជំរាបសួរ|សួស្តី|សួស្ដី|អរុណសួស្តី|អរុណសួស្ដី|លោកគ្រូ|អ្នកគ្រូ|លោក|បង"
)
# Saying who is writing: a name, an age.
_WHO = (
    r"my name|name is|i am|i'm|im|this is|years old|age|"
    r"chmous|khnhom|knhom|ayu|kyanaw|kya naw|kyama|kya ma|name|a thet|"
    r"ကျွန်တော်|ကျွန်မ|နာမည်|အသက်|"
    r"ខ្ញុំ|ឈ្មោះ|អាយុ"
)
_LATIN_WORD = re.compile(r"[a-z]")
_OPENS = re.compile(rf"^\W*(?:{_GREETING}|my name|khnhom chmous|kyanaw|kyama)(?![a-z])")
_SAYS_WHO = re.compile(rf"(?<![a-z])(?:{_WHO})(?![a-z])")
_PHONE = re.compile(r"\d(?:[\s-]?\d){6,}")
# The end of a sentence: a Latin stop before a space, or a Khmer or Burmese full stop.
_STOP = re.compile(r"[.!?](?=\s)|[។။]")
# Where a problem starts, in an introduction with no full stop: the one who wrongs the person
# or what was taken, in English, romanised Burmese (a lote shin, thu htay: employer, boss; pwe
# sar: broker) and Khmer (thaokae: boss; nayjok: employer; mekhyal: broker), and both scripts.
# Drafts for a native speaker at a partner organisation.
_PROBLEM_START = re.compile(
    r"(?<![a-z])(?:my\s+)?(?:boss|employer|agent|agency|broker|supervisor|company|passport|"
    r"salary|wages?|a\s?lote\s?shin|thu\s?htay|thu\s?hteh|pwe\s?sar|thaokae|thau\s?kae|"
    r"tao\s?kae|nay\s?jok|nayoko|me\s?khyal)(?![a-z])|"
    r"ဘော့စ်|အလုပ်ရှင်|သူဌေး|သူဋ္ဌေး|ပွဲစား|ပတ်စပို့|ပတ်စ်ပို့|"
    r"ថៅកែ|និយោជក|មេខ្យល់|ភ្នាក់ងារ|លិខិតឆ្លងដែន"
)
# The shortest rest after an introduction with no full stop ("thaokae min aoy luy").
MIN_REST_UNSTOPPED = 15


def remainder(text: str) -> str | None:
    """What follows the opening introduction of a long message; None when it has none."""
    if len(text) < MIN_MESSAGE:
        return None
    stop = _STOP.search(text)
    if stop is not None and stop.start() <= MAX_OPENING:
        rest = text[stop.end() :].strip()
        if len(rest) >= MIN_REST and _introduces(text[: stop.start()]):
            return rest
    return _unstopped(text, stop.start() if stop is not None else len(text))


def _introduces(opening: str) -> bool:
    """Whether `opening` begins with a greeting or a name and says who is writing."""
    lowered = opening.lower()
    if not _OPENS.search(lowered):
        return False
    return bool(_SAYS_WHO.search(lowered) or _PHONE.search(lowered))


def _unstopped(text: str, before: int) -> str | None:
    """What follows an introduction no full stop ends (round 53C): from the first word of a
    problem (`_PROBLEM_START`) that comes before `before` (the first full stop), when all
    before it introduces the writer."""
    lowered = text.lower()
    for start in _PROBLEM_START.finditer(lowered, 0, min(before, MAX_OPENING + 1)):
        if not _introduces(text[: start.start()]):
            continue
        rest = text[start.start() :].strip()
        return rest if len(rest) >= MIN_REST_UNSTOPPED else None
    return None
