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

from bot.dialogue import two_said
from bot.dialogue.lexicon import holds
from bot.once import per_message

INJURY = "injury_health"
WAGES = "unpaid_wages"
KEPT = "documents_confiscated"
COMPLAIN = "complaint_channels"
HOME = "return_home"
CHANGE = "change_employer"
LOCKED = "job_scams_trafficking"
DANGER = "emergency_help"
ARREST = "arrest_detention"
EMBASSY = "embassy_contact"
PERMIT = "visa_work_permit"
FEES = "recruitment_fees"

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
            r"\b(ot|min|mun)\s+(bae|baek|aoy|oy|ao|tan|ban)\s+(luy|prak)\s*(khae|khe)\b|"
            # round 52A: romanised Khmer "thaokae min aoy luy" (the boss does not give the
            # money), as the Khmer script's ថៅកែមិនឲ្យលុយ below; "khe" for ខែ (month) too
            r"\b(thaokae|thaukae|taokae|thao\s+kae)\s+(min|ot|mun)\s+(aoy|oy|ao|bae|baek)\s+"
            r"(luy|loy|lui|prak)\b|"
            r"\bla\s*kha\s+(ma\s+(pay|ya|ra)|kyan)\b|"
            # round 48B: asking for the wages ("threaten me if i ask wages"); romanised
            # Burmese "la kha taung" (ask the wages), Khmer "tear prak khae" (demand the wage)
            r"\bask\s+(for\s+)?(my\s+|our\s+)?(salary|wages?)\b|\bla\s*kha\s+taung\b|"
            r"\btear\s+(luy|prak)\s*khae\b|"
            # round 50B: "plz help me boss no pay" (a plea, so the emergency numbers): the
            # boss not paying, with nothing after it or the person paid; not "boss no pay for
            # my ticket" (a fee, not the wages)
            r"\b(boss|employer|company|factory|owner|madam|sir)\s+(no|not|never|dont|don't|"
            r"didnt|didn't|doesnt|doesn't|did not|does not)\s+(pay|paid)"
            r"(\s+(me|us|him|her|them|salary|wages?|money))?\s*([.!?,]|$)"
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
            # round 48B: asking for the wages (Burmese လစာတောင်း, Khmer ទារប្រាក់ខែ)
            "လစာတောင်း",
            "ទារប្រាក់ខែ",
            "ទារលុយខែ",
            # round 50B: "the boss does not give money" (Khmer), the boss not paying
            "ថៅកែមិនឲ្យលុយ",
            "ថៅកែអត់ឲ្យលុយ",
            "ថៅកែមិនបើកលុយ",
        ),
    ),
    KEPT: (
        re.compile(
            r"\bpassport\s+(kept|taken|held)\b|\b(keep|keeps|kept|take|took|hold|holds)\s+"
            r"(my|our)\s+passports?\b|"
            # romanised: Khmer "tuk passport" (keeps), Burmese "passport thein" (confiscated)
            r"\btuk\s+passport\b|\bpassport\s+(ko\s+)?thein\b|"
            # round 52A: romanised Khmer "thaokae yok passport" (the boss took the passport)
            r"\b(thaokae|thaukae|taokae|thao\s+kae)\s+yok\s+passport\b"
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
        # Burmese သူဌေးပြောင်း / အလုပ်ရှင်ပြောင်း (change boss); Khmer ប្តូរថៅកែ (change boss),
        # ប្តូរការងារ (change job, round 48B)
        (
            "သူဌေးပြောင်း",
            "အလုပ်ရှင်ပြောင်း",
            "ប្តូរថៅកែ",
            "ប្ដូរថៅកែ",
            "ប្តូរទៅថៅកែ",
            "ប្ដូរទៅថៅកែ",
            "ចង់ប្តូរការងារ",
            "ចង់ប្ដូរការងារ",
        ),
    ),
    # Round 48B: locked in ("they lock us in the building and take our phones"): the
    # trafficking answer a tap under the emergency numbers. Romanised Khmer "chak so yeung"
    # (lock us), Burmese "htal mhar pate htar" (shut inside); "pate htar" alone is also a
    # shop closed.
    LOCKED: (
        re.compile(
            r"\block(ed|s)?\s+(us|me|them|him|her)(\s+and\s+(my\s+)?\w+)?\s+(in|inside|up)\b|"
            r"\b(we|i|they)\s+(are\s+|am\s+|r\s+|were\s+|was\s+)?locked\s+(in|inside|up)\b|"
            r"\bchak\s*so\s+(yeung|yerng|khnhom|knhom|pouk\s*yeung|puok\s*yeung|koat)\b|"
            r"\bhtal\s*(mhar|hmar|ma)\s+pate\s*(htar|hta|tar|thar)\b"
        ),
        # Khmer ចាក់សោ + us/me (lock us in); Burmese ထဲမှာပိတ်ထား / ထဲပိတ်ထား (shut inside)
        (
            "ចាក់សោពួកយើង",
            "ចាក់សោយើង",
            "ចាក់សោខ្ញុំ",
            "ចាក់សោគាត់",
            "ထဲမှာပိတ်ထား",
            "ထဲပိတ်ထား",
            "ထဲမှာပိတ်မိ",
        ),
    ),
    # A threat to kill ("boss threaten to kill me if i ask wages"), the NLU reading the wages
    # alone: the emergency answer a tap away. Romanised Burmese "that mal lo" (saying he will
    # kill), "chain chout" (threaten); Khmer "kamhaeng samlab" (threaten to kill).
    DANGER: (
        re.compile(
            r"\bthreat(en|ens|ened|ening)?\s+(me\s+|us\s+)?(to\s+)?kill\b|"
            r"\b(will|want\s+to|going\s+to|gonna|wanna)\s+kill\s+(me|us|my)\b|"
            r"\bthat\s*(mal|mel|me)\s+lo\b|\b(kam(ream|heang|haeng))\s+samlab\b"
        ),
        ("သတ်မယ်လို့", "သတ်ပစ်မယ်", "គំរាមសម្លាប់", "សម្លាប់ខ្ញុំ"),
    ),
    # Arrested or held ("my brother arrested, how to contact the embassy"); romanised Khmer
    # "chab khluon" / "chab khum" (arrested / detained), Burmese "a chote htal" (in the lock-up)
    ARREST: (
        re.compile(
            r"\b(was|is|got|been|get|were|are)\s+arrested\b|"
            r"\b(brother|sister|husband|wife|son|daughter|friend|father|mother)\s+arrested\b|"
            r"\b(in|inside)\s+(jail|prison|detention|the\s+lock\s*up)\b|"
            r"\bpolice\s+(took|caught|arrested|catch|arrest)\s+(my|him|her|them)\b|"
            r"\bchab\s+(khluon|khloun|khum)\b|\ba\s*chote\s*(htal|htel|thal)\b|"
            r"\b(police|yae|ye)\s+(ka\s+)?(pan|phan|hpan)\s+(twar|thwar|swar)\b"
        ),
        # Burmese အချုပ်ထဲ (in the lock-up), ရဲဖမ်း (police arrest); Khmer ចាប់ខ្លួន
        # (arrested), ជាប់គុក (in prison), ប៉ូលិសចាប់ (police caught)
        ("အချုပ်ထဲ", "ရဲဖမ်း", "ចាប់ខ្លួន", "ជាប់គុក", "ប៉ូលិសចាប់", "ចាប់ឃុំ"),
    ),
    # Contacting the embassy ("how to contact the embassy"); romanised Khmer "tak tong
    # sthantout" (contact the embassy), Burmese "than yone ko" (to the embassy)
    EMBASSY: (
        re.compile(
            r"\b(contact|call|reach|phone|tell|ask|help\s+from)\s+(the\s+|our\s+|my\s+)?"
            r"(\w+\s+)?embassy\b|\bembassy\s+(contact|number|phone)\b|"
            r"\b(tak\s*tong|hav|tov)\s+sthan\s*tout\b|\bthan\s*yone\s+(ko|go)\b"
        ),
        # Khmer ទាក់ទងស្ថានទូត (contact the embassy, two spellings); Burmese သံရုံးကို (to the
        # embassy). "embassy" alone is also the labour attaché's office ("which officer at
        # the embassy")
        ("ទាក់ទងស្ថានទូត", "ទាក់ទងសា្ថនទូត", "ហៅស្ថានទូត", "သံရုံးကို", "သံရုံးဆက်"),
    ),
    # The permit when changing employer ("what happens to my permit if I change boss") or
    # run out; romanised Burmese "permit bar phyit" (what happens to the permit)
    PERMIT: (
        re.compile(
            r"\bhappens?\s+to\s+(my\s+|the\s+)?(work\s+)?(permit|visa)\b|"
            r"\bpermit\s+(ka\s+)?(bar|bal|ba)\s+(phyit|hpyit|pyit)\b|"
            r"\bwork\s+permit\s+(is\s+|has\s+|already\s+)?(expired?|expiring|run\s+out|finish(ed)?)\b|"
            r"\bwork\s+permit\s+(khnhom\s+)?(yang\s*mech|phot\s*kamnot|hous\s*kamnot)\b"
        ),
        # Burmese ပါမစ်ကဘာဖြစ် (what happens to the permit), ပါမစ်သက်တမ်းကုန် (permit run
        # out); Khmer ប័ណ្ណការងារ(ខ្ញុំ)យ៉ាងម៉េច (the work card, how), ...ផុតកំណត់ (expired)
        (
            "ပါမစ်ကဘာဖြစ်",
            "ပါမစ်ဘာဖြစ်",
            "ပါမစ်သက်တမ်းကုန်",
            "ប័ណ្ណការងារខ្ញុំយ៉ាងម៉េច",
            "ប័ណ្ណការងារយ៉ាងម៉េច",
            "ប័ណ្ណការងារខ្ញុំផុតកំណត់",
            "ប័ណ្ណការងារផុតកំណត់",
            "ប័ណ្ណការងារហួសកំណត់",
        ),
    ),
    # A broker or agency asking a sum ("broker want 20000 baht, is there a legal way"): the fees
    # answer a tap away. Romanised Khmer "mekhyol tear" (the broker demands), "tear tlai"
    # (demands a fee), romanised Burmese "kyay ... taung" (asks a fee); Burmese and Khmer
    # with the sum between the words, read as written.
    FEES: (
        re.compile(
            r"\b(broker|agent|agency|recruiter|middleman)\s+(want|wants|ask|asks|asked|charge|"
            r"charges|charged|demand|demands)\s+(me\s+|us\s+)?(\$\s*)?\d[\d,.]*\s*(k\s+)?"
            r"(baht|dollars?|usd|ringgit|rm|kyats?|lakh|riel|won|yen)?\b|"
            r"\bmekhyol\s+(nih\s+|nis\s+|nuh\s+|ke\s+)?tear\b|\btear\s+tlai\b|\bkyay\s+[\d,]+\s*(baht|dollar|kyat|lakh)?\s*taung\b|"
            r"(ပွဲစား|အေးဂျင့်|အေဂျင့်|အေဂျင်စီ)က?\s*(ဘတ်|ဒေါ်လာ|ကျပ်)?\s*[၀-၉\d,]+\s*"
            r"(ဘတ်|ဒေါ်လာ|ကျပ်|သိန်း)?\s*တောင်း|ကြေး\s*[၀-၉\d,]+\s*(ဘတ်|ဒေါ်လာ|ကျပ်|သိန်း)\s*တောင်း|"
            r"(មេខ្យល់|ឈ្មួញកណ្តាល|ភ្នាក់ងារ)\s*ទារ"
        ),
        ("មេខ្យល់ទារ", "ទារថ្លៃ", "ပွဲစားခတောင်း"),
    ),
}


