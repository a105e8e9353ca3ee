"""Someone who writes when offices are closed (exploratory round 33A): "1694 answer at
night?", "I called 1300 no one answer", "who answer now?", "the embassy open on saturday?",
"labour office open during songkran?". They got "Sorry, I did not understand" three times
over: never a line that answers now, nor an office's hours where the directory has them.

Now, before the NLU's reading: a number they name, with its hours as the directory gives
them (and their year), or that its hours are not known; the lines to call now where they
are (the emergency answer's own, `Catalog.emergency_contacts`, each with its hours when
known); that no office's holiday hours are known to the bot, so it cannot say one is open;
that a caseworker answers when a person at a partner organisation reads it (partners' hours
are not known: round 21A), a number above for danger now. The bot never says an office is
open or closed now: the hours it has are from 2016-2021 and may have changed, so the clock
(`Context.now`) is not read. Danger words are read first and still win (a message the NLU
surely read as an emergency gets the emergency answer, whose numbers are the same).

Only with a question of hours (open, closed, answer, pick up beside a time: night, now,
Sunday, a holiday, Songkran, Thingyan, Khmer New Year) about an office, a line or "who", or
a call nobody answered; never a boss, an agent or family who does not answer. Latin phrases
as whole words, Burmese and Khmer ones inside the text. Drafts for a native speaker at a
partner to review.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.content.localised import pick
from bot.content.models import DirectoryEntry
from bot.dialogue import also_wrote, doubt, triage
from bot.dialogue.contacts_shown import contacts_block, for_person
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "when_closed"  # counted as a conversation under this name (tally.py), never the words

_EMBASSY = "embassy_contact"

_TIME = (
    r"(?:night|at night|tonight|midnight|late night|now|right now|today|tomorrow|sunday|"
    r"saturday|weekend|weekends|holiday|holidays|public holiday|songkran|thingyan|"
    r"water festival|khmer new year|new year|chaul chnam|chol chnam|hari raya|chuseok|"
    r"seollal|24 ?hours?|24h|\d{1,2} ?(?:am|pm)|what time|office hours?|opening hours?)"
)
_PLACE = (
    r"(?:embassy|consulate|office|hotline|line|department|doe|labour|labor|immigration|"
    r"osc|centre|center|organi[sz]ation|ngo|fed|far|cwcc|mwrn|hrdf|issara|caseworker|"
    r"police|\d{3,})"
)
_OPEN = r"(?:open|opens|opened|opening|close|closes|closed|closing)"
_ANSWER = r"(?:answer|answers|answering|pick up|picks up|pickup|reply|replies|awake|there)"
# "labour office open during songkran?", "embassy open on saturday", "when 1694 close"
_OPENS = re.compile(
    r"\b(?:"
    + _PLACE
    + r"\b[\w\s]{0,25}?\b"
    + _OPEN
    + r"|"
    + _OPEN
    + r"\b[\w\s]{0,10}?\b"
    + _PLACE
    + r")\b"
)
# A question of hours, not "office close my case"
_QUESTION = re.compile(r"\b(?:when|what time|is|are|still|can|will|do|does)\b")
# "1694 answer at night?", "who answer now?", "anyone there on sunday"
_ANSWERS = re.compile(
    r"\b(?:who|anyone|anybody|someone|somebody|"
    + _PLACE
    + r")\b[\w\s]{0,20}?\b"
    + _ANSWER
    + r"\b[\w\s]{0,15}?\b"
    + _TIME
    + r"\b"
)
# "I called 1300 no one answer", "hotline nobody pick up"
_NO_ANSWER = re.compile(
    r"\b(?:no ?one|nobody|no body|not|dont|don t|didnt|didn t|never|cannot|cant)"
    r" (?:answer|answered|answering|pick up|picked up|pickup)\b"
)
# A road, an account or a case opened or closed is no office's hours: "why police close the
# road today", "open a bank account" (the lead's read of round 33A)
_SHUT_THING = re.compile(r"\b(?:road|roads|street|streets|account|accounts|case|cases)\b")
# One's own phone or its signal: "my phone not pick up signal"
_DEVICE = re.compile(r"\b(?:signal|network|internet|wifi|wi fi|data|battery|sim|charge)\b")
_TIME_RE = re.compile(r"\b" + _TIME + r"\b")
_CALL = re.compile(r"\b(?:call|called|calling|phone|ring|rang|hotline|line|\d{3,})\b")
# Someone's own people who do not answer are no office's hours: "boss not answer my phone".
_PEOPLE = re.compile(
    r"\b(?:boss|employer|agent|agency|company|recruiter|landlord|broker|husband|wife|mother|mom|father|dad|son|daughter|"
    r"friend|brother|sister|family|kanri|dantai|supervisor|lender)\b"
)
# Burmese: open; does not pick up (the phone); nobody picks up; Khmer: open; does not pick up;
# nobody picks up
_OPEN_SCRIPT = ("ဖွင့်", "បើក")
_NO_ANSWER_SCRIPT = ("ဖုန်းမကိုင်", "မကိုင်ဘူး", "ဘယ်သူမှမကိုင်", "អត់លើក", "មិនលើក", "គ្មានអ្នកលើក")
# Burmese: night; Saturday; Sunday; holiday; day off (public); Thingyan; now; office;
# embassy. Khmer: night; Saturday; Sunday; holiday; New Year; now
_WHEN_SCRIPT = (
    "ညဘက်",
    "ညမှာ",
    "စနေ",
    "တနင်္ဂနွေ",
    "ပိတ်ရက်",
    "အားလပ်ရက်",
    "သင်္ကြန်",
    "အခု",
    "យប់",
    "ថ្ងៃសៅរ៍",
    "ថ្ងៃអាទិត្យ",
    "ថ្ងៃឈប់សម្រាក",
    "ចូលឆ្នាំ",
    "ឥឡូវ",
)
# Burmese: nobody; hotline; office; embassy; Khmer: nobody; hotline; office; embassy
_LINE_SCRIPT = (
    "ဘယ်သူမှ",
    "ဟော့လိုင်း",
    "ရုံး",
    "គ្មានអ្នក",
    "អត់មានអ្នក",
    "ខ្សែទូរស័ព្ទ",
    "ការិយាល័យ",
    "ស្ថានទូត",
)
# Burmese: boss; husband; Khmer: boss; husband
_PEOPLE_SCRIPT = ("သူဌေး", "ယောက်ျား", "ថៅកែ", "ប្តី", "ប្ដី")
_NO_LATIN = re.compile(r"(?!x)x")


def says(words: str) -> bool:
    """Whether `words` ask when an office or a line answers, or tell of a call nobody
    answered (not a boss or family who does not answer)."""
    low = " ".join(re.sub(r"[^\w\s]", " ", words.lower().replace("'", " ")).split())
    if holds(words, _PEOPLE, _PEOPLE_SCRIPT):
        return False
    if (
        _OPENS.search(low)
        and not _SHUT_THING.search(low)
        and ("?" in words or _QUESTION.search(low) or _TIME_RE.search(low))
    ):
        return True
    if _ANSWERS.search(low):
        return True
    if _NO_ANSWER.search(low) and _CALL.search(low) and not _DEVICE.search(low):
        return True  # not "my phone not pick up signal" (the lead's read of round 33A)
    if holds(words, _NO_LATIN, _NO_ANSWER_SCRIPT) and (
        re.search(r"\d{3,}", words) or holds(words, _NO_LATIN, _LINE_SCRIPT)
    ):
        return True  # not "my sister does not pick up the phone" (someone_else.py)
    # an office or a line named with "open": not "can I open a bank account now?" (Burmese
    # ဖွင့်, Khmer បើក, which also pays a salary: the lead's read of round 33A)
    named = holds(words, _NO_LATIN, _LINE_SCRIPT) or re.search(r"\d{3,}", words) is not None
    return named and holds(words, _NO_LATIN, _OPEN_SCRIPT) and holds(words, _NO_LATIN, _WHEN_SCRIPT)


def instead(event: Text) -> bool:
    """Whether the reply answers `event` before the NLU's reading: not when the NLU surely
    read an emergency (its answer shows the same numbers, first)."""
    return says(event.text) and not triage.sure_emergency(event.nlu)


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def named_lines(words: str, ctx: Context) -> list[DirectoryEntry]:
    """The directory's lines whose number `words` name ("1694", "1300"), as typed."""
    typed = {digits(number) for number in re.findall(r"\d[\d\s-]{2,}\d", words)}
    typed.discard("")
    return [
        entry
        for entry in ctx.catalog.entries.values()
        if any(digits(phone) in typed for phone in entry.phones)
    ]


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """The named line's hours (or that they are not known), the lines to call now, what is
    not known of offices' and caseworkers' hours, a person; Embassy a tap away when named."""
    if doubt.number_broken(event.text, state, ctx):
        # "the hotline nobody answer" right after an answer: about the numbers just shown
        return doubt.reply(event.text, state, ctx)
    tr = ctx.translator(state.language)
    _ = tr.gettext
    lang = tr.language
    country = state.country if state.country != "other" else None
    origin = state.origin if state.origin != "other" else None
    named = named_lines(event.text, ctx)
    lines: list[str] = []
    for entry in named:
        name = pick(entry.name, lang)
        if entry.hours:
            lines.append(
                _(
                    "{name}: {hours}. These hours are from our information and may have changed."
                ).format(name=name, hours=pick(entry.hours, lang))
            )
        else:
            lines.append(_("{name}: I do not know its hours.").format(name=name))
    lines.append(
        _(
            "I cannot tell you whether an office is open now. Where I know an office's hours, "
            "I show them; I do not know their hours on holidays."
        )
    )
    now = [
        entry
        for entry in for_person(ctx.catalog.emergency_contacts(country), origin, country, lang)
        if entry not in named
    ]
    lines.append(
        _(
            "A caseworker answers when a person at a partner organisation reads your message; "
            "I do not know when that will be. If you are in danger now, call a number above "
            "or the police."
        )
        if now
        else _(
            "A caseworker answers when a person at a partner organisation reads your message; "
            "I do not know when that will be. If you are in danger now, call the police or an "
            "emergency number where you are."
        )
    )
    lines.append(_("To write to a caseworker, tap “{person}”."))
    text = "\n\n".join(lines)
    low = event.text.lower()
    topics = (_EMBASSY,) if ("embassy" in low or "သံရုံး" in low or "ស្ថានទូត" in low) else ()
    outcome = also_wrote.person_first(text, topics, event, state, ctx)
    if not now:
        return outcome
    # The lines to call now, after the named line's hours, before the rest.
    block = _("To call now:") + "\n\n" + contacts_block(ctx.catalog, now, tr, origin)
    first, *rest = outcome.replies
    head = "\n\n".join(lines[: len(named)])
    body = first.text[len(head) :].lstrip("\n") if head else first.text
    joined = "\n\n".join(part for part in (head, block, body) if part)
    return replace(outcome, replies=(replace(first, text=joined), *rest))
