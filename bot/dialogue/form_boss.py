""" "What happens if my boss find out?" typed at the form's summary (round 42A's still open,
round 45A). It got "You are filling in the form to talk to a person. Nothing is sent yet."
with [Continue the form] [Ask this instead]: a frightened person, one press from Send, was
not told who gets the request. Now: the bot sends nothing to an employer; on Send only the
organisation named gets what the summary shows; what our sources do not say (what the
organisation does next) and that the caseworker can be asked here; nothing sent before Send.
The summary's own buttons under it.

Whole messages only (lexicon.said_alone), at the summary only: a story ("my boss find out
and hit me") is read as before, danger words come first (form_typed). "my boss will know?"
said alone is form_doubts' (who sees what), as before. Drafts for a native speaker at a
partner organisation to review and extend.
"""

from __future__ import annotations

from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import entries, readings, said_alone, script_readings
from bot.dialogue.outcome import Outcome
from bot.dialogue.referral_summary import route_of, summary
from bot.values import Reply, UserState

_BOSS = entries(
    # English, and the broken English people type
    "boss find out|boss finds out|boss found out|boss will find out|boss know|boss knows|"
    "boss will know|boss knew|boss see|boss sees|boss will see|boss see it|boss know it|"
    "employer find out|employer finds out|employer know|employer knows|employer will know|"
    "employer see|employer will see|nai jang know|nai jang find out|"
    "boss find out about this|boss know about this|boss know this|boss find out this|"
    # Burmese: သူဌေး (boss) သိရင် (if he knows) / သိသွားရင် (if he finds out) / သိမလား
    # (will he know) / မြင်မလား (will he see); romanised
    "သူဌေးသိရင်|သူဌေးသိသွားရင်|သူဌေးသိမလား|သူဌေးသိသွားမလား|သူဌေးမြင်မလား|သူဌေးသိမှာလား|"
    "အလုပ်ရှင်သိရင်|အလုပ်ရှင်သိသွားရင်|အလုပ်ရှင်သိမလား|"
    "thu htay thi yin|thuhtay thi yin|thu htay thi ma lar|thu htay thi twar yin|"
    # Khmer: ថៅកែ (boss) ដឹង (knows), បើ (if), ឃើញ (sees); romanised
    "ថៅកែដឹង|ថៅកែដឹងទេ|បើថៅកែដឹង|ថៅកែឃើញ|ថៅកែនឹងដឹង|និយោជកដឹង|"
    "thaokae deng|thaukae deng|thao kae deng|baeu thaokae deng"
)
# Beside it and adding nothing of its own.
_WITH = entries(
    "what|what happens|what happen|what will happen|what if|if|when|will|my|the|then|and|"
    "i|me|am|scared|afraid|i scared|i am scared|im scared|sorry|please|pls|ok|so|he|she|"
    "they|about|this|it|or|not|can|really|"
    "ဘာဖြစ်မလဲ|ဘာဖြစ်မှာလဲ|ကြောက်တယ်|ရော|လား|ဆိုရင်|ဗျ|ရှင်|နော်|ကျွန်တော်|ကျွန်မ|"
    "bar phyit ma lae|ba phyit ma le|"
    "តើ|មានអ្វីកើតឡើង|យ៉ាងម៉េច|ខ្លាច|ខ្ញុំ|ទេ|ឬ|ហើយ|yang mech|klach"
)


def asked(text: str, state: UserState) -> bool:
    """Whether `text`, typed at the summary, only asks what happens if the boss finds out."""
    if state.step != "ref:confirm":
        return False
    # Burmese and Khmer typed spaced at random ("သူဌေး သိသွားရင် ဘာဖြစ်မလဲ"): unspaced too
    spaced = readings(text) if text.isascii() else (*readings(text), *script_readings(text))
    return any(said_alone(words, _BOSS, _WITH) for words in spaced)


def answer(event: Text, state: UserState, ctx: Context) -> Outcome | None:
    """Who gets the request and what the bot does not do, with the summary's buttons; None
    for anything else."""
    if not asked(event.text, state):
        return None
    route = route_of(state, ctx)
    shown = summary(state, ctx)
    if not route or not shown.replies:
        return None
    tr = ctx.translator(state.language)
    _ = tr.gettext
    lines = (
        _("I send nothing about you to the police, immigration, an embassy or your employer."),
        _(
            "If you press Send, what the summary shows goes only to the organisations it names. "
            "Our sources do not say what they do next in your case: you can ask the caseworker "
            "here whether they will contact your employer."
        ),
        _("Nothing is sent yet. To send it, press Send."),
    )
    return Outcome((Reply("\n\n".join(lines), shown.replies[-1].buttons),), shown.state)
