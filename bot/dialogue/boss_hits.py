"""The boss, the owner or a supervisor hitting the worker, in Burmese and Khmer with words
between (round 52B). The danger words hold the boss and the blow side by side only
(အလုပ်ရှင်ကရိုက်, ပိုင်ရှင်ကရိုက်): "ခြံပိုင်ရှင်က နေ့တိုင်း ရိုက်နေတယ်" (the farm owner hits me every
day), "ဘော့စ်က ခေါင်းကို ရိုက်လိုက်တယ်" (the boss hit me on the head) were no danger. As a
partner's blows are read (harmed.partner_hits): a boss word and a blow anywhere in the
message, and none of the words where the blow's word means something else (a photo, typing,
printing, "direct", a ball; Khmer to evaluate, to type). English is the keywords' ("boss hit
me"). Drafts for a native speaker at a partner organisation to review.
"""

from __future__ import annotations

from bot.dialogue.harmed import NOT_A_BLOW, blow_in
from bot.dialogue.lexicon import holds_script

# Employer, owner (of a shop, a farm), boss, manager, supervisor; Khmer boss, foreman, employer
_BOSS = (
    "အလုပ်ရှင်",
    "ပိုင်ရှင်",
    "သူဌေး",
    "ဘော့စ်",
    "ဘော့",
    "မန်နေဂျာ",
    "ကြီးကြပ်ရေးမှူး",
    "ថៅកែ",
    "មេការ",
    "និយោជក",
)
# ရိုက် also in တိုက်ရိုက် (direct), ရိုက်နှိပ် (print), ရိုက်ထုတ် (print out); វាយ in វាយលេខ (type a
# number)
_NOT_A_BLOW_HERE = ("တိုက်ရိုက်", "ရိုက်နှိပ်", "ရိုက်ထုတ်", "វាយលេខ")
# A kick, which the partner's blows (harmed.BLOW_SCRIPT) do not hold: ကန် alone is also a lake
# and in ကန်ထရိုက်; ကန်လိုက် / ကန်တယ် / ခြေထောက်နဲ့ကန် is a kick ("မန်နေဂျာက ကန်လိုက်တယ် နာတယ်", the
# manager kicked me, it hurts: "did not understand", round 54A).
_KICK = ("ကန်လိုက်", "ကန်တယ်", "ကန်နေ", "ခြေထောက်နဲ့ကန်")
# ရိုက် is also to stamp or print a paper: "သူဌေးက ဗီဇာ ရိုက်ပေးမယ်" (the boss will get the visa
# stamped), "pink card ရိုက်ပေးတယ်" (the lead, session 30, on merging 52B). With a paper named,
# or ရိုက်ပေး (does it for someone), only the keywords' side-by-side phrases read a blow.
# And a boss in a game: "ថៅកែក្នុង game វាយមិនឈ្នះសោះ" (cannot beat the boss in the game).
_PAPERS = (
    "ဗီဇာ",
    "ပတ်စပို့",
    "ပါမစ်",
    "ကတ်",
    "ရိုက်ပေး",
    "visa",
    "passport",
    "permit",
    "card",
    "game",
    "ဂိမ်း",
    "ហ្គេម",
    "ឈ្នះ",
)


def boss_hits(words: str) -> bool:
    """Whether Burmese or Khmer `words` name a boss and a blow anywhere in them: danger, the
    numbers first (triage.danger_in)."""
    if not holds_script(words, _BOSS):
        return False
    if not blow_in(words, _KICK):
        return False
    return not holds_script(words.lower(), (*NOT_A_BLOW, *_NOT_A_BLOW_HERE, *_PAPERS))
