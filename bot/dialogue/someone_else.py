"""Someone writing about another person: a relative or a friend abroad (explore10 x10a,
finding F6). "My daughter works in Malaysia. She stopped answering her phone 2 weeks ago"
was read as out of scope and got "I cannot help with that"; in Burmese and Khmer, "Sorry, I
did not understand" with unrelated topics. The NLU has no intent for it, so where it found
no topic, a message that names a family member or a friend gets what the bot can do for
them: a caseworker, the embassy, the arrest answer. One reading of the NLU gives way to it:
lost documents, for a message that says the person is missing or out of contact and names no
document ("my friend is missing in malaysia" at 0.87: `missing_instead`).

Short word lists: English and romanised forms as whole words after a possessive ("my
daughter", "kyama thami"), Burmese and Khmer in their own scripts inside the text (no spaces
between words). Drafts by the project team, for a native speaker at a partner organisation
to review; kept specific ("သား" alone is inside အလုပ်သမား, "worker": only with "my").
"""

from __future__ import annotations

import re

from bot.content.localised import topic_title
from bot.dialogue.answers import topic_data
from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import holds, script_readings
from bot.dialogue.outcome import Outcome
from bot.dialogue.papers_words import any_paper
from bot.dialogue.pending import Pending
from bot.dialogue.places import mentioned, where_now
from bot.once import per_message
from bot.values import Button, Reply, UserState

# A reading the NLU is this sure of keeps its answer, even from someone at home.
SURE = 0.95
# The NLU's best guess under its line is offered for the person written about from here.
GUESS = 0.4

_RELATIVES = (
    "daughter|son|child|children|kid|kids|wife|husband|sister|brother|sis|bro|mother|mom|mum|"
    "father|dad|friend|cousin|niece|nephew|relative|relatives|family|uncle|aunt|girlfriend|"
    "boyfriend"
)
_ENGLISH = re.compile(rf"\b(my|our)\s+(\w+\s+)?({_RELATIVES})\b", re.IGNORECASE)
# Romanised: Burmese thami (daughter), tha / thar (son, only after a possessive, or with
# ko, "to": "thar ko phone set ma ya buu", I cannot call my son, round 19A), nyi ma
# (younger sister), a ko (older brother), thu nge chin (friend); Khmer kon srey / kon pros
# (daughter / son), bong / p'oun srey / pros (older / younger sister / brother), mit (friend),
# pdey / prapon khnhom (my husband / wife: round 12, a wife at home).
_ROMANISED = re.compile(
    r"\b(thami|thamee|tha mee|thu nge chin|thungechin|tha nge chin|thangechin|"
    r"(kyama|kyanaw|kyanor|kya no)\s+(tha|thar|nyi ma|nyima|a ko|ako|ame|amay)|"
    r"(tha|thar)\s+ko\s+(phone|hpone|fone)|"
    r"kon srey|kon srei|kon pros|kon proh|koun srey|koun pros|bong srey|bong pros|"
    r"p'?oun srey|p'?oun pros|paoun srey|paoun pros|mit phakdi|mitpheak|mit pheak|"
    r"(pdey|pdei|p'dey|bdey|prapon|prapun|propon|praponh)\s+(khnhom|knhom|khnom))\b",
    re.IGNORECASE,
)
_SCRIPT = (
    # Burmese: daughter, my son (a woman's, a man's), younger sister, older sister, older
    # brother, younger brother (a woman's), friend, wife, husband, relatives, family members
    "သမီး",
    "ကျွန်မသား",
    "ကျွန်တော့်သား",
    "ကျနော့်သား",
    "ကျွန်မယောက်ျား",  # my husband (a woman's); ယောက်ျား alone is also "man"
    "ညီမ",
    "အစ်မ",
    "အစ်ကို",
    "မောင်လေး",
    "သူငယ်ချင်း",
    "ဇနီး",
    "ခင်ပွန်း",
    "ဆွေမျိုး",
    "မိသားစုဝင်",
    # Khmer: daughter, son, my child (a mother at home, round 19A), younger / older sibling,
    # friend, husband, wife, relatives
    "កូនស្រី",
    "កូនខ្ញុំ",
    "កូនប្រុស",
    "ប្អូនស្រី",
    "ប្អូនប្រុស",
    "បងស្រី",
    "បងប្រុស",
    "មិត្តភក្តិ",
    "មិត្តភ័ក្ដិ",
    "ប្តី",
    "ប្រពន្ធ",
    "សាច់ញាតិ",
)

