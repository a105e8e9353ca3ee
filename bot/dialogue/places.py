"""Places and nationalities named in a question ("Myanmar embassy in Kuala Lumpur").

A question about another place than the profile's is answered for that place, without
changing the profile. Names in the three languages; matching on lower-cased normalised text
(Burmese and Khmer as substrings, English as whole words). A country's flag (🇲🇲, 🇹🇭) names it
too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bot.dialogue.abroad_towns import TOWNS
from bot.dialogue.lexicon import burmese_in, entries, made_of, plain_words
from bot.language.zawgyi import is_clearly_unicode, zawgyi_to_unicode
from bot.once import per_message
from bot.values import UserState

# Where someone is: the destination countries and their main cities.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "TH": ("thailand", "thai land", "thai", "bangkok", "chiang mai", "mae sot", "mahachai",
           "samut sakhon", "ranong", "songkhla", "pattaya", "phuket", "aranyaprathet",
           "aranya prathet", "sa kaeo", "sakaeo", "ထိုင်း", "ဘန်ကောက်", "ချင်းမိုင်",
           "မဲဆောက်", "မဟာချိုင်", "ရနောင်း", "ဆောင်ခလာ", "ថៃ", "បាងកក", "អរញ្ញប្រទេស", "ស្រះកែវ",
           "ម៉ែសត"),
    # "klang" only as a place is named: alone it is romanised Khmer ខ្លាំង (very, hard):
    # "chheu klang" (very sick), "vay khnhom klang" (hits me hard) named Malaysia, and its
    # numbers came for someone in Thailand (the lead's read of round 38A)
    "MY": ("malaysia", "kuala lumpur", "kl", "penang", "johor", "selangor", "port klang",
           "klang valley", "pelabuhan klang", "in klang", "at klang", "from klang",
           "sabah", "sarawak", "kota kinabalu", "မလေးရှား",
           "ကွာလာလမ်ပူ", "ပီနန်", "ម៉ាឡេស៊ី", "គូឡាឡាំពួ", "កូឡាឡាំពួ"),
    "KR": ("korea", "south korea", "seoul", "busan", "ကိုရီးယား", "တောင်ကိုရီးယား", "ကိုးရီးယား",
           "ဆိုးလ်", "កូរ៉េ", "កូរ៉េខាងត្បូង", "សេអ៊ូល"),
    "JP": ("japan", "tokyo", "osaka", "ဂျပန်", "တိုကျို", "ជប៉ុន", "តូក្យូ"),
    "SG": ("singapore", "စင်ကာပူ", "စင်္ကာပူ", "សិង្ហបុរី", "សឹង្ហបុរី"),
}  # fmt: skip
# Their towns and states, and misspellings of their names: "ansan factory", "jurong", "kedah"
# named no country (round 54C, bot/dialogue/abroad_towns.py).
COUNTRY_NAMES = {code: (*names, *TOWNS.get(code, ())) for code, names in COUNTRY_NAMES.items()}
# The Thai towns at the border crossings people name (round 18C): Aranyaprathet and Sa Kaeo
# (from Poipet), Ranong (from Kawthaung) in Burmese, Songkhla in Burmese as the directory
# spells it, Mae Sot in Khmer: "i work aranyaprathet market by day" got only Cambodia's
# numbers. Spellings as bot/language/place_names.py reads them for staff.
# Every country name the bot shows on its buttons (country_names, in each catalogue) must be
# here: people copy what they see (tests/dialogue/test_own_place_names.py). Beside them,
# common spellings: ကိုးရီးယား (Korea), សឹង្ហបុរី (Singapore), and កូឡាឡាំពួ (Kuala Lumpur,
# as the directory's names spell it); "KL", as Kuala Lumpur is written in chats (round 14C).
# Whose embassy: the two nationalities the bot serves.
NATIONALITY_NAMES: dict[str, tuple[str, ...]] = {
    "MM": ("myanmar", "burma", "burmese", "myanma", "bamar", "မြန်မာ", "ဗမာ", "ភូមា",
           "មីយ៉ាន់ម៉ា"),
    "KH": ("cambodia", "cambodian", "khmer", "kampuchea", "ကမ္ဘောဒီးယား", "ခမာ", "កម្ពុជា",
           "ខ្មែរ"),
}  # fmt: skip


# Countries the content does not cover, where people write from or are sent to (round 24B):
# China (brides, factories in Yunnan), Laos (casinos), Taiwan (fishing), the Gulf (maids),
# Hong Kong, Brunei, Israel, Australia. English and romanised names as whole words, Burmese
# and Khmer as substrings: တရုတ် and ចិន are China and Chinese both. Drafts for a native
# speaker's review. Only to say honestly that nothing checked is known there, never to
# choose content.
ELSEWHERE_NAMES: tuple[str, ...] = (
    "china", "yunnan", "kunming", "ruili", "guangdong", "guangzhou", "shenzhen", "laos",
    "vientiane", "golden triangle", "taiwan", "taipei", "dubai", "uae", "abu dhabi",
    "saudi", "saudi arabia", "riyadh", "jeddah", "qatar", "doha", "kuwait", "oman",
    "bahrain", "hong kong", "hongkong", "macau", "brunei", "israel", "australia",
    "tayote", "tarote", "ta yote", "tayoke",
    "တရုတ်", "ယူနန်", "ရွှေလီ", "လာအို", "ထိုင်ဝမ်", "ဒူဘိုင်း", "ဆော်ဒီ", "ကာတာ",
    "ဟောင်ကောင်", "ဘရူနိုင်း", "အစ္စရေး", "သြစတြေးလျ", "ဩစတြေးလျ",
    "ចិន", "ឡាវ", "តៃវ៉ាន់", "ឌូបៃ", "ដូបៃ", "អារ៉ាប៊ីសាអូឌីត", "សាអូឌីត", "កាតា", "ហុងកុង",
    "ព្រុយណេ", "អ៊ីស្រាអែល", "អូស្ត្រាលី",
)  # fmt: skip


@dataclass(frozen=True)
class Mentioned:
    origin: str | None = None
    country: str | None = None


def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first: at one place the first alternative that matches wins, and "កូរ៉េ" would
    # leave "ខាងត្បូង" (south) of "កូរ៉េខាងត្បូង", the button's word, as if it were another.
    longest_first = sorted(names, key=len, reverse=True)
    parts = [rf"\b{re.escape(n)}\b" if n.isascii() else re.escape(n) for n in longest_first]
    return re.compile("|".join(parts))


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    countries = {code: _pattern(names) for code, names in COUNTRY_NAMES.items()}
    origins = {code: _pattern(names) for code, names in NATIONALITY_NAMES.items()}
    return countries, origins


# A flag is two regional indicator letters: 🇲🇲 is M M. People who cannot type a country's
# name may send its flag.
_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")


def flags(text: str) -> list[str]:
    """The country codes of the flags in `text`, in order ("🇲🇲🇹🇭" -> MM, TH). Read pair by
    pair from the start, so two flags side by side are never read across ("🇰🇲🇲🇾" holds no
    🇲🇲)."""
    return [
        "".join(chr(ord(letter) - 0x1F1E6 + ord("A")) for letter in pair)
        for pair in _FLAG.findall(text)
    ]


def _names_a_place(text: str) -> bool:
    lowered = text.lower()
    countries, origins = _patterns()
    named = (*countries.values(), *origins.values(), _elsewhere_names())  # China too (24B)
    return any(pattern.search(lowered) for pattern in named)


@per_message
def as_read(text: str) -> str:
    """`text`, or its reading as Zawgyi when only that names a place. The service converts
    Zawgyi only when the detector is sure (bot/language `normalise`), and a place's name
    alone is often well-formed Unicode too: "မေလးရွား" (Malaysia in Zawgyi) scores 0.999
    but holds nothing Unicode never has, so it came here unconverted and named no place.
    Burmese the detector calls clearly Unicode is read as it is. Once per message (bot/once.py;
    it was a cache of the last 256 texts): one message's text is read here several times, and
    only Burmese naming no place costs a detection."""
    if not burmese_in(text) or _names_a_place(text) or is_clearly_unicode(text):
        return text
    converted = unicodedata.normalize("NFC", zawgyi_to_unicode(text))
    return converted if _names_a_place(converted) else text


# "not Thailand", "not in Thailand", "no longer in Malaysia": a place said not to be the one
# ("no, I am in Malaysia, not Thailand" named two countries, so neither was read: round 13A).
# Joined to the name, which then matches no whole-word pattern. English only: in Burmese the
# negation follows the name, in Khmer it precedes it, and neither is read here yet.
_NOT_THERE = re.compile(r"\b(?:not|no longer|no more)\s+(?:in\s+|at\s+|from\s+)?")


# A home country named as the place ("how to complain in Myanmar", မြန်မာပြည်မှာ, នៅកម្ពុជា),
# not only as a nationality: with no place known it got the general answer (round 15A). Read
# only when the profile has no place, or the words say nothing else (`asked_for_now`): from
# someone in Thailand "died in myanmar" or "can I get it after I am in Myanmar?" is about
# home, not where they ask from.
# Not as a language ("answer in myanmar", "in myanmar language"). The border towns on the
# home side too, said as where one is: "in Poipet", នៅប៉ោយប៉ែត, "in Myawaddy", မြဝတီမှာ,
# "at Kawthaung" ("i am in poipet, boss take my border pass" with no place got Myanmar's
# and Cambodia's numbers; round 18C), the scam compounds' towns (round 16A: "in Shwe
# Kokko", "in Sihanoukville", Bavet got the profile's numbers); not the name alone ("they
# say come to poipet" is a place to go to). Drafts for a native speaker's review.
_NOT_A_LANGUAGE = (
    r"(?!\s+(?:language|lang|font|unicode|zawgyi|words?|letters?|text|script|sa|sar|lo)\b)"
)
_IN_HOME = {
    "MM": re.compile(
        rf"\b(?:in|inside|at)\s+(?:the\s+)?(?:myanmar|burma)\b{_NOT_A_LANGUAGE}"
        r"|(?:မြန်မာ|ဗမာ)(?:ပြည်|နိုင်ငံ)?\s*မှာ|នៅ\s*(?:ប្រទេស\s*)?(?:មីយ៉ាន់ម៉ា|ភូមា)"
        r"|\b(?:in|at|near)\s+(?:myawaddy|myawadi|kawthaung|kawthoung|shwe\s*kokko|kk\s*park)\b"
        r"|(?:မြဝတီ|ကော့သောင်း|ရွှေကုက္ကို)\s*မှာ"
    ),
    "KH": re.compile(
        rf"\b(?:in|inside|at)\s+(?:the\s+)?(?:cambodia|kampuchea)\b{_NOT_A_LANGUAGE}"
        r"|ကမ္ဘောဒီးယား(?:နိုင်ငံ)?\s*မှာ|នៅ\s*(?:ប្រទេស\s*)?កម្ពុជា"
        r"|\b(?:in|at|near)\s+(?:poipet|poi pet|sihanoukville|sihanouk\s*ville|bavet)\b"
        r"|នៅ\s*(?:ប៉ោយប៉ែត|(?:ក្រុង\s*)?ព្រះសីហនុ|បាវិត)"
    ),
}
_IN_A_LANGUAGE = re.compile(
    r"\b(?:answer|reply|write|speak|talk|explain|say|tell|translate|type|read|send|text)\w*\b"
    r"[^.?!]{0,20}\bin\s+(?:myanmar|burma|burmese|cambodia|khmer)\b"
)


@per_message  # asked 7 times a message (answer_place, where_now, the count)
def mentioned(text: str) -> Mentioned:
    """The nationality and the destination a question names, in words or flags, when it
    names exactly one each (a name typed in Zawgyi too: `as_read`); a name said not to be
    the place ("not Thailand") is not counted."""
    text = as_read(text)
    lowered = _NOT_THERE.sub("not_", text.lower())
    countries, origins = _patterns()
    flagged = flags(text)
    found_countries = [
        code for code, pattern in countries.items() if pattern.search(lowered) or code in flagged
    ]
    found_origins = [
        code for code, pattern in origins.items() if pattern.search(lowered) or code in flagged
    ]
    return Mentioned(
        origin=found_origins[0] if len(found_origins) == 1 else None,
        country=found_countries[0] if len(found_countries) == 1 else None,
    )


@lru_cache(maxsize=1)
def _elsewhere_names() -> re.Pattern[str]:
    return _pattern(ELSEWHERE_NAMES)


@per_message  # read by the notes, the replies before the NLU and the place (24B)
def elsewhere_named(text: str) -> bool:
    """Whether `text` names a country the content does not cover (ELSEWHERE_NAMES), other
    than as a place said not to be the one ("not China")."""
    lowered = _NOT_THERE.sub("not_", as_read(text).lower())
    covered = (*COUNTRY_NAMES, *NATIONALITY_NAMES)
    flagged = any(code not in covered for code in flags(text))  # 🇨🇳
    return flagged or bool(_elsewhere_names().search(lowered))


@lru_cache(maxsize=1)
def _elsewhere_here() -> re.Pattern[str]:
    names = sorted(ELSEWHERE_NAMES, key=len, reverse=True)
    latin = "|".join(re.escape(n) for n in names if n.isascii())
    local = "|".join(re.escape(n) for n in names if not n.isascii())
    return re.compile(
        rf"\b(?:in|inside|at)\s+(?:the\s+)?(?:{latin})\b"
        rf"|\b(?:{latin})\s+(?:mhar|hma|mha)\b|\b(?:nov|nau)\s+(?:{latin}|chen|chin)\b"
        rf"|(?:{local})(?:ပြည်|နိုင်ငံ)?\s*(?:မှာ|ကို\s*ရောက်|ရောက်)"
        rf"|នៅ\s*(?:ប្រទេស\s*)?(?:{local})"
    )


@per_message
def elsewhere_now(text: str) -> bool:
    """Whether `text` says someone is in a country the content does not cover ("i am in
    china", "in taiwan fishing boat", တရုတ်မှာ, នៅចិន, "nov chen"), and names no covered
    one as where they are now. Its answer is then for no country's numbers: round 24B, a
    woman locked in in China with a profile in Thailand was told to call Thailand's."""
    lowered = _NOT_THERE.sub("not_", as_read(text).lower())
    return bool(_elsewhere_here().search(lowered)) and where_now(text) is None


@per_message
def elsewhere_said(text: str) -> bool:
    """Whether `text` only says someone is in a country the content does not cover ("i am
    in china", "now in saudi", 🇨🇳, တရုတ်မှာ ရှိတယ်, ខ្ញុំនៅចិន): the NLU read "i am in saudi"
    as an emergency (round 24B)."""
    read = as_read(text)
    if not elsewhere_named(read) or location(read) is not None:
        return False  # most messages: no need to read the rest
    rest = _FLAG.sub(" ", _elsewhere_names().sub(" ", read.lower()))
    words = plain_words(rest)
    return not words or made_of(words, _WHERE_WORDS)


def _there(words: str, country: str | None, state: UserState) -> str | None:
    """`country`, or "other" (no covered country) when `words` put someone elsewhere and
    the profile is not at home: from home "broker say good husband, in china" is often a
    question before going, and the home's numbers (with +, or said to work only inside)
    still reach someone; a destination's local numbers never do from China."""
    if state.country is not None and state.country == state.origin:
        return country
    return "other" if words and elsewhere_now(words) else country


def asked_for(words: str, state: UserState) -> UserState:
    """The state to answer `words` for: the nationality and place they name ("Myanmar embassy
    in Kuala Lumpur", "I am in Malaysia, help"), else the profile's. For this answer only; the
    profile is not changed."""
    named = mentioned(words) if words else Mentioned()
    country = named.country or (own_home_place(words) if words else None)
    country = _there(words, country, state)
    return state.with_(origin=named.origin or state.origin, country=country or state.country)


def asked_for_now(words: str, state: UserState) -> UserState:
    """As `asked_for`, but a country named only as a place left or a place to go to
    (`where_now`) is not where the writer is: the profile's place stays. A home country
    named as the place (`home_named`) with no place in the profile ("complain in Myanmar"),
    or in words that only say where the writer is ("I am in Cambodia now")."""
    named = mentioned(words) if words else Mentioned()
    country = (where_now(words) or own_home_place(words)) if words else None
    if country is None and words and (state.country in (None, "other") or said_place(words)):
        country = home_named(words)  # "I am in Cambodia now" said alone is where they are
    country = _there(words, country, state)
    return state.with_(origin=named.origin or state.origin, country=country or state.country)


# "I am in", said just before a home place `_IN_HOME` reads: the writer's own place, even when
# the profile holds another. Session 23 left "i am in sihanoukville, help" from a profile in
# Thailand with Thailand's numbers; a home place said of someone else ("my family in myanmar,
# boss lock me") must not move them, so only these first-person forms, right before it:
# English and broken English ("i am now in", "im at", "me in", "we still in"), Khmer ខ្ញុំ /
# យើង (I, we) before នៅ, Burmese ကျွန်တော် / ကျွန်မ / ငါ (I), with တို့ (we), before the
# town. Drafts for a native speaker's review.
_I_AM_BEFORE = re.compile(
    r"(?:\b(?:i|we|me|i'm|im|i’m)\b(?:\s+(?:am|are|r|m|now|still|currently|stay|staying|"
    r"live|living|stuck|trapped|here))*\s*"
    r"|(?:ខ្ញុំ|យើង)(?:\s*(?:ឥឡូវ|ពេលនេះ|កំពុង))?\s*"
    r"|(?:ကျွန်တော်|ကျွန်မ|ကျနော်|ကျမ|ငါ)(?:တို့)?(?:\s*က)?(?:\s*အခု)?\s*)$"
)


# A time to come, not now: "can I get it after I am in Myanmar?", "when i in cambodia".
_NOT_NOW = re.compile(r"\b(?:after|when|if|once|before|until|till)\s*$")


@per_message  # the emergency's place and the answer's, several times a message
def own_home_place(words: str) -> str | None:
    """The home country (MM, KH) `words` say the writer is in now: "i am in sihanoukville,
    help", "we are at bavet", ខ្ញុំនៅប៉ោយប៉ែត, ကျွန်တော် မြဝတီမှာ; None for a home place said of
    someone else or of the past, or for two."""
    lowered = _NOT_THERE.sub("not_", as_read(words).lower())
    if _IN_A_LANGUAGE.search(lowered):
        return None
    found = set()
    for code, pattern in _IN_HOME.items():
        for match in pattern.finditer(lowered):
            before = lowered[max(0, match.start() - 50) : match.start()]
            i_am = _I_AM_BEFORE.search(before)
            if i_am and not _NOT_NOW.search(before[: i_am.start()]):
                found.add(code)
    return found.pop() if len(found) == 1 else None


def home_named(words: str) -> str | None:
    """The one home country `words` name as a place ("in Myanmar"), not as a language."""
    lowered = _NOT_THERE.sub("not_", as_read(words).lower())
    if _IN_A_LANGUAGE.search(lowered):
        return None
    found = [code for code, pattern in _IN_HOME.items() if pattern.search(lowered)]
    return found[0] if len(found) == 1 else None


# A destination named as a place left, a place of birth or a place to go to: "I came back
# from Thailand", "deported from Malaysia", "born in Thailand", "my son want go Korea". Read
# only in clear forms: "go to Korea" alone is left as it was ("my husband go to Thailand,
# no news" is often a past, and the relative is there). English and romanised markers
# before the name; Khmer before it too (មកពី, ចេញពី, វិញពី: from, back from; កើតនៅ: born
# in; ចង់ទៅ: want to go); Burmese after it (က / ကနေ / မှ ပြန်: back from; မှာမွေး: born
# in; သွားချင်: want to go). Drafts for a native speaker's review. Round 24C: "I want to work
# in Malaysia legally", "chong tov twer ka malaysia", "malaysia ko taya win alote thwar lote
# chin tal", မလေးရှားကို တရားဝင် အလုပ်သွားလုပ်ချင်တယ် put a worker in Thailand in Malaysia
# (a Cambodian got the embassy in Kuala Lumpur); ខ្ញុំចង់ទៅធ្វើការនៅម៉ាឡេស៊ី did not.
_BEFORE = (
    r"\b(?:back|returned|deported|expelled|sent back|sent home|came|come|arrived|fled|"
    r"escaped|run away|ran away)\s+(?:back\s+)?(?:home\s+)?from\s+(?:the\s+)?"
    r"|\bborn\s+in\s+"
    r"|\b(?:want|wants|wanted|wanna|plan|plans|planning|hope|hoping|going)\s+(?:to\s+)?go\s+"
    r"(?:back\s+)?(?:to\s+)?(?:work\s+)?(?:in\s+)?"
    r"|\b(?:want|wants|wanted|wanna|plan|plans|planning|hope|hoping)\s+(?:to\s+)?work\s+"
    r"(?:in\s+)?"
    r"|\b(?:mok|trolob mok|chenh|vinh)\s+pii?\s+"
    r"|\bchong\s+tov\s+(?:(?:tver|twer|thver)\s*ka\s+)?(?:nov\s+)?"
    r"|(?:មក|ចេញ|វិញ)\s*ពី\s*|កើត\s*(?:នៅ\s*)?|ចង់\s*ទៅ\s*(?:ធ្វើការ\s*)?(?:នៅ\s*)?"
    # Round 32C: money owed from a country, and a stay there in the past, are not where the
    # writer is: "how to get my SSO money from thailand" (at home), "my id card expire when
    # i in thailand", ប្រាក់សន្តិសុខសង្គមពីថៃ (social security money from Thailand)
    # (not "i send money from thailand": the sender is there)
    r"|\b(?:sso|ssf|social security|pension|fund|epf|kwsp|insurance)\s+(?:money\s+)?from\s+"
    r"(?:the\s+)?"
    r"|\b(?:get|claim|withdraw|collect|take)\s+(?:back\s+)?(?:my\s+|our\s+)?(?:\w+\s+)?"
    r"(?:money|salary|wage|wages|pay)\s+(?:back\s+)?from\s+(?:the\s+)?"
    r"|\b(?:when|while)\s+(?:i|we)\s+(?:was\s+|were\s+|still\s+)?(?:work\s+|working\s+|"
    r"worked\s+|stay\s+|stayed\s+|live\s+|lived\s+)?(?:in|at)\s+"
    r"|(?:សង្គម|សោធន)\s*ពី\s*"
)
_AFTER = (
    r"\s*(?:က|ကနေ|မှ)\s*(?:ပြန်|နှင်ထုတ်)|\s*မှာ\s*မွေး|\s*(?:ကို)?\s*(?:ပြန်)?\s*သွားချင်"
    r"|\s*ကို[^။\n]{0,24}?သွား\s*(?:လုပ်\s*)?ချင်"
    r"|\s+(?:ka|kanay|ka nay|kane|hma|mha)\s+pyan\b|\s+(?:ko\s+)?thwar\s*chin\b"
    r"|\s+ko\s+(?:[a-z]+\s+){0,4}?thwar\s*(?:lote\s*|loke\s*)?chin\b"
)


def around_a_country(before: str, after: str) -> re.Pattern[str]:
    """A pattern for a country's name (COUNTRY_NAMES, longest first; Latin names as whole
    words) with `before` in front of it, or `after` behind it."""
    names = sorted({name for names in COUNTRY_NAMES.values() for name in names}, key=len)
    place = "|".join(
        rf"\b{re.escape(n)}\b" if n.isascii() else re.escape(n) for n in reversed(names)
    )
    return re.compile(rf"(?:{before})(?:{place})|(?:{place})(?:{after})")


@lru_cache(maxsize=1)
def _elsewhere() -> re.Pattern[str]:
    return around_a_country(_BEFORE, _AFTER)


@per_message
def where_now(text: str) -> str | None:
    """The one destination `text` names as where someone is now, as `mentioned` reads it,
    leaving out a country named only as a place left, of birth or to go to ("I came back
    from Thailand": None; "back from Thailand, now in Malaysia": Malaysia)."""
    read = as_read(text).lower()
    return mentioned(_elsewhere().sub(" ", read)).country


def nationality(text: str) -> str | None:
    """The one nationality `text` names ("Myanmar", "ខ្មែរ"): an answer to "Where are you
    from?"."""
    return mentioned(text).origin


def location(text: str) -> str | None:
    """The one place `text` names as where someone is: a destination or a city in it, or
    home ("Myanmar" at "Where are you now?")."""
    named = mentioned(text)
    return named.country or named.origin


def names_only(text: str) -> bool:
    """Whether `text` holds nothing but the names of places (no other word)."""
    rest = as_read(text).lower()
    countries, origins = _patterns()
    for pattern in (*countries.values(), *origins.values()):
        rest = pattern.sub(" ", rest)
    return not any(character.isalpha() for character in rest)


# Around a place, a sentence that only says where the person is: "I am in Thailand", "now in
# Malaysia", ကျွန်တော် ထိုင်းမှာ ရှိတယ် (I am in Thailand), ខ្ញុំនៅថៃ (I am in Thailand).
# The words in the three languages, in their scripts (often unspaced) and romanised.
_WHERE_WORDS = entries(
    # English
    "i|im|i m|am|me|we|are|is|my|our|now|right now|currently|still|here|in|at|the|country|"
    "live|living|stay|staying|work|working|city|now i am|"
    # coming back later, moved since (round 19B): "now I am in Penang", "moved to Malaysia"
    "moved|moved to|move to|came to|come to|arrived|arrived in|already|back|went back|just|"
    # Burmese: ကျွန်တော် / ကျွန်မ / ငါ (I), အခု (now), မှာ (in, at), ရှိ / နေ (be, stay),
    # တယ် / ပါတယ် (statement endings), နိုင်ငံ (country), အလုပ်လုပ် (work); romanised
    "ကျွန်တော်|ကျွန်မ|ကျနော်|ကျမ|ငါ|ကျွန်တော်တို့|ကျွန်မတို့|အခု|အခုလောက်|မှာ|ရှိ|ရှိတယ်|"
    "ရှိပါတယ်|ရှိနေတယ်|ရှိနေပါတယ်|နေ|နေတယ်|နေပါတယ်|ပါ|ပါတယ်|တယ်|နိုင်ငံ|အလုပ်လုပ်|"
    "အလုပ်လုပ်နေတယ်|ခင်ဗျာ|ရှင်|kyanaw|kyanor|kya naw|kyama|kya ma|nga|a khu|akhu|mhar|hma|"
    "mha|shi|shi tal|shi dal|nay|nay tal|nay dal|par|pa|tal|naing ngan|"
    # ရောက် (arrived), ပြောင်းလာ (moved here), ပြန်ရောက် (got back), ပြီ (now, already)
    # (round 19B); romanised
    "ရောက်|ရောက်ပြီ|ရောက်နေပြီ|ရောက်နေတယ်|ရောက်နေပါပြီ|ရောက်ပါပြီ|ပြန်ရောက်|ပြောင်းလာ|"
    "ပြောင်းလာတယ်|ပြောင်းလာပြီ|ပြီ|ပါပြီ|yauk|yout|yauk nay pyi|yout nay pyi|pyi|"
    # Khmer: ខ្ញុំ (I), ឥឡូវ / ឥឡូវនេះ (now), នៅ (in, be at), រស់នៅ (live), ធ្វើការ (work),
    # ប្រទេស (country), បាទ / ចាស (polite); romanised
    "ខ្ញុំ|យើង|ឥឡូវ|ឥឡូវនេះ|នៅ|រស់នៅ|ធ្វើការ|ធ្វើការនៅ|ប្រទេស|នេះ|បាទ|ចាស|បង|"
    "khnhom|knhom|khnom|eylov|ey lov|eilov|nov|nau|rus nov|twer ka|prates|pratesh|bat|chas|"
    # ហើយ (already), មកដល់ (arrived), ផ្លាស់មក (moved here), វិញ (back) (round 19B)
    "ហើយ|មកដល់|ដល់|ផ្លាស់មក|ផ្លាស់ទៅ|មក|វិញ|haey|hai|mok dol|dol"
)


# The border towns on the home side, said where the bot asks "Where are you now?": the town
# alone or in a sentence that only says where ("I am in Poipet", ខ្ញុំនៅប៉ោយប៉ែត, မြဝတီမှာ
# ရှိတယ်) is the home country. Round 18C read "in Poipet" inside a question; at the profile's
# question "I am in Poipet" still got "Please tap one of the buttons below". Not in
# `mentioned`: "they say come to poipet" names no place the writer is in. Spellings as
# bot/language/place_names.py and `_IN_HOME` read them; drafts for a native speaker's review.
_HOME_TOWNS: dict[str, tuple[str, ...]] = {
    "MM": ("myawaddy", "myawadi", "kawthaung", "kawthoung", "shwe kokko", "shwekokko", "kk park",
           "မြဝတီ", "ကော့သောင်း", "ရွှေကုက္ကို"),
    "KH": ("poipet", "poi pet", "sihanoukville", "sihanouk ville", "bavet", "ប៉ោយប៉ែត",
           "ព្រះសីហនុ", "ក្រុងព្រះសីហនុ", "បាវិត"),
}  # fmt: skip


@lru_cache(maxsize=1)
def _home_towns() -> dict[str, re.Pattern[str]]:
    return {code: _pattern(names) for code, names in _HOME_TOWNS.items()}


def home_town_said(text: str) -> str | None:
    """The home country of the one border town `text` names, when the rest says only where
    the person is (`_WHERE_WORDS`), else None."""
    lowered = text.lower()
    found = [(code, p) for code, p in _home_towns().items() if p.search(lowered)]
    if len(found) != 1:
        return None
    code, pattern = found[0]
    rest = plain_words(pattern.sub(" ", lowered))
    return code if not rest or made_of(rest, _WHERE_WORDS) else None


@per_message  # asked 3-4 times a message (typed answers, follow-ups, moved, the count)
def said_place(text: str) -> str | None:
    """The place `text` names when it says nothing else: the name alone ("Thailand", 🇹🇭) or
    in a sentence that only says where the person is ("I am in Thailand", "ខ្ញុំនៅថៃ"), as
    `location` reads it; a home border town so said is its country ("I am in Poipet").
    None for a question that names a place ("Malaysia embassy phone")."""
    text = as_read(text)
    place = location(text)
    if place is None:
        return home_town_said(text)
    if names_only(text):
        return place
    rest = text.lower()
    countries, origins = _patterns()
    for pattern in (*countries.values(), *origins.values()):
        rest = pattern.sub(" ", rest)
    return place if made_of(plain_words(_FLAG.sub(" ", rest)), _WHERE_WORDS) else None
