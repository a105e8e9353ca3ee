"""Words typed where the bot offered buttons: a country at the profile questions ("Myanmar",
"ထိုင်း", or its flag 🇲🇲) and at an answer's "Where are you now?" line, yes or no at a
yes/no question (the alerts offer, the referral form's "Is your problem about...?" and "Is it
urgent?"), "ok" said in passing, and "help" typed alone.

People type their answers as often as they tap them. A typed answer stands for the button it
names (flows.py presses it; tally.py counts it as that button). The yes/no words are a small
lexicon of whole messages, in the three languages and the common romanised forms, so that
"yes" is never read by the NLU as a request for help. Burmese and Khmer entries are drafts,
review pending.
"""

from __future__ import annotations

import re
import unicodedata

from bot.content.topics import TOPIC_IDS
from bot.dialogue.alerts import MOVE_STEP, OFFER_STEP
from bot.dialogue.answers import HERE, HERE_STEP
from bot.dialogue.context import Context
from bot.dialogue.events import Event, Text
from bot.dialogue.organisations import named
from bot.dialogue.places import location, names_only, nationality
from bot.values import UserState

PROFILE_STEPS = ("origin", "country")
# What the NLU reads as talk to the bot itself, not a problem: answered by flows.py.
CONVERSATION = ("greet", "thanks", "goodbye", "bot_help", "change_language", "talk_to_person")


def _entries(listed: str) -> frozenset[str]:
    return frozenset(listed.split("|"))


_YES = _entries(
    # English
    "yes|y|yeah|yep|yess|yes please|yes pls|"
    # Burmese: ဟုတ် / ဟုတ်ကဲ့ (yes); romanised
    "ဟုတ်|ဟုတ်ကဲ့|ဟုတ်ကဲ့ပါ|ဟုတ်တယ်|ဟုတ်ပါတယ်|hok|hote|hoke|houk|hote kae|hoke kae|houk kae|"
    "hote ke|hoke ke|"
    # Khmer: បាទ (yes, said by men), ចាស (yes, said by women; also typed ចាស់); romanised
    "បាទ|ចាស|ចាស់|ចា|បាទ ចាស|bat|baat|chas|jas|cha"
)
# "ok" acknowledges; it is not a yes to an offer: a subscription keeps the chat and sends it
# messages later, so it takes a yes (a person whose phone may be checked says "ok" to mean
# "got it").
_OK = _entries(
    "ok|okay|okey|oke|ok please|ok pls|"
    # Burmese: ok ပါ, အိုကေ; romanised. Khmer: អូខេ
    "ok ပါ|okပါ|အိုကေ|ok par|អូខេ"
)
_NO = _entries(
    # English
    "no|n|nope|no thanks|no thank you|"
    # Burmese: ဟင့်အင်း (no), မဟုတ်ဘူး (it is not), မလိုဘူး (not needed); romanised
    "ဟင့်အင်း|မဟုတ်|မဟုတ်ဘူး|မဟုတ်ပါဘူး|မလိုဘူး|မလိုပါဘူး|hin in|ma hote bu|mahote bu|"
    "ma hoke bu|mahoke bu|ma hote buu|"
    # Khmer: ទេ / អត់ទេ / អត់ (no); romanised
    "ទេ|អត់ទេ|អត់|ទេ បាទ|ទេ ចាស|ot te|ort te|ot|ort|te"
)
# "Skip" typed at a profile question, as the Skip button (its labels: ကျော်မယ်, រំលង), or
# a plain refusal to say.
_SKIP = _entries(
    "skip|pass|no|none|i dont want to say|dont want to say|i do not want to say|"
    "ကျော်|ကျော်မယ်|kyaw|kyaw mal|រំលង|rom long|romlong"
)
# Greetings typed alone, where the NLU has too few examples to be sure ("sok sabay", the
# everyday Khmer greeting, was read as an emergency): romanised and in the two scripts.
_GREETINGS = _entries(
    "mingalaba|mingalabar|mingalarpar|mingalarbar|min ga la ba|min ga lar par|"
    "မင်္ဂလာပါ|မင်္ဂလာပါခင်ဗျာ|မင်္ဂလာပါရှင်|"
    "sok sabay|sok sabai|sok sabay te|sok sabai te|sok sabay dte|khnhom sok sabay|"
    "knhom sok sabay|suosdei|sousdey|soursdey|susdei|susdey|chumreap suor|chom reap sour|"
    "សួស្តី|ជម្រាបសួរ|សុខសប្បាយទេ|ខ្ញុំសុខសប្បាយ"
)
# "Help" typed alone, as people ask what the bot does: the help page, as for the English
# "help" the NLU reads so. Where the NLU reads nothing ("😭😭 ကူညီ" at 0.59, "kuu nyi" at
# 0.33): never over what it reads, an emergency included ("jouy"),
# and no danger word (those are content/safety's: "ku nyi par", ជួយផង, "help me now").
_HELP = _entries(
    "help|"
    # Burmese: ကူညီ (help), အကူအညီ (help, the noun); romanised. Not "please help (me)"
    # (ကူညီပေးပါ, ជួយខ្ញុំ): a plea alone is danger, as "help me please" (content/safety,
    # `alone`).
    "ကူညီ|ကူညီပေး|အကူအညီ|kuu nyi|ku nyi|kuunyi|kunyi|ku nyee|a ku nyi|a kuu nyi|akuunyi|"
    # Khmer: ជួយ (help), ជំនួយ (help, the noun); romanised
    "ជួយ|ជំនួយ|jouy|juoy|chuoy|chouy|jomnuoy|chomnuoy"
)
# At "Is it urgent?" these are answers too.
_URGENT_YES = _entries("urgent|yes urgent|very urgent|အရေးပေါ်|បន្ទាន់")
_URGENT_NO = _entries("not urgent|no urgent|မအရေးပေါ်ဘူး|មិនបន្ទាន់")