# The person written about is missing or out of contact. "lost" alone is not here: "my
# friend lost his passport" is lost documents. Burmese ပျောက် (lost, gone missing) and Khmer
# បាត់ខ្លួន (disappeared) are read only with no document named (_DOCUMENTS).
_MISSING_LATIN = re.compile(
    r"\b(missing|disappeared|disappear|vanished|got lost|cannot contact|can't contact|"
    r"cant contact|can not contact|cannot reach|can't reach|cant reach|could not reach|"
    r"couldn't reach|stopped answering|stop answering|not answering|not answer|no answer|"
    r"does not answer|doesn't answer|doesnt answer|don't answer|dont answer|not pick up|"
    r"not picking up|no news|lost contact|"
    # no message since the flight (round 28C: "my husband go korea 3 days ago, no message,
    # airport say he arrive" from a wife in Cambodia got Going abroad legally)
    r"no message|no messages|no msg|no call|no calls|no reply|not reply|never call|"
    r"never message|"
    # calls that stopped, a phone off (the lead's play, session 27: "my wife go to work
    # thailand 1 year ago with broker, now she stop call me, her phone off 3 week" got Going
    # abroad legally)
    r"stop call\w*|stopped call\w*|stop messag\w*|stopped messag\w*|no longer call\w*|"
    r"(?:his|her|their) phone (?:is |was |always |still )?(?:off|switched off|turned off|"
    r"closed|dead)|(?:cannot|can't|cant|can not) call (?:him|her|them)|"
    r"lost touch|no contact|out of contact|not heard from|haven't heard|have not heard|"
    r"don't know where|do not know where|dont know where|"
    # a number lost, or how to reach them (round 12: a father who lost his son's number)
    r"lost (his|her|their) (phone |mobile )?(number|no)|"
    r"how (can|do|to|should) (i|we) (contact|reach|find|call) (him|her|them)|"
    # romanised Burmese: pyauk (gone missing), a set a thwe pyat (contact cut), set thwe lo
    # ma ya (cannot contact), phone ma kine (does not pick up); romanised Khmer: bat khluon
    # (disappeared), teak tong min ban (cannot contact), bat domnoeng (no news), ot leuk
    # phone (does not pick up the phone)
    r"pyauk|pyout|pyauk nay|a set a thwe pyat|aset athwe pyat|set thwe lo ma ya|"
    r"hset thwe lo ma ya|phone ma kine|bat khluon|bat kluon|bat khloun|teak tong min ban|"
    r"tak tong min ban|teak tong ot ban|bat domnoeng|kmean domnoeng|ot leuk phone|"
    r"min leuk phone|ot lerk phone|ot leuk tourosap|"
    # romanised Burmese: (ဖုန်း) ဆက်မရ (cannot call, round 18A)
    r"set ma ya|hset ma ya|set lo ma ya|"
    # romanised Khmer: ot del teak tong (never in contact), bat lek (tourosap) (lost the
    # number), teak tong gat (contact him / her), rok min kheunh (cannot find)
    r"ot del teak tong|ot dael teak tong|min del teak tong|bat lek|teak tong gat|"
    r"teak tong koat|rok min kheunh|rok min khernh|"
    # romanised Khmer: ot tel mok / min tel mok (has not phoned home; the lead, session 29:
    # "kon srey khnhom tov malaysia 2 khae hoeuy ot tel mok" got Fake jobs)
    r"ot tel mok|min tel mok|ot del tel mok|ot dael tel mok|ot tel mk|ot tel tov|"
    # said of them by an employer or an agent (round 26B: "my sister employer in singapore
    # call me say she ran away" got Going abroad legally): the family does not know where
    r"ran away|run away|runaway|"
    # romanised Burmese: htwet pyay (ran away); romanised Khmer: rot chol (ran away)
    r"htwet pyay|htwet pyay thwar|rot chol|rot chaol)\b",
    re.IGNORECASE,
)
# Asked to find them (round 26B: "my son facebook name Kyaw Kyaw, last post from johor. help
# find him" got "I cannot help with that"; "Can you search for my brother?"): a person, and
# no search the bot or its sources can make. Not a job found for them ("find my son a job",
# "help my daughter find work" names no one after "find").
_FIND_LATIN = re.compile(
    rf"\b(find|search for|searching for|search|look for|looking for|trace|locate)\s+"
    rf"(him|her|them|my\s+(\w+\s+)?({_RELATIVES}))\b(?!\s+(a\s+)?(job|work))|"
    # romanised Burmese: shar pay (find for me); romanised Khmer: chuoy rok (help find), not
    # chuoy rok kar (help find work)
    r"\b(shar pay|shar pe|sha pay)\b|\bchuoy rok\b(?!\s+ka)",
    re.IGNORECASE,
)
# Burmese: (her / him) find for me, go and look for. Khmer: help find (not work, ការងារ),
# search for.
_FIND_SCRIPT = re.compile(r"ကို(လိုက်)?ရှာ(ပေး|ချင်|ဖို့)|ជួយ(ស្វែង)?រក(?!ការងារ)")
_MISSING_SCRIPT = (
    # Burmese: gone missing, contact cut, cannot contact (twice), cannot phone, does not
    # pick up the phone, no news heard, do not know where they are
    "ပျောက်",
    "အဆက်အသွယ်ပြတ်",
    "ဆက်သွယ်လို့မရ",
    "ဆက်သွယ်မရ",
    "ဖုန်းဆက်လို့မရ",
    "ဖုန်းမကိုင်",
    "ဖုန်းမဆက်တော့",  # no longer calls
    "သတင်းမကြား",
    "ဘယ်ရောက်နေမှန်းမသိ",
    # Khmer: disappeared, no news, cannot contact, can no longer contact, contact cut,
    # does not pick up the phone
    "បាត់ខ្លួន",
    "បាត់ដំណឹង",
    "គ្មានដំណឹង",
    # no news yet, none at all (round 28C: a mother in Cambodia, "my daughter went to
    # Malaysia, since the flight no news yet", got Malaysia's 999 and "go to a safe place")
    "មិនទាន់មានដំណឹង",
    "អត់ទាន់មានដំណឹង",
    "អត់មានដំណឹង",
    "មិនមានដំណឹង",
    "ទាក់ទងមិនបាន",
    "ទាក់ទងលែងបាន",
    "ដាច់ទំនាក់ទំនង",
    "មិនលើកទូរស័ព្ទ",
    # ran away, as their employer says (round 26B): Burmese, Khmer
    "ထွက်ပြေး",
    "រត់ចោល",
)
LOST_DOCUMENTS = "lost_documents"
_ALWAYS = ("embassy_contact", "arrest_detention")  # offered for anyone written about
NAME = "someone_else"  # as the anonymous counts record the answer (tally.py): no words


