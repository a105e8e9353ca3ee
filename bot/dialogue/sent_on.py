"""What an office told the person (exploratory round 43A, left open by round 42C): "the embassy
said go to the agency", "labour office say ask your agent", "police said go to embassy": the
answer of the office named as the one to go to was read with nothing on being sent on. Now a
short line (our sources do not say which office must help; write down who said it and when; a
person), the answer of the office sent to and Where to complain a tap away.

Latin phrases as whole words, Burmese and Khmer inside the text. Drafts for a native speaker
at a partner organisation to review.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import script_readings
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "sent_between_offices"  # counted as a conversation (tally.py), never words

_OFFICE = (
    r"(?:the |my |our |your )?(?:embassy|consulate|labour office|labor office|labour department|"
    r"labor department|labour attache|labor attache|ministry|police|immigration|agency|agent|"
    r"broker|doe|mol)"
)
_TOLD = re.compile(
    rf"\b{_OFFICE} (?:said|say|says|saying|told me|tell me|tell|told|ask me|asked me) "
    rf"(?:me |us |i |we )?(?:to )?(?:must |should |need to )?(?:go|ask|contact|call|see|talk)"
    rf"(?: back)?(?: to| with)? (?P<to>{_OFFICE})\b"
)
_TOPIC_OF = (
    ("embassy", "embassy_contact"),
    ("consulate", "embassy_contact"),
    ("attache", "labour_attache"),
    ("labour", "complaint_channels"),
    ("labor", "complaint_channels"),
    ("ministry", "complaint_channels"),
    ("doe", "complaint_channels"),
    ("mol", "complaint_channels"),
    ("agen", "agency_complaint"),
    ("broker", "agency_complaint"),
    ("police", "complaint_channels"),
    ("immigration", "visa_work_permit"),
)
# Burmese: the embassy (သံရုံး) / labour office (အလုပ်သမားရုံး) / police (ရဲ) told me to go to
# (သွားခိုင်း, သွားဆို) the agency (အေဂျင့်, အေဂျင်စီ, ပွဲစား) or the embassy; Khmer: told (ប្រាប់ឱ្យ,
# ឱ្យទៅ) to go to the agency (ភ្នាក់ងារ), the embassy (ស្ថានទូត)
_SCRIPT_TOLD = re.compile(
    r"(?:သံရုံး|အလုပ်သမားရုံး|ရဲ|အေဂျင့်|အေဂျင်စီ|ပွဲစား)[^။]{0,6}က[^။]{0,20}"
    r"(?P<to>သံရုံး|အေဂျင့်|အေဂျင်စီ|ပွဲစား|အလုပ်သမားရုံး)[^။]{0,6}(?:သွားခိုင်း|သွားဆို|မေးခိုင်း|ကိုသွား)|"
    r"(?:ស្ថានទូត|ក្រសួងការងារ|ប៉ូលិស|ភ្នាក់ងារ|ក្រុមហ៊ុន)[^។]{0,10}(?:ប្រាប់ឱ្យ|ប្រាប់អោយ|ឱ្យ|អោយ)ទៅ"
    r"(?P<km>ស្ថានទូត|ភ្នាក់ងារ|ក្រុមហ៊ុន|ក្រសួងការងារ)"
)
_SCRIPT_TOPIC = {
    "သံရုံး": "embassy_contact",
    "အေဂျင့်": "agency_complaint",
    "အေဂျင်စီ": "agency_complaint",
    "ပွဲစား": "agency_complaint",
    "အလုပ်သမားရုံး": "complaint_channels",
    "ស្ថានទូត": "embassy_contact",
    "ភ្នាក់ងារ": "agency_complaint",
    "ក្រុមហ៊ុន": "agency_complaint",
    "ក្រសួងការងារ": "complaint_channels",
}


def sent_to(words: str) -> str | None:
    """The topic of the office `words` say another office sent the person to, if any
    ("the embassy said go to the agency": Agency or broker problem)."""
    found = _TOLD.search(words.lower())
    if found is not None:
        to = found.group("to")
        return next((topic for key, topic in _TOPIC_OF if key in to), None)
    for reading in script_readings(words):
        met = _SCRIPT_TOLD.search(reading)
        if met is not None:
            return _SCRIPT_TOPIC.get(met.group("to") or met.group("km") or "")
    return None


def sent(event: Text, state: UserState) -> bool:
    """Whether `event` tells what an office said: go to another one."""
    return not state.pending_topic and sent_to(event.text) is not None


def sent_reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Our sources do not say which office must help; write it down; a person; the office
    sent to, and Where to complain, a tap away."""
    to = sent_to(event.text) or "complaint_channels"
    text = ctx.translator(state.language).gettext(
        "One office sent you to another? Our sources do not say which office must help you. "
        "Write down who told you this, and when. A person from a partner organisation can "
        "help you find the right place: tap “{person}”. What our sources say about the "
        "office you were sent to: tap below."
    )
    topics = tuple(dict.fromkeys((to, "complaint_channels")))
    return also_wrote.person_first(text, topics, event, state, ctx)
