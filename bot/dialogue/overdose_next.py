"""The turn right after the overdose line (exploratory round 43A, left open by round 42C):
someone worse ("breathing slow", "not wake up", "he vomit", "shaking") gets the overdose line
again, the ambulance numbers in it; someone better ("he wake up now", "he ok now") a short,
honest line (our sources have no medical advice; stay with them; get help at once if worse; a
person). Worse wins over better ("he wake up but breathing slow"). Only while the overdose
line is the last answer (ctx.last_answer).

Latin phrases as whole words, Burmese and Khmer inside the text. Drafts for a native speaker
at a partner organisation to review.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, overdose
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.values import UserState

EMERGENCY = "emergency_help"

# Worse, right after the overdose line: breathing slow or weak, not waking, vomiting, a fit
_WORSE = re.compile(
    r"\b(?:breath\w* (?:slow|slowly|weak|little|bad|badly|hard|strange|funny|noisy)|"
    r"(?:slow|weak|hard|bad|little) (?:breath|breathing)|"
    r"vomit\w*|throw(?:ing)? up|threw up|puke\w*|"
    r"shak(?:e|es|ing)|fit|fits|seizure|jerk\w*|blue lips?|lips? blue|"
    r"sleep again|sleeping again|not answer|no answer|worse|"
    r"an nay|ahn nay)\b"
)
# Burmese: vomits (အန်နေ, အော့အန်), breathes slowly (အသက်ဖြည်း), shaking (တုန်နေ); Khmer:
# vomits (ក្អួត), breathes slowly (ដកដង្ហើមយឺត), shaking (ញ័រ)
_WORSE_SCRIPT = ("အန်နေ", "အော့အန်", "အသက်ရှူဖြည်း", "အသက်ဖြည်း", "တုန်နေ", "ក្អួត", "ដកដង្ហើមយឺត", "ញ័រ")
# Better: awake again, breathing well, talking
_BETTER = re.compile(
    r"\b(?:wake up now|woke up|woke|wake up already|waked up|awake|he wake up|she wake up|"
    r"(?:he|she|they|friend)(?: is)? (?:ok|okay|fine|better|good) (?:now|already)|"
    r"(?:is )?(?:ok|okay|fine|better) now|breath\w* (?:ok|okay|good|normal|normally|fine)|"
    r"can talk|talking now|open (?:his|her) eyes|noe lar pyi|no lar pyi|thadi ya lar pyi)\b"
)
# Burmese: woke up (နိုးလာပြီ), came to (သတိရလာပြီ); Khmer: woke up (ភ្ញាក់ហើយ, ភ្ញាក់ខ្លួនហើយ),
# conscious again (ដឹងខ្លួនវិញ)
_BETTER_SCRIPT = ("နိုးလာပြီ", "နိုးပြီ", "သတိရလာပြီ", "ភ្ញាក់ហើយ", "ភ្ញាក់ខ្លួនហើយ", "ដឹងខ្លួនវិញ")


def _after_overdose(state: UserState, ctx: Context) -> bool:
    return ctx.last_answer == overdose.NAME and not state.pending_topic


def worse(words: str) -> bool:
    """Whether `words` tell of someone worse (or still not waking) after an overdose."""
    return holds(words, _WORSE, _WORSE_SCRIPT) or overdose.says(words) or overdose.out(words)


def better(words: str) -> bool:
    """Whether `words` tell of someone awake or better after an overdose."""
    return holds(words, _BETTER, _BETTER_SCRIPT)


def after_overdose(event: Text, state: UserState, ctx: Context) -> Outcome | None:
    """The next turn right after the overdose line: worse, the line again (the ambulance
    numbers in it); better, a short line; anything else, None (read as before)."""
    if not _after_overdose(state, ctx):
        return None
    if worse(event.text):
        return overdose.reply(event, state, ctx)
    if better(event.text):
        text = ctx.translator(state.language).gettext(
            "Good that they are awake. Our sources have no medical advice for what comes "
            "next. Stay with them and do not leave them alone. If they sleep again, "
            "vomit or breathe badly, get medical help at once. A person from a partner "
            "organisation can help you: tap “{person}”."
        )
        outcome = also_wrote.person_first(text, (EMERGENCY,), event, state, ctx)
        return outcome
    return None