# Running off from an employer ("what happens to my permit if i run off"): Change employer's
# answer is on the permit after running away; the permit is not a second problem there.
_RAN_OFF = (
    re.compile(r"\brun\s+(off|away)\b|\bran\s+(off|away)\b|\bescape|\bpyay\s*(twar|thwar)\b"),
    ("ပြေးထွက်", "ထွက်ပြေး", "រត់ចេញពីថៅកែ"),
)
_UNLESS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {PERMIT: _RAN_OFF}


@per_message
def _named(words: str) -> tuple[str, ...]:
    """Every cue's topic named in `words` (read once per message: the reply, the emergency
    answer, follow_up and the count all ask)."""
    return tuple(
        cue
        for cue, (latin, script) in _CUES.items()
        if holds(words, latin, script) and not (cue in _UNLESS and holds(words, *_UNLESS[cue]))
    )


def also(topic: str | None, read: Sequence[str], words: str) -> tuple[str, ...]:
    """The topics named in `words` in plain words, other than `topic` and those the NLU
    read (`read`), to offer one tap away."""
    found = tuple(cue for cue in _named(words) if cue != topic and cue not in read)
    # round 50C: a robbed passport, a job and an ID card back home, and others (two_said.py)
    found += tuple(t for t in two_said.also(topic, read, words) if t not in found)
    return tuple(two_said.mended(found, words))
