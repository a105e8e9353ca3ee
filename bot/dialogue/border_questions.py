"""Whether the Thai-Cambodian border is open, whether it is safe to go (back) to Thailand now,
whether someone who left can go back to the same job (exploratory round 46A). Since the 2025
border conflict "is the border open now?", "can i go home by bus? border close?", "is it safe
to go work in thailand now?", "prum den bek hoy nov?" (is the border open yet?) and "can i go
back to my job after the fighting?" got Going home or Going abroad legally, silent on the
question, or "did not understand" (round 45C's T04, T07, T17, T21, T26).

Our sources hold nothing on whether the border is open, whether it is safe, or whether a job
is kept: only two dated lines (Aug and Nov 2025) in Visa and work permit. So the reply says
so plainly, that rules change, and offers a person first; Visa and work permit one tap away
for someone from Cambodia in Thailand, Going abroad legally for someone at home who plans to
go, Going home for a trip home. It adds no fact. Read before the NLU (said_alone.py), after
danger words: "thai people shout at us, afraid to go out" keeps its emergency numbers.

Not a border pass renewal ("my border pass expire, how renew?": border_pass.py's line over
Visa and work permit): no "open", "closed", "safe" or "same job" in it.

Latin phrases as whole words, Khmer ones inside the text (spaces ignored). Romanised Khmer:
ព្រំដែន (prum den, border), បើក (bek, open), បិទ (bet, closed). Drafts for a Khmer speaker at
a partner organisation to review.
"""

from __future__ import annotations

import re

from bot.content.localised import topic_title
from bot.dialogue import also_wrote, called_up
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds, holds_script
from bot.dialogue.outcome import Outcome, with_note
from bot.nlu.result import DEFAULT_THRESHOLD
from bot.values import UserState

NAME = "border_questions"  # counted as a conversation (tally.py), never the words
PAPERS = "visa_work_permit"
ABROAD = "legal_channels"
HOME = "return_home"
EMERGENCY = "emergency_help"

# Is the border open or closed (now, again, yet)? Not "border pass", "open a bank account".
_OPEN_LATIN = re.compile(
    r"\b(?:(?:the )?border (?:is |still |now |already )?(?:open\w*|close\w*|shut)|"
    r"(?:open|close|closed|shut)\w* (?:the )?border(?! gate| pass| card)|"
    r"(?:checkpoint|check point|crossing|poipet|aranyaprathet|khlong luek|cham yeam|"
    r"hat lek) (?:is |still |now )?(?:open\w*|close\w*|shut)|"
    r"(?:can|may) (?:i|we|he|she|they) (?:still )?cross (?:\w+ ){0,3}now|"
    r"prum den (?:bek|baek|bet|bit)|prumden (?:bek|baek|bet|bit)|"
    r"bek prum den|bet prum den)\b"
)
_OPEN_SCRIPT = ("ព្រំដែនបើក", "ព្រំដែនបិទ", "បើកព្រំដែន", "បិទព្រំដែន", "ច្រកព្រំដែនបើក")
# Is it safe (for Cambodians) to go, work or stay in Thailand now?
_SAFE_LATIN = re.compile(
    r"\b(?:safe (?:to |for (?:a |me |us |cambodians?|khmer) ?(?:to )?)(?:\w+ ){0,3}"
    r"(?:thailand|thai|border|now)|safe for (?:cambodians?|khmer)\b)"
)
_SAFE_SCRIPT = ("មានសុវត្ថិភាពទេ", "សុវត្ថិភាពទេ", "សុវត្ថិភាពឬទេ")
_SAFE_PLACE = re.compile(r"\b(?:thailand|thai|border|bangkok|now|since|after)\b")
_SAFE_PLACE_SCRIPT = ("ថៃ", "ឥឡូវ", "ព្រំដែន")
# Back to the same job after leaving (the war, sent home).
_JOB_LATIN = re.compile(
    r"\b(?:(?:go|come|get|return) back (?:to )?(?:my |his |her |our |the )?(?:same |old |former )?"
    r"(?:job|work|factory|boss|employer)|(?:same|old|former) (?:job|employer|factory|boss))\b"
)
_LEFT = re.compile(
    r"\b(?:went home|go home|going home|gone home|sent home|must go home|came home|"
    r"come back later|border|fighting|war|conflict|clash\w*)\b"
)
_JOB_SCRIPT = ("ការងារចាស់", "ត្រឡប់ទៅធ្វើការវិញ", "ការងារដដែល")
_GO_LATIN = re.compile(r"\b(?:go|going|come|work|back) (?:to |in )?(?:thailand|thai)\b")
_GO_SCRIPT = ("ទៅថៃ", "ទៅធ្វើការនៅថៃ")
_HOME_LATIN = re.compile(r"\b(?:go home|going home|go back home|return home|by bus|bus home)\b")
_HOME_SCRIPT = ("ទៅផ្ទះ", "ឡានក្រុង")


def border_open(words: str) -> bool:
    return holds(words, _OPEN_LATIN, _OPEN_SCRIPT)


