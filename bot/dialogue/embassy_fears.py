"""Afraid of one's own embassy, or not wanting it (exploratory round 22A). A young man who
left Myanmar to escape being called up, without a passport: "will embassy send me back?",
"embassy report me to army?", "i cannot go embassy", "သံရုံးသွားရင် စစ်မှုထမ်းဖို့
ပြန်ပို့မလား" (if I go to the embassy, will they send me back for military service?); a
Cambodian with debts at home: "if i go embassy they tell bank?", "ខ្ញុំខ្លាចទៅស្ថានទូត"
(I am afraid to go to the embassy); "contact embassy? no way, they work for junta"; a mother
whose son stopped calling, "please find him, dont want embassy". All got the embassy answer
(its addresses and phones, the question unanswered), Passport taken, the emergency numbers,
"Going home" or "Sorry, I did not understand"; "is it safe to call them?" and "will they
know where i am?" right after the embassy answer got "My answer ... is just above" and the
emergency numbers.

Our sources say only that undocumented workers have often been turned away by embassies and
find them hard to reach (2017 dialogue): nothing on what an embassy does with what it is
told, or whom it tells. So the reply says that, says the bot sends nothing written here to
an embassy, the police or the army (as /privacy does), and that a support organisation is
another way, with Talk to a person first and the embassy answer one tap away (for who wants
it), then the other problems the NLU read. Read before the NLU's reading: the embassy named
with a fear or a refusal (said_alone.py, before a debt), or, right after the embassy answer,
a question with a fear ("is it safe to call them?"). An arrest told with the embassy
("police arrest my husband, how to call embassy") is no fear: it keeps the arrest answer.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.dialogue import also_wrote, follow_up, heard, ransom, someone_else
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.question_words import reads_as_question
from bot.values import UserState

NAME = "embassy_fear"  # counted as a conversation (tally.py), never the words
EMBASSY = "embassy_contact"
# The answers whose subject is the embassy: "is it safe to call them?" right after one of
# them asks about the embassy. Not the arrest answer: "will they deport me?" there asks
# about the police.
_ABOUT_EMBASSY = frozenset({EMBASSY, "labour_attache"})

# The embassy named: English, misspelt, French (Khmer speakers write "ambassade"), romanised
# Burmese သံရုံး (than yone) and Khmer ស្ថានទូត (sthantut).
_EMBASSY_LATIN = re.compile(
    r"\b(?:embass\w*|embas[iy]\w*|embasy|consulate\w*|consul|ambassade|"
    r"than ?yone|than ?yon|than ?yoan|thanyoun|"
    r"stha?n ?o? ?tut|stan ?o? ?tut|sthanotut|stanotut|sathantut)\b"
)
_EMBASSY_SCRIPT = ("သံရုံး", "ကောင်စစ်ဝန်", "ស្ថានទូត", "កុងស៊ុល")
# A fear of it, or not wanting it.
_FEAR_LATIN = re.compile(
    r"\b(?:"
    r"afraid|scared|scare|fear|frightened|worried|worry|safe|unsafe|dangerous|danger|trust|"
    # what it might do: send back, report, tell, share, know where, take to the army
    r"send (?:me|us|him|her) back|sent (?:me|us) back|deport (?:me|us|him|her)|"
    r"report (?:me|us|him|her)|(?:will|would) (?:know|find out)|"
    r"(?:tell|tells|inform|share|shares|give|gives|send|sends) "
    r"(?:\w+ ){0,3}(?:police|army|military|soldiers?|immigration|junta|government|bank|"
    r"lender|broker|agent|court)|share with|know where|find me|track me|"
    r"(?:will|would|do|does|can|could) (?:the )?(?:embassy|they|them|he|she|it) "
    r"(?:\w+ ){0,2}(?:arrest|catch|send|report|tell|know|share|give|take)|"
    r"(?:embassy|they) (?:will|would) (?:arrest|catch|send|report|tell|take)|"
    r"army|military|conscript\w*|call up|called up|junta|"
    # not wanting it, or not able to go
    r"cannot go|cant go|can not go|could not go|dont want|do not want|not want|"
    r"dont go|never go|no way|other way|another way|not (?:the )?embass\w*|"
    r"without (?:the |an )?embass\w*|if not|instead of|dare not|"
    # romanised Burmese: ကြောက် (afraid), ဖမ်းမလား (will they arrest?), ပြန်ပို့ (send
    # back), စစ်တပ် (army), စစ်မှု (military service), မသွားချင် (do not want to go),
    # လုံခြုံလား (safe?); romanised Khmer: ខ្លាច (afraid), ចាប់ខ្ញុំ (arrest me), មិនចង់
    # / អត់ចង់ (do not want), បញ្ជូន (send back), សុវត្ថិភាព (safe)
    r"kyauk|kyaut|kyout|phan ma lar|phan mhar lar|pyan po|pyan poh|sit tat|sit hmu|"
    r"ma thwar chin|lone chone|khlach|klach|chab khnhom|min chong|ot chong|bonh chun|"
    r"banh chun|sovathephap"
    r")\b"
)
_FEAR_SCRIPT = (
    # Burmese: afraid, will they arrest, send back, military service, army, safe, do not
    # want to go / to tell, dare not go, the police (to / at), will they know
    "ကြောက်",
    "ဖမ်းမလား",
    "ဖမ်းမှာလား",
    "ပြန်ပို့",
    "စစ်မှု",
    "စစ်တပ်",
    "လုံခြုံ",
    "မသွားချင်",
    "မပြောချင်",
    "မသွားရဲ",
    "ရဲကို",
    "ရဲဆီ",
    "သိမလား",
    "သိမှာလား",
    # Khmer: afraid, arrest, send back, tell / give to the police (two spellings), soldier,
    # military, safe, do not want (two ways), will they know
    "ខ្លាច",
    "ចាប់ខ្ញុំ",
    "បញ្ជូនខ្ញុំ",
    "ប្រាប់ប៉ូលិស",
    "ឲ្យប៉ូលិស",
    "ឱ្យប៉ូលិស",
    "ទាហាន",
    "យោធា",
    "សុវត្ថិភាព",
    "មិនចង់",
    "អត់ចង់",
    "ដឹងទេ",
)
# An arrest told, not feared: "police arrest my husband, how contact embassy" keeps the
# arrest answer (its first step is asking for the embassy).
_ARREST_TOLD = re.compile(
    r"\b(?:arrested|detained|in jail|in prison|in detention|(?:police|immigration) "
    r"(?:arrest|catch|caught|took|take)\w* (?:my|him|her|them|us|me))\b"
)
# Burmese: was arrested (two ways), taken away by arrest, in prison; Khmer: was arrested
# (by the police), detained, in prison (round 22A: "my husband was arrested by the police in
# Malaysia yesterday, he has no passport: how to contact the embassy?" keeps the arrest answer)
_ARREST_TOLD_SCRIPT = (
    "ဖမ်းခံရတယ်",
    "ဖမ်းခံထားရ",
    "ဖမ်းသွား",
    "ထောင်ထဲ",
    "ត្រូវប៉ូលិសចាប់",
    "ត្រូវចាប់",
    "ឃុំខ្លួន",
    "ជាប់គុក",
)


def arrest_told(words: str) -> bool:
    """Whether `words` tell of an arrest ("police arrest my husband", "was arrested",
    ဖမ်းခံရတယ်, ត្រូវប៉ូលិសចាប់), not a fear of one."""
    return holds(words, _ARREST_TOLD, _ARREST_TOLD_SCRIPT)


# A support organisation named: asked whether it tells the embassy or the police.
_ORGANISATION_LATIN = re.compile(
    r"\b(?:organi[sz]ations?|ngos?|csos?|caseworkers?|case workers?|foundation|a phwe|"
    r"a hpwe|angkar|ongkar)\b"
)
_ORGANISATION_SCRIPT = ("အဖွဲ့အစည်း", "អង្គការ")


def named_with_fear(words: str) -> bool:
    """Whether `words` name the embassy with a fear of it or a refusal of it, and tell of
    no arrest nor something heard (round 20B's line that the bot cannot tell if it is true
    comes before the embassy answer)."""
    if not holds(words, _EMBASSY_LATIN, _EMBASSY_SCRIPT):
        return False
    if arrest_told(words) or heard.says(words):
        return False  # a rumour ("friend say embassy will catch me, true?"): heard.py's
    if ransom.asked(words):
        # "they want 2000 dollar or my brother stay in the compound, i dont trust embassy":
        # the money asked first (ransom.told), the fear above the answer (`told`), round 23A
        return False
    return holds(words, _FEAR_LATIN, _FEAR_SCRIPT)


# What the embassy might do, or not wanting it: not "afraid" alone, which with an arrest told
# is a fear of the arrest ("my brother was arrested, I am afraid: how to call the embassy?").
_OF_THE_EMBASSY_LATIN = re.compile(
    r"\b(?:army|military|soldiers?|conscript\w*|call(?:ed)? up|junta|"
    r"send (?:me|us|him|her) back|deport (?:me|us|him|her)|report (?:me|us|him|her|everyone)|"
    r"dont want|do not want|not want|dont trust|do not trust|not trust|no way|never go|"
    r"cannot go|cant go|dare not|sit tat|sit hmu|pyan po|ma thwar chin|"
    # the fear said of the embassy itself (round 25C: "i am afraid of embassy, my friend
    # arrested" got the arrest answer with no word on it)
    r"(?:afraid|scared|fear|frightened) (?:of |to go |to call |to contact )?(?:to )?"
    r"(?:the |my |our )?(?:embass\w*|consulate))\b"
)
_OF_THE_EMBASSY_SCRIPT = (
    "သံရုံးကိုကြောက်",  # afraid of the embassy
    "သံရုံးကြောက်",
    "သံရုံးသွားရမှာကြောက်",  # afraid to go to the embassy
    "ខ្លាចស្ថានទូត",  # afraid of the embassy
    "ខ្លាចទៅស្ថានទូត",  # afraid to go to the embassy
    "စစ်မှု",
    "စစ်တပ်",
    "ပြန်ပို့",
    "မသွားချင်",
    "မသွားရဲ",
    "ទាហាន",
    "យោធា",
    "បញ្ជូនខ្ញុំ",
    "មិនចង់",
    "អត់ចង់",
)


# A caseworker's reply naming the embassy (round 25A): the migrants' words, and Thai for a
# partner whose staff write Thai (สถานทูต embassy, สถานกงสุล consulate).
_EMBASSY_STAFF_SCRIPT = (*_EMBASSY_SCRIPT, "สถานทูต", "สถานกงสุล")


def names_embassy(words: str) -> bool:
    """Whether `words` name an embassy or a consulate, in any language the bot's users or a
    partner's staff write."""
    return holds(words, _EMBASSY_LATIN, _EMBASSY_STAFF_SCRIPT)