# Burmese kin words used to address the reader, not to name a relative (round 52B: "ဟယ်လို
# အစ်ကို ကျွန်တော် ကိုအောင်ပါ ... permit မလုပ်ပေးသေးဘူး", hello brother, I am Ko Aung ... no permit
# yet, got "Are you asking for someone else?" and nothing on the permit). Older / younger
# brother or sister, ကိုကို, မမ after a greeting, or before the calling particle ရေ
# ("အစ်မရေ", sister!). Drafts for a native speaker at a partner organisation to review.
_ADDRESSED = "အစ်ကို|အစ်မ|ညီမ|မောင်လေး|ကိုကို|မမ|ဆရာ"
_ADDRESS = re.compile(
    rf"(?:(?:ဟယ်လို|ဟလို|ဟဲလို|မင်္ဂလာပါ|ဟိုင်း|hello|helo|hi)\s*(?:{_ADDRESSED})|"
    rf"(?:{_ADDRESSED})\s*ရေ)",
    re.IGNORECASE,
)


@per_message
def names_someone(words: str) -> bool:
    """Whether `words` name a relative or a friend of the writer (a kin word that only
    addresses the reader, `_ADDRESS`, names no one)."""
    if _ENGLISH.search(words) or _ROMANISED.search(words):
        return True
    return _in_script(_ADDRESS.sub(" | ", words), _SCRIPT)


