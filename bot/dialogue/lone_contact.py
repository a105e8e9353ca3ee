"""A message that is only a contact: a Telegram username, a t.me link, a web link, a phone
number (or an e-mail address), alone or with a few words that ask whether it can be trusted
("@someagent", "t.me/jobs_my legit?", "0812345678 ဒါ အဆင်ပြေလား"). People forward an
agent's account or number to ask "is this real?". The NLU reads such text as noise:
"@someagent" split between check_agency (0.37) and emergency_help (0.24), which together
reached the threshold and answered "Call for help now" first (today's model falls 0.001
short: "did not understand", Emergency help among the guesses); "@kyawkyaw_agency" read as a
complaint about an agency at 0.82; a number alone was "not understood". Training could not
move it (docs/benchmarks.md, "Leaving or running away from an employer": the reading comes
from "agent" in the name).

The honest answer: the bot cannot check a person, an account, a number or a link; how to
check a recruitment agency is one tap away, and so is a person. Danger words still come first
(flows.py asks triage before this). Kept conservative: each word besides the contacts must be
one of a short list that only asks about them ("is this ok", "legit", "who is this"); any
other word ("took my passport", "call me") leaves the message to the NLU. Burmese, Khmer and
romanised entries are drafts by the project team, for review by a native speaker.
"""

from __future__ import annotations

import re

from bot.content.localised import topic_title
from bot.dialogue.contact_words import latin_digits
from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import entries, made_of, plain_words
from bot.dialogue.outcome import Outcome
from bot.values import Button, Reply, UserState

NAME = "lone_contact"  # as the anonymous counts record it (tally.py): no words, no contact
TOPIC = "check_agency"
MOST_WORDS = 8  # "a few words": more than this besides the contacts is a message to read

_LINK = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address: an account too
    r"|(?:https?://|www\.|\b(?:t|telegram)\.me/)\S+"
    # A bare domain, only with an ending people meet in job adverts and agents' pages.
    r"|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\."
    r"(?:com|net|org|info|biz|co|io|me|site|online|xyz|top|shop|asia|my|th|kh|mm|kr|jp|sg)"
    r"\b(?:/\S*)?",
    re.IGNORECASE,
)
# Not followed by a Latin letter or digit: Burmese and Khmer words are typed right after it.
_USERNAME = re.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}(?![A-Za-z0-9_])")
_NUMBER = re.compile(r"\+?\d[\d .()-]*\d")
PHONE_DIGITS = 8  # a Thai landline has 9 (0 2xx xxx xxx); fewer is a price or a hotline
CALLED_DIGITS = 10  # without + or a leading 0: "60123456789"; "3000000" (a price) is not