def _words(text: str) -> str:
    """Lower case, without punctuation or emoji: "Yes!!" and "yes 👍" are "yes"."""
    kept = (
        ch if ch.isalnum() or unicodedata.category(ch).startswith("M") else " "
        for ch in text.lower()
    )
    return " ".join("".join(kept).split())


def yes_or_no(text: str) -> str | None:
    """ "yes", "ok", "no", or None when the message is more than a yes, an ok or a no."""
    words = _words(text)
    if words in _YES:
        return "yes"
    if words in _OK:
        return "ok"
    if words in _NO:
        return "no"
    return None


# "Send" typed where a Send button waits (its labels: ပို့မယ်, ផ្ញើ). Never sends: only a
# press is consent; the question is asked again. Never added to the words either: "please
# send" is how people say it (Burmese ပို့ပါ / ပို့ပေးပါ, Khmer ផ្ញើទៅ / សូមផ្ញើ).
_SEND = _entries(
    # English
    "send|send it|ok send|yes send|please send|pls send|send please|send now|send pls|"
    # Burmese: ပို့ (send), ပါ / ပေးပါ (please), လိုက် (go ahead); romanised
    "ပို့|ပို့မယ်|ပို့ပါ|ပို့ပေး|ပို့ပေးပါ|ပို့လိုက်|ပို့လိုက်ပါ|ပို့လိုက်မယ်|ပို့ပေးပါဦး|pho|pho pa|"
    # Khmer: ផ្ញើ (send), ទៅ (go on), សូម (please), ផង / ចុះ (softeners); romanised
    "ផ្ញើ|ផ្ញើទៅ|សូមផ្ញើ|សូមផ្ញើទៅ|ផ្ញើផង|ផ្ញើចុះ|ផ្ញើទៅចុះ|phnhae|phnhae tov"
)


def says_send(text: str) -> bool:
    return _words(text) in _SEND


# At "How should the organisation contact you?", the way typed in English words instead of
# pressed (a button's own label, in any of the three languages, is read by referral_form).
_CONTACT_WAYS = {
    "bot": _entries(
        "bot|the bot|this bot|through the bot|through this bot|through bot|by bot|"
        "by the bot|in the bot|in this bot"
    ),
    "phone": _entries("phone|by phone|phone number|phone call|call|call me|call my phone"),
    "telegram": _entries("telegram|by telegram|on telegram|telegram username|my telegram"),
}


def contact_way(text: str) -> str | None:
    """ "bot", "phone" or "telegram" when `text` names one way to be contacted, else None."""
    words = _words(text)
    return next((way for way, said in _CONTACT_WAYS.items() if words in said), None)


PHONE_DIGITS = 6  # the shortest number worth calling back (Thai landlines have 9 digits)


def has_phone(words: str) -> bool:
    """Whether `words` hold a phone number: enough digits, of any script (၀၉၈..., ០៩៨...)."""
    return sum(character.isdigit() for character in words) >= PHONE_DIGITS