def _in_script(words: str, listed: tuple[str, ...]) -> bool:
    """Whether one of `listed` (Burmese, Khmer) is in `words`, unspaced, also as Zawgyi."""
    return any(word in reading for reading in script_readings(words) for word in listed)


def says_missing(words: str) -> bool:
    """Whether `words` say someone is missing or out of contact, ran away as their employer
    says, or ask for them to be found."""
    if _MISSING_LATIN.search(words) or asks_to_find(words):
        return True
    return _in_script(words, _MISSING_SCRIPT)


def asks_to_find(words: str) -> bool:
    """Whether `words` ask for a person to be found or searched for ("can you find her?")."""
    if _FIND_LATIN.search(words):
        return True
    return any(_FIND_SCRIPT.search(reading) for reading in script_readings(words))


def worried_about(words: str, out_of_scope: bool) -> bool:
    """Whether a message the NLU found no topic in is about a relative or a friend the bot
    can help with: it names them, and, where the NLU read it as out of scope, says they are
    missing or out of contact. Out of scope and only naming them ("how send money to my mom
    fast and cheap", "gold price today? want to buy a chain for my mum": 19 of the 775
    out-of-scope dev and held-out messages name a relative) it is what it seemed: the bot
    says plainly it cannot help (issue 12), not "Are you asking for someone else?"."""
    if not names_someone(words):
        return False
    if not says_missing(words) and _own_quarrel(words):
        return False  # a quarrel of the writer's own with them
    return not out_of_scope or says_missing(words)


# A quarrel of the writer's own with the relative named (round 51A: Khmer "my wife and I
# quarrel about money every day, advice please" got "Are you asking for someone else?"): a
# matter between them the bot has no content for, not a worry about someone else. The writer
# is in it (ខ្ញុំ, យើង, អូន; khnhom, yeung) and no employer is (a son's quarrel with his boss
# is his problem, someone else's); a blow is a danger word (content/safety) before this is
# read. Drafts for a Khmer speaker: ឈ្លោះ (quarrel), ទាស់គ្នា/ទាស់សម្ដី (argue, fall out),
# ប្រកែកគ្នា (dispute); romanised chlos/chloh knea.
_QUARREL_SCRIPT = ("ឈ្លោះ", "ទាស់គ្នា", "ទាស់សម្ដី", "ទាស់សម្តី", "ប្រកែកគ្នា")
_QUARREL = re.compile(r"\b(?:chlos|chloh|chlouh|chlors) ?(?:knea|khnea|knia|kna)\b")
_WRITER_SCRIPT = ("ខ្ញុំ", "យើង", "អូន")
_WRITER = re.compile(r"\b(?:khnhom|knhom|khnom|yeung|yerng)\b")
_EMPLOYER_SCRIPT = ("ថៅកែ", "ក្រុមហ៊ុន", "នាយក", "មេការ", "ភ្នាក់ងារ")
_EMPLOYER = re.compile(r"\b(?:thaokae|thao kae|taokae|boss|employer|krom ?hun|krum ?hun|agency)\b")


def _own_quarrel(words: str) -> bool:
    """Whether `words` tell of the writer's own quarrel with someone at home, no employer."""
    return (
        holds(words, _QUARREL, _QUARREL_SCRIPT)
        and holds(words, _WRITER, _WRITER_SCRIPT)
        and not holds(words, _EMPLOYER, _EMPLOYER_SCRIPT)
    )


