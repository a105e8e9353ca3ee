"""Clauses the NLU reads as a problem their words do not raise (round 53C, round 52B's stray
offers): they witness no second problem (topics.heard).

- "ဘော့စ်က passport ယူထားတယ် ပြန်မပေးဘူး" (the boss took my passport, won't give it back):
  the clause ပြန်မပေးဘူး read as Going home (0.77), its ပြန် being "back" in ပြန်ပေး (give
  back), not in ပြန်သွား (go back). A clause read as Going home whose every ပြန် belongs to
  giving back (or romanised "pyan pay", "pyan ma pay") is no witness.
- "မင်္ဂလာပါ ကျွန်မနာမည် မြင့်မြင့်ပါ ထိုင်းမှာ ..." (hello, my name is Myint Myint, in
  Thailand ...): the name clause read as Emergency help (0.38) and offered beside the wages.
  A short clause that opens with the writer's name, read unsurely, is no witness.

Danger words are read apart, with or without the NLU (bot/dialogue/triage.py): nothing here
takes away the emergency numbers. Drafts for a native speaker at a partner organisation.
"""

from __future__ import annotations

import re

HOME = "return_home"
# Giving back: ပြန်ပေး (give back), ပြန်မပေး (not give back), ပြန်အပ် (hand back); romanised
# "pyan pay", "pyan ma pay", "pyan ma pay buu".
_GIVE_BACK = re.compile(
    r"ပြန်(?:မ)?(?:ပေး|အပ်)|(?<![a-z])(?:pyan|pyn)\s+(?:ma\s+)?(?:pay|pey|pe|ap)(?![a-z])"
)
_BACK = re.compile(r"ပြန်|(?<![a-z])(?:pyan|pyn)(?![a-z])")
# The writer's name opening a clause, after a greeting or not: "my name is", romanised Burmese
# "kyanaw/kyama nan me", Khmer "khnhom chmous", ខ្ញុំឈ្មោះ, Burmese ကျွန်မနာမည် / ကျွန်တော့်နာမည်.
_NAME = re.compile(
    r"^\W*(?:(?:hello|hi|dear|mingalarpar|mingalaba|sousdey|မင်္ဂလာပါ|សួស្តី|ជម្រាបសួរ)\W+)?"
    r"(?:my\s+name|name\s+is|(?:kyanaw|kya\s+naw|kyama|kya\s+ma)\s+(?:ko\s+)?nan\s*me|"
    r"(?:khnhom|knhom)\s+chmous|ខ្ញុំឈ្មោះ|ကျွန်မနာမည်|ကျွန်မ\s*နာမည်|"
    r"ကျွန်တော့်နာမည်|ကျွန်တော်နာမည်|ကျွန်တော့နာမည်|ကျွန်တော်\s*နာမည်|ကျွန်တော့်\s*နာမည်)"
)
# A name clause is short: the name, maybe a place ("Myint Myint, in Thailand").
NAME_TOKENS = 6
# Read this surely, a name clause holds more than a name (a problem said with it).
NAME_UNSURE = 0.5


def no_witness(best: str, confidence: float, words: str, tokens: int) -> bool:
    """Whether a clause whose words are `words`, read as `best` at `confidence`, raises no
    problem of its own: Going home read in "won't give back", or the writer's name."""
    lowered = words.lower()
    if best == HOME and _GIVE_BACK.search(lowered):
        return not _BACK.search(_GIVE_BACK.sub(" ", lowered))
    short = 0 < tokens <= NAME_TOKENS or (tokens == 0 and len(lowered) <= 40)
    return bool(_NAME.search(lowered)) and short and confidence < NAME_UNSURE