# Not safe where one is ("ខ្ញុំមិនមានសុវត្ថិភាពទេឥឡូវ", I am not safe now: the NLU's own
# emergency example got this line in place of the numbers; the lead's read of 46A): the
# question is about going, and no one says they are unsafe
_UNSAFE_SCRIPT = ("មិនមានសុវត្ថិភាព", "អត់មានសុវត្ថិភាព", "អត់សុវត្ថិភាព", "គ្មានសុវត្ថិភាព")
_GOING_SCRIPT = ("ទៅ", "ធ្វើដំណើរ")
# The war or the border beside a job asked back in Khmer ("បើត្រូវ deport
# អាចត្រឡប់ទៅធ្វើការវិញបានទេ", can I go back to work if deported, is no border question)
_WAR_SCRIPT = ("ព្រំដែន", "សង្គ្រាម", "ប្រយុទ្ធ", "ផ្ទុះអាវុធ", "បាញ់គ្នា")


def safe_now(words: str) -> bool:
    if holds_script(words, _UNSAFE_SCRIPT):
        return False
    return holds(words, _SAFE_LATIN, ()) or (
        holds_script(words, _SAFE_SCRIPT)
        and holds_script(words, _GOING_SCRIPT)
        and holds(words, _SAFE_PLACE, _SAFE_PLACE_SCRIPT)
    )


def same_job(words: str) -> bool:
    latin = holds(words, _JOB_LATIN, ()) and (holds(words, _LEFT, ()) or called_up.at_war(words))
    at_war = holds_script(words, _WAR_SCRIPT) or called_up.at_war(words)
    return latin or (holds_script(words, _JOB_SCRIPT) and at_war)


def asks(words: str) -> bool:
    """Whether `words` ask if the border is open, if it is safe to go now, or if a job is
    kept after leaving."""
    return border_open(words) or safe_now(words) or same_job(words)


def instead(event: Text) -> bool:
    """Whether the line answers `event`: never in place of an emergency the NLU read surely
    (its numbers first; the lead's read of round 46A)."""
    nlu = event.nlu
    if nlu is not None and nlu.topic == EMERGENCY and nlu.confidence >= DEFAULT_THRESHOLD:
        return False
    return asks(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not hold; rules change; a person first; Visa and work permit for
    someone from Cambodia in Thailand, Going abroad legally or Going home as the words ask;
    the other problems the NLU read; the menu."""
    gettext = ctx.translator(state.language).gettext
    words = event.text
    text = gettext(
        "Is the border open, is it safe to go now, can you go back to the same job? Our "
        "sources have nothing checked on this. Rules change often. Ask a person before you "
        "travel or pay anyone: tap “{person}”."
    )
    topics: list[str] = []
    if state.country == "TH" and state.origin == "KH":
        text += "\n\n" + gettext(
            "The little we know (2025) about permits for Cambodians in Thailand is in “{visa}”."
        ).format(
            visa=topic_title(ctx.catalog, PAPERS, ctx.translator(state.language).language),
            person="{person}",
        )
        topics.append(PAPERS)
    elif state.country != "TH" and holds(words, _GO_LATIN, _GO_SCRIPT):
        topics.append(ABROAD)
    if holds(words, _HOME_LATIN, _HOME_SCRIPT) and HOME not in topics:
        topics.append(HOME)
    return also_wrote.person_first(text, topics, event, state, ctx)


# Round 45C's T22: "police check cambodian workers everywhere, i have no paper, afraid" got
# the arrest answer, whose step 2 is to ask for the embassy. No one is arrested yet, and the
# reference (section on both countries) says undocumented workers are often turned away by
# embassies: the arrest answer's own last line says so, and a support organisation first.
# So, above it, that line first, a person first; the steps stay for an arrest.
ARREST = "arrest_detention"
_CHECKS = re.compile(
    r"\b(?:check|checks|checking|checkpoint|raid|raids|inspect\w*|crackdown|looking for|"
    r"search\w*)\b"
)
_NO_PAPERS = re.compile(
    r"\b(?:no (?:papers?|documents?|passport|visa|permit|work permit|pink card)|"
    r"without (?:papers?|documents?)|undocumented|illegal|paperless)\b"
)
_CHECKS_SCRIPT = ("ឆែក", "ត្រួតពិនិត្យ", "ចុះឆែក")
_NO_PAPERS_SCRIPT = ("គ្មានឯកសារ", "អត់មានឯកសារ", "អត់ឯកសារ", "គ្មានលិខិតឆ្លងដែន")
_ARRESTED = re.compile(
    r"\b(?:arrested|detained|in jail|in prison|in detention|caught (?:me|him|her|us|my)|"
    r"(?:took|take) (?:me|him|her|us|my)|inside (?:the )?(?:jail|cell))\b"
)


def checks_feared(words: str) -> bool:
    """Whether `words` fear checks with no papers, and tell of no arrest."""
    if holds(words, _ARRESTED, ()):
        return False
    return holds(words, _CHECKS, _CHECKS_SCRIPT) and holds(words, _NO_PAPERS, _NO_PAPERS_SCRIPT)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the arrest answer), first the line for someone with no papers who fears
    checks: a person first, the embassy step is for an arrest. Never above other answers."""
    if topic != ARREST or not checks_feared(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    note = _(
        "Afraid of checks and you have no papers? The steps below are for an arrest. Our "
        "sources say embassies have often turned away workers without papers (2017), so talk "
        "to a support organisation first: tap “{person}”. I send nothing you write here to "
        "the police or an embassy."
    ).format(person=_("Talk to a person"))
    return with_note(note, outcome)