# Words that only ask about the contacts. Single English words, so that "can you check this
# account for me" is read, yet none of them names a problem by itself ("scam" and "fake" do:
# left to the NLU, which answers fake jobs or a complaint).
_ASKING = entries(
    "is|it|its|this|that|these|a|an|the|ok|okay|k|legit|legal|real|true|genuine|safe|trust|"
    "trusted|trustworthy|reliable|good|check|verify|please|pls|plz|can|could|i|you|me|for|"
    "who|what|do|does|know|anyone|someone|he|she|they|him|her|them|person|account|number|"
    "phone|link|page|website|site|channel|group|agent|broker|or|not|really|about|sir|madam|"
    # Burmese: ဒါ / ဒီ (this), အကောင့် (account), နံပါတ် (number), လင့် (link), အေးဂျင့်
    # (agent), ပွဲစား (broker); အဆင်ပြေလား (is it ok?), ဟုတ်လား / ဟုတ်ရဲ့လား (is it so?),
    # အစစ်လား / တကယ်လား (real?), ယုံရလား / ယုံလို့ရလား / စိတ်ချရလား (can I trust it?),
    # ကောင်းလား (good?), တရားဝင်လား (legal?), စစ်ပေးပါ / စစ်ကြည့်ပေးပါ (please check),
    # ဘယ်သူလဲ (who is it?), သိလား (do you know?); polite endings ပါ, ဗျ, ရှင်, ခင်ဗျာ, နော်
    "ဒါ|ဒီ|ဒီဟာ|အကောင့်|နံပါတ်|ဖုန်းနံပါတ်|လင့်|လင့်ခ်|အေးဂျင့်|ပွဲစား|အဆင်ပြေလား|"
    "ဟုတ်လား|ဟုတ်ရဲ့လား|အစစ်လား|တကယ်လား|ယုံရလား|ယုံလို့ရလား|စိတ်ချရလား|ကောင်းလား|"
    "တရားဝင်လား|စစ်ပေးပါ|စစ်ပေး|စစ်ကြည့်ပေးပါ|ဘယ်သူလဲ|သိလား|ပါ|ဗျ|ရှင်|ခင်ဗျာ|နော်|"
    "a sin pyay lar|asin pyay lar|a sin pyay la|ahsin pyay lar|hote lar|hote la|a sit lar|"
    "asit lar|tagae lar|ta kae lar|yone ya lar|yon ya lar|sate cha ya lar|kaung lar|"
    "ta ya win lar|sit pay par|sit pay pa|bal thu lal|bel thu le|dar|di har|par|bya|nor|"
    # Khmer: នេះ (this), គណនី (account), លេខ (number), តំណ / លីង (link), ភ្នាក់ងារ (agent),
    # មេខ្យល់ (broker); ពិតទេ / ពិតឬអត់ / ពិតអត់ / មែនទេ (real?), ល្អទេ (good?),
    # ជឿបានទេ / ទុកចិត្តបានទេ (can I trust it?), ស្របច្បាប់ទេ / ត្រឹមត្រូវទេ (legal?),
    # ពិនិត្យ / ពិនិត្យមើល / ជួយពិនិត្យ (check), អ្នកណា (who), បានទេ (ok?); សូម (please),
    # បាទ / ចាស (polite)
    "នេះ|គណនី|លេខ|លេខទូរស័ព្ទ|តំណ|លីង|ភ្នាក់ងារ|មេខ្យល់|ពិតទេ|ពិតឬអត់|ពិតអត់|ពិតមែនទេ|"
    "មែនទេ|ល្អទេ|ជឿបានទេ|ទុកចិត្តបានទេ|ស្របច្បាប់ទេ|ត្រឹមត្រូវទេ|ពិនិត្យ|ពិនិត្យមើល|"
    "ជួយពិនិត្យ|អ្នកណា|ជាអ្នកណា|បានទេ|សូម|បាទ|ចាស|"
    "pit te|pit ot|pit or ot|pit men te|men te|laor te|lor te|chuer ban te|tuk chet ban te|"
    "trem trov te|pinit|chuoy pinit|nis|neak na|ban te|bat|chas|som"
)


def only_contact(words: str) -> bool:
    """Whether `words` are one or more usernames, links or phone numbers, and at most a few
    words that only ask about them."""
    rest, found = _LINK.subn(" ", latin_digits(words))
    rest, usernames = _USERNAME.subn(" ", rest)
    numbers = [number for number in _NUMBER.findall(rest) if _phone(number)]
    for number in numbers:
        rest = rest.replace(number, " ", 1)
    if not found + usernames + len(numbers):
        return False
    asked = plain_words(rest)
    return not asked or (len(asked.split()) <= MOST_WORDS and made_of(asked, _ASKING))


def _phone(number: str) -> bool:
    digits = sum(character.isdigit() for character in number)
    dialled = number.startswith(("+", "0")) and digits >= PHONE_DIGITS
    return dialled or digits >= CALLED_DIGITS


def answer(state: UserState, ctx: Context) -> Outcome:
    """The bot cannot check them; how to check an agency, and a person, one tap away."""
    tr = ctx.translator(state.language)
    text = tr.gettext(
        "I cannot check a person, an account, a phone number or a link. How to check a "
        'recruitment agency is below. Or press "Talk to a person".'
    )
    check = (
        [(Button(topic_title(ctx.catalog, TOPIC, tr.language), f"topic:{TOPIC}"),)]
        if ctx.catalog.topic(TOPIC) is not None
        else []
    )
    return Outcome((Reply(text, (*check, footer(tr))),), state.with_(misses=0))
