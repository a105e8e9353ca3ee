"""Words typed in the open form that answer none of its questions: asking who will see it
("is it secret? my boss will know?", "can my boss see this", "i dont want give my name"), or
stepping back ("cancel", "i change my mind", "dont send my story", "maybe later").
Exploratory round 15A (F1, F2): they were kept as what happened or as the place, or added to
what happened ("I added this to what happened"), so a caseworker's card would have read
"Your words: cancel"; at a button step they got "[Continue the form] [Ask this instead]",
with no Cancel on it; "i dont want give my name" at "How should the organisation contact
you?" got "Please press one of the buttons".

Now: who sees what (own_data's answer, in /privacy's words), or that nothing is sent and
what Cancel does, then the form's question again with its buttons; nothing of the message is
kept. Cancel itself still takes a press (form_typed._typed_button): a draft is never dropped
on words. A long message is a story and is kept as before, whatever it says ("he say stop or
he call police"); danger words come first (form_typed.on_text). The word lists are drafts
for partners to extend.
"""

from __future__ import annotations

from bot.dialogue import own_data
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.form_steps import resume
from bot.dialogue.lexicon import entries, said_alone
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.typed_answers import long_enough, plain_answer
from bot.values import Reply, UserState

# Stepping back, said alone (with only _WITH beside it).
_SAID = entries(
    # English, and the broken English people type
    "cancel|cancel it|cancel this|stop|stop it|stop this|i want to stop|i want stop|"
    "i change my mind|i changed my mind|change my mind|changed my mind|i change mind|"
    "never mind|nevermind|forget it|maybe later|later|i dont want|i dont want anymore|"
    "dont want anymore|i dont want it|i dont want continue|i dont want to continue|"
    "i do not want to continue|dont send|do not send|dont send it|do not send it|"
    "dont send anything|i dont want to send|i dont want send|i dont want complain|"
    "i dont want to complain|no complain|not now|not today|another time|next time|"
    "some other time|"
    # Burmese: မလုပ်တော့ဘူး (I won't do it any more), မပို့တော့ဘူး / မပို့ပါနဲ့ (won't
    # send / don't send), မတိုင်တော့ဘူး (won't complain any more), စိတ်ပြောင်းသွားပြီ
    # (changed my mind), ရပ်လိုက်ပါ (stop it), နောက်မှ (later), မလိုတော့ဘူး (no need now);
    # romanised
    "မလုပ်တော့ဘူး|မပို့တော့ဘူး|မပို့ပါနဲ့|မပို့နဲ့|မတိုင်တော့ဘူး|မတိုင်ချင်တော့ဘူး|"
    "စိတ်ပြောင်းသွားပြီ|စိတ်ပြောင်းပြီ|ရပ်လိုက်ပါ|ရပ်လိုက်တော့|နောက်မှ|မလိုတော့ဘူး|"
    "ma lote tot buu|ma lote tot bu|ma po tot buu|ma po tot bu|ma tine tot buu|nout mha|"
    # Khmer: ឈប់ (stop), បោះបង់ (cancel), មិនចង់ទៀតទេ (I don't want any more), កុំផ្ញើ
    # (don't send), ប្តូរចិត្ត (changed my mind), មិនប្តឹងទេ (I won't complain), ពេលក្រោយ
    # (later); romanised
    "ឈប់|បោះបង់|មិនចង់ទៀតទេ|អត់ចង់ទៀតទេ|កុំផ្ញើ|ប្តូរចិត្ត|ប្ដូរចិត្ត|ប្តូរចិត្តហើយ|"
    "មិនប្តឹងទេ|មិនប្តឹងទៀតទេ|ពេលក្រោយ|chhob|chob|kom phnheu|kom pnheu|pel kroy|"
    "min chong te|ot chong te"
)
# Words that may come with it and say nothing of their own: "no wait, i change my mind",
# "actually i scared, maybe later", "សុំទោស ខ្ញុំប្តូរចិត្តហើយ".
_WITH = entries(
    "i|no|nope|wait|sorry|please|pls|ok|okay|actually|now|so|then|anymore|already|thanks|"
    "thank you|bro|sis|sir|madam|scared|afraid|i am scared|im scared|i scared|i am afraid|"
    "im afraid|i afraid|"
    "ကျွန်တော်|ကျွန်မ|ငါ|ဟင့်အင်း|မဟုတ်ဘူး|ခဏ|ဆောရီး|ပါ|ဗျ|ဗျာ|ရှင်|နော်|ကြောက်တယ်|"
    "ខ្ញុំ|ទេ|អត់ទេ|សុំទោស|ចាំបន្តិច|បង|ហើយ|ខ្លាច|khnhom|knhom|bong"
)


def answer(event: Text, state: UserState, ctx: Context) -> Outcome | None:
    """Who sees what, or the way to stop, then the form's question again; None for words
    that may answer it (they are read as before)."""
    words = event.text.strip()
    if not words or long_enough(words):
        return None
    if state.step == "ref:urgency" and plain_answer(words, urgency=True) is not None:
        return None  # "not urgent" answers "Is it urgent?"
    own = own_data.asked(words, ctx)
    if own == own_data.PRIVACY and own_data.only_phone(words, ctx):
        return None  # "they check my phone": what happened, for the caseworker (round 16A)
    if own in (own_data.PRIVACY, own_data.ABOUT_BOT):  # "are you a real person" too
        told = own_data.answer(own, state, ctx).replies[0]
        again = resume(state, ctx)
        return Outcome((Reply(told.text), *again.replies), again.state)
    if own == own_data.WITHDRAW or said_alone(words, _SAID, _WITH):
        note = ctx.translator(state.language).gettext(
            "Nothing is sent. If you want to stop, press Cancel: it deletes this form."
        )
        return with_note(note, resume(state, ctx))
    return None
