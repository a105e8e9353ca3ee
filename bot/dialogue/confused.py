""" "I don't understand" typed alone, most often right after an answer: in English, Burmese
and Khmer, in their scripts and in Latin letters. The NLU has no intent for it and read it
as anything: "ot yol te" (romanised Khmer) as Goodbye, "nar ma lal bu" (romanised Burmese)
as Injury at 0.85, "khnhom min yol te" as an emergency, "I don't understand" as a language
change, "not clear" as Goodbye (session 16). So a person who could not follow an answer
was told "Goodbye. Stay safe." or shown the injury answer.

Now such a message gets: sorry, another language or a person can help, the three
languages as buttons (a Burmese reader also the other encoding, labelled in Latin letters:
Unicode text on a Zawgyi phone cannot be read at all), "Talk to a person", and, within a
few minutes of an answer, that answer again (follow_up.py). Read before the NLU, never
before danger words (flows._read). The word lists are drafts for partners to extend.
"""

from __future__ import annotations

from bot.dialogue import follow_up
from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer, language_keyboard, zawgyi_button
from bot.dialogue.lexicon import entries, said_alone
from bot.dialogue.outcome import Outcome
from bot.i18n import NATIVE_NAMES
from bot.values import Button, Reply, UserState

NAME = "confused"  # counted as a conversation (tally.py), never words

_SAID = entries(
    # English, and the broken English people type
    "i don't understand|i dont understand|i do not understand|don't understand|"
    "dont understand|do not understand|not understand|no understand|not understood|"
    "cannot understand|can't understand|cant understand|can not understand|"
    "i don't get it|i dont get it|don't get it|dont get it|not clear|unclear|"
    "confused|confusing|i'm confused|im confused|i am confused|what do you mean|"
    "what you mean|what does that mean|what mean|i can't read|i cant read|i cannot read|"
    "can't read|cant read|cannot read|can not read|"
    # "what?" alone right after an answer (round 13A: the help page and its commands)
    "what|wat|wht|huh|hah|eh|what you say|what u say|what u mean|what did you say|"
    # Burmese: နားမလည် (not understand), မရှင်း (not clear), ဖတ်မရ (cannot read it)
    "နားမလည်ဘူး|နားမလည်|နားမလည်ပါ|နားမလည်ပါဘူး|နားမလည်သေးဘူး|မရှင်းဘူး|"
    "မရှင်းလင်းဘူး|ဘာကိုဆိုလိုတာလဲ|ဘာဆိုလိုတာလဲ|ဖတ်မရဘူး|ဖတ်လို့မရဘူး|စာဖတ်မရဘူး|"
    # ဘာ / ဘာလဲ / ဟင် (what? huh?), ဘာပြောတာလဲ (what are you saying?)
    "ဘာ|ဘာလဲ|ဟင်|ဘာပြောတာလဲ|ဘာတွေပြောတာလဲ|bar lae|ba lae|bar lal|bar pyaw tar lae|"
    "nar ma lal bu|nar ma lal buu|nar ma lal|nar ma lae bu|nar ma lae buu|nar ma lae|"
    "na ma lae bu|na ma lae buu|na ma lal bu|na ma le bu|nar ma le bu|nar mal lal bu|"
    "narmalalbu|narmalal|ma shin bu|ma shin buu|phat ma ya bu|phat ma ya buu|pat ma ya bu|"
    # Khmer: មិនយល់ / អត់យល់ (not understand), មិនច្បាស់ (not clear), អានមិនបាន (cannot read)
    "មិនយល់|ខ្ញុំមិនយល់|អត់យល់|ខ្ញុំអត់យល់|មិនយល់ទេ|អត់យល់ទេ|មិនច្បាស់|មិនច្បាស់ទេ|"
    "អានមិនបាន|អានមិនចេញ|អី|អីគេ|អ្វី|និយាយអី|និយាយអីគេ|ei|ey|ei ke|"
    "min yol|min yoal|min yul|mun yol|ot yol|ort yol|at yol|"
    "ot yoal|min yol te|ot yol te|min chbas|an min ban|an min chenh"
)
# Words that may come with it and say nothing of their own: "sorry I still dont understand",
# "ကျွန်တော် နားမလည်ဘူး ဗျ", "khnhom ot yol te bong".
_WITH = entries(
    "sorry|i|me|still|but|bro|sir|madam|ok|please|really|very|so|this|that|it|again|"
    "the answer|your answer|your message|thank you|thanks|hmm|haha|lol|"
    "ကျွန်တော်|ကျွန်မ|ကျနော်|ကျမ|ဗျ|ဗျာ|ရှင်|ခင်ဗျ|ခင်ဗျာ|ပါ|ဆရာ|အစ်ကို|အမ|ဒါ|ဒါကို|"
    "ခုနကဟာ|အဖြေ|ကျေးဇူးပဲ|pa|par|bya|shin|khin bya|"
    "ខ្ញុំ|សុំទោស|បង|ទេ|អរគុណ|ចម្លើយ|នេះ|khnhom|knhom|bong|bang|te|dte|som tos|orkun"
)


def says(text: str) -> bool:
    """Whether the whole message says "I don't understand" (with a sorry or an I), and
    nothing else: "my boss not pay, i dont understand why" asks something, and is read."""
    return said_alone(text, _SAID, _WITH)


def reply(state: UserState, ctx: Context) -> Outcome:
    """Sorry; the languages (and the other Burmese encoding); a person; the last answer."""
    tr = ctx.translator(state.language)
    text = tr.gettext(
        "Sorry, that was not clear. You can choose another language, or talk to a person "
        "from a partner organisation: they can explain."
    )
    keyboard = [*language_keyboard()]
    if state.language == "my":
        other = (
            Button(f"{NATIVE_NAMES['my']} (Unicode)", "lang:my")
            if state.encoding == "zawgyi"
            else zawgyi_button()
        )
        keyboard.append((other,))
    keyboard.append(footer(tr))
    return follow_up.offered(Outcome((Reply(text, tuple(keyboard)),), state), ctx)
