"""Someone about to call a line the bot showed (exploratory round 39B): "is the call to 1694
free?", "1694 speak burmese?", "will they ask my passport if i call 1694", "will police come
if I call 1300", "what do I say when I call 1694", "I have no credit", "can you call for me",
"they asked my address, should i tell". They got "I cannot help with that", "Choose a
language." (the NLU's change of language), the arrest answer, or a profile question.

Now, before the NLU's reading: for each line they name, what the directory says of its
languages (with the source's year) or that they are not known; that the bot does not know
whether a call is free, what a line asks or who it tells (no source says), so it never
promises a language, a free call or safety; what to have ready (where you are, what
happened, in a few words), that they may ask why a detail is needed before giving it, that
the bot cannot call for them, and a person to write to instead. Danger words still win (a
message the NLU surely read as an emergency gets the emergency answer).

Only with a call or a line (a short code like 1694 not beside money, hotline, call, phone)
beside a question of cost, credit, language, papers, name, address, police, what to say, or
calling for them; never a boss's or family's phone, someone hurt (treatment first) or the
numbers just shown (asks_about_answer.py). Drafts for a native speaker at a partner to review.
"""

from __future__ import annotations

import re

from bot.content.localised import pick
from bot.dialogue import also_wrote, triage, when_closed
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "calling_line"  # counted as a conversation under this name (tally.py), never the words

_LINE = re.compile(
    # not Malaysia's "calling visa" (the lead's read of round 39B)
    r"\b(?:hotline|call|calling(?! visa)|called|ring|phone (?:them|the|it|number|line)|"
    r"the line|the number)\b"
)
_ASK = re.compile(
    r"\b(?:free|cost|costs|charge|charged|pay for (?:the )?call|credit|top ?up|"
    r"no money (?:for|to) call|"
    r"speak|speaks|burmese|myanmar language|khmer|cambodian language|thai only|"
    r"understand (?:me|them|her|him|thai)|dont understand|interpreter|translator|"
    r"passport|papers|documents|visa|pink card|work permit|my name|real name|"
    r"my address|where i (?:live|stay)|police come|police will come|report me|"
    r"what (?:do|should|can) i say|what to say|what i say|how to talk|"
    r"call for me|call them for me|call instead|message instead|text instead|"
    r"send (?:a )?message instead|chat instead|write instead|from abroad|from malaysia)\b"
)
# One's own people's phones are no line's: "my boss ask my passport when i call him"
_PEOPLE = re.compile(
    r"\b(?:boss|employer|agent|broker|husband|wife|mother|father|son|daughter|friend|"
    r"brother|sister|family|girlfriend|boyfriend|landlord|lender)\b"
)
# Burmese: phone call (to ring); hotline. Khmer: call (phone); hotline; number
_LINE_SCRIPT = ("ဖုန်းဆက်", "ဟော့လိုင်း", "ខល", "ទូរស័ព្ទទៅ", "ខ្សែទូរស័ព្ទ", "លេខ")
# Burmese: money spent (cost); free; credit (phone bill); speak Burmese; passport; what to
# say; name; address. Khmer: money credit (top-up); free; speak Khmer; passport; what to say;
# name; address; police come
_ASK_SCRIPT = (
    "ပိုက်ဆံကုန်",
    "အခမဲ့",
    "ဖုန်းဘေလ်",
    "ငွေဖြည့်",
    "မြန်မာလို",
    "ပတ်စပို့",
    "ဘာပြောရမလဲ",
    "ဘာပြောရ",
    "နာမည်",
    "လိပ်စာ",
    "លុយបញ្ចូល",
    "កាតទូរស័ព្ទ",
    "ឥតគិតថ្លៃ",
    "អស់លុយ",
    "និយាយខ្មែរ",
    "ភាសាខ្មែរ",
    "លិខិតឆ្លងដែន",
    "និយាយអ្វី",
    "និយាយអី",
    "ឈ្មោះ",
    "អាសយដ្ឋាន",
    "ប៉ូលិសមក",
    "ម៉ាឡេស៊ី",
    "ពីក្រៅប្រទេស",
)
# Romanised Burmese and Khmer: "bamar lo pyaw lar" (speak Burmese?), "paik san kone" (money
# spent), "luy" ... "call" (money, call)
_ROMAN = re.compile(
    r"\b(?:bamar lo|myanmar lo|paik san kone|paisan kone|luy|loy|khmer ban|niyeay khmer)\b"
)
# Enough alone: "they asked my address, should i tell", "no phone credit"; Khmer: top-up
# money for the (phone) card; Burmese: no phone credit
# (not "they want my passport photo before telling job detail", a job offer's, nor "they
# asked my name at the shop": a detail asked counts only with "should i tell" and the like;
# the lead's read of round 39B)
_ALONE = re.compile(
    r"\b(?:they (?:ask|asked|want|wanted) (?:for )?my (?:address|name|real name)\b.{0,40}"
    r"\b(?:should|must|can|do) i (?:tell|give|say)|"
    r"(?:no|not have|dont have|have no) (?:phone )?credit(?! card)|phone credit)\b"
)
# Which lines there are ("mean hotline niyay khmer te": is there a hotline that speaks Khmer?;
# "myanmar lo pyaw lo ya tae hotline shi lar"): Where to complain lists them, with their
# languages (the lead's read of round 39B)
_WHICH = re.compile(
    r"\b(?:is there|are there|any|have|has|which|what(?: is| are)?|give me) (?:a |an |the )?"
    r"(?:\w+ ){0,2}(?:hotline|hotlines|line|lines|number|numbers)\b|\bmean hotline|"
    r"\bhotline (?:shi|mean)\b"
)
_ALONE_SCRIPT = ("លុយបញ្ចូលកាត", "ဖုန်းဘေလ်မရှိ", "ငွေဖြည့်စရာမရှိ")
# About the answer just shown, which its own reader takes (asks_about_answer.py)
_SHOWN = re.compile(r"\b(?:this|that|these|those) (?:number|numbers|line|lines|one)\b")
# A short code as written: "1694", "1300", "117" (not "pay 3000", "1500 baht")
_CODE = re.compile(r"(?<![\d.,])\b1\d{2,3}\b(?![\d.,])")
_MONEY = re.compile(
    r"\b(?:baht|bath|thb|usd|dollar|dollars|ringgit|rm|kyat|kyats|riel|won|yen|sgd|"
    r"pay|paid|salary|wage|wages|fee|fees|money|cost of)\b"
)
# Someone hurt or at a hospital gets treatment first, never this reply
_HURT = re.compile(
    r"\b(?:hurt|injured|injury|bleeding|blood|hospital|clinic|doctor|sick|pain|accident)\b"
)
_PEOPLE_SCRIPT = ("သူဌေး", "ယောက်ျား", "ថៅកែ", "ប្តី", "ប្ដី")
_NO_LATIN = re.compile(r"(?!x)x")


