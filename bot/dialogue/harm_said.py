"""Harm to a person in plain words beside an everyday word (exploratory round 48C): "very hot
season, my friend fall down not wake up", "bus stop, man follow me", "temple fair, a man grab
my daughter", Khmer អាកាសធាតុក្តៅ មិត្តខ្ញុំ ដួល (hot weather, my friend fell), ឡានក្រុងបុកគ្នា
បងប្រុសខ្ញុំ រងរបួស (the bus crashed, my brother is injured). everyday.py (round 47C) read the
weather, the bus stop or the temple and answered "I cannot help with that"; where it did not,
the NLU read them out of scope (0.93 to 0.998) and the same line came. None of these is a
danger word (triage.py).

`topic` names the answer these words need: the emergency answer for someone followed or
grabbed, the injury answer (treatment first) for someone fallen, not waking or hurt in a
crash. everyday.py counts them as the person's own (it yields), and flows._read answers them
in place of "I cannot help with that" or "did not understand" when the NLU reads no topic;
pregnant.py's line yields to them ("my friend pregnant, boss push her she fall, bleeding" got
"Pregnant and worried ...?" with no treatment first; now the NLU's injury answer). Phrases,
not single words: "follow" alone is in "follow the rules", "fall" in "fall season".
Drafts for Burmese and Khmer speakers at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue.lexicon import holds

EMERGENCY = "emergency_help"
INJURY = "injury_health"

_PERSON = r"(?:me|us|her|him|them|my \w+|our \w+)"
_FOLLOWED = re.compile(
    rf"\b(?:follow(?:s|ed|ing)?|stalk(?:s|ed|ing)?|chas(?:e|es|ed|ing)) {_PERSON}\b|"
    rf"\b(?:grab(?:s|bed|bing)?|drag(?:s|ged|ging)?|pull(?:s|ed|ing)?) {_PERSON}\b|"
    r"\bkidnap\w*|\babduct\w*|"
    # someone waiting at the door ("tq bro, the man still outside my door": not understood)
    r"\b(?:man|men|someone|somebody|they|he|people) (?:still |is |are |now )*"
    r"(?:outside|waiting (?:at|outside|for me at)|wait (?:at|outside)) (?:(?:my|our|the) )?"
    r"(?:door|room|gate|house|home)\b"
)
_FOLLOWED_SCRIPT = (
    "နောက်ကလိုက်",  # (someone) following behind
    "ဆွဲခေါ်",  # dragged away
    "ដើរតាមខ្ញុំ",  # walks after me (follows me)
    # someone follows me, tracks me, follows me all the time (not តាមខ្ញុំ alone: "as I
    # think", តាមខ្ញុំគិត, "come with me", មកតាមខ្ញុំ; the lead's reading of 48C)
    "គេតាមខ្ញុំ",
    "ប្រុសតាមខ្ញុំ",
    "តាមដានខ្ញុំ",
    "តាមខ្ញុំរហូត",
    "តាមខ្ញុំពីក្រោយ",
    "ចាប់ពង្រត់",  # abducted
)
_HURT = re.compile(
    r"\b(?:not|cannot|cant|can not|dont|never|no) wak(?:e|ing)(?: up)?\b|"
    r"\b(?:fall|fell|falls|falling) down\b|\bpass(?:ed)? out\b|\bbleed\w*|"
    r"\b(?:bus|car|van|truck|lorry|train|motorbike|moto|bike|boat) "
    r"(?:crash\w*|accident|flip\w*|overturn\w*|hit (?:me|him|her|us|my \w+))\b"
)
_HURT_SCRIPT = (
    "မူးလဲ",  # fainted (dizzy and fell)
    "လဲကျ",  # fell down
    "မနိုး",  # does not wake
    "ကားမှောက်",  # the vehicle overturned
    "ကားတိုက်",  # hit by a vehicle
    "ដួល",  # fell, collapsed
    "បុកគ្នា",  # crashed into each other
    "ឡានបុក",  # hit by a vehicle
    "មិនដឹងខ្លួន",  # unconscious
    "រងរបួស",  # injured
)


def topic(words: str) -> str | None:
    """The answer the harm named in `words` needs, or None."""
    if holds(words, _FOLLOWED, _FOLLOWED_SCRIPT):
        return EMERGENCY
    if holds(words, _HURT, _HURT_SCRIPT):
        return INJURY
    return None