def feared(words: str) -> bool:
    """Whether `words` name the embassy with what it might do (the army, sending back) or a
    refusal of it, whatever else they tell: an arrest, a rumour or danger words, answered
    first (`told`)."""
    named = holds(words, _EMBASSY_LATIN, _EMBASSY_SCRIPT)
    return named and holds(words, _OF_THE_EMBASSY_LATIN, _OF_THE_EMBASSY_SCRIPT)


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (an arrest, the emergency numbers, a rumour's answer), first the lines of
    `reply` when the words also fear the embassy (round 23A: "my son is 14, police took him,
    will embassy send him to army?" got only the arrest answer, whose second step is to ask
    for the embassy; "agent say pay 3000 or they sell my daughter, i dont want embassy" lost
    the fear under the numbers)."""
    if not feared(words):
        return outcome
    gettext = ctx.translator(state.language).gettext
    note = _fear_lines(gettext).format(person=gettext("Talk to a person"))
    return with_note(note, outcome)


def _fear_lines(gettext: Callable[[str], str]) -> str:
    """What our sources do not say of an embassy, and that the bot tells no one ("{person}"
    left for the caller: `told` fills it, `reply`'s also_wrote.person_first does)."""
    return (
        gettext(
            "Afraid of the embassy, or you do not want to go there? Our sources do not say "
            "what an embassy does with what you tell it, or whom it tells."
        )
        + "\n\n"
        + gettext(
            "I send nothing you write here to an embassy, the police or the army. A support "
            "organisation is another way: tap “{person}”. Its caseworkers see only what you "
            "choose to send."
        )
    )


def after_answer(words: str, ctx: Context) -> bool:
    """Whether `words`, right after an answer about the embassy, are a question with a fear
    ("is it safe to call them?", "will they know where i am?"). The embassy named with a
    fear is read before (said_alone.py, `named_with_fear`)."""
    if follow_up.topic_of(ctx.last_answer) not in _ABOUT_EMBASSY:
        return False
    return reads_as_question(words) and holds(words, _FEAR_LATIN, _FEAR_SCRIPT)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; that the bot tells no one; a person first; the embassy
    answer one tap away; the other problems read; the menu."""
    gettext = ctx.translator(state.language).gettext
    text = _fear_lines(gettext)
    if holds(event.text, _ORGANISATION_LATIN, _ORGANISATION_SCRIPT):
        # "if i talk to organisation, will they tell embassy or police?"
        text += "\n\n" + gettext(
            "What an organisation does with what you tell it, our sources do not say either: "
            "ask the caseworker first, and tell only what you choose."
        )
    if someone_else.names_someone(event.text) or someone_else.says_missing(event.text):
        text += "\n\n" + gettext(
            "If it is about someone else, say who it is, where they are and since when you "
            "have had no news."
        )
    return also_wrote.person_first(text, (EMBASSY,), event, state, ctx)
