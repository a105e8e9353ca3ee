"""A marriage arranged by a broker, most often to a man in China (round 24B): a mother "my
daughter marry chinese man through broker, now she cry on phone" got "I cannot help with
that"; "broker say good husband in china, give 5000 dollar to family" got "Did you mean" with
social security and fees among the guesses; the Burmese and Khmer forms the same or the
menu.

Our sources have nothing on such marriages, nor any number or office in China. So the reply
says that, points to "Emergency help" if someone is locked in, hurt or cannot leave or
phone freely (its answer for no country: call the police or an emergency number where you
are), and to a person before anyone signs, goes or takes money; fake jobs and trafficking a
tap away. No number is named.

Read: a marriage or a husband with a broker ("through broker", ပွဲစား, មេខ្យល់), or a
marriage with a country the content does not cover (places.ELSEWHERE_NAMES: "marry chinese
man", a husband in တရုတ်, China). A husband alone in China is not read ("my husband work in china,
no news" is a worker's family). Danger words come first ("my husband family lock me").
Latin words as whole words, Burmese and Khmer inside the text. Drafts for a native speaker
at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.content.localised import topic_title
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import person_first_rows
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.dialogue.places import elsewhere_named
from bot.values import Reply, UserState

NAME = "bride"  # counted as a conversation (tally.py), never words
SURE = 0.95
SHOWN = ("emergency_help", "job_scams_trafficking")

# marry, married, bride, wedding; Burmese လက်ထပ် (marry), ချွေးမ (daughter-in-law), မင်္ဂလာဆောင်
# (wedding), romanised "let htat"; Khmer រៀបការ (marry), កូនក្រមុំ (bride), romanised "rien ka"
_MARRY = re.compile(
    r"\b(?:marry|marries|married|marriage|bride|brides|wedding|wife abroad|let htat|"
    r"lat htat|rien ka|riep ka|reab ka)\b"
)
# a husband: Burmese ယောက်ျား (husband, man), လင်; Khmer ប្តី, ប្ដី
_HUSBAND = re.compile(r"\b(?:husband|husbands|pdey|pdei|yauk kyar|yout kyar)\b")

# a broker: Burmese ပွဲစား, Khmer មេខ្យល់ (broker), romanised
_BROKER = re.compile(r"\b(?:broker|brokers|matchmaker|match maker|pwe zar|pwesar|me khyol)\b")
# The Burmese and Khmer of the three, in one `_SCRIPT`: matched, never sent
# (tests/language/burmese_strings.py)
_SCRIPT = {
    "marry": ("လက်ထပ်", "ချွေးမ", "မင်္ဂလာဆောင်", "រៀបការ", "កូនក្រមុំ", "ការប្រពន្ធ"),
    "husband": ("ယောက်ျား", "ခင်ပွန်း", "ប្តី", "ប្ដី"),
    "broker": ("ပွဲစား", "មេខ្យល់", "ឈ្មួញកណ្តាល"),
}


def says(words: str) -> bool:
    """Whether `words` speak of a marriage arranged by a broker, or abroad where the content
    does not reach."""
    marry = holds(words, _MARRY, _SCRIPT["marry"])
    husband = holds(words, _HUSBAND, _SCRIPT["husband"])
    broker = holds(words, _BROKER, _SCRIPT["broker"])
    return ((marry or husband) and broker) or (marry and elsewhere_named(words))


def instead(event: Text, state: UserState) -> bool:
    """Whether `event` is such a message, and no problem the NLU surely read."""
    nlu = event.nlu
    sure = nlu is not None and nlu.topic is not None and nlu.confidence >= SURE
    return not sure and says(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; Emergency help if someone cannot leave; a person before
    anyone signs, goes or takes money; fake jobs and trafficking; the menu."""
    tr = ctx.translator(state.language)
    person = tr.gettext("Talk to a person")
    emergency = topic_title(ctx.catalog, "emergency_help", tr.language)
    text = tr.gettext(
        "A marriage arranged by a broker, or a husband abroad found for money? Our sources "
        "have nothing checked on such marriages, and no numbers or offices in China. If "
        "someone is locked in, hurt, or cannot leave or phone freely, open “{emergency}”. "
        "Before anyone signs, goes or takes money, talk to a person: tap “{person}”."
    ).format(emergency=emergency, person=person)
    keyboard = person_first_rows(ctx.catalog, SHOWN, tr)
    return Outcome((Reply(text, keyboard),), state.with_(misses=0))
