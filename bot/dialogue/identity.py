"""Who a person is and who they love: lesbian, gay, bisexual and transgender workers, and
anyone mocked, hurt or threatened for it (exploratory round 33B).

"co-workers laugh at me every day because i am gay" got Injury or illness; "I am transgender
woman from Myanmar. My passport photo is man. Employer refuse to give me job" got Passport
taken with the Myanmar labour ministry's numbers; "agent say he will tell my family i am gay
if i not pay him" got the someone-else answer with Arrest or detention; "which organisation
help LGBT people in Thailand?", "landlord no give me room because i am tom" and "my boss find
out I have boyfriend, I am man" were not understood; "i am trans, need hormone, where clinic?"
got Injury or illness.

Our sources name no organisation, clinic or service for LGBT people, and say nothing on papers
that do not match who a person is, or on changing them. So the reply respects them, says
what the bot sends to no one (privacy first: many fear the employer or the family learning
it), says plainly what our sources do not hold, and offers a person first, the emergency
answer a tap away. When danger words come too ("they beat me because i am gay"), the line
goes after the numbers (`told`). Latin words as whole words, Burmese and Khmer inside the
text; the words people use at home for themselves (a chout, tom, khteuy) are drafts for a
native speaker at a partner organisation to review and extend. Some of them are also slurs:
the reply never repeats them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue import also_wrote, harmed
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, after_numbers
from bot.values import UserState

NAME = "identity"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"

_WHO = re.compile(
    r"\b(?:gay|gays|lesbian|lesbians|bisexual|bi sexual|transgender|transgenders|"
    r"trans|transwoman|transwomen|transman|transmen|tomboy|tom boy|tomboys|"
    r"i am tom|im tom|i am a tom|i am tom boy|ladyboy|lady boy|ladyboys|kathoey|katoey|"
    r"lgbt|lgbtq|lgbti|lgbtqi|lgbtiq|queer|homosexual|same sex|same-sex|sex change|"
    r"change gender|change my gender|change sex|not real man|not a real man|"
    r"not real woman|not a real woman|"
    # papers that do not match: "my passport say male but i am woman"
    r"(?:passport|papers|id card|id|card|document|documents) (?:say|says|said|write|written|"
    r"show|shows) (?:i am |i m |im )?(?:a )?(?:male|female|man|woman)|"
    # romanised Burmese အခြောက် (as people call a gay man, also a slur) and Khmer ខ្ទើយ
    r"a chout|achout|a chauk|achauk|a chowk|achowk|khteuy|kteuy|khtuoy|ktoey)\b"
)
_WHO_SCRIPT = (
    "ဂေး",  # gay
    "လိင်တူ",  # same sex
    "လိင်ပြောင်း",  # changed sex, transgender
    "မိန်းမလျာ",  # a man who lives as a woman
    "ယောက်ျားလျာ",  # a woman who lives as a man
    "ကိုအခြောက်",  # (called me) a chout; not အခြိမ်းအခြောက် (threats)
    "အခြောက်လို့",
    "ကျားလို့ရေး",  # (the passport) says male
    "ភេទដូចគ្នា",  # same sex
    "ប្លែងភេទ",  # transgender
    "ប្តូរភេទ",  # changed sex
    "ប្ដូរភេទ",
    "ភេទទីបី",  # third gender
    "សរសេរថាប្រុស",  # (the passport) says male
    "ខ្ទើយ",  # khteuy
)
# someone who asks money not to tell, or threatens to tell
_TELL = re.compile(
    r"\b(?:tell my family|tell my parents|tell my mother|tell my father|tell my wife|"
    r"tell my husband|tell my boss|tell my employer|tell everyone|tell everybody|"
    r"tell the village|tell my village|post it|share it|show my family)\b"
)
_TELL_SCRIPT = (
    "မိဘကိုပြော",  # tell (my) parents
    "မိသားစုကိုပြော",  # tell (my) family
    "ប្រាប់គ្រួសារ",  # tell (my) family
    "ប្រាប់ឪពុកម្តាយ",  # tell (my) parents
)


# "my colleague is gay and I want to know how to support him", "my friend is transgender"
_OTHER = re.compile(
    r"\b(?:my friend|my friends|my colleague|my coworker|my co-worker|my brother|my sister|"
    r"my son|my daughter|my cousin|my roommate)\b"
)
_SELF = re.compile(r"\b(?:i am|im|i m|iam|me)\b")


# stopped by the police or at a checkpoint: what to do if arrested stays a tap away
_POLICE = re.compile(r"\b(?:police|checkpoint|check point|immigration|arrest|arrested)\b")


def _someone_else(words: str) -> bool:
    lower = words.lower().replace("'", "").replace("\u2019", "")
    return bool(_OTHER.search(lower)) and not _SELF.search(lower)


def says(words: str) -> bool:
    """Whether `words` tell of who a person is or who they love (gay, lesbian, bisexual,
    transgender, the words used at home)."""
    return holds(words, _WHO, _WHO_SCRIPT)


def _line(words: str, state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    first = (
        _(
            "Thank you for telling me. Who a person is and who they love is not wrong, and no "
            "one has the right to mock, hurt or threaten them for it."
        )
        if _someone_else(words)
        else _(
            "Thank you for telling me. Who you are and who you love is not wrong, and no one "
            "has the right to mock, hurt or threaten you for it."
        )
    )
    lines = [
        first,
        _(
            "I send nothing about you to your employer, your family or anyone else. You do "
            "not have to tell anyone about this to get help."
        ),
    ]
    if holds(words, _TELL, _TELL_SCRIPT):
        lines.append(
            _(
                "Someone who threatens to tell your family or your boss, or asks money not "
                "to, is doing wrong, not you."
            )
        )
    lines.append(
        _(
            "Our sources have no checked information on help for LGBT people: organisations, "
            "clinics or hormones, or papers that do not match who you are. A person from a "
            "partner organisation can talk with you first, and you decide what to tell "
            "them: tap “{person}”."
        )
    )
    return "\n\n".join(lines)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """The line; a person first; the emergency answer a tap away; the other problems the NLU
    read, Arrest or detention only when the words name the police or a checkpoint."""
    _ = ctx.translator(state.language).gettext
    text = _line(event.text, state, ctx) + " " + _("If you are in danger now, tap “{emergency}”.")
    police = _POLICE.search(event.text.lower()) is not None
    left = () if police else (harmed.ARREST,)
    return also_wrote.person_first(text, (EMERGENCY,), event, state, ctx, left)


def told(
    words: str, outcome: Outcome, state: UserState, ctx: Context, button: str | None = None
) -> Outcome:
    """`outcome` (the emergency answer) with, after the numbers, the line, when `words` tell
    of who the person is ("they beat me because i am gay"), and without Arrest or detention."""
    if not says(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    note = _line(words, state, ctx).format(person=button or _("Talk to a person"))
    outcome = replace(outcome, replies=tuple(harmed.unarrested(r) for r in outcome.replies))
    return after_numbers(note, outcome, _("You also wrote about this. Tap to read more:"))
