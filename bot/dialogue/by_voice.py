"""Asking to talk by phone or by voice, or saying that reading or typing is hard, said alone
("can i call you", "what is your phone number", "call me", "can you send voice", "i cant
read", ဖုန်းဆက်လို့ရလား, ខ្ញុំអានមិនចេះ), session 18: "what is your phone number" and "i
cant read well, can you send voice" got "I cannot help with that", "can i call you" "Sorry,
I did not understand".

Now: the bot cannot call nor send voice messages; a caseworker can call them (the form's
"I give a phone number"), one tap away; the buttons work without typing. Read before the
NLU, never before danger words (flows._read). The word lists are drafts for partners to
extend.
"""

from __future__ import annotations

from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import entries, said_alone
from bot.dialogue.outcome import Outcome
from bot.values import Reply, UserState

NAME = "by_voice"  # counted as a conversation (tally.py), never words

_SAID = entries(
    # English, and the broken English people type. Not "phone number" alone: after an
    # answer it asks for that office's (follow_up.py).
    "can i call you|can i call|can i phone you|can i call this|can we call|call you|"
    "what is your phone number|what is your number|whats your number|your phone number|"
    "your number|give me your number|your phone|can you call me|call me|please call me|"
    "pls call me|can someone call me|someone call me|call me back|i want to talk on phone|"
    "talk on phone|talk by phone|i want talk on phone|i want to talk by phone|"
    "i want to speak on phone|can we talk on phone|can i talk on phone|can you send voice|"
    "send voice|send me voice|voice message|voice please|voice msg|can i send voice|"
    "i send voice|can you speak|i cant read|i cannot read|i can not read|i cant read well|"
    "i cannot read well|i dont know how to read|i cant write|i cannot write|"
    "i dont know how to write|i cant type|i cannot type|i dont know how to type|"
    "not good at reading|i read slowly|"
    # Burmese: ဖုန်းဆက်လို့ရလား (can I call?), ဖုန်းဆက်ပေးပါ (call me, please), ဖုန်းနဲ့
    # ပြောချင်တယ် (I want to talk by phone), အသံနဲ့ ပို့လို့ရလား (can I send by voice?),
    # စာမဖတ်တတ်ဘူး / စာမရေးတတ်ဘူး (I cannot read / write); romanised
    "ဖုန်းဆက်လို့ရလား|ဖုန်းဆက်လို့ရမလား|ဖုန်းဆက်ပေးပါ|ဖုန်းပြန်ဆက်ပေးပါ|ဖုန်းနဲ့ပြောချင်တယ်|"
    "ဖုန်းနဲ့ ပြောချင်တယ်|ခင်ဗျားဖုန်းနံပါတ်|ရှင့်ဖုန်းနံပါတ်|အသံနဲ့ပို့လို့ရလား|"
    "အသံနဲ့ ပို့လို့ရလား|အသံပို့လို့ရလား|စာမဖတ်တတ်ဘူး|စာမဖတ်တတ်ပါဘူး|စာမရေးတတ်ဘူး|"
    "စာမရေးတတ်ပါဘူး|phone sat lo ya lar|phone sat pay par|phone net pyaw chin tal|"
    "sar ma phat tat buu|sa ma phat tat bu|sar ma yay tat buu|"
    # Khmer: អាចទូរស័ព្ទបានទេ (can I call?), ទូរស័ព្ទមកខ្ញុំ (call me), លេខទូរស័ព្ទរបស់អ្នក
    # (your phone number), ចង់និយាយតាមទូរស័ព្ទ (I want to talk by phone), ផ្ញើសំឡេង (send
    # voice), អានមិនចេះ / សរសេរមិនចេះ (I cannot read / write); romanised
    "អាចទូរស័ព្ទបានទេ|អាចតេបានទេ|ទូរស័ព្ទមកខ្ញុំ|តេមកខ្ញុំ|លេខទូរស័ព្ទរបស់អ្នក|"
    "ចង់និយាយតាមទូរស័ព្ទ|ផ្ញើសំឡេង|ផ្ញើសំឡេងបានទេ|អានមិនចេះ|ខ្ញុំអានមិនចេះ|"
    "អានអក្សរមិនចេះ|សរសេរមិនចេះ|ខ្ញុំសរសេរមិនចេះ|te mok knhom|tel mok knhom|"
    "call mok knhom|an min ches|an aksar min ches|ot ches an|sorsay min ches"
)
# Words that may come with it and say nothing of their own: "sorry i cant read well",
# "please call me sir", "ខ្ញុំអានមិនចេះទេបង".
_WITH = entries(
    "i|me|please|pls|plz|sorry|sir|madam|bro|sis|ok|now|very|well|"
    "ကျွန်တော်|ကျွန်မ|ဗျ|ဗျာ|ရှင်|ပါ|နော်|ဆောရီး|"
    "ខ្ញុំ|បង|បាទ|ចាស|ផង|ទេ|សុំទោស|khnhom|bong"
)


def says(text: str) -> bool:
    """Whether the whole message only asks to talk by phone or voice, or says reading or
    typing is hard."""
    return said_alone(text, _SAID, _WITH)


def reply(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    text = "\n\n".join(
        (
            _("I am a bot: I cannot call you or send voice messages."),
            _(
                "A caseworker at a support organisation can call you: press “Talk to a "
                "person”, then “I give a phone number”."
            ),
            _("You can also use the buttons: you do not need to type."),
        )
    )
    return Outcome((Reply(text, (footer(tr),)),), state.with_(misses=0))