def contact_given(text: str) -> tuple[str, str] | None:
    """At "How should the organisation contact you?": a phone number or a Telegram username
    typed instead of a press, as (way, contact); the summary shows it before Send."""
    words = text.strip()
    if has_phone(words) and wordless(words):
        return "phone", words[:100]
    if re.fullmatch(r"@[A-Za-z0-9_]{5,32}", words):
        return "telegram", words
    return None


def same_words(text: str, label: str) -> bool:
    """Whether `text` is `label` typed (case, punctuation and emoji aside)."""
    return bool(_words(label)) and _words(text) == _words(label)


def says_skip(text: str) -> bool:
    """ "skip" (or a plain refusal to say), typed where a Skip button was or might be."""
    return _words(text) in _SKIP


def greeting(text: str) -> bool:
    """A greeting typed alone, in Burmese or Khmer, in their scripts or in Latin letters."""
    return _words(text) in _GREETINGS


def asks_help(text: str) -> bool:
    """ "Help" typed alone, with emoji or not, in Burmese, Khmer or English, in their scripts
    or in Latin letters: the help page, where the NLU read nothing (flows.py)."""
    return _words(text) in _HELP


def plain_answer(text: str, urgency: bool = False) -> bool | None:
    """The referral form's yes/no questions: True for a plain yes, False for a plain no, None
    for anything else ("ok" included: it is not a yes to a question, and "no pay 3 months"
    is not a no). `urgency`: the question was "Is it urgent?", where "urgent" and "not
    urgent" answer too."""
    reading = yes_or_no(text)
    words = _words(text)
    if reading == "yes" or (urgency and words in _URGENT_YES):
        return True
    if reading == "no" or (urgency and words in _URGENT_NO):
        return False
    return None


def button_for(event: Text, state: UserState) -> str | None:
    """The button data the typed `event` stands for, when it answers the question `state`
    waits for; None when it does not (flows.py reads it as any other message)."""
    if state.step == OFFER_STEP:
        return {"yes": "al:sub", "no": "al:no"}.get(yes_or_no(event.text) or "")
    if (state.step or "").startswith(MOVE_STEP):
        # "Your alerts are still for Thailand. [Change to Malaysia]": a yes moves them.
        if yes_or_no(event.text) == "yes":
            return "al:c:" + (state.step or "")[len(MOVE_STEP) :]
        return None
    if state.step not in PROFILE_STEPS:
        return None
    if says_skip(event.text):
        return f"{state.step}:skip"
    place = nationality(event.text) if state.step == "origin" else location(event.text)
    if place is None:
        return None
    # "Myanmar embassy phone" at "Where are you from?" asks something: the question is
    # answered (for the place named, menu.answer); a name alone, or beside words the NLU
    # finds no topic in ("Myanmar" read as change_language), answers the profile question.
    asks = event.nlu is not None and event.nlu.topic in TOPIC_IDS
    if asks and not names_only(event.text):
        return None
    return f"{state.step}:{place}"


def place_tapped(event: Event, state: UserState) -> str | None:
    """The button ("here:<country>:<topic>") a text stands for right after an answer's "Where
    are you now? Tap your country" line (menu.where_waits): a place alone, its name or its
    flag, read as the profile's "Where are you now?" reads it. A question that names a place
    ("Malaysia embassy phone") is a question: None."""
    if not isinstance(event, Text) or not (state.step or "").startswith(HERE_STEP):
        return None
    place = location(event.text) if names_only(event.text) else None
    if place is None:
        return None
    return f"{HERE}:{place}:{(state.step or '')[len(HERE_STEP) :]}"


def wordless(text: str) -> bool:
    """No letter of any script, no word to read: "😭😭😭", "???", "1546". The NLU's reading of
    such text is noise ("😭😭😭" as an injury at 0.62), so it gets no topic and no guesses
    (the way to a person after two), and is counted as not understood (tally.py)."""
    return not any(character.isalpha() for character in text)


def asks_something(event: Text, ctx: Context) -> bool:
    """Whether a message typed where buttons were offered (a profile question, a button step
    of the referral form) asks something the bot answers (a topic, hello, help, a person, an
    organisation), rather than answering or fumbling the question: a plain yes, no or ok, a
    greeting alone, no words at all, or a text the NLU could not read."""
    words = event.text
    if wordless(words) or yes_or_no(words) or greeting(words) or event.nlu is None:
        return False
    topic = event.nlu.topic
    asks = topic in TOPIC_IDS or topic in CONVERSATION or asks_help(words)
    return asks or bool(named(words, ctx.catalog))
