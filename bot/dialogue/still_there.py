"""Asking whether anyone is there, said alone ("anyone there?", "please reply", "why no
answer", ဖြေပါဦး, ឆ្លើយមកផង), session 18: "anyone there?" was read as Talk to a person
and opened the form, "please reply" as a language change ("Choose a language"), and in the
form "hello??" typed at "Tell me what happened" became what happened, with every later
"please reply" added to it ("I added this to what happened").

Now: the bot is here and answers at once, and, when the person has a request open with an
organisation, that its caseworker answers in this chat (what a person waiting for one most
likely means). In the form: the same, and the question again, nothing kept. Read before the
NLU, never before danger words (flows._read). Words for a caseworker who wrote to them go
to that caseworker as before (relay.py decides first). The word lists are drafts for
partners to extend.
"""

from __future__ import annotations

from bot.dialogue.context import Context
from bot.dialogue.keyboards import menu_keyboard
from bot.dialogue.lexicon import entries, plain_words, said_alone
from bot.dialogue.my_cases import org_name
from bot.dialogue.outcome import Outcome
from bot.dialogue.typed_answers import greeting
from bot.values import WITH_ORGANISATION, CaseStatus, Reply, UserState

NAME = "still_there"  # counted as a conversation (tally.py), never words

_SAID = entries(
    # English, and the broken English people type
    "anyone there|anybody there|any one there|is anyone there|is anybody there|"
    "someone there|somebody there|is someone there|are you there|you there|u there|"
    "r u there|are u there|still there|are you still there|hello anyone|hello anybody|"
    "please reply|pls reply|plz reply|reply|reply me|reply please|please reply me|"
    "answer me|please answer|pls answer|answer please|please answer me|why no answer|"
    "why no reply|why you no answer|why you not answer|why not answer|why dont you answer|"
    "why you dont reply|why no one answer|why nobody answer|no answer|no reply|"
    "nobody answer|no one answer|waiting|i am waiting|im waiting|still waiting|"
    "i still waiting|i am still waiting|waiting for answer|waiting for reply|waiting reply|"
    # Burmese: ဖြေပါဦး / ပြန်ဖြေပါ (answer, please), ဘယ်သူမှ မရှိဘူးလား (is nobody
    # there?), စောင့်နေတယ် (I am waiting), ဘာလို့ မဖြေတာလဲ (why no answer?); romanised
    "ဖြေပါဦး|ဖြေပါအုံး|ပြန်ဖြေပါ|ပြန်ဖြေပေးပါ|ပြန်ဖြေပါဦး|ဘယ်သူမှမရှိဘူးလား|"
    "ဘယ်သူမှ မရှိဘူးလား|စောင့်နေတယ်|စောင့်နေပါတယ်|ဘာလို့မဖြေတာလဲ|ဘာလို့ မဖြေတာလဲ|"
    "phyay par|phyay par oo|pyan phyay par|pyan phyay pay par|saung nay tal|"
    "saung nay dal|bal thu mha ma shi buu lar|"
    # Khmer: ឆ្លើយមក / ឆ្លើយផង / សូមឆ្លើយ (answer, please), មាននរណានៅទេ / មានអ្នកនៅទេ
    # (is anyone there?), កំពុងចាំ (I am waiting), ហេតុអ្វីមិនឆ្លើយ (why no answer?);
    # romanised
    "ឆ្លើយមក|ឆ្លើយមកផង|ឆ្លើយផង|សូមឆ្លើយ|សូមឆ្លើយមក|មាននរណានៅទេ|មានអ្នកនៅទេ|"
    "កំពុងចាំ|ខ្ញុំកំពុងចាំ|ហេតុអ្វីមិនឆ្លើយ|ម៉េចមិនឆ្លើយ|chleuy mok|chlery mok|"
    "chleuy phong|som chleuy|mean nak nov te|mean neak na nov te|mech min chleuy"
)
# Words that may come with it and say nothing of their own: "hello?? anyone there",
# "please reply me sir", "ဖြေပါဦး ဗျ", "ឆ្លើយមកផង បង".
_WITH = entries(
    "hello|helo|hi|hey|sir|madam|bro|sis|admin|bot|please|pls|plz|ok|i|me|you|now|still|"
    "ဟလို|ဗျ|ဗျာ|ရှင်|ခင်ဗျာ|ပါ|နော်|ကျွန်တော်|ကျွန်မ|"
    "សួស្តី|បង|បាទ|ចាស|ផង|ខ្ញុំ|hallo|bong|bang"
)
# At "Tell me what happened" and "Where are you?" a greeting alone is no answer either.
_GREETINGS = entries("hello|helo|hallo|hi|hey|hello hello|hi hi|hello sir|hello bro|hi sir|hi bro")


def says(text: str) -> bool:
    """Whether the whole message only asks whether anyone is there."""
    return said_alone(text, _SAID, _WITH)


def says_in_form(text: str) -> bool:
    """`says`, or a greeting alone ("hello??", "mingalaba"): at a step that takes the
    person's words, neither is what happened nor the place."""
    return says(text) or greeting(text) or plain_words(text) in _GREETINGS


def note(state: UserState, ctx: Context) -> str:
    """ "I am here", and, with a request open, who answers it and where."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    held = [case for case in ctx.cases if case.status in WITH_ORGANISATION]
    if held:
        case = max(held, key=lambda view: view.created_on)  # the newest
        return _(
            "I am here. Your request {ref} is with {org}. Their caseworker answers you in "
            "this chat, and I show it here."
        ).format(ref=case.ref, org=org_name(case, ctx, tr.language))
    # No organisation can read it yet (its inbox is not connected): no caseworker will
    # answer soon, and saying one would was wrong (round 17A).
    waiting = [case for case in ctx.cases if case.status == CaseStatus.WAITING]
    if waiting:
        case = max(waiting, key=lambda view: view.created_on)
        return _(
            "I am here. Your request {ref} is still waiting for an organisation that can "
            "receive it. /mycases shows it."
        ).format(ref=case.ref)
    return _("I am here, and I answer at once.")


def reply(state: UserState, ctx: Context) -> Outcome:
    """Outside the form: `note`, then write a question or choose a topic, with the menu."""
    tr = ctx.translator(state.language)
    text = note(state, ctx) + "\n\n" + tr.gettext("Write your question, or choose a topic.")
    return Outcome((Reply(text, menu_keyboard(tr)),), state.with_(misses=0))