# Where a writer is not abroad, as the profile says: at home, or not said (round 26B: "my son
# missing in malaysia" with no profile got the arrest answer, 0.50, "your country's embassy").
NOT_ABROAD = frozenset({"MM", "KH", None})


def missing_instead(topic: str | None, words: str, confidence: float, country: str | None) -> bool:
    """Whether the NLU's lost documents is a relative or a friend gone missing: `words` name
    them, say they are missing or out of contact, and name no document ("my friend is
    missing in malaysia" read as lost documents at 0.87; "missing" was the word). From
    someone at home or with no place in the profile (`country`, the profile's: NOT_ABROAD),
    any reading below SURE likewise: a mother
    in Myanmar, "thami malaysia mhar, phone set ma ya tar 1 la shi pe" (my daughter in
    Malaysia, I cannot call her for a month), got Unpaid wages for Malaysia (0.78) with the
    Malaysian Labour Department's number (round 18A)."""
    if topic is None or not names_someone(words) or not says_missing(words):
        return False
    if topic != LOST_DOCUMENTS and not (country in NOT_ABROAD and confidence < SURE):
        return False
    return not any_paper(words)


def writer_place(words: str, state: UserState) -> str | None:
    """Where the person writing is, as far as known: the place their words name ("I am in
    Malaysia", as places.where_now reads it: not "back from Thailand"), unless they name
    someone else ("my friend is locked in Thailand": the friend's place), else the
    profile's. None when not known
    ("Other country" too: none of the bot's countries)."""
    named = where_now(words) if words and not names_someone(words) else None
    place = named or state.country
    return None if place == "other" else place


def for_someone_else(
    state: UserState, ctx: Context, words: str = "", named: tuple[str, ...] = ()
) -> Outcome:
    """What the bot can do for a person written about: a caseworker, their embassy, the
    arrest answer. Nothing is said about the person's consent: only the writer is here.
    Where the words name the country the person is in, the two buttons answer for that
    country (the profile unchanged, as answers.AT): a mother at home read "You are in your
    home country, so you do not need your embassy" first (round 10, "your embassy" to a
    relative), and a worker in Thailand the embassy in Bangkok for a daughter in Malaysia.
    `named`: the problems the words name (the NLU's best guess under its line, flows.py),
    offered first in place of the arrest answer (session 29: "my sister in malaysia, agent
    take her passport and she sick, no money for doctor" got the embassy and the arrest
    answer, nothing on her passport or her illness)."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    # Asked to find them: what the bot and its sources cannot do, before what a person can.
    # The reference names no office or service that looks for missing workers (round 26B).
    search = (
        _(
            "I cannot search for a person, and our sources name no office or service that "
            "looks for missing workers. Tell a caseworker what you know, even if it is only "
            "the town or a Facebook name."
        )
        if words and asks_to_find(words)
        else ""
    )
    text = _(
        "Are you asking for someone else, such as family or a friend abroad? A caseworker at a "
        'partner organisation can help: press "Talk to a person" and say who they are, where '
        "they are and what happened. Their embassy and what to do after an arrest are below."
    )
    named = tuple(t for t in named if t not in _ALWAYS and ctx.catalog.topic(t) is not None)
    if named:
        text = _(
            "Are you asking for someone else, such as family or a friend abroad? A caseworker "
            'at a partner organisation can help: press "Talk to a person" and say who they '
            "are, where they are and what happened. What you wrote about and their embassy "
            "are below."
        )
    topics = (*named, "embassy_contact") if named else _ALWAYS
    place = mentioned(words).country if words else None
    # Not HERE: no "Where are you now?" is asked, so a country typed next is no tap for the
    # embassy (menu.where_waits); and the writer is where the profile says, not there.
    there = Pending(topics[0], None, place) if place and place != state.country else None
    buttons = tuple(
        (Button(topic_title(ctx.catalog, topic, tr.language), topic_data(topic, there)),)
        for topic in topics
        if ctx.catalog.topic(topic) is not None
    )
    first = (Reply(search),) if search else ()
    return Outcome((*first, Reply(text, (*buttons, footer(tr)))), state.with_(misses=0))
