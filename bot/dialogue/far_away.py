"""Far from everything (exploratory round 39C): a worker on a palm oil estate, a farm, a
construction camp or a boat, far from any office, with no bus, no car of their own, signal
only at times, or able to write but not to talk.

Before: "signal only on the hill at night, how i complain" and "no phone signal at farm"
got "I cannot help with that", "i cannot call, only text. where i message for help" "did not
understand", "i cannot go to office, too far, can i complain by message" Where to complain
with nothing on writing instead of going; "we live in camp, guard not let us go out, is it
ok" "did not understand" and "boss drive us to work, we cannot go anywhere alone" the injury
answer: kept in, not read as danger.

So: for distance, no transport, no signal or writing only, a line first: no office or call
is needed first, a person answers here by message, write when there is signal; our sources
do not say which hotlines answer messages. Kept in by a guard or a boss: the emergency
answer when the NLU read nothing surely (never in place of it).

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review.
"""

from __future__ import annotations

import re

from bot.dialogue.context import Context
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.nlu.result import DEFAULT_THRESHOLD
from bot.once import per_message
from bot.values import UserState

EMERGENCY = "emergency_help"
CHANNELS = "complaint_channels"
SURE = 0.95
UNSURE = 0.8  # below it, the NLU's guess is no reading ("far from town": agency problem)

_FAR = re.compile(
    r"\b(?:"
    r"(?:too |very |so )?far (?:from|to) (?:the )?(?:town|city|office|station|everything|"
    r"labour office|labor office)|"
    r"(?:office|town|city) (?:is )?(?:too |very |so )?far|"
    r"too far|"
    r"nearest town|"
    # "I live far, no office near" (round 41C, read as an emergency at 0.54)
    r"live (?:too |very |so )?far|"
    r"no (?:labou?r )?office (?:near|nearby|close|around)|office (?:is )?not near|"
    r"no (?:bus|car|transport|motorbike|taxi|way to go)|"
    r"(?:boss|employer) (?:has|have) the only car|"
    r"(?:no|not|only) (?:phone )?signal|signal only|no internet|"
    # not "cannot call my family" about a phone that restarts (the lead's read of 39C)
    r"(?:cannot|can not|cant|can't) (?:talk|speak) (?:loud|out loud|aloud|now|here)|"
    r"people around|only (?:text|message|chat)|"
    r"(?:can|could) only (?:text|message|write|chat)|"
    r"(?:complain|report|help) (?:by|with) (?:message|text|chat)|"
    r"(?:cannot|can not|cant|can't) (?:go|get) to (?:the )?(?:office|town|city)|"
    r"(?:cannot|can not|cant|can't) leave (?:the )?(?:farm|estate|plantation|camp|site|boat)|"
    r"chhngay|naeway|nae way"
    r")\b"
)
_FAR_SCRIPT = (
    # Burmese: far from the town; no signal (phone does not get through); only on the hill
    "မြို့နဲ့ဝေး",
    "မြို့နှင့်ဝေး",
    "ဝေးတယ်",
    "ဖုန်းမရ",
    "လိုင်းမရ",
    "ကားမရှိ",
    # Khmer: far from the town; cannot go to the office; no signal; no car
    "ឆ្ងាយពីទីក្រុង",
    # Khmer: no office nearby (two ways); Burmese: no office nearby (round 42C; not "an
    # agent with no office", "ရုံးမရှိတဲ့ အေးဂျင့်", nor "a big company but no office")
    "គ្មានការិយាល័យនៅជិត",
    "អត់មានការិយាល័យនៅជិត",
    "အနီးမှာရုံးမရှိ",
    "နားမှာရုံးမရှိ",
    "មិនអាចទៅការិយាល័យ",
    "គ្មានឡាន",
)
_KEPT_IN = re.compile(
    r"\b(?:"
    r"(?:guard|guards|boss|employer|they|he|security) (?:not|dont|do not|doesnt|does not|"
    r"never|wont|will not) (?:let|allow) (?:me|us) (?:go out|leave|out|go outside|go anywhere)|"
    r"(?:cannot|can not|cant|can't) go (?:anywhere|out) alone|"
    # not "guard at the gate" alone: a dormitory's guard is no one kept in (the lead's read)
    r"not (?:allowed|allow) to (?:go out|leave)"
    r")\b"
)


# Help, work or a remote place beside it: "no signal on my phone in the dormitory" (a phone's
# trouble, out of scope) and "the training is far" (ဝေးတယ်, at home) got the line (the lead's
# read of round 39C over the NLU's examples). Burmese: farm, office, complain, hill, help,
# boss; Khmer: plantation, farm, office, complain, help, boss.
_CONTEXT = re.compile(
    r"\b(?:complain\w*|report|help|office|labou?r|hotline|caseworker|organi[sz]ation|ngo|"
    r"farm|estate|plantation|camp|site|boat|hill|jungle|forest|trainee|boss|employer|pay|"
    r"salary|wages?|police|embassy|emergency)\b"
)
_CONTEXT_SCRIPT = (
    "ခြံ",
    "ရုံး",
    "တိုင်",
    "တောင်",
    "အကူအညီ",
    "သူဌေး",
    "ចម្ការ",
    "កសិដ្ឋាន",
    "ការិយាល័យ",
    "ប្តឹង",
    "ប្ដឹង",
    "ជំនួយ",
    "ថៅកែ",
)
# Answers for things done at home before leaving, in person: the line's "you do not have to
# go anywhere" is not theirs to say ("ကျေးရွာမှာ နေတာ သင်တန်း ဝေးတယ်": the training is far)
_AT_HOME = frozenset({"predeparture_training", "documents_needed", "legal_channels"})


@per_message
def says(words: str) -> bool:
    """Whether `words` tell of distance, no transport, no signal or writing only, with help,
    work or a remote place beside it."""
    return holds(words, _FAR, _FAR_SCRIPT) and holds(words, _CONTEXT, _CONTEXT_SCRIPT)


@per_message
def kept_in(words: str) -> bool:
    """Whether `words` tell of a guard or a boss who does not let the workers out."""
    return holds(words, _KEPT_IN, ())


def instead_of(topic: str | None, confidence: float, words: str) -> bool:
    """Whether the emergency answer answers `words` instead of `topic`: kept in by a guard or a
    boss, and the NLU read nothing surely."""
    if topic == EMERGENCY or (topic is not None and confidence >= SURE):
        return False
    return kept_in(words)


def instead_far(topic: str | None, confidence: float, words: str) -> bool:
    """Whether Where to complain (with the line first) answers `words` instead of `topic`:
    distance, no signal or writing only, and the NLU read nothing, or not surely."""
    if kept_in(words):
        return False
    if topic == EMERGENCY:
        # the NLU unsure of an emergency, no danger word (flows._read answers those first): "I live
        # far, no office near" at 0.54 got the numbers and nothing else (round 41C)
        return confidence < DEFAULT_THRESHOLD and says(words)
    if topic is not None and confidence >= UNSURE:
        return False
    return says(words)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome`, first the line on help that works from far away. Never above the emergency
    numbers."""
    if topic == EMERGENCY or topic in _AT_HOME or not says(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    return with_note(
        _(
            "Far from an office, no transport or little signal? You do not have to go "
            "anywhere or call first. Tap “Talk to a person” and write here when you have "
            "signal: a caseworker answers by message, and you can write short. Our sources do "
            "not say which hotlines answer messages."
        ),
        outcome,
    )
