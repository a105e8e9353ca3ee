"""Passing the bot's answer on to other workers, or adding the bot to a workers' group
(exploratory round 19A): "can i share this answer with my friends?" got "I cannot help with
that", the Burmese "can I send this answer to my friends?" the someone-else answer, and "i
add you to our telegram group of workers, please answer there" Fake jobs and trafficking.

What the bot can say is how it works, no outside fact: an answer can be forwarded (it holds
the bot's words only, nothing the person wrote); in a group the bot answers no questions, only
"I only talk in private chats" (flows.on_group), so each worker writes to it in private; and
no one's problem or details go to a group without their asking. A problem the NLU read
surely keeps its answer.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review and
extend.
"""

from __future__ import annotations

import re

from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.values import Reply, UserState

NAME = "passing_on"  # counted as a conversation (tally.py), never words
SURE = 0.95

_LATIN = re.compile(
    r"\b(?:"
    # the answer passed on
    r"share (?:this|it|that|the answer|your answer|this answer|this message|the message|"
    r"this info)|(?:forward|foward) (?:this|it|that|the answer|your answer|the message)|"
    r"send (?:this|that|it|the|your) ?(?:answer|message|info)? to (?:my |our |the )?"
    r"(?:friends?|group|others|co-?workers|everyone|everybody|family)|"
    # the bot in a group
    r"(?:add|added|adding|put|invite|invited) (?:you|this bot|the bot|bot) (?:to|in|into)|"
    r"(?:answer|reply|talk|join|come) (?:in|to|into) (?:our|my|the) (?:\w+ )?group|"
    r"(?:our|my) (?:telegram |workers? |facebook )?group chat"
    r")\b"
)
_SCRIPT = (
    # Burmese: share (loan word, twice), share (မျှဝေ), send to friends, into the group
    "ရှယ်လို့",
    "ရှဲလို့",
    "မျှဝေ",
    "သူငယ်ချင်းတွေကိုပို့",
    "ဂရုထဲ",
    "ဂရုပ်ထဲ",
    "groupထဲ",
    # Khmer: share, forward, send to friends, Telegram group
    "ចែករំលែក",
    "បញ្ជូនបន្ត",
    "ផ្ញើទៅមិត្តភក្តិ",
    "ក្រុមតេឡេក្រាម",
)


def says(words: str) -> bool:
    """Whether `words` ask to pass an answer on, or tell of the bot in a group."""
    return holds(words, _LATIN, _SCRIPT)


def instead(event: Text) -> bool:
    """Whether the reply answers `event` instead of the NLU's reading: the words say it, and
    the NLU did not surely read a problem (that answer is kept)."""
    if event.nlu is not None and event.nlu.topic is not None and event.nlu.confidence >= SURE:
        return False
    return says(event.text)


def reply(_event: Text, state: UserState, ctx: Context) -> Outcome:
    """How to pass an answer on, what the bot does in a group, and no one's problem shared
    without asking; a person; the menu."""
    tr = ctx.translator(state.language)
    text = tr.gettext(
        "You can pass my answers on: hold a message, then tap Forward. It shows my answer "
        "only, nothing you wrote to me. In a group I answer no questions, to keep what people "
        "say safe: each of your friends can write to me in a private chat. Do not share anyone's "
        "problem or details in a group without asking them."
    )
    return Outcome((Reply(text, (footer(tr),)),), state.with_(misses=0))
