"""Something heard, read or forwarded, asked about: is it true? (exploratory round 20B).
"I hear Thailand open new registration, true?", "friend say Korea give amnesty for illegal
stay, true?", a Facebook post pasted with "real or fake?", "my friend send voice message:
tomorrow immigration come to Mahachai, everyone run. true?", "boss say if I complain I go
jail, is true?", "everyone in Mae Sot is arrested, my son is there". The NLU reads the
topic and the answer gave that topic's facts, as if they answered what was heard: an arrest
answer to a rumoured raid ("Arrested, detained or facing deportation?"), the visa answer to
a rumoured amnesty. A rumour the NLU read no topic in got the someone-else answer or "did
not understand". Our sources say nothing on what people hear next week: the bot can neither
confirm nor deny it. So, before the answer: that the bot cannot tell whether it is true,
that below is only what our sources say with their dates, and that a person can check it
before they pay, sign or move; with no answer, that line alone, and a person.

A rumour is told by a word of hearing or forwarding ("I heard", a post, a voice message,
ကြားတယ်, ឮថា), or by a "true?" asked about a claim (a few words more than "is it true?",
which right after an answer doubts the answer: doubt.py), or by what a relative fears
everyone suffers ("everyone arrested"). Latin phrases as whole words, Burmese and Khmer
ones inside the text (spaces ignored, Zawgyi read). Drafts for a native speaker at a
partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.content.topics import TOPIC_IDS
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import holds, plain_words, script_readings
from bot.dialogue.outcome import Outcome, with_note
from bot.values import Reply, UserState

NAME = "heard"  # counted under this name (tally.py), never the words
EMERGENCY = "emergency_help"  # never doubted: "I heard" may be what the ears heard

# Heard, read or forwarded: enough alone.
_HEARD_LATIN = re.compile(
    r"\b(?:"
    r"i (?:hear|heard|have heard|also hear)|(?:hear|heard) (?:that|say|said|news|from)|"
    r"rumou?rs?|(?:voice|audio) (?:message|msg|note|clip)|"
    r"people (?:say|said|talk)|everyone (?:say|said|talk)|news say|"
    # everyone arrested, all workers deported: a relative's fear
    r"(?:everyone|everybody|all (?:the )?(?:workers?|people|myanmar|burmese|khmer|"
    r"cambodians?|migrants?))(?: \w+){0,4} (?:arrested|caught|deported|catch|arrest|deport)|"
    # romanised Burmese (ကြားတယ်: heard) and Khmer (ឮថា: heard that; គេថា: they say)
    r"kyar tal|kyar tae|kyar ya tal|kyar ya tae|lu tha|leu tha|lo tha|ke tha|keh tha"
    r")\b"
)
_HEARD_SCRIPT = (
    # Burmese: heard; (they) say (reported speech, -တဲ့ at the end is too common alone)
    "ကြားတယ်",
    "ကြားရတယ်",
    "ကြားလို့",
    "ကြားပါတယ်",
    "လူတိုင်းဖမ်း",
    "အကုန်ဖမ်း",
    # Khmer: heard that; they say that; everyone arrested
    "ឮថា",
    "ឮគេថា",
    "ឮគេនិយាយ",
    "គេថា",
    "គេនិយាយថា",
    "ចាប់ទាំងអស់",
    "ចាប់ពលករទាំងអស់",
)
# A post or a forward, asked about with a "true?": "facebook post ... is it real?"; not "boy on
# facebook say come thailand work cafe" (a job offered: round 17B's answer), nor "my boss post
# my photo on facebook, what can I do?".
# Someone said it, with a "true?" asked: "friend say Korea give amnesty, true?", "broker say
# ..., is this right price?".
_SEEN_LATIN = re.compile(
    r"\b(?:facebook|fb|tiktok|tik tok|youtube|viber|forward(?:ed)?|post|posted|shared)\b"
)
_SAID_LATIN = re.compile(
    r"\b(?:(?:friend|friends|broker|agent|agency|boss|employer|they|people|someone|he|she|"
    r"mother|father|brother|sister|cousin|neighbou?r|tha)s? (?:say|says|said|tell|told|talk)|"
    # romanised Khmer: my friend, the boss, the broker says (មិត្តខ្ញុំថា, ថៅកែថា, មេខ្យល់ថា)
    r"mit (?:khnhom |knhom )?tha|thaokae tha|thau kae tha|mekhyol tha|me khyol tha)\b"
)
_SAID_SCRIPT = (
    # Burmese: says, said; Khmer: a friend, the boss, the broker, the agent says
    "ပြောတယ်",
    "ပြောတာ",
    "ပြောလို့",
    "មិត្តថា",
    "ថៅកែថា",
    "មេខ្យល់ថា",
    "ភ្នាក់ងារថា",
)
# Is it true? real or fake? (round 20B's words; ဟုတ်လား, true?; တကယ်လား, really?; မှန်လား,
# right?; ពិតទេ, ពិតមែនទេ, true?; romanised)
# Asked, not said in passing: "I really need help", "my salary not correct", "I want a real
# job" ask nothing of the kind; "really?", "real or fake", "is true" do.
_TRUE_LATIN = re.compile(
    r"\b(?:is (?:it |this |that )?(?:true|real|right|correct)|(?:true|real) or (?:not|fake|lie)|"
    r"real or|fake or|right price|hoke lar|hote lar|hout lar|ta kai lar|tagai lar|hman lar|"
    r"pit te|pit men te|men te)\b|\b(?:true|real|fake|really|correct)\s*\?"
)
_TRUE_SCRIPT = ("ဟုတ်လား", "ဟုတ်ရဲ့လား", "တကယ်လား", "မှန်လား", "ពិតទេ", "ពិតមែនទេ", "មែនទេ", "ពិតឬ")
# Words that hold one of them and ask something else: ပုံမှန်လား (is it normal?) holds
# မှန်လား (right?), so "the broker asks 20000 baht, is it normal?" got "I cannot tell whether
# what you heard is true" above the answer, in Burmese only (round 24C).
_NOT_TRUE_SCRIPT = ("ပုံမှန်",)
# A "true?" asked about more than the answer just shown: this many words at least.
_CLAIM_WORDS = 5


def says(words: str) -> bool:
    """Whether `words` ask about, or tell, something heard, read or forwarded."""
    if holds(words, _HEARD_LATIN, _HEARD_SCRIPT):
        return True
    said = holds(words, _SAID_LATIN, _SAID_SCRIPT)
    if said and asks_true(words):
        return True  # not any question: "boss say he don't help, what i do?" (20C)
    if holds(words, _SEEN_LATIN, ()) and asks_true(words):
        return True  # a post asked about: not "my boss post my photo on facebook, what to do?"
    return asks_true(words) and len(plain_words(words).split()) >= _CLAIM_WORDS


def nothing_else(topic: str | None, event: Text) -> bool:
    """Whether `event` asks about something heard, or passes on something forwarded, that no
    answer is about: `topic` is what the NLU read, with the words' own topic in its place
    (instead.py: a passport running out gets the embassy, round 20C), read by the caller
    (instead.py reads follow_up.py, which reads this module)."""
    return topic not in TOPIC_IDS and (event.forwarded or says(event.text))


def asks_true(words: str) -> bool:
    """Whether `words` ask whether something is true: "is it true?", "real or fake", ဟုတ်လား,
    ពិតទេ (doubt.py reads them said alone, right after an answer)."""
    if holds(words, _TRUE_LATIN, ()):
        return True
    return any(
        phrase in _without(reading, _NOT_TRUE_SCRIPT)
        for reading in script_readings(words)
        for phrase in _TRUE_SCRIPT
    )


def _without(reading: str, phrases: tuple[str, ...]) -> str:
    for phrase in phrases:
        reading = reading.replace(phrase, " ")
    return reading


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`), first the line that the bot cannot tell whether
    what was heard is true, when the words ask about something heard; never above the
    emergency answer, nor after the numbers (flows.DANGER_NOTES)."""
    if not says(words):
        return outcome
    return _doubted(topic, outcome, state, ctx)


