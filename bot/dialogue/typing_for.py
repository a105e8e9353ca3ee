"""Someone typing for another person who is beside them (round 33C): a neighbour who cannot
read, a child typing in English for a mother who speaks only Khmer, a teacher or a monk at a
learning centre, an employer who wants to help a worker. The form asked consent only of the
person at the keyboard: "I am helping my neighbour, she cannot read, her boss keeps her
passport" went to an organisation with one Send, pressed by the neighbour, and nothing
asked the woman herself. Where the form's words say they are written for someone else, the
summary asks the typist to read it to them and to send it only if they agree.

Short word lists: English and romanised forms as whole words, Burmese and Khmer in their own
scripts inside the text. Drafts by the project team, for a native speaker at a partner
organisation to review. The line they add is conditional ("If you write for someone
else..."), so a worker who only names a colleague reads one sentence that does not fit.
"""

from __future__ import annotations

import re

from bot.dialogue.lexicon import script_readings
from bot.dialogue.someone_else import names_someone

_LATIN = re.compile(
    # typing / writing / asking for (or on behalf of) someone
    r"\b(typ(e|es|ing)|writ(e|es|ing)|ask(s|ing)?|messag(e|ing))\s+(this\s+)?"
    r"(for|on behalf of)\s+(my|our|a|an|her|him|them|the|this)\b|"
    r"\bon behalf of\b|"
    # helping a person ("I am helping my neighbour", "i help my friend")
    r"\bhelp(ing)?\s+(my|our|a|this)\s+(\w+\s+)?"
    r"(neighbou?r|neighbou?rs|friend|worker|workers|employee|employees|maid|student|"
    r"students|mother|mom|mum|father|dad|uncle|aunt|sister|brother|colleague|family)\b|"
    # people the writer is not: a neighbour, an employer's worker, a teacher's student
    r"\b(my|our)\s+(\w+\s+)?(neighbou?r|neighbou?rs|worker|workers|employee|employees|maid|"
    r"helper|student|students|pupil|colleague|co-?worker)\b|"
    r"\b(the )?(lady|woman|man|girl|boy|family) next door\b|"
    r"\bi am (a |an |the )?(teacher|monk|volunteer|employer|boss|social worker)\b|"
    # romanised Burmese: a twet yay pay (write for), ain ni chin (neighbour);
    # romanised Khmer: sarser jomnuos (write on behalf), neak jit khang (neighbour)
    r"\b(a twet yay pay|atwet yay pay|ain ni chin|eain ni chin|sarser jomnuos|"
    r"sorsé jomnuos|neak jit khang|neak chit khang)\b",
    re.IGNORECASE,
)
_SCRIPT = (
    # Burmese: written for (someone), neighbour, my worker (an employer's)
    "အတွက်ရေးပေး",
    "အစားရေးပေး",
    "အိမ်နီးချင်း",
    "ကျွန်တော့်အလုပ်သမား",
    "ကျွန်မအလုပ်သမား",
    # Khmer: write on behalf of, write for, neighbour, my worker, my mother (a child typing)
    "សរសេរជំនួស",
    "សរសេរឲ្យ",
    "សរសេរអោយ",
    "អ្នកជិតខាង",
    "កម្មករខ្ញុំ",
    "ម្តាយខ្ញុំ",
    "ម្ដាយខ្ញុំ",
)


def writes_for_other(words: str) -> bool:
    """Whether `words` say they are written for, or are about, someone other than the
    writer: typing for them, a neighbour, a worker, a relative (someone_else.names_someone)."""
    if not words:
        return False
    if _LATIN.search(words) or names_someone(words):
        return True
    return any(
        word in reading.replace(" ", "") for reading in script_readings(words) for word in _SCRIPT
    )


# A child typing for a parent (round 33C: "i am 12 years old. my mother ask me to write. my
# father is sick and boss say no money for hospital" got, first, "Under 18, or told to change
# an age? ... rules for workers under 18"): the age is the typist's, not a worker's.
_PARENT = r"(mother|mom|mum|mama|mummy|father|dad|papa|daddy|parents?)"
_CHILD_LATIN = re.compile(
    rf"\b{_PARENT}\s+(ask|asks|asked|tell|tells|told|want|wants|wanted)\s+me\s+(to\s+)?"
    r"(write|type|ask|message|help)\b|"
    rf"\b(writ(e|es|ing)|typ(e|es|ing)|ask(s|ing)?|messag(e|ing))\s+(this\s+)?"
    rf"(for|on behalf of)\s+my\s+{_PARENT}\b|"
    rf"\bhelp(ing)?\s+my\s+{_PARENT}\s+(to\s+)?(write|type|ask|read)\b",
    re.IGNORECASE,
)
_CHILD_SCRIPT = (
    # Burmese: written for mother / father
    "အမေ့အတွက်ရေးပေး",
    "အမေအတွက်ရေးပေး",
    "အဖေ့အတွက်ရေးပေး",
    "အဖေအတွက်ရေးပေး",
    # Khmer: write on behalf of / for mother, father
    "សរសេរជំនួសម្តាយ",
    "សរសេរជំនួសម្ដាយ",
    "សរសេរជំនួសឪពុក",
    "សរសេរឲ្យម្តាយ",
    "សរសេរឲ្យម្ដាយ",
    "សរសេរឲ្យឪពុក",
)


def child_for_parent(words: str) -> bool:
    """Whether `words` say the writer types for their mother or father."""
    if _CHILD_LATIN.search(words):
        return True
    return any(
        word in reading.replace(" ", "")
        for reading in script_readings(words)
        for word in _CHILD_SCRIPT
    )
