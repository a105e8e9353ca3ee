"""Someone who took something (pills, yaba, ice, alcohol) and will not wake up or cannot
breathe (exploratory round 35A): a medical emergency, not a crime.

Before: "my friend took yaba and not wake up, we are in Chiang Mai" got "I cannot help with
that"; "my friend took something and will not wake up" the reply for someone abroad, with
their embassy and what to do after an arrest; "friend overdose, ambulance?" the work injury
answer with the labour ministries' numbers; "my mother take too many sleeping pills, she not
wake" Fake jobs; the Burmese "my friend took yaba and does not wake up" the reply for someone
abroad, and in romanised Burmese and Khmer "I cannot help with that" or "I do not understand".

Now: get medical help now (the nearest hospital or clinic), stay with them, tell the doctor
what they took; the ambulance number where our sources hold one (Malaysia's 999, as for a
fire or accident: disaster.py), or that they hold none there; a person. No word on the drug
itself, no blame, nothing about the police.

Read: an overdose named, or something taken (a drug, pills, drink) together with someone who
does not wake, breathe or move. Not "I take pills for fever" nor "drink water": nobody is
unconscious in them. Latin phrases as whole words, Burmese and Khmer inside the text (spaces
ignored, Burmese also as read in Zawgyi). Drafts for a native speaker to review.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, disaster
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, after_numbers
from bot.once import per_message
from bot.values import UserState

NAME = "overdose"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"
INJURY = "injury_health"

_OVERDOSE = re.compile(r"\b(?:overdose|overdosed|overdosing|over dose|too many (?:\w+ )?pills)\b")
# Burmese: overdose (too much medicine); Khmer: took too much medicine, overdose
_OVERDOSE_SCRIPT = ("ဆေးအလွန်အကျွံ", "ဆေးအများကြီးသောက်", "លេបថ្នាំច្រើនពេក", "ថ្នាំលើសកម្រិត")
_TOOK = re.compile(
    r"\b(?:took|take|takes|taken|taking|used|use|smoked|smoke|drank|drink|drinking|"
    r"swallowed|swallow|inject|injected|sniffed)\b.{0,30}\b(?:something|drug|drugs|yaba|ya ba|"
    r"ice|meth|heroin|pill|pills|tablets|medicine|alcohol|whisky|whiskey|beer|poison|"
    r"glue|kratom)\b|\b(?:yaba|ya ba|thnam|leb thnam|thauk pee|thout pee)\b"
)
# Burmese: yaba, drug (narcotic), took (drank) medicine, drank alcohol; Khmer: yama (meth),
# narcotic, took medicine, ice, drank alcohol
_TOOK_SCRIPT = (
    "ယာဘ",
    "မူးယစ်ဆေး",
    "ဆေးသောက်",
    "ဆေးတွေသောက်",
    "အရက်သောက်",
    "យ៉ាម៉ា",
    "ថ្នាំញៀន",
    "លេបថ្នាំ",
    "ស៊ីថ្នាំ",
    "ផឹកស្រា",
)
_OUT = re.compile(
    r"\b(?:(?:not|cannot|can not|can't|cant|won't|wont|will not|does not|doesn't|dont|"
    r"don't|no) (?:wake|waking|breath|breathe|breathing|respond|responding)|"
    # not "cannot move my leg" after an injury, nor "he not answer me" on the phone (the
    # lead's read of round 35A)
    r"(?:not|no|stopped|stop) moving|"
    r"unconscious|passed out|pass out|fainted|collapsed|foam(?:ing)? (?:at|from) (?:the )?mouth|"
    r"not awake|no pulse|"
    # "took too much medicine, breathing slow" (round 43A)
    r"breath\w* (?:slow|slowly|weak|very slow)|slow breathing|hard to breathe|"
    r"ma noe|ma nho|thadi lit|tha di lit|sanlob|min deung kluon|min dang kluon)\b"
)
# Burmese: does not wake, unconscious, not breathing; Khmer: fainted/unconscious, not
# conscious, cannot breathe, does not wake
_OUT_SCRIPT = (
    "မနိုး",
    "သတိလစ်",
    "သတိမရ",
    "အသက်မရှူ",
    "សន្លប់",
    "មិនដឹងខ្លួន",
    "ដកដង្ហើមមិនរួច",
    "មិនភ្ញាក់",
)


@per_message
def out(words: str) -> bool:
    """Whether `words` tell of someone passed out, not waking or breathing badly."""
    return holds(words, _OUT, _OUT_SCRIPT)


def says(words: str) -> bool:
    """Whether `words` tell of an overdose: named, or something taken and someone who does
    not wake, breathe or move."""
    if holds(words, _OVERDOSE, _OVERDOSE_SCRIPT):
        return True
    return holds(words, _TOOK, _TOOK_SCRIPT) and holds(words, _OUT, _OUT_SCRIPT)


def instead(event: Text) -> bool:
    """Whether the reply answers `event`: always when the words tell of it (no reading of
    the NLU's gives the ambulance first)."""
    return says(event.text)


_PAY = re.compile(r"\b(?:salary|wages?|pay|paid|money|baht|ringgit)\b")


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Medical help now, the ambulance number (or that there is none in our sources), a
    person; Emergency help and Injury or illness a tap away."""
    # "took too much drug" read also as Unpaid wages (its "took"): not offered unless pay is
    # named (round 41C)
    hidden = () if _PAY.search(event.text.lower()) else ("unpaid_wages",)
    outcome = also_wrote.person_first(
        _lines(state, ctx), (EMERGENCY, INJURY), event, state, ctx, also_shown=hidden
    )
    return disaster.with_ambulance(outcome, state, ctx)


def danger_told(words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """The emergency answer `outcome` (danger words: "took too much drug in the compound,
    door locked, he not wake up"), with the first step and the ambulance line after its
    numbers (round 39A: the numbers alone, nothing on medical help)."""
    if not says(words):
        return outcome
    tr = ctx.translator(state.language)
    note = "\n\n".join((first_step(state, ctx), disaster.number_line(state, ctx)))
    return after_numbers(note, outcome, tr.gettext("You also wrote about this. Tap to read more:"))


def first_step(state: UserState, ctx: Context) -> str:
    """The answer's first step: medical help now, stay with them (also in the form, before
    its next question: newest_kinds.py; and after "ok then what": then_what.py)."""
    return ctx.translator(state.language).gettext(
        "Someone took something and will not wake up, or cannot breathe well? Get "
        "medical help now: take them to the nearest hospital or clinic, or ask people "
        "near you to call an ambulance. Stay with them. If you know what they took, "
        "tell the doctor."
    )


def _lines(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return "\n\n".join(
        (
            first_step(state, ctx),
            disaster.number_line(state, ctx),
            _(
                "When they are in care, a person from a partner organisation can help you: "
                "tap “{person}”."
            ),
        )
    )
