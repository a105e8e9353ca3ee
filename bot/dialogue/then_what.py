"""What comes next, asked alone right after a line or an answer (round 41C): "ok then what",
"what next", "and now?" after the line on an overdose, a landlord or money lost to gambling
got "did not understand" (the NLU's fallback) or the bot's eight commands, and the line was
lost. Right after one (ctx.last_answer, a few minutes, in memory only), such a question is
the next step, and a person's (follow_up.next_step); after the overdose line, its first step
again before it (get medical help now).

Latin phrases as whole messages (lexicon.said_alone), Burmese and Khmer ones too, spaced or
not. Drafts for a native speaker at a partner organisation to review and extend. A question
that names anything else ("then what about my passport") is read as before.
"""

from __future__ import annotations

from dataclasses import replace

from bot.dialogue import follow_up, overdose
from bot.dialogue.context import Context
from bot.dialogue.lexicon import entries, readings, said_alone
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "then_what"


ASKS = entries(
    # English, and the broken English people type
    "then what|and then|then|what then|what next|next|next step|what is next|whats next|"
    "what now|and now|now what|what i do|what i do now|what do i do|what do i do now|"
    "what should i do|what should i do now|what i should do|what must i do|what i must do|"
    "what can i do|what i can do|what to do|what to do now|what to do next|do what|"
    "how now|then how|after that|after that what|"
    # Burmese: ပြီးရင် ဘာလုပ်ရမလဲ (then what do I do), ဘာဆက်လုပ်ရမလဲ (what do I do next),
    # ဘာလုပ်ရမလဲ (what do I do); romanised
    "ပြီးရင်ဘာလုပ်ရမလဲ|ပြီးတော့ဘာလုပ်ရမလဲ|ဘာဆက်လုပ်ရမလဲ|ဆက်ပြီးဘာလုပ်ရမလဲ|ဘာလုပ်ရမလဲ|"
    "ပြီးရင်|ပြီးတော့|အခုဘာလုပ်ရမလဲ|"
    "pyi yin|pee yin|pyi tot|bar lote ya ma lae|bar lote ya ma lal|ba lote ya ma le|"
    "bar sat lote ya ma lae|bar sat lote ya ma lal|"
    # Khmer: ចុះបន្ទាប់ (and next?), ធ្វើអ្វីបន្ទាប់ (do what next), ត្រូវធ្វើអ្វី / ធ្វើម៉េច (what
    # must I do, how); romanised
    "ចុះបន្ទាប់|បន្ទាប់មក|បន្ទាប់|ធ្វើអ្វីបន្ទាប់|ត្រូវធ្វើអ្វី|ធ្វើអ្វី|ធ្វើម៉េច|ត្រូវធ្វើម៉េច|ចុះឥឡូវ|"
    "choh bantoab|bantoab|bantoap|twer avey|tver avey|twer ey|tver ey|twer mech|tver mech|"
    "trov twer avey|trov tver avey|trov twer mech"
)
# Words that come with them and ask nothing of their own
_WITH = entries(
    "ok|okay|so|and|but|now|please|sir|bro|madam|i|me|we|yes|thanks|thank you|"
    "ဒါဆို|ဒါဆိုရင်|အခု|လဲ|ပါ|ဗျ|ရှင်|ok ပါ|"
    "dar so|da so|lae|lal|pa|par|bya|shin|"
    "ចុះ|ឥឡូវ|បង|ខ្ញុំ|អញ្ចឹង|ចឹង|ហើយ|"
    "choh|eilov|bong|bang|khnhom|chheng|anchheng|haey"
)


def only_asks(text: str, asks: frozenset[str] = ASKS) -> bool:
    """Whether `text` only asks one of `asks` (with the words that come with them), as typed
    or, in Burmese, as read in Zawgyi: round 42A's question at the form's summary (its own
    phrases and these) and at a profile question (short questions and these)."""
    return any(said_alone(words, asks, _WITH) for words in readings(text))


def asked(text: str, state: UserState, ctx: Context) -> bool:
    """Whether `text` only asks what comes next, right after a line or an answer."""
    if state.pending_topic or ctx.last_answer is None:
        return False
    return said_alone(text, ASKS, _WITH)


def reply(state: UserState, ctx: Context) -> Outcome | None:
    """The next step, a person's; after the overdose line its first step again before it."""
    outcome = follow_up.next_step(state, ctx)
    if outcome is None or ctx.last_answer != overdose.NAME:
        return outcome
    first_step = overdose.first_step(state, ctx)
    head, *rest = outcome.replies
    return replace(outcome, replies=(replace(head, text=f"{first_step}\n\n{head.text}"), *rest))
