"""Where did they take them, and for how long (round 25B): after a raid or an arrest people
ask "where they take my friend", "they took 20 people, where they go?", "how long they keep
him", the Burmese "ဘယ်ကို ခေါ်သွားလဲ" and the Khmer "គេយកគាត់ទៅណា" (where did they take
him?). The NLU has no intent for it: it read them as an emergency (0.27 to 0.74), so a wife in
Myanmar whose husband was arrested in Thailand was told to call the police where she is, or
as nothing ("did not understand").

Our sources say nothing on where people who are arrested are taken or for how long they are
held. So the reply says that, and that a person from a partner organisation may help find
out, with the arrest answer one tap away; the other problems the NLU read (Emergency help
among them) are offered too. Read before the NLU, never before danger words (flows._read);
with an arrest read surely ("where is my husband now, police took him") the line goes above
the arrest answer (`told`). Not a paper ("where they keep my passport": Passport taken).

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import script_readings
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.papers_words import any_paper
from bot.values import UserState

NAME = "taken_where"  # counted as a conversation (tally.py), never words
ARREST = "arrest_detention"

_WHO = r"(?:they|police|immigration|polis|officers?|soldiers?|he|she|boss|agent)"
_TAKE = r"(?:take|takes|took|taken|taking|bring|brings|brought|carry|carried|send|sent)"
_ONE = (
    r"(?:him|her|them|us|all|everyone|everybody|"
    r"(?:my|our|the) (?:husband|wife|son|daughter|friend|friends|brother|sister|father|"
    r"mother|dad|mom|mum|cousin|uncle|aunt|boyfriend|girlfriend|colleague|colleagues|"
    r"coworker|coworkers|roommate|family|people|workers|worker)|"
    r"\d+ (?:people|workers|person|persons|friends))"
)
_LATIN = re.compile(
    r"\b(?:"
    # "where they take my friend", "where did police bring them", "where will they send him"
    rf"where(?: \w+){{0,2}} {_WHO}(?: \w+)? {_TAKE}(?: \w+)? {_ONE}|"
    rf"where(?: \w+){{0,2}} {_WHO}(?: \w+)? {_TAKE}\b(?! \w)|"  # "where they take?"
    # "they take him where?"
    rf"{_TAKE} {_ONE} (?:to )?where|"
    # "they took 20 people, where they go?", "police arrested my son, where is he now"
    # (not "i was arrested before, where to go for help")
    r"(?:took|taken|arrested|arrest|caught|catch|detained)\b.{0,60}\bwhere(?! to\b)(?! can\b)"
    r"(?! should\b)(?: \w+){0,2} (?:go|goes|went|gone|are|is|now|be|stay|staying|kept|held)|"
    # "where is my husband now, police took him"
    r"where (?:is|are) (?:\w+ ){1,3}.{0,30}\b(?:took|taken|arrested|caught|detained)\b|"
    # "how long they keep him", "how long will immigration hold my husband"
    rf"how long(?: \w+){{0,3}} (?:keep|kept|hold|held|detain|detained|lock|locked) {_ONE}|"
    # romanised Khmer: yok (take) ... tov na (to where); romanised Burmese: bel ko khaw (where
    # ... take away)
    # (not "neak nam plov", a guide or broker: "chong pdeng neak nam plov tov na", where to
    # complain about the broker, found on the development set)
    r"(?:yok|nam(?! plov\b)|chab) (?:\w+ )?tov na|(?:bel|bal|bae|ba) ?ko (?:\w+ )?(?:khaw|khor|kaw)"
    r")\b"
)
_SCRIPT = re.compile(
    # Burmese: ဘယ်ကို ခေါ်သွား (where ... took away), ဘယ်မှာ ထိန်းထား / ချုပ်ထား (where held),
    # ဘယ်လောက်ကြာ ... ထိန်းထား (how long held)
    r"ဘယ်.{0,12}(?:ခေါ်သွား|ခေါ်ထား|ထိန်းထား|ချုပ်ထား)|"
    r"(?:ခေါ်သွား|ဖမ်းသွား).{0,15}ဘယ်(?:ကို|မှာ|နေရာ)|"
    # Khmer: យក / នាំ (take, lead) him, my husband ... ទៅណា (to where); ឃុំ (held) where, how long
    r"(?:យក|នាំ|ចាប់)(?:គាត់|ប្តី|ប្ដី|ប្រពន្ធ|កូន|មិត្ត|បង|ប្អូន|ពួកគេ|ពួកគាត់|ម្តាយ|ម្ដាយ|"
    r"ឪពុក|កម្មករ|មនុស្ស|គេ).{0,10}ទៅណា|"
    r"ឃុំ.{0,10}(?:នៅណា|នៅឯណា|ទីណា|យូរប៉ុណ្ណា|យូរប៉ុន្មាន)"
)


def says(words: str) -> bool:
    """Whether `words` ask where someone was taken after an arrest, or for how long they are
    held (no paper named)."""
    latin = words.lower().replace("'", "").replace("\u2019", "")
    latin = re.sub(r"[^\w\s]", " ", latin)
    latin = re.sub(r"\s+", " ", latin)
    found = bool(_LATIN.search(latin)) or any(
        _SCRIPT.search(reading) for reading in script_readings(words)
    )
    return found and not any_paper(words)


def instead(event: Text) -> bool:
    """Whether the line answers `event` alone: the words ask where someone was taken, and the
    NLU read no arrest (it read an emergency, or nothing)."""
    topic = event.nlu.topic if event.nlu is not None else None
    return topic != ARREST and says(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; a person; Arrest or detention; the other problems read
    (Emergency help among them); the menu."""
    return also_wrote.person_first(_line(state, ctx), (ARREST,), event, state, ctx)


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (an arrest read surely), first the line when the words ask where someone was
    taken (the answer's own buttons hold a person)."""
    if not says(words):
        return outcome
    return with_note(_line(state, ctx).format(person=_person(state, ctx)), outcome)


def _person(state: UserState, ctx: Context) -> str:
    return ctx.translator(state.language).gettext("Talk to a person")


def _line(state: UserState, ctx: Context) -> str:
    """The reply's text; person_first names its button."""
    return ctx.translator(state.language).gettext(
        "Where people who are arrested are taken, and for how long they are held, is not in "
        "our sources. A person from a partner organisation may help you find out: tap "
        "“{person}” and say the country, the city and when it happened."
    )
