""" "not that", "wrong", "that's not what i ask", "you don't understand", "useless", a swear
word, typed alone after an answer that missed (round 27A). The NLU has no intent for them:
"not that" was read as Goodbye at 0.83 and "wrong" at 0.64 ("Goodbye. Stay safe."), "that's
not what i ask", "you don't understand", "stupid bot" as the help page and its commands,
"useless" and "fuck" as not understood. The person who was told a wrong answer was said
goodbye to, or shown the bot's commands.

Now such a message gets: sorry, that answer did not help; a person from a partner
organisation can (first, with no topic: the answer's was the wrong one); the other problems
the person wrote about beside it (follow_up's last_also), if any; the menu. It counts as a
miss (flows.MISSES_BEFORE_PERSON): after another miss the person comes first in the words too.
Calm to a swear word: the same sorry. The wrong answer is not offered again. Read before the
NLU, never before danger words (flows._read). The word lists are drafts for partners to
extend.
"""

from __future__ import annotations

import re

from bot.dialogue import follow_up
from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer, menu_keyboard
from bot.dialogue.lexicon import entries, said_alone
from bot.dialogue.outcome import Outcome
from bot.values import Reply, UserState

NAME = "not_that"  # counted as a conversation (tally.py), never words
# A second miss in a row (flows.MISSES_BEFORE_PERSON): the person first in the words too.
MISSES_BEFORE_PERSON = 2

_SAID = entries(
    # English, and the broken English people type
    "not that|not this|not that one|not this one|no not that|wrong|wrong answer|"
    "that's wrong|thats wrong|that is wrong|it's wrong|its wrong|you are wrong|you wrong|"
    "not correct|incorrect|not right|not what i ask|not what i asked|not what i mean|"
    "not what i meant|that's not what i ask|thats not what i ask|that's not what i asked|"
    "thats not what i asked|that is not what i ask|that is not what i asked|"
    "not my question|i didn't ask that|i didnt ask that|i did not ask that|i dont ask that|"
    "i don't ask that|i not ask that|i never ask that|not my problem|this is not my problem|"
    "that is not my problem|you don't understand|you dont understand|you do not understand|"
    "you not understand|you never understand|you don't understand me|you dont understand me|"
    "you not understand me|useless|you are useless|you useless|your useless|you're useless|"
    "not helpful|no help|not help|not helping|doesn't help|does not help|dont help|"
    "don't help|not useful|no use|stupid|stupid bot|bad bot|dumb|dumb bot|idiot|"
    "fuck|fuck you|fuck off|fucking|wtf|shit|bullshit|damn|crap|"
    # Burmese: အဲဒါမဟုတ်ဘူး (that is not it), မှားတယ် (wrong), မေးတာအဲဒါမဟုတ်ဘူး (that is not
    # what I asked), အသုံးမဝင်ဘူး (useless), a swear word; romanised
    "အဲဒါမဟုတ်ဘူး|အဲ့ဒါမဟုတ်ဘူး|ဒါမဟုတ်ဘူး|မှားတယ်|မှားနေတယ်|မှားပြီ|အဖြေမှားတယ်|"
    "မေးတာအဲဒါမဟုတ်ဘူး|မေးတာမဟုတ်ဘူး|အဲဒါမမေးဘူး|နားမလည်ဘူးလား|အသုံးမဝင်ဘူး|"
    "အသုံးမကျဘူး|စောက်ရူး|ခွေးမသား|"
    "ae dar ma hote buu|ae dar ma hote bu|dar ma hote bu|mhar tal|hmar tal|mhar nay tal|"
    "a thone ma win bu|athone ma win buu|sout yuu|khway ma thar|"
    # Khmer: មិនមែនអាហ្នឹងទេ (not that), ខុសហើយ (wrong), ខ្ញុំមិនបានសួរអញ្ចឹងទេ (I did not ask
    # that), គ្មានប្រយោជន៍ (useless), a swear word; romanised
    "មិនមែនអាហ្នឹងទេ|មិនមែនអានេះទេ|ខុសហើយ|ខុស|ឆ្លើយខុស|មិនត្រូវទេ|"
    "ខ្ញុំមិនបានសួរអញ្ចឹងទេ|មិនបានសួរអញ្ចឹងទេ|គ្មានប្រយោជន៍|អត់ប្រយោជន៍|ឆ្កែ|"
    "min men a nis te|khos hoy|khos|chleuy khos|min trov te|"
    "kmean prayoch|ot prayoch|chkae|a chkae"
)
# Words that may come with them and say nothing of their own: "no bro, not that", "you are
# so useless", "ဟာ မှားတယ်", "ទេ បង ខុសហើយ".
_WITH = entries(
    "no|nope|oh|omg|bro|sir|madam|but|is|it|that|this|answer|the|your|bot|robot|you|so|"
    "very|totally|completely|really|all|la|lah|man|again|still|i|me|said|sorry|what|"
    "ဟာ|ဟင့်အင်း|မဟုတ်ဘူး|ဗျ|ဗျာ|ပါ|ဆရာ|အစ်ကို|အမ|ဒါ|ဒါက|အဖြေ|ဘော့|"
    "bya|par|pa|no|"
    "ទេ|បង|អត់ទេ|មិនមែនទេ|ចម្លើយ|នេះ|បូត|bong|bang|te|ot te"
)


