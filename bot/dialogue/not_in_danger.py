""" "i am not in danger", "not emergency", "i am safe" said alone, most often right after the
emergency numbers that words like "danger" or "help" brought (round 27A). "i am not in
danger" held the danger keyword "in danger" and brought the numbers again, and the NLU reads
it as Emergency help at 0.99: the person who said they are safe was shown the numbers a
second time, and a third.

Now (the words that deny are no danger: nlu/denials.py) such a message gets: good, tell me
the problem or choose a topic, a person can help; the other problems written about beside
the emergency answer (follow_up's last_also), and the menu. No number. It counts as a miss
(the numbers were not what the person needed: flows.MISSES_BEFORE_PERSON). Read before the
NLU, never before danger words (flows._read): "i am not in danger but he beat me" brings the
numbers. The word lists are drafts for partners to extend.
"""

from __future__ import annotations

from bot.dialogue import follow_up
from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import entries, said_alone
from bot.dialogue.outcome import Outcome
from bot.values import Reply, UserState

NAME = "not_in_danger"  # counted as a conversation (tally.py), never words

_SAID = entries(
    # English, and the broken English people type
    "not in danger|not in danger now|no danger|not danger|not dangerous|no more danger|"
    "no longer in danger|never in danger|not emergency|not an emergency|"
    "it's not emergency|its not emergency|it is not emergency|is not emergency|"
    "this is not emergency|this is not an emergency|not urgent|not so urgent|i am safe|"
    "im safe|i'm safe|i am safe now|im safe now|i'm safe now|i safe|safe now|"
    # Burmese: အန္တရာယ်မရှိဘူး (no danger), အရေးပေါ်မဟုတ်ဘူး (not an emergency), ဘေးကင်းတယ်
    # (safe); romanised
    "အန္တရာယ်မရှိဘူး|အန္တရာယ်မရှိပါဘူး|အန္တရာယ်မရှိ|အရေးပေါ်မဟုတ်ဘူး|အရေးပေါ်မဟုတ်ပါဘူး|"
    "ဘေးကင်းတယ်|ဘေးကင်းပါတယ်|ဘေးကင်းပါတယ်ဗျ|an tar yae ma shi bu|antaryae ma shi bu|"
    "a yay paw ma hote bu|bay kin tal|"
    # Khmer: មិននៅក្នុងគ្រោះថ្នាក់ទេ (not in danger), គ្មានគ្រោះថ្នាក់ទេ (no danger), មិនបន្ទាន់ទេ
    # (not urgent), មានសុវត្ថិភាព (safe); romanised
    "មិននៅក្នុងគ្រោះថ្នាក់ទេ|មិននៅក្នុងគ្រោះថ្នាក់|គ្មានគ្រោះថ្នាក់ទេ|គ្មានគ្រោះថ្នាក់|"
    "អត់មានគ្រោះថ្នាក់ទេ|មិនបន្ទាន់ទេ|មានសុវត្ថិភាព|ខ្ញុំមានសុវត្ថិភាព|"
    "kmean kroh thnak te|ot mean kroh thnak te|min bontoan te|mean sovatheaphap"
)
# Words that may come with them and say nothing of their own: "no no, i am not in danger",
# "ကျွန်တော် အန္တရာယ်မရှိပါဘူး", "ទេ បង ខ្ញុំមិននៅក្នុងគ្រោះថ្នាក់ទេ".
_WITH = entries(
    "no|nope|i|i am|im|i'm|am|me|we|we are|it|is|this|now|ok|okay|bro|sir|madam|sorry|"
    "thank you|thanks|just|really|but|oh|"
    "ကျွန်တော်|ကျွန်မ|ကျနော်|ကျမ|ဗျ|ဗျာ|ရှင်|ခင်ဗျ|ပါ|ဟင့်အင်း|မဟုတ်ဘူး|အခု|"
    "khnhom|knhom|bong|bang|te|"
    "ខ្ញុំ|បង|ទេ|អត់ទេ|ឥឡូវ|អរគុណ"
)


# Longer than this, a message says more than a "wrong" with a "no bro" (the longest: "no bro,
# that's not what i asked", Burmese and Khmer with a particle): read before the NLU for
# every message, the test must cost nothing on the rest (issue 11's CPU per message).
LONGEST = 60


def says(text: str) -> bool:
    """Whether the whole message says the writer is not in danger, and nothing else: "i am
    not in danger, boss keep my passport" asks something, and is read (the passport)."""
    return len(text) <= LONGEST and said_alone(text, _SAID, _WITH)


def reply(state: UserState, ctx: Context) -> Outcome:
    """Good; the problem in a few words, or a topic; a person; the other problems written
    about beside the last answer; the menu. No number."""
    tr = ctx.translator(state.language)
    text = tr.gettext(
        "Good, I am glad you are safe. What is the problem? Write it in a few words, or "
        "choose a topic. A person from a partner organisation can also help you."
    )
    person, menu = footer(tr)
    others = follow_up.also_rows(ctx, tr.language)
    keyboard = (*others, (person,), (menu,))
    return Outcome((Reply(text, keyboard),), state.with_(misses=state.misses + 1))