def _low(words: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", words.lower().replace("'", "")).split())


def says(words: str) -> bool:
    """Whether `words` ask about calling a line: its cost, its languages, what it asks or
    does, what to say, or whether the bot calls for them (not a boss's or family's phone)."""
    if holds(words, _PEOPLE, _PEOPLE_SCRIPT):
        return False
    low = _low(words)
    if _HURT.search(low):
        return False  # "i am hurt, no papers, hospital call police?": the injury answer's
    if _SHOWN.search(low):
        return False  # "can i call this number if no papers?": asks_about_answer.py's
    if _ALONE.search(low) or holds(words, _NO_LATIN, _ALONE_SCRIPT):
        return True
    if _WHICH.search(low) and not _CODE.search(low):
        return False
    code = bool(_CODE.search(low)) and not _MONEY.search(low)
    line = code or bool(_LINE.search(low)) or holds(words, _NO_LATIN, _LINE_SCRIPT)
    if not line:
        return False
    return bool(_ASK.search(low) or _ROMAN.search(low)) or holds(words, _NO_LATIN, _ASK_SCRIPT)


def instead(event: Text) -> bool:
    """Whether the reply answers `event` before the NLU's reading: not when the NLU surely
    read an emergency."""
    return says(event.text) and not triage.sure_emergency(event.nlu)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What the directory says of the named line's languages, what is not known (cost, what
    it asks, who it tells), what to have ready, that the bot cannot call, a person."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    lang = tr.language
    names = {"en": _("English"), "my": _("Burmese"), "km": _("Khmer")}
    lines: list[str] = []
    for entry in when_closed.named_lines(event.text, ctx):
        name = pick(entry.name, lang)
        if entry.phones and all(len(when_closed.digits(phone)) <= 5 for phone in entry.phones):
            lines.append(
                _("{name}: a short number; it may work only inside that country.").format(name=name)
            )
        if entry.languages:
            spoken = ", ".join(names.get(code, code) for code in entry.languages)
            year = str(entry.source_date) if entry.source_date else "?"
            lines.append(
                _(
                    "{name}: our information ({year}) says it has {languages} speakers. "
                    "This may have changed."
                ).format(name=name, year=year, languages=spoken)
            )
        else:
            lines.append(_("{name}: I do not know which languages it speaks.").format(name=name))
    lines.append(
        _(
            "I do not know whether a call is free, what they will ask you, or whether they "
            "tell anyone (police, your employer). I cannot promise you are safe when you call."
        )
    )
    lines.append(
        _(
            "Before you call, have ready: where you are, what happened, in a few words. "
            "You can ask why they need your name, address or papers before you give them."
        )
    )
    lines.append(
        _(
            "I cannot call for you. If you have no credit, cannot understand them, or are "
            "afraid to call, write to a caseworker instead: tap “{person}”."
        )
    )
    return also_wrote.person_first("\n\n".join(lines), (), event, state, ctx)
