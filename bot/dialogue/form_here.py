""" "Here", "right here", "ဒီမှာပဲ", "នៅទីនេះ" typed at the form's place or contact question
(round 44B's still open, round 45A). At "How should the organisation contact you?" the
Burmese "ဒီမှာပဲ" (right here), in Unicode or Zawgyi, got "You are filling in the request"
with [Continue the form] [Ask this instead]: the person had answered, in this chat. Now it is
"Through this bot", as the button. At "Where are you?" it got the same reminder, or would be
kept as the place ("Where: right here" tells a caseworker nothing): now the question is
asked again plainly, for a town or a country, or Skip.

Whole messages only (lexicon.said_alone): "here is my number 08..." is a number, "I am here
in Mae Sot" a place. Drafts for a native speaker at a partner organisation to review.
"""

from __future__ import annotations

from bot.dialogue.lexicon import entries, readings, said_alone

# Said alone for "here": English and broken English; Burmese ဒီမှာ (here), ဒီမှာပဲ (right
# here), ဒီနေရာ (this place), အဲဒီမှာပဲ (right there), ဒီမှာပါ; Khmer នៅទីនេះ (here),
# ទីនេះ, នៅនេះ, កន្លែងនេះ (this place), កន្លែងដដែល (same place); romanised.
_HERE = entries(
    "here|right here|just here|here only|only here|same place|same|this place|in here|"
    "here la|here lah|i am here|im here|me here|"
    "ဒီမှာ|ဒီမှာပဲ|ဒီမှာပါ|ဒီနေရာ|ဒီနေရာပဲ|ဒီမှာဘဲ|ဒီနားမှာ|"
    "di mhar|di hmar|di mhar pe|di hmar pe|dee mhar|di mhar bae|de mhar pal|"
    "នៅទីនេះ|ទីនេះ|នៅនេះ|កន្លែងនេះ|កន្លែងដដែល|នៅកន្លែងនេះ|"
    "nov ti nis|nov tinis|tinis|ti nis|nov nis|konleng nis|kanleng nis"
)
# Beside it and adding nothing: "ok", "please", a particle.
_WITH = entries("ok|okay|please|pls|la|lah|ပါ|နော်|ပဲ|ဘဲ|សូម|បាទ|ចាស|ok par|na")
# In this chat: only at the contact question ("here", "in this chat" = through this bot).
_CHAT = entries(
    "in this chat|this chat|in chat|chat|here in chat|in here|"
    "ဒီ chat မှာ|ဒီမှာပဲ ပြောပါ|ဒီမှာပဲ ဆက်သွယ်ပါ|ဒီ chat|"
    "ក្នុងនេះ|នៅក្នុងនេះ|ទីនេះ chat"
)


def says_here(text: str) -> bool:
    """Whether `text`, as written or read in Zawgyi, only says "here"."""
    return any(said_alone(words, _HERE, _WITH) for words in readings(text))


def says_this_chat(text: str) -> bool:
    """Whether `text` at the contact question means "here, in this chat"."""
    return says_here(text) or any(said_alone(w, _HERE | _CHAT, _WITH) for w in readings(text))
