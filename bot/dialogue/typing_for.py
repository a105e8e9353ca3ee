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

from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import entries, said_alone, script_readings
from bot.dialogue.outcome import Outcome
from bot.dialogue.someone_else import names_someone
from bot.values import Reply, UserState

NAME = "typing_for"  # counted as a conversation (tally.py), never words

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


# Who is typing, said alone, before the problem (round 33C): "I am employer" was read as an
# emergency (0.86) and got "If you are in danger now" with the numbers; "I am Thai, I am the
# employer", typed where the bot asked where they are from, got Thailand's hotlines. Said
# alone only: "i am employer, my worker passport expired" is the NLU's to read.
_WHO = entries(
    "i am employer|i am an employer|i am the employer|i am a employer|im employer|"
    "i am boss|i am the boss|i am his boss|i am her boss|i am their boss|"
    "i am thai employer|i am a thai employer|i am malaysian employer|"
    "i am a malaysian employer|i am thai|im thai|i am a thai|i am malaysian|"
    "i am teacher|i am a teacher|i am the teacher|i am his teacher|i am her teacher|"
    "i am monk|i am a monk|i am volunteer|i am a volunteer|i am social worker|"
    "i am a social worker|i am her friend|i am his friend|i am a neighbour|"
    "i am her neighbour|i am his neighbour|i am her neighbor|i am his neighbor|"
    "i am helping my neighbour|i am helping my neighbor|i am helping my friend|"
    "i help my neighbour|i help my neighbor|i help my friend|"
    "i write for my neighbour|i write for my neighbor|i write for my friend|"
    "i write for my mother|i write for my mom|i write for my father|i write for my dad|"
    "i am writing for my neighbour|i am writing for my neighbor|i am writing for my friend|"
    "i am writing for my mother|i am writing for my mom|i am writing for my father|"
    "i am typing for my neighbour|i am typing for my neighbor|i am typing for my friend|"
    "i am typing for my mother|i am typing for my mom|i am typing for my father|"
    "i am typing for my dad|typing for my mom|typing for my mother|typing for my friend|"
    "i write for my worker|i am writing for my worker|i write for someone|"
    "i am writing for someone|i am typing for someone|for my neighbour|for my neighbor|"
    "my worker|my employee|my maid|"
    # Burmese: I write for my neighbour / mother / friend; I am the employer
    "အိမ်နီးချင်းအတွက်ရေးပေးတာပါ|အိမ်နီးချင်းအတွက်ရေးပေးတာ|အမေ့အတွက်ရေးပေးတာပါ|"
    "အမေ့အတွက်ရေးပေးတာ|သူငယ်ချင်းအတွက်ရေးပေးတာပါ|သူငယ်ချင်းအတွက်ရေးပေးတာ|"
    "အလုပ်ရှင်ပါ|ကျွန်တော်အလုပ်ရှင်ပါ|ကျွန်မအလုပ်ရှင်ပါ|"
    # Khmer: I write on behalf of my mother / my neighbour / my friend; I am the employer
    "ខ្ញុំសរសេរជំនួសម្តាយខ្ញុំ|ខ្ញុំសរសេរជំនួសម្ដាយខ្ញុំ|សរសេរជំនួសម្តាយខ្ញុំ|"
    "ខ្ញុំសរសេរជំនួសអ្នកជិតខាង|ខ្ញុំសរសេរជំនួសមិត្តភក្តិ|ខ្ញុំជាថៅកែ|ខ្ញុំជានិយោជក"
)
_WITH = entries(
    "hi|hello|hello sir|please|pls|sorry|ok|and|here|now|"
    "ဟိုင်း|မင်္ဂလာပါ|ကျွန်တော်|ကျွန်မ|ပါ|ဗျ|ရှင်|ជំរាបសួរ|សួស្តី|ខ្ញុំ|បាទ|ចាស"
)


def introduces(text: str) -> bool:
    """Whether the whole message only says who is typing, or for whom ("I am employer",
    "i am typing for my mom"), and no problem yet."""
    # Burmese and Khmer spaced where the lists are not ("အိမ်နီးချင်းအတွက် ရေးပေးတာပါ")
    return said_alone(text, _WHO, _WITH) or said_alone(_SCRIPT_SPACE.sub("", text), _WHO, _WITH)


_SCRIPT_SPACE = re.compile(r"(?<=[\u1000-\u109f\u1780-\u17ff])\s+(?=[\u1000-\u109f\u1780-\u17ff])")


def reply(state: UserState, ctx: Context) -> Outcome:
    """Welcome to a typist: write the problem in a few words; the answers are short to read
    aloud; a caseworker hears the person too; the form asks them to agree."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    text = "\n\n".join(
        (
            _(
                "You are writing for someone else? You are welcome. Write their problem in a "
                "few words, and read my answers to them."
            ),
            _(
                "A caseworker at a partner organisation can help them: press “Talk to a "
                "person”. Send their story only if they agree."
            ),
        )
    )
    return Outcome((Reply(text, (footer(tr),)),), state.with_(misses=0))
