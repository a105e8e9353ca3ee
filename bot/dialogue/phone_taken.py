"""A phone taken or kept by the employer, an agent or "they" (session 20, from the misreadings
rounds 16A and 18A left): "ke yok phone" (romanised Khmer: they took the phone) and the Khmer
"ថៅកែយកទូរស័ព្ទខ្ញុំ" (the boss took my phone) got "I cannot help with that" (read as out of
scope, 0.84 and 0.88), "boss take my phone" "I did not understand", and the Burmese
"သူဌေးက ဖုန်းသိမ်းထားတယ်" (the boss keeps my phone) Passport taken (0.96), with nothing on
the phone. The NLU has no intent for it.

Our sources say nothing on an employer or an agent keeping a worker's phone. So the reply
says that, and that someone who cannot leave or cannot call anyone should tap Emergency help;
a person; the other problems the NLU read. A phone taken beside another problem the NLU read
("boss not pay 3 month and take my phone") keeps that answer, with the line first (`told`).
Not a phone checked or read (own_data.py: who sees this chat), nor one lost or stolen in the
street, nor "can I keep my own phone" (live_in.py: a domestic worker's rules).

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review and
extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.papers_words import any_paper
from bot.values import UserState

NAME = "phone_taken"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"
PAPERS_KEPT = "documents_confiscated"

# Not a phone number ("the agent took my phone number, he will call").
_PHONE = (
    r"(?:phone|phones|handphone|hand phone|mobile|hp|telephone|turasap|tourasap|toursap)"
    r"(?! ?(?:number|numbers|no\b|num\b|lek))"
)
_WHO = (
    r"(?:boss|employer|agent|agency|broker|company|supervisor|manager|they|he|she|them|ke|thaokae)"
)
_LATIN = re.compile(
    r"\b(?:"
    # "boss take my phone", "they took our phones", "agent keep my phone"
    rf"{_WHO} (?:\w+ )?(?:take|takes|took|taken|keep|keeps|kept|hold|holds|collect|collects|"
    rf"collected|confiscate|confiscated|confiscates|grab|grabbed|snatch|snatched|yok|rib) "
    rf"(?:away )?(?:my |our |all |the |khnhom |knhom )?"
    rf"(?:\w+ (?:and |& )?(?:my |our |the )?)?{_PHONE}|"  # "my passport and my phone"
    # "my phone taken by boss", "phone confiscated by the agent"
    rf"{_PHONE} (?:was |is |been )?(?:taken|confiscated|kept|collected|seized) (?:by|away)|"
    rf"(?:take|took|taken|keep|kept|confiscate|confiscated|collect|collected) (?:away )?"
    rf"(?:my|our|all|workers|worker s|everyone s) {_PHONE}"
    r")\b"
)
_SCRIPT = (
    # Burmese: ဖုန်းသိမ်း (phone confiscated), ဖုန်းယူ / ဖုန်းကိုယူ (take the phone)
    "ဖုန်းသိမ်း",
    "ဖုန်းကိုသိမ်း",
    "ဖုန်းယူသွား",
    "ဖုန်းကိုယူသွား",
    "ဖုန်းယူထား",
    "ဖုန်းကိုယူထား",
    # Khmer: យកទូរស័ព្ទ (take the phone), ហូត / រឹបអូស ទូរស័ព្ទ (confiscate the phone)
    "យកទូរស័ព្ទ",
    "ហូតទូរស័ព្ទ",
    "រឹបអូសទូរស័ព្ទ",
    "ដកទូរស័ព្ទ",
)


def says(words: str) -> bool:
    """Whether `words` say someone took or keeps the writer's phone."""
    return holds(words, _LATIN, _SCRIPT)


def instead(event: Text) -> bool:
    """Whether the line answers `event` alone: the words say a phone was taken, and the NLU
    read no problem, or read papers kept where the words name no paper (the Burmese "the boss
    keeps my phone" read as Passport taken)."""
    if not says(event.text):
        return False
    topic = event.nlu.topic if event.nlu is not None else None
    return topic is None or (topic == PAPERS_KEPT and not any_paper(event.text))


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; a person; Emergency help; the other problems read; the
    menu."""
    # Papers kept, read where no paper is named, is not offered as another problem.
    misread = () if any_paper(event.text) else (PAPERS_KEPT,)
    return also_wrote.person_first(_line(state, ctx), (EMERGENCY,), event, state, ctx, misread)


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (a problem read), first the line on what our sources do not say when the
    words say a phone was taken (the answer's own buttons hold a person)."""
    if not says(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    note = _(
        "Someone took or keeps your phone? Our sources have no checked information on that. "
        "A person from a partner organisation can help: tap “{person}”."
    ).format(person=_("Talk to a person"))
    return with_note(note, outcome)


def _line(state: UserState, ctx: Context) -> str:
    """The reply's text; person_first names its buttons."""
    return ctx.translator(state.language).gettext(
        "Someone took or keeps your phone? Our sources have no checked information on that. "
        "If you cannot leave, or cannot call anyone, tap “{emergency}”. A person from a "
        "partner organisation can help: tap “{person}”."
    )
