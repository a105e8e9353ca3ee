"""A short question typed at the profile's "Where are you from?" / "Where are you now?" while
an answer waits for it (round 41C's still open, round 42A). "boss ask me sign a thai paper"
from someone who skipped the questions at /start gets "One short question, so my answer
fits you. You can skip it. Where are you from?", the answer held until it is answered
(pending.py). Then "what should i do" got the help page (the eight commands), "how much" /
"where" got "Please tap one of the buttons below." again and again: the message was lost
and the answer never came.

Now such a message, said alone, is read as the question's Skip: the answer that waits comes,
for no place, as Skip gives it; the person can set the place with /profile, as after Skip.
Only with an answer waiting (otherwise nothing is lost: the question stays, as before), and
only whole messages of the lists below (lexicon.said_alone): a place typed is still the
place, danger words come first (flows._read), a message of its own ("any news on my
case?") is read as before. Drafts for a native speaker at a partner organisation to review
and extend.
"""

from __future__ import annotations

from bot.dialogue import follow_up, pending, then_what
from bot.dialogue.context import Context
from bot.dialogue.lexicon import entries
from bot.dialogue.menu import set_country, set_origin
from bot.dialogue.outcome import Outcome
from bot.values import UserState

_SHORT = entries(
    # English, and the broken English people type
    "how much|how much money|how much cost|how many|how|how to|where|where to go|where go|"
    "why|when|how long|which|what|what about|what about it|what is it|and|so|then|"
    "answer|answer me|answer please|tell me|just tell me|just answer|i dont know|dont know|"
    "not sure|idk|i dont want to say|dont want to say|skip|ok thanks|ok thank you|"
    "what should i do|please help|help me|help|i need help|"
    # Burmese: ဘယ်လောက်လဲ (how much), ဘယ်မှာလဲ (where), ဘယ်လိုလဲ (how), ဘာလို့လဲ (why),
    # မသိဘူး (don't know), ပြောပြပါ (tell me), ဖြေပါ (answer); romanised
    "ဘယ်လောက်လဲ|ဘယ်လောက်|ဘယ်မှာလဲ|ဘယ်မှာ|ဘယ်လိုလဲ|ဘယ်လို|ဘာလို့လဲ|မသိဘူး|ပြောပြပါ|ဖြေပါ|"
    "ကူညီပါ|"
    "bal lout lae|bel lout le|bal lout|bel mhar lae|bal mhar lae|bel lo lae|ma thi bu|"
    "pyaw pya par|kuu nyi par|ku nyi pa|"
    # Khmer: ប៉ុន្មាន (how much), នៅណា / នៅឯណា (where), ម៉េច (how), ហេតុអ្វី (why), មិនដឹង
    # (don't know), ប្រាប់ខ្ញុំ (tell me), ជួយផង (help); romanised
    "ប៉ុន្មាន|នៅណា|នៅឯណា|ម៉េច|យ៉ាងម៉េច|ហេតុអ្វី|មិនដឹង|អត់ដឹង|ប្រាប់ខ្ញុំ|ជួយផង|ជួយខ្ញុំ|"
    "ponman|pon man|bonman|nov na|nov ae na|mech|yang mech|min deng|ot deng|prab khnhom|"
    "chuoy phong|chuoy khnhom"
)
_ASKS = _SHORT | then_what.ASKS


def skipped(text: str, state: UserState, ctx: Context) -> Outcome | None:
    """The waiting answer, as the question's Skip gives it, for a short question typed at a
    profile question an answer waits for; None otherwise."""
    if state.step not in ("origin", "country") or pending.waiting(state) is None:
        return None
    if not then_what.only_asks(text, _ASKS):
        return None
    if state.step == "origin":
        skipped_origin = set_origin("skip", state, ctx)
        if skipped_origin.state.step != "country":  # the one question the answer waited for
            return skipped_origin
        state = skipped_origin.state
    # Both skipped ("Two short questions"): the answer now, not a second question first.
    return set_country("skip", state, ctx)


def after_answer(text: str, state: UserState, ctx: Context) -> Outcome | None:
    """A short question typed at "Where are you now?" asked *after* an answer (none waits for
    it; round 42A's still open, round 45A): "bal lout lae" (what to do?), "how much", "where"
    after Passport taken got the help page or "Please tap one of the buttons below". Now the
    next step, a person's, and the answer above (follow_up.next_step); the question stays.
    None otherwise (a place typed is still the place)."""
    if state.step not in ("origin", "country") or pending.waiting(state) is not None:
        return None
    if not then_what.only_asks(text, _ASKS):
        return None
    return follow_up.next_step(state, ctx)