def forwarded(event: Text, topic: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome`, first the same line for a message forwarded from elsewhere (a notice, a
    post, an advert): the words of someone else, whom the bot cannot check (round 21C: a
    forwarded "all workers must pay 5000 baht before 31 December" got "Many of you with the
    same problem?"). Not twice where its words ask so themselves (`told`)."""
    if not event.forwarded or says(event.text):
        return outcome
    return _doubted(topic, outcome, state, ctx)


def _doubted(topic: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    if not outcome.replies or topic == EMERGENCY:
        return outcome  # "I heard my sister screaming, they beat her": no doubt cast on it
    _ = ctx.translator(state.language).gettext
    note = _(
        "I cannot tell you whether what you heard or read is true. Below is only what our "
        "sources say, with their dates. Before you pay, sign or move because of it, ask a "
        "person from a partner organisation: tap “{person}”."
    ).format(person=_("Talk to a person"))
    return with_note(note, outcome)


def reply(state: UserState, ctx: Context) -> Outcome:
    """Something heard that no answer is about ("tomorrow immigration come to Mahachai, true?"):
    the bot cannot tell, our sources say nothing on it, a person can check it."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    text = _(
        "I cannot tell you whether what you heard or read is true: our sources say nothing "
        "about it. Do not pay, sign or move because of it before you ask a person from a "
        "partner organisation. They can check it with you: tap “{person}”."
    ).format(person=_("Talk to a person"))
    return Outcome((Reply(text, (footer(tr),)),), state.with_(misses=0))
