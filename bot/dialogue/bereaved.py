"""A family whose son, daughter, husband or friend died abroad (exploratory round 16B): "my
son died in Thailand factory, how bring body home" got Going home ("Leaving Thailand for
Myanmar: Ask for your last wages before you leave"), the Khmer "កូនប្រុសខ្ញុំស្លាប់នៅថៃ ...
យកសពមកផ្ទះ" (my son died in Thailand ... bring the body home) "I cannot help with that", "my
husband died in korea accident, who pay" the injury answer's "Get treatment first". The NLU
has no intent for a death.

Now such a message gets: sorry for the loss; that our sources have nothing checked on
bringing a body home, who pays for it or how to learn the cause of death; a person; and, for
the country the words name, the injury answer (it holds what we know on compensation, in
Thailand a family's claim from the Fund) and the embassy. Nothing is added here but that.

A death word with a relative or a friend named (someone_else.names_someone) or "he" / "she"
before it, or a word for the body alone. Not "almost died", "will die": danger words ("I
want to die") come first anyway (flows._read). Latin words as whole words, Burmese and Khmer
inside the text; drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.content.localised import topic_title
from bot.dialogue import also_wrote
from bot.dialogue.answers import topic_data
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import script_readings
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.pending import Pending
from bot.dialogue.places import mentioned
from bot.dialogue.someone_else import names_someone
from bot.i18n import Tr
from bot.values import Button, Reply, UserState

NAME = "bereaved"  # counted as a conversation (tally.py), never words
TOPICS = ("injury_health", "embassy_contact")
# Readings of the death itself, not other problems: "how bring body home" as Going home
# ("Ask for your last wages before you leave"), "died" as an arrest or an emergency.
_READ_IN = ("return_home", "arrest_detention", "emergency_help")

_DIED = re.compile(
    r"\b(?:died|dead|die|dies|death|passed away|pass away|past away|killed|"
    # romanised Burmese: သေသွား / ဆုံးသွား (died); romanised Khmer: ស្លាប់ហើយ (has died;
    # not "slap" alone, an English word too: "boss slap my friend")
    r"thay thwar|thay twar|say thwar|say twar|sone thwar|sone twar|slap haey|slap hai|"
    r"slap hoy|slap hz|slab haey|slab hai)\b"
)
# Romanised Burmese "my son / daughter / husband / mother / father", spaced as typed ("kya ma
# tha": someone_else's list has only "kyama tha"): round 16B, "kya ma tha thailand mhar say
# twar pe" (my son died in Thailand) was not understood.
_KIN = re.compile(
    r"\b(?:kya ma|kyama|kya naw|kyanaw|kya no|kyanor)\s+(?:tha|thar|thami|thamee|"
    r"yauk kyar|yaukkyar|ame|amay|a phay|aphay)\b"
)
_HE_DIED = re.compile(r"\b(?:he|she|they)\s+(?:is\s+|was\s+|has\s+|have\s+)?(?:die|died|dead)\b")
_NOT_DEAD = re.compile(
    r"\b(?:almost|nearly|will|would|going to|gonna|want to|wanna|might|can|could|"
    r"or|if)\s+(?:\w+\s+){0,2}(?:be\s+)?(?:die|died|dead|death)\b|"
    # a phone or a battery dead, "dead tired", "scared to death", a deadline
    r"\b(?:phone|battery|mobile|sim|line|wifi|internet)\s+(?:is\s+|was\s+)?(?:dead|die|died)\b|"
    r"\bdead (?:tired|line)\b|\bto death\b"
)
_BODY = re.compile(
    r"\b(?:dead body|body home|body back|(?:bring|send|take|carry|get|repatriate) "
    r"(?:his |her |the )?body|corpse|ashes|funeral|cremat\w*|"
    # romanised Burmese အလောင်း (the body)
    r"a laung|alaung)\b"
)
# In the scripts a death needs someone named: Khmer ស្លាប់ alone is also "I almost died",
# and Burmese ဆုံးသွား (passed away) is inside ပြီးဆုံးသွား (was finished).
_DIED_SCRIPT = (
    # Burmese: died (three ways), passed away (two ways)
    "သေသွား",
    "ဆုံးသွား",
    "သေဆုံး",
    "ဆုံးပါးသွား",
    "ကွယ်လွန်",
    # Khmer: died, passed away (two ways)
    "ស្លាប់",
    "ទទួលមរណភាព",
    "បាត់បង់ជីវិត",
)
_BODY_SCRIPT = (
    # Burmese: the body (two ways), funeral; Khmer: the body, bring / carry the body, funeral
    "အလောင်း",
    "ရုပ်ကလာပ်",
    "ဈာပန",
    "សាកសព",
    "យកសព",
    "ដឹកសព",
    "បុណ្យសព",
)


def says(words: str) -> bool:
    """Whether `words` tell of someone's death abroad or ask about their body: not at home
    (`at_home`)."""
    return _told(words) and not _home_only(words)


def at_home(words: str) -> bool:
    """Whether `words` tell of a death in the home country only ("my father died in
    myanmar, i want go home for funeral, boss not allow"): the question is the writer's own
    (leave, going home), and is read as usual, after a word of sorrow (`told`)."""
    return _told(words) and _home_only(words)


def _home_only(words: str) -> bool:
    named = mentioned(words)
    return named.origin is not None and named.country is None


def _told(words: str) -> bool:
    latin = words.lower().replace("’", "'")
    if _BODY.search(latin) or _in_script(words, _BODY_SCRIPT):
        return True
    if _NOT_DEAD.search(latin):
        return False
    if _HE_DIED.search(latin):
        return True
    someone = names_someone(words) or bool(_KIN.search(latin))
    return someone and bool(_DIED.search(latin) or _in_script(words, _DIED_SCRIPT))


def _in_script(words: str, listed: tuple[str, ...]) -> bool:
    readings = script_readings(words)
    # အလောင်းအစား is betting, not a body
    return any(word in reading.replace("အလောင်းအစား", "") for reading in readings for word in listed)


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `words`), first a word of sorrow when they tell of a death
    at home."""
    if not at_home(words):
        return outcome
    return with_note(_sorry(ctx.translator(state.language)), outcome)


def _sorry(tr: Tr) -> str:
    return tr.gettext("I am very sorry for your loss.")


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Sorry; what our sources do not say; a person; the injury answer and the embassy for
    the country the words name (the profile unchanged, as someone_else.for_someone_else);
    the other problems the NLU read ("company not pay his last salary")."""
    words = event.text
    tr = ctx.translator(state.language)
    person = tr.gettext("Talk to a person")
    injury = topic_title(ctx.catalog, TOPICS[0], tr.language)
    text = "\n\n".join(
        (
            _sorry(tr),
            tr.gettext(
                "Our sources have no checked information on bringing a body home, on who "
                "pays for it, or on how to find out how a person died. A person from a "
                "partner organisation can help: tap “{person}” and say who died, where and "
                "when."
            ).format(person=person),
            tr.gettext(
                "If it happened at work, what we know about compensation is under “{injury}”."
            ).format(injury=injury),
        )
    )
    place = mentioned(words).country
    there = Pending(TOPICS[0], None, place) if place and place != state.country else None
    buttons = tuple(
        (Button(topic_title(ctx.catalog, topic, tr.language), topic_data(topic, there)),)
        for topic in TOPICS
        if ctx.catalog.topic(topic) is not None
    )
    keyboard = (footer(tr)[:1], *buttons, footer(tr)[1:])
    answered = also_wrote.offered(Reply(text, keyboard), event, state, ctx, TOPICS + _READ_IN)
    return Outcome((answered,), state.with_(misses=0))
