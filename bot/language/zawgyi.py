"""Zawgyi, the legacy Burmese font encoding many phones still type in.

Zawgyi reuses Myanmar code points with other meanings, so converting Unicode text "to Unicode"
breaks it: convert only when the detector is confident.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any, Protocol

from myanmar import converter

from bot.language.zawgyi_output import keep_the_writers_aa
from bot.once import per_message

# Text holding what well-formed Unicode Burmese never has (has_zawgyi_only_evidence) is Zawgyi
# whatever the detector says: it scores short messages low ("ဓာတ္ပုံ" 0.06, "ပိတ္ထား" 0.48).
# Other text with a Zawgyi-like structure is Zawgyi when the detector is this sure.
ZAWGYI_THRESHOLD = 0.95

# U+1039 is Zawgyi's asat (a syllable's last consonant) but Unicode's virama (the consonant
# after it is stacked under the one before). Unicode stacks only in Pali and Sanskrit words,
# and there the two consonants are of one row (vagga) of the alphabet, or the same letter:
# ကမ္ဘာ, အန္တရာယ်, ဒုက္ခ, ပစ္စည်း, ဗုဒ္ဓ, လ္လ. Any other pair ("ကယ္ပါ": ya over pa) is a
# Zawgyi asat followed by the next syllable.
_VAGGAS = (
    "\u1000-\u1004",  # ka kha ga gha nga
    "\u1005-\u100a",  # ca cha ja jha nya (both forms)
    "\u100b-\u100f",  # tta ttha dda ddha nna
    "\u1010-\u1014",  # ta tha da dha na
    "\u1015-\u1019",  # pa pha ba bha ma
)
_UNICODE_STACK = re.compile(
    "|".join(f"[{row}]\u1039[{row}]" for row in _VAGGAS)
    + r"|([\u101a-\u1021])\u1039\1"  # the same letter twice (လ္လ, သ္သ)
    + r"|\u101f\u1039[\u1019\u101a\u101c\u101d]"  # ha over ma/ya/la/wa (ဗြဟ္မာ)
)
_ASAT_BETWEEN_CONSONANTS = re.compile(r"[\u1000-\u1021]\u1039[\u1000-\u1021]")
# Verbs and particles (in Zawgyi code points) that follow a closed syllable in everyday
# Burmese and open no Pali stack's lower half: "ပိတ္ထား" (tha under ta would be a valid stack)
# is "ပိတ် + ထား" ("locked"), "လုပ္ပါ" is "please do", "ထြက္ခဲ့" "left", "ထြက္ခ်င္" "want to go".
_ASAT_BEFORE_EVERYDAY_WORD = re.compile("\u1039(?:ထား|ပါ|ခဲ့|တဲ့|ခ\u103a|ဖို)")
# Zawgyi's ha-htoe is U+103D, Unicode's medial wa: everyday words a Zawgyi keyboard spells with
# it and a Unicode one never does (Unicode writes ှ, U+103E). Short messages holding nothing
# else of Zawgyi were kept as typed, read by no word list and shown to a caseworker as typed
# (round 44B): ရွိ/မရွိ ("have", "have not": "အလုပ္မရွိဘူး", no work, whose ပ္မ reads as a Pali
# stack), မွာ ("at": "ဒီမွာပဲ", "အိမ္မွာ"), ဘာမွ/ဘယ္သူမွ before a negation ("ဘာမွမရ", got
# nothing). Medial wa with i or ii is no Burmese syllable; Unicode's village is ရွာ, not ရွိ.
_HA_HTOE_AS_WA = re.compile(
    "\u103d[\u102d\u102e]|\u1019\u103d\u102c|\u1019\u103d\u1019(?![\u102b-\u1030\u1032-\u103e\u1039])"
)
# What well-formed Unicode Burmese never has: the vowel sign E (U+1031) opening a word
# (Zawgyi types it before its consonant); Zawgyi's kinzi U+1064; U+1039 after anything but a
# consonant or Unicode's kinzi asat (Zawgyi "ခြင့္" puts its asat after the dot below); U+1039
# before anything but a consonant (Zawgyi's asat ending a word); a U+1039 pair no Unicode stack
# has; the asat before an everyday word.
_NEVER_UNICODE = re.compile(
    r"(?:^|[^\u1000-\u109F])\u1031|\u1064"
    r"|(?<![\u1000-\u1021\u103a])\u1039"
    r"|\u1039(?![\u1000-\u1021])"
)
# What Zawgyi text has and Unicode Burmese never does, or hardly ever: the above; E (U+1031)
# or medial-ra forms typed before their consonant (in Unicode they follow a consonant or its
# medials); Zawgyi's stacked and contextual forms U+1060-U+108F (Unicode Burmese does not use
# them); U+1090-U+1099 right after a Burmese letter or sign (Shan digits in Unicode, which do
# not follow a letter; Zawgyi's ႔ ႐ ႏ forms in "ဖို႔", "သံ႐ုံး"); U+103A before an upper vowel
# (Zawgyi's ya-pin in "ဂ်ိဳဟိုး", Johor: Unicode's asat comes before no vowel sign but ု, as in
# "ကျွန်ုပ်"); U+1033 or U+1034 (Zawgyi's tall u in "တိုက်ိဳ", Tokyo; Mon vowels in Unicode).
# Without the never-Unicode evidence a high score is needed too: short Unicode text such as
# "လစာ အမြဲ" scores above 0.95, and converting it would scramble it ("အမြဲ" read as Zawgyi is
# "အမွဲ").
_ZAWGYI_STRUCTURE = re.compile(
    r"(?:^|[^\u1000-\u1021\u103b-\u103e])[\u1031\u103b\u107e-\u1084][\u1000-\u1021]"
    r"|\u1039(?![\u1000-\u1021])"
    r"|[\u1060-\u108f]"
    r"|[\u1000-\u1021\u102b-\u103e][\u1090-\u1099]"
    r"|\u103a[\u102d\u102e\u1032]"
    r"|[\u1000-\u103f][\u1033\u1034]"
)


def has_zawgyi_only_evidence(text: str) -> bool:
    """Whether `text` holds a sequence well-formed Unicode Burmese never has."""
    if (
        _NEVER_UNICODE.search(text)
        or _ASAT_BEFORE_EVERYDAY_WORD.search(text)
        or _HA_HTOE_AS_WA.search(text)
    ):
        return True
    return any(
        _UNICODE_STACK.fullmatch(pair.group()) is None
        for pair in _ASAT_BETWEEN_CONSONANTS.finditer(text)
    )


class _Detector(Protocol):
    def get_zawgyi_probability(self, text: str) -> float: ...


@functools.cache
def _detector() -> _Detector:
    from myanmartools import ZawgyiDetector  # loads its model once, on first use

    detector: _Detector = ZawgyiDetector()
    return detector


def zawgyi_probability(text: str) -> float:
    probability = float(_detector().get_zawgyi_probability(text))
    return 0.0 if math.isnan(probability) or probability < 0 else probability


def is_zawgyi(text: str) -> bool:
    if has_zawgyi_only_evidence(text):
        return True
    if _ZAWGYI_STRUCTURE.search(text) is None:
        return False
    return zawgyi_probability(text) > ZAWGYI_THRESHOLD


# Burmese the detector scores under this is Unicode, not text that reads alike in both
# encodings: the held-out Unicode messages score under 0.01 (377 of 381), the Zawgyi ones 0.27
# or more, and text with the same bytes in both ("ပါ" 0.27, "လစာ" 0.58, "လစာ မရဘူး" 0.97)
# in between.
CLEARLY_UNICODE = 0.01


def is_clearly_unicode(text: str) -> bool:
    """Whether Burmese `text` is surely Unicode: a Zawgyi user who writes it has a Unicode
    keyboard now (flows.py switches the replies back)."""
    if not any("\u1000" <= character <= "\u109f" for character in text):
        return False
    return not is_zawgyi(text) and zawgyi_probability(text) < CLEARLY_UNICODE


def convert_if_zawgyi(text: str) -> tuple[str, bool]:
    """The Unicode form of `text` and whether it was Zawgyi.

    Text that reads the same in both encodings ("လစာ မရဘူး" scores 0.97) is not called
    Zawgyi: nothing in it says so, and replies in Zawgyi would break a Unicode user's screen.

    python-myanmar converts first (it is what replies are converted back with). Zawgyi has no
    fixed typing order, and some orders it leaves half done: "ႏိႈင္း" (negotiate) keeps a
    Zawgyi letter, "ရိွ" (have, typed vowel first) becomes a sequence Unicode never has. Then
    ICU's Zawgyi-my converts instead, if its result is clean Unicode.
    """
    if not is_zawgyi(text):
        return text, False
    if typed_in_unicode(text):
        return _convert_mixed(text)
    return _convert(text)


# Unicode's asat (U+103A) on a consonant that never takes a medial ya: Zawgyi's U+103A is
# its ya-pin (medial ya), and a Zawgyi keyboard types the asat as U+1039, so "တယ်", "ကယ်ပါ"
# with U+103A on ya, ta, na... were typed on a Unicode keyboard. Round 29C: in a message
# mixing the two ("ရဲဖမ္းသြားတယ် ကယ်ပါ", a Zawgyi phrase pasted before Unicode words) the
# whole message was converted, the Unicode "ကယ်ပါ" (rescue me) read as "ကယျပါ", and the
# numbers did not come.
_NO_YA_PIN = "ယတထဒဓနစဆဇညဉငရဝသဟ"
_UNICODE_ASAT = re.compile(f"[{_NO_YA_PIN}]\u103a")
# The same asat read as Zawgyi's ya-pin, in the converted text.
_ASAT_READ_AS_YA_PIN = re.compile(f"([{_NO_YA_PIN}])\u103b")
_SPACES = re.compile(r"(\s+)")


def typed_in_unicode(text: str) -> bool:
    """Whether `text` holds Burmese typed on a Unicode keyboard for sure (`_UNICODE_ASAT`):
    in a message that also holds Zawgyi, the two are mixed."""
    return _UNICODE_ASAT.search(text) is not None


def _convert_mixed(text: str) -> tuple[str, bool]:
    """A message of Zawgyi and Unicode words: only the words that are surely Zawgyi are
    converted (has_zawgyi_only_evidence), the others kept as typed, and an asat typed in
    Unicode inside a converted word put back."""
    parts = _SPACES.split(text)
    for index, part in enumerate(parts):
        if has_zawgyi_only_evidence(part):
            converted, _ = _convert(part)
            parts[index] = _ASAT_READ_AS_YA_PIN.sub("\\1\u103a", converted)
    mixed = "".join(parts)
    return mixed, mixed != text


def _convert(text: str) -> tuple[str, bool]:
    converted = zawgyi_to_unicode(text)
    still_zawgyi = _still_zawgyi(converted)
    if still_zawgyi or _MISORDERED.search(converted):
        other = _icu_zawgyi_to_unicode(text)
        if other is not None and not _still_zawgyi(other) and not _MISORDERED.search(other):
            return other, other != text
    if still_zawgyi:
        # Real Zawgyi converts to clean Unicode; what still looks like Zawgyi afterwards was
        # not Zawgyi (stray code points): leave it as typed, so normalising is idempotent.
        return text, False
    return converted, converted != text


def _still_zawgyi(converted: str) -> bool:
    return bool(_ZAWGYI_STRUCTURE.search(converted)) or has_zawgyi_only_evidence(converted)


# Orders well-formed Unicode Burmese never stores: a medial (ျ ြ ွ ှ) after a vowel sign,
# tone or asat (medials follow their consonant at once), but for ya-pin after an asat, the
# one word that has it (ယောက်ျား, man, husband); two asats, or that word's asat after its
# ya-pin and aa (ယောကျာ်း, from Zawgyi's other typing order); a lower vowel (ု ူ) before an
# upper one (ိ ီ ဲ). Unicode Technical Note 11's storage order.
_MISORDERED = re.compile(
    "[\u102b-\u1032\u1036-\u1038][\u103b-\u103e]|\u103a[\u103a\u103c-\u103e]"
    "|\u103b\u102c\u103a|[\u102f\u1030][\u102d\u102e\u1032]"
)


@functools.cache
def _icu_zawgyi_to_unicode_transliterator() -> Any:
    try:
        import icu
    except ImportError:  # pragma: no cover - a dependency of the bot; without it, no second try
        return None
    return icu.Transliterator.createInstance("Zawgyi-my")


def _icu_zawgyi_to_unicode(text: str) -> str | None:
    transliterator = _icu_zawgyi_to_unicode_transliterator()
    if transliterator is None:
        return None
    return keep_the_writers_aa(str(transliterator.transliterate(text)), text)


@per_message  # every reader of a Burmese message reads it as Zawgyi too (bot/once.py)
def zawgyi_to_unicode(text: str) -> str:
    converted = str(converter.convert(text, "zawgyi", "unicode"))
    # Zawgyi's asat then ya-pin ("ေယာက္်ား", husband) comes out of python-myanmar as two
    # asats, which matched no word: round 20A's "my husband hits me" in Zawgyi was read by the
    # NLU only. The ya-pin is put back (ယောက်ျား).
    return keep_the_writers_aa(converted.replace("\u103a\u103a", "\u103a\u103b"), text)


# python-myanmar prints some syllables it converts to stdout: users' words must not reach
# any output, so its module-level `print` is silenced.
converter.print = lambda *args, **kwargs: None