# Longer than this, a message says more than a "wrong" with a "no bro" (the longest: "no bro,
# that's not what i asked", Burmese and Khmer with a particle): read before the NLU for
# every message, the test must cost nothing on the rest (issue 11's CPU per message).
LONGEST = 60


def says(text: str) -> bool:
    """Whether the whole message says the answer was wrong or useless (or only swears),
    and nothing else: "not that, my boss keep my passport" asks something, and is read."""
    return len(text) <= LONGEST and said_alone(text, _SAID, _WITH)


def reply(state: UserState, ctx: Context) -> Outcome:
    """Sorry; a person first; the other problems written about beside the answer; the menu."""
    tr = ctx.translator(state.language)
    misses = state.misses + 1
    if misses > MISSES_BEFORE_PERSON:
        # A third "useless" in a row: not the same long sorry again (round 27A, "useless",
        # then "fuck", got it twice), a short line that points at the button.
        text = tr.gettext("I am sorry. A person can help you: tap “Talk to a person”.")
    elif misses >= MISSES_BEFORE_PERSON:
        text = tr.gettext(
            "Sorry, I could not help you. Please talk to a person from a partner "
            "organisation: tap “Talk to a person”. Nothing is sent before you press Send."
        )
    elif ctx.last_answer is None:
        # No answer just above ("wrong", "no help", a swear word as a first message, or long
        # after one): "that answer did not help you" spoke of an answer the person had not
        # been given (round 27A).
        text = tr.gettext(
            "Sorry. Tell me what you need in a few words, or choose a topic. A person from a "
            "partner organisation can help too: tap “Talk to a person”."
        )
    else:
        text = tr.gettext(
            "Sorry, that answer did not help you. A person from a partner organisation can: "
            "tap “Talk to a person”. Or choose a topic, or write your question in other words."
        )
    person, menu = footer(tr)
    others = follow_up.also_rows(ctx, tr.language)
    keyboard = ((person,), *others, (menu,))
    return Outcome((Reply(text, keyboard),), state.with_(misses=misses))


_SORRY = entries(
    "sorry|so sorry|im sorry|i'm sorry|i am sorry|sorry sorry|sry|sori|soory|my bad|"
    "sorry for that|sorry for bad word|sorry for my words|sorry i angry|sorry i was angry|"
    # Burmese: ဆောရီး (sorry), တောင်းပန်ပါတယ် (I apologise); romanised
    "ဆောရီး|ဆော့ရီး|ဆောရီးပါ|တောင်းပန်ပါတယ်|တောင်းပန်ပါတယ်နော်|"
    "sorry par|sorry pa|taung pan par tal|taung pan pa tal|"
    # Khmer: សុំទោស (sorry); romanised
    "សុំទោស|ខ្ញុំសុំទោស|som tos|som toh|som tous|sorry bong"
)
# "sorry bro", "ok sorry", "ဆောရီး ဗျာ", "សុំទោស បង": the same apology.
_SORRY_WITH = entries("ok|okay|bro|sir|madam|bot|please|pls|again|ဗျာ|ဗျ|နော်|ပါ|bong|bang|បង|ណា")
SORRY = "sorry"  # counted as a conversation (tally.py), never words
# Every entry of _SORRY holds one of these (tests/dialogue/test_after_wrong_answer.py).
_SORRY_HINT = re.compile(r"sor|sry|soory|my bad|ဆော|တောင်းပန်|សុំទោស|som to|taung pan", re.I)


def sorry(text: str) -> bool:
    """Whether the whole message is an apology ("sorry" after a swear word, round 27A): it
    got "I cannot help with that" and the menu, a rebuff to someone making amends."""
    if len(text) > LONGEST or not _SORRY_HINT.search(text):
        return False  # most messages: not read further (every message is read, issue 11)
    return said_alone(text, _SORRY, _SORRY_WITH)


def sorry_reply(state: UserState, ctx: Context) -> Outcome:
    """That is all right; the menu. Not a miss: the person asked for nothing."""
    tr = ctx.translator(state.language)
    text = tr.gettext("That is all right. How can I help you?")
    return Outcome((Reply(text, menu_keyboard(tr)),), state)
