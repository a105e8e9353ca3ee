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

from bot.dialogue.harmed import BLOW_SCRIPT, NOT_A_BLOW
from bot.dialogue.lexicon import holds_script, script_readings

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
# Words the blow is part of, taken out before a blow is looked for (round 54A, fresh messages
# that got the emergency numbers): ကန်ထရိုက် (contract: "အလုပ်ရှင်က ကန်ထရိုက် သက်တမ်းတိုး
# မပေးဘူး", the employer will not extend the contract), လက်ဗွေရိုက် (fingerprints taken for the
# permit), ဓာတ်မှန်ရိုက် (an X-ray), နံပါတ်ရိုက် / ရိုက်ထည့် (type a number, type in: "ဘော့ထဲမှာ
# ဖုန်းနံပါတ် ရိုက်ထည့်ရမလား", do I type my phone number into the bot?); Khmer វាយកុងត្រា,
# វាយបញ្ចូល (type a contract, type in). Taken out, not a veto: "ကန်ထရိုက် မပေးဘဲ ရိုက်တယ်" (no
# contract, and he hits me) is still a blow. Drafts for a native speaker to review.
_PART_OF_A_WORD = (
    "ကန်ထရိုက်",
    "လက်ဗွေရိုက်",
    "ဓာတ်မှန်ရိုက်",
    "နံပါတ်ရိုက်",
    "ရိုက်ထည့်",
    "វាយកុងត្រា",
    "វាយបញ្ចូល",
)
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
# ទះ (slap) is inside ផ្ទះ (home): "will the boss send me home (ទៅផ្ទះ)" is no blow
_HOME = "ផ្ទះ"


def boss_hits(words: str) -> bool:
    """Whether Burmese or Khmer `words` name a boss and a blow anywhere in them: danger, the
    numbers first (triage.danger_in)."""
    if not holds_script(words, _BOSS):
        return False
    if not _blow_in(words):
        return False
    if holds_script(words.lower(), _PAPERS):
        return False
    return not holds_script(words, NOT_A_BLOW) and not holds_script(words, _NOT_A_BLOW_HERE)


def _blow_in(words: str) -> bool:
    """Whether `words`, read in Unicode and in Zawgyi with spaces taken out, hold a blow once
    the words it is part of (_PART_OF_A_WORD, Khmer ផ្ទះ) are taken out."""
    for reading in script_readings(words):
        for part in (_HOME, *_PART_OF_A_WORD):
            reading = reading.replace(part, "|")
        if any(blow in piece for piece in reading.split("|") for blow in (*BLOW_SCRIPT, *_KICK)):
            return True
    return False
