"""A second problem named in plain words the NLU did not read (round 44A's still open, round
45A). "passport kept, broken hand" came back as Passport taken alone: the broken hand was not
offered; "boss keep passport, 2 month no salary" can lose the wages the same way. Each topic
below is offered one tap away ("You also wrote about this") when its words are in the
message and the NLU did not read it; the topic answered first stays the NLU's (or a rule's).

Phrases, not single words: "hand" or "pay" alone are in many messages about other things.
Drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.dialogue.lexicon import holds

INJURY = "injury_health"
WAGES = "unpaid_wages"
KEPT = "documents_confiscated"
COMPLAIN = "complaint_channels"
HOME = "return_home"
CHANGE = "change_employer"

_CUES: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    INJURY: (
        re.compile(
            r"\b(broken|broke|injured|hurt|cut|burned?|crushed?)\s+(my\s+|his\s+|her\s+)?"
            r"(hand|arm|leg|foot|finger|fingers|back|head|eye)s?\b|"
            r"\b(hand|arm|leg|foot|finger|back)\s+(broken|broke|injured|hurt|cut)\b|"
            r"\b(work|factory|site)\s+accident\b|\binjured at work\b"
        ),
        # Burmese: လက်ကျိုး (broken hand), ခြေကျိုး (broken leg), ဒဏ်ရာ (wound), Khmer:
        # បាក់ដៃ (broken hand), បាក់ជើង (broken leg), របួស (wound)
        ("လက်ကျိုး", "ခြေထောက်ကျိုး", "ခြေကျိုး", "ဒဏ်ရာရ", "បាក់ដៃ", "បាក់ជើង", "របួស"),
    ),
    WAGES: (
        re.compile(
            r"\b(\d+|one|two|three|four|five|six)\s+months?\s+(unpaid|no pay|no salary|not paid)\b|"
            r"\b(no|not|never)\s+(pay|paid|give)\s+(me\s+)?(my\s+)?(salary|wages?)\b|"
            r"\bunpaid (salary|wages?)\b|\bsalary not paid\b|\bwages not paid\b|"
            # "boss no pay 2 month" (47B); romanised Khmer "ot bae prak khae" (not paid the
            # month's wage), romanised Burmese "la kha ma pay" / "la kha kyan" (wages owed)
            r"\b(no|not|never)\s+(pay|paid|salary|wages?)\s+(me\s+)?(for\s+)?"
            r"(\d+|one|two|three|four|five|six)\s+months?\b|"
            r"\b(ot|min|mun)\s+(bae|baek|aoy|oy|ao|tan)\s+(luy|prak)\s*khae\b|"
            r"\bla\s*kha\s+(ma\s+(pay|ya|ra)|kyan)\b"
        ),
        (
            "လစာမပေး",
            "လစာ မပေး",
            "လစာမရ",
            "လစာကျန်",
            "ប្រាក់ខែមិនទាន់",
            "មិនឲ្យប្រាក់ខែ",
            "អត់ឲ្យលុយខែ",
            "អត់ឲ្យប្រាក់ខែ",
            "មិនបើកប្រាក់ខែ",
            "អត់បើកប្រាក់ខែ",
            "មិនឲ្យលុយថែមម៉ោង",
            "អត់ឲ្យលុយថែមម៉ោង",
        ),
    ),
    KEPT: (
        re.compile(
            r"\bpassport\s+(kept|taken|held)\b|\b(keep|keeps|kept|take|took|hold|holds)\s+"
            r"(my|our)\s+passports?\b|"
            # romanised: Khmer "tuk passport" (keeps), Burmese "passport thein" (confiscated)
            r"\btuk\s+passport\b|\bpassport\s+(ko\s+)?thein\b"
        ),
        (
            "ပတ်စ်ပို့သိမ်း",
            "ပတ်စပို့သိမ်း",
            "ပတ်စ်ပို့ကိုင်ထား",
            "ថៅកែយកលិខិតឆ្លងដែន",
            "រក្សាលិខិតឆ្លងដែន",
            "ទុកលិខិតឆ្លងដែន",
        ),
    ),
    # Round 47B: "where to complain" after a problem ("injured, boss refuse, where complain")
    COMPLAIN: (
        re.compile(
            r"\bwhere\s+(can\s+i\s+|do\s+i\s+|to\s+|i\s+|should\s+i\s+)?(complain|report)\b|"
            r"\bcomplain\s+where\b|\bb[ae]l\s*mhar\s+tine\b|\b[bp]doeng\s+(nov\s+)?na\b"
        ),
        # Burmese ဘယ်မှာတိုင် (where to report); Khmer ប្តឹងនៅណា (complain where), both
        # spellings of the subscript (ត and ដ)
        ("ဘယ်မှာတိုင်", "ဘယ်ကိုတိုင်", "ប្តឹងនៅណា", "ប្ដឹងនៅណា", "ប្តឹងទៅណា", "ប្ដឹងទៅណា"),
    ),
    # "the agency cheated me, now I want to go back to Cambodia"
    HOME: (
        re.compile(
            r"\b(go|going|get)\s+back\s+(home|to\s+(myanmar|burma|cambodia|my\s+country))\b|"
            r"\breturn\s+(home|to\s+(myanmar|burma|cambodia|my\s+country))\b|"
            r"\bwant\s+to\s+go\s+home\b|"
            # romanised Burmese "ein pyan chin" (want to go home); "pyan" alone is also
            # "back" ("ngwe pyan chin": the money back) and "pyi" also "and then"
            r"\b(ein|ywa|myanmar\s+pyi)\s+((ko|go)\s+)?pyan\s+(thwar\s+)?chin\b|"
            r"\btrolob\s+tov\s+(srok|phteah|phsteah|kampuchea)\b"
        ),
        # Burmese ပြန်ချင် (want to go back), ပြည်ပြန် (back to the country); Khmer
        # ត្រឡប់ទៅស្រុក (go back to the home country)
        (
            "ပြန်ချင်",
            "ပြည်ပြန်",
            "နိုင်ငံပြန်",
            "ត្រឡប់ទៅស្រុក",
            "ទៅស្រុកវិញ",
            "ត្រឡប់ទៅប្រទេស",
            "វិលទៅស្រុក",
        ),
    ),
    # "contract not finished, can I change boss?"
    CHANGE: (
        re.compile(
            r"\bchange\s+(my\s+|the\s+|to\s+(a\s+)?(new\s+|other\s+|another\s+)?)?"
            r"(boss|employer|job)\b|"
            r"\b(boss|a\s*lote\s*shin)\s+((si|ko)\s+)?pyaung\b|"
            r"\bphlas\s+(tov\s+)?(thaokae|nayjok)\b"
        ),
        # Burmese သူဌေးပြောင်း / အလုပ်ရှင်ပြောင်း (change boss); Khmer ប្តូរថៅកែ (change boss)
        (
            "သူဌေးပြောင်း",
            "အလုပ်ရှင်ပြောင်း",
            "ប្តូរថៅកែ",
            "ប្ដូរថៅកែ",
            "ប្តូរទៅថៅកែ",
            "ប្ដូរទៅថៅកែ",
        ),
    ),
}


def also(topic: str | None, read: Sequence[str], words: str) -> tuple[str, ...]:
    """The topics named in `words` in plain words, other than `topic` and those the NLU
    read (`read`), to offer one tap away."""
    return tuple(
        cue
        for cue, (latin, script) in _CUES.items()
        if cue != topic and cue not in read and holds(words, latin, script)
    )
