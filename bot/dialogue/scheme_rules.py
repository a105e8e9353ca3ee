"""A regular scheme's own rules, which our sources do not hold (exploratory round 19C): "my
contract finish next month, can i come back korea again? re-entry" got Going home in Korea,
silent on coming back; "E9 contract end, how get severance pay and departure insurance" with
no place, Cambodia's Work contract; "i am ginou jisshu, kanri dantai not answer my phone"
"I cannot help with that"; "sleep in container house, very cold" the visa answer; "army will
take me for military service, can i stay in japan?" and "i ran from the farm, now what" were
not understood; "what is recalibration" got Malaysia's visa answer, silent on it.

The reference sheet has nothing on Korea's re-entry or rehiring, severance pay or departure
guarantee insurance, the employer's release to change workplace, workers' housing; on
Japan's supervising organisations; on Malaysia's recalibration; on staying abroad for fear
of going home; or on what follows leaving a workplace without papers. So the reply names
what is not known and offers a person: as a line before the answer the NLU read surely
(never above the emergency numbers), or alone, with the answers nearest to it, when the NLU
read no problem. Latin words as whole phrases, Burmese, Khmer and Korean inside the text
(spaces ignored, Zawgyi too). Drafts for a native speaker at a partner organisation to
review and extend.

Round 20C added two more, from workers whose papers run out: fines, jail or bans for
overstaying and what happens at the border on leaving (the reference holds nothing on any of
them), and whether a permit moves with the worker to a new employer or the agency must agree
(the reference gives Thailand's 60 days to find a new job, 24 Sep 2024, nothing more).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.dialogue import also_wrote, papers_words
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.places import asked_for
from bot.once import per_message
from bot.values import UserState

NAME = "scheme_rules"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"


def _(message: str) -> str:  # marks a label for the catalogs; translated where shown
    return message


@dataclass(frozen=True)
class Kind:
    label: str  # what is not known, as the reply names it (a msgid)
    latin: re.Pattern[str]
    script: tuple[str, ...]
    topics: tuple[str, ...]  # the answers nearest to it, as buttons when it is said alone
    # Answers that already say what is known of it, as "topic" (every place) or
    # "topic:CC" (the answer for country CC): no line before them.
    said_in: tuple[str, ...] = ()


# Round 30B: "i have no NRC card, no citizen card. can i get passport?" got Passport
# taken; "i only have white card, no NRC", "no NRC can i get CI?", မှတ်ပုံတင် မရှိဘူး (I
# have no NRC), "i khmer krom from vietnam, no cambodia id" got Lost ID after return
# (about a card lost) alone; "i am rohingya, no any ID. embassy will help me?" the
# embassy. The reference has nothing on papers, passports, work abroad or the embassy's
# help for people who never had a national ID card or citizenship.
NO_PAPERS = Kind(
    _(
        "a passport, a pink card or work permit, work abroad or the embassy's help for "
        "someone who never had a national ID card (NRC) or citizenship"
    ),
    re.compile(
        r"\b(?:no (?:any )?(?:nrc|citizen card|citizenship card|citizen id|national id|"
        r"cambodian? id|khmer id|myanmar id)|white card|rohingya|khmer krom|kampuchea krom|"
        r"household list only|only household list|(?:never|not) (?:have|had|make|made|got|"
        r"get) (?:a |an |any )?(?:nrc|id card|national id|citizen card)|"
        r"(?:mhat|hmat|mat|mhut) (?:pone|pon) tin ma shi|ot mean (?:ka )?id(?: card)?)\b"
    ),
    (
        "မှတ်ပုံတင်မရှိ",
        "မှတ်ပုံတင်ကတ်မရှိ",
        "နိုင်ငံသားကတ်မရှိ",
        "ကတ်ဖြူ",
        "ရိုဟင်ဂျာ",
        "အိမ်ထောင်စုစာရင်းပဲ",
        "អត់មានអត្តសញ្ញាណប័ណ្ណ",
        "គ្មានអត្តសញ្ញាណប័ណ្ណ",
        "មិនមានអត្តសញ្ញាណប័ណ្ណ",
        "ខ្មែរក្រោម",
    ),
    ("reintegration_id", "embassy_contact", "lost_documents"),
)


KINDS: tuple[Kind, ...] = (
    Kind(
        _("coming back to work again (re-entry, rehiring)"),
        re.compile(
            r"\b(?:re-?entry|re-?enter|come back (?:to )?(?:korea|japan) again|"
            r"come back again|rehire|rehiring|re-?hired|sincere worker|faithful worker)\b"
        ),
        ("재입국", "성실근로자", "ត្រឡប់មកកូរ៉េវិញ", "ត្រឡប់ទៅកូរ៉េវិញ", "ကိုရီးယားပြန်လာ"),
        ("return_home",),
    ),
    Kind(
        _("severance pay or departure insurance"),
        re.compile(
            r"\b(?:severance|departure (?:guarantee )?insurance|exit insurance|"
            r"retirement pay|toejikgeum|chulguk manki)\b"
        ),
        ("출국만기보험", "퇴직금", "ធានារ៉ាប់រងចាកចេញ", "ប្រាក់បំណាច់", "လုပ်သက်ဆု", "ထွက်ခွာခြင်းအာမခံ"),
        ("social_security", "return_home"),
    ),
    Kind(
        _("the employer's release to change workplace"),
        re.compile(
            # not a person let go ("or he not release him": money asked to free someone,
            # ransom.py; round 21B)
            r"\b(?:release (?:paper|letter|form|document)s?|(?:not|wont|dont) "
            r"(?:\S+ ){0,2}release(?! (?:him|her|them|us|me|my \w+)\b)|"
            r"sign(?:ed)? (?:the |my )?release)\b"
        ),
        ("사업장변경",),
        ("change_employer",),
    ),
    Kind(
        _("supervising organisations in Japan"),
        re.compile(r"\b(?:kanri[ -]?dantai|supervising (?:organi[sz]ation|org)s?|kumiai)\b"),
        ("監理団体", "管理団体", "ကြီးကြပ်ရေးအဖွဲ့"),
        ("change_employer", "unpaid_wages"),
    ),
    Kind(
        _("Malaysia's recalibration programme"),
        re.compile(r"\b(?:re-?calibration|rekalibrasi)\b"),
        (),
        ("visa_work_permit",),
    ),
    Kind(
        _("workers' housing, such as a container or a greenhouse"),
        re.compile(
            r"\b(?:(?:container|greenhouse|green house|vinyl|plastic) (?:house|room|home)|"
            r"vinyl house|(?:sleep|live|living|stay|staying) (?:\S+ ){0,2}"
            r"(?:container|greenhouse|green house))\b"
        ),
        ("비닐하우스", "컨테이너", "ផ្ទះកញ្ចក់", "កុងតឺន័រ", "ကွန်တိန်နာ"),
        ("complaint_channels",),
    ),
    Kind(
        _("staying abroad because you fear going home"),
        re.compile(
            r"\b(?:military service|conscription|army (?:will |want )?(?:take|catch|call)|"
            # romanised Burmese စစ်တပ် (army), စစ်မှုထမ်း (military service) (round 22A:
            # "sit tat ko pyan po ma lar", will they send me back to the army?, got Going home)
            r"sit tat|sit tut|sit hmu|sit mhu|"
            r"(?:afraid|scared|fear|dont want|do not want) (?:to )?(?:go|going|return) "
            r"(?:back )?(?:to )?(?:home|myanmar|burma))\b"
        ),
        ("စစ်မှုထမ်း", "အာဏာသိမ်း", "ပြန်ရမှာကြောက်"),
        ("visa_work_permit",),
    ),
    # Round 22A: "stateless no any ID who help me" got Lost ID after return (Myanmar's CSC)
    # alone: our sources have nothing on having no nationality or never being registered.
    Kind(
        _("having no nationality, or never being registered anywhere"),
        re.compile(
            r"\b(?:stateless|no nationality|no citizenship|not a citizen of any|"
            r"never (?:been )?registered|no (?:any )?(?:id|papers?|documents?) (?:at all|ever)|"
            r"born without (?:papers?|id|registration))\b"
        ),
        ("နိုင်ငံမဲ့", "ဘယ်နိုင်ငံသားမှမဟုတ်", "គ្មានសញ្ជាតិ", "អត់សញ្ជាតិ", "ជនគ្មានសញ្ជាតិ"),
        ("lost_documents",),
    ),
    NO_PAPERS,
    # Round 38B: "I failed the Korean test, can I try again" got Pre-departure training,
    # "Japanese N4 needed for caregiver?" Documents you need, "school say study Korean 6
    # months then job guaranteed" Jobs after return, "skill test for welder" the same, all
    # silent on it. The reference has nothing on EPS-TOPIK, Japanese or skill tests (dates,
    # fees, levels, retakes) nor on courses that promise a job.
    Kind(
        _(
            "language or skill tests and courses for work abroad (dates, fees, the level "
            "needed, a retake, a job promised after a course)"
        ),
        re.compile(
            # not an advert's "no language test" (21C: Fake jobs first)
            r"\b(?<!no )(?<!without )(?:eps[- ]?topik|topik|klpt|jlpt|jft(?:[- ]basic)?|"
            r"nat[- ]test|"
            # not "thai language class on sunday?" (the lead's read of round 38B)
            r"(?:korean|japanese|japan|korea|nihongo|hanguk) (?:language )?"
            r"(?:test|exam|class|course|school)s?|language (?:test|exam)s?|"
            r"(?:study|studying|learn|learning) (?:korean|japanese|nihongo)|"
            r"skills? test|trade test|ginou test|training (?:centre|center|school)s?|"
            r"(?:japan|japanese|nihongo|ဂျပန်|ជប៉ុន)\W+(?:\w+\W+){0,3}n[1-5]|"
            r"n[1-5] (?:level|test|exam|certificate|pass)|"
            # a job promised alone is an agency's (not "promised job in korea but agency
            # stopped answering"; the lead's read of round 38B): only with a course named
            r"sar thin tan|sa thin tan)\b"
        ),
        (
            "ကိုရီးယားစာမေးပွဲ",
            "ဂျပန်စာမေးပွဲ",
            "ကိုရီးယားစာသင်တန်း",
            "ဂျပန်စာသင်တန်း",
            "ကျွမ်းကျင်မှုစာမေးပွဲ",
            "ကျွမ်းကျင်မှုစစ်ဆေး",
            "ប្រឡងភាសា",
            "ប្រឡងកូរ៉េ",
            "ប្រឡងជប៉ុន",
            "ប្រឡងជំនាញ",
            "វគ្គភាសា",
            "សាលាភាសា",
            "រៀនភាសាកូរ៉េ",
            "រៀនភាសាជប៉ុន",
        ),
        ("predeparture_training", "legal_channels", "recruitment_fees"),
        # Cambodia's Going abroad legally: "How to apply for Korea, Japan or Singapore
        # (their tests, programmes and costs): not found by us".
        ("legal_channels:KH",),
    ),
    Kind(
        _("what happens after you leave a workplace without papers"),
        re.compile(
            r"\b(?:ran|run|escaped) (?:away )?from (?:the |my )?"
            r"(?:farm|factory|company|workplace|employer|boss)\b"
        ),
        (),
        ("visa_work_permit", "arrest_detention"),
    ),
    # Round 20C: "i overstay 3 year in thailand ... if i go home they catch me at border?",
    # "overstay 2 years malaysia, how much fine? jail?", "i stay korea illegal 5 year ...
    # will they ban me to come back?" got Going home or the arrest answer, silent on it.
    # Overstaying named, or papers run out (or none) with a fine, jail, a ban, being caught
    # or going home in the same message.
    Kind(
        _("fines, jail or bans for overstaying, or what happens when you leave"),
        re.compile(
            r"\b(?:over[ -]?stay\w*|huo?s kamnot|visa kyaw|visa kyo|"
            r"(?:illegal|no papers?|no visa|no permit|undocumented|"
            r"(?:visa|permit|pink card) (?:is |was )?(?:finish\w*|expir\w*|end|ended|over|"
            r"run out|ran out))\b.*\b(?:fine|fines|jail|prison|ban|banned|blacklist\w*|"
            r"catch|caught|arrest\w*|border|(?:go|come|going|coming|return) (?:back )?home))\b"
        ),
        (
            "ဗီဇာကျော်",
            "နေထိုင်ခွင့်ကျော်",
            "ပါမစ်ကုန်နေပြီဖမ်း",
            "ស្នាក់នៅហួសកំណត់",
            "នៅហួសកំណត់",
            "ស្នាក់នៅខុសច្បាប់",
        ),
        ("return_home", "arrest_detention"),
        # "We have no checked information on overstay" in each place; Malaysia's Going home
        # tells of the 2024 repatriation programme (a RM500 fine, no coming back).
        ("visa_work_permit", "return_home:MY"),
    ),
    # Round 20C: "boss closed factory ... my permit follow me?", "my boss is cruel, i want
    # change employer, agency must agree?": Change employer, silent on both.
    Kind(
        _("whether your permit moves with you to a new employer, or the agency must agree"),
        re.compile(
            r"\b(?:(?:permit|visa|pink card) (?:\S+ ){0,2}(?:follow|move|go|transfer)\w*"
            r"(?: (?:with )?me)?|(?:agency|agent|broker)s? (?:must|need to|have to|has to|"
            r"should|will) (?:agree|sign|allow|approve|say yes)|need (?:the )?"
            r"(?:agency|agent|broker)s? (?:to )?(?:agree|sign|permission|approval|ok))\b"
        ),
        ("ပါမစ်ပါလား", "ပါမစ်ပါသွား", "အေဂျင်စီသဘောတူ", "ភ្នាក់ងារត្រូវយល់ព្រម"),
        ("change_employer",),
        # Malaysia's Change employer: the permit is tied to the employer, a change needs the
        # Labour Department's approval (a law firm, about 2022).
        ("change_employer:MY",),
    ),
)


# A card once had, lost, run out or kept ("i lost my nrc, now i have no nrc", "boss keep my
# id, i have no national id now"): Lost documents and Passport taken speak to it, not the line
# for someone who never had one (the lead's read of round 30B). Burmese ပျောက် (lost), သိမ်း
# (keep); Khmer បាត់ (lost), រក្សា (keep), ដកហូត (confiscate); not Khmer យក (take, also "get":
# "can I get a passport").
_HAD_ONCE = re.compile(
    r"\b(?:lost|lose|losing|missing|stolen|stole|steal|expired?|expiring|broken|burned|burnt|"
    r"keep|keeps|kept|keeping|took|hold|holds|confiscated?)\b"
)
_HAD_ONCE_SCRIPT = ("ပျောက်", "သိမ်း", "បាត់", "រក្សា", "ដកហូត")


@per_message
def kinds(words: str) -> tuple[Kind, ...]:
    """The rules `words` ask about that our sources do not hold."""
    found = tuple(k for k in KINDS if holds(words, k.latin, k.script))
    if NO_PAPERS in found and holds(words, _HAD_ONCE, _HAD_ONCE_SCRIPT):
        found = tuple(k for k in found if k is not NO_PAPERS)
    return found


def says(words: str) -> bool:
    return bool(kinds(words))


def never_had_not_kept(topic: str | None, words: str) -> bool:
    """Whether Passport taken, read by the NLU in `words`, is a person who never had a
    national ID card asking for papers, no one keeping any ("i have no NRC card, no citizen
    card. can i get passport?"): the embassy's answer instead (its "undocumented workers
    have often been turned away ... talk to a support organisation first")."""
    return (
        topic == papers_words.KEPT
        and holds(words, NO_PAPERS.latin, NO_PAPERS.script)
        and not papers_words.kept(words)
    )


def instead(event: Text) -> bool:
    """Whether this reply answers `event` instead of the NLU's reading: the words ask about a
    rule our sources lack, and the NLU read no problem in them."""
    if event.nlu is not None and event.nlu.topic is not None:
        return False
    return says(event.text)


def _text(found: tuple[Kind, ...], gettext: Callable[[str], str]) -> str:
    items = ", ".join(gettext(k.label) for k in found)
    return gettext(
        "Our sources have no checked information on {items}. The rules differ by country and "
        "change often. Ask a person before you sign, leave or pay anyone: tap “{person}”."
    ).replace("{items}", items)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not hold; a person; the answers nearest to it; the menu."""
    found = kinds(event.text)
    gettext = ctx.translator(state.language).gettext
    topics: list[str] = []
    for kind in found:
        for topic in kind.topics:
            if topic not in topics and ctx.catalog.topic(topic):
                topics.append(topic)
    return also_wrote.person_first(_text(found, gettext), topics[:3], event, state, ctx)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (a problem surely read), first the line on what our sources do not hold,
    when the words ask about it. Never above the emergency numbers."""
    country = asked_for(words, state).country  # the place the answer is for
    said_in = {topic, f"{topic}:{country}"}
    found = tuple(k for k in kinds(words) if not said_in & set(k.said_in))
    if topic == EMERGENCY or not found:
        return outcome
    tr = ctx.translator(state.language)
    note = _text(found, tr.gettext).replace("{person}", tr.gettext("Talk to a person"))
    return with_note(note, outcome)
