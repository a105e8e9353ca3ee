"""Left to escape the army's call-up, afraid of being sent back, asking about refugee status,
or with fighting, bombing or the earthquake at home (exploratory round 24A). Since Myanmar's
conscription law (2024) young people leave without a passport or with one running out: "i
escape from army conscription, can thailand send me back?" got the emergency numbers (a
trafficking hotline) and the arrest answer, whose second step is to ask for the Myanmar
embassy; "my brother must go army next month, how he can come malaysia" and "if police catch
me will they send me to myanmar army?" got the arrest answer alone (the embassy again); "can
I ask UNHCR, am I refugee?" got "did not understand" and "UNHCR thailand phone number" "I
cannot help with that"; "my village bombed, no news from my mother" got the agency answer, a
Khmer "I lost my work in Thailand because of the border war, I am afraid they arrest me" the
emergency numbers alone.

Our sources hold nothing on what a country does with someone who left to avoid military
service, on refugee status, asylum or UNHCR (no contact either), or on fighting, bombing or
the earthquake at home and news of the family there. They hold that permits for men from
Myanmar to work abroad were stopped in May 2024 ("Going abroad legally", with its source).
So the reply says what the sources do not hold, that the bot sends nothing written here to
an embassy, the police or the army, and offers a person first; then, never the embassy, the
answers near it: Going abroad legally for a plan to leave, Arrest or detention for a fear of
the police, Going home for a trip home, and the other problems the NLU read. Read before the
NLU's reading (said_alone.py, after the embassy named with a fear, whose reply says the same
of the embassy): the NLU reads these as an arrest at 0.7.

Leaving the army behind is no danger now: `without_flight` takes "i escape from army
conscription", "ran away from myanmar army", "to escape military" out of the words the
emergency keywords are read in (triage.py), so "i escape" (from a house, round 18A) keeps
its numbers and any other danger word too.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.dialogue import also_wrote, embassy_fears, young
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.values import UserState

NAME = "called_up"  # counted as a conversation (tally.py), never the words
ABROAD = "legal_channels"
ARREST = "arrest_detention"
HOME = "return_home"
PAPERS = "visa_work_permit"
EMERGENCY = "emergency_help"
SURE = 0.6  # a problem read this surely keeps its answer, the line on the war above it

# Not soldiers: "i escape from soldiers" may be someone running from them now.
_ARMY = r"(?:the |myanmar |burma |burmese |junta )?(?:army|military|conscription)"
# Leaving the army's call-up behind: not danger now (triage.py reads the rest of the words).
_FLIGHT = re.compile(
    r"\b(?:i |we |he |to )?(?:escape\w*|escpae\w*|ran|run|runaway|running|fled|flee|fleeing|"
    r"avoid\w*|hide from|hiding from)(?: away)?(?: from)? " + _ARMY + r"(?: service)?\b",
    re.IGNORECASE,
)

# The army's call-up, being handed to it, refugee status: English, romanised Burmese
# စစ်တပ် (sit tat, army), စစ်မှုထမ်း (sit hmu htan, military service).
_CALLED_UP_LATIN = re.compile(
    r"\b(?:conscript\w*|military service|call(?:ed)? up|drafted|"
    r"(?:escape\w*|ran|run|fled|flee|fleeing|avoid\w*|hide from|hiding from)(?: away)?"
    r"(?: from)? " + _ARMY + r"|"
    r"(?:go|join|serve|enter|must go|have to go|send \w+ to|give \w+ to|take \w+ to|"
    r"hand \w+ to|catch \w+ for|put \w+ in) (?:the )?(?:myanmar |burma )?(?:army|military)|"
    r"(?:army|military) (?:letter|paper|list|call|will take|want take|take young)|"
    # round 43C: "come thailand through jungle for no army", "I left because of the army"
    r"(?:for no|because|because of|bc|due to) (?:the )?(?:myanmar |burma )?(?:army|military)|"
    r"(?:no|not|dont|don't|do not) (?:want|wan|wanna|like) (?:to )?(?:go |join |serve )?"
    r"(?:the )?(?:army|military)|"
    # "military draft letter come to my home" (43C)
    r"(?:military |army )draft|draft (?:letter|paper|notice)|"
    # "soldiers come to take boys in our village": young men taken now (a person, no embassy)
    r"soldiers? (?:\w+ ){0,3}(?:take|taking|took|catch|catching|grab\w*) (?:the )?"
    r"(?:young )?(?:men|boys|youth)|"
    r"sit tat|sit tut|sit hmu|sit mhu)\b"
)
_CALLED_UP_SCRIPT = (
    "စစ်မှုထမ်း",  # military service (also read as Zawgyi: စစ္မႈထမ္း)
    "စစ်မှုမထမ်း",
    "စစ်တပ်ကို",  # to the army
    "စစ်တပ်ထဲ",  # into the army
    "စစ်ဆင့်ခေါ်",  # called up
)
# Refugee status, asylum, UNHCR (no contact for it in our sources).
_REFUGEE_LATIN = re.compile(r"\b(?:refugees?|asylum|unhcr|un refugee)\b")
_REFUGEE_SCRIPT = (
    "ဒုက္ခသည်",  # refugee
    "ခိုလှုံခွင့်",  # asylum
    "ជនភៀសខ្លួន",  # refugee (Khmer)
    "សិទ្ធិជ្រកកោន",  # asylum (Khmer)
)
# Fighting, bombing or the earthquake at home, or the 2025 border war: English, romanised
# Khmer សង្គ្រាម (sangkream, war), romanised Burmese ငလျင် (nga lyin, earthquake), ဗုံး (bone).
_WAR_LATIN = re.compile(
    r"\b(?:bomb\w*|air ?strikes?|air ?attack\w*|shelling|shelled|earthquake\w*|"
    r"(?:fighting|war|clash\w*|conflict) (?:at|in|near|on) (?:the |my |our )?"
    r"(?:border|village|home|town|myanmar|burma|cambodia|country|state|region)|"
    r"border (?:war|fighting|clash\w*|conflict)|civil war|"
    # round 45C: the 2025 border war told by when: "boss fire all Cambodian workers after the
    # fighting", "no news since the fighting", "i went home during the fighting"
    r"(?:after|since|during|because of|when) (?:the )?(?:fighting|war|clash\w*|conflict)"
    r"(?! with)|"
    r"sangkream|songkream|sangkrean|nga lyin|nga lin|bone kya|bone kyal)\b"
)
_WAR_SCRIPT = (
    "ဗုံးကြဲ",  # bombed
    "လေကြောင်းတိုက်",  # air strike
    "တိုက်ပွဲ",  # fighting
    "ငလျင်",  # earthquake
    "စစ်ပွဲ",  # war
    "សង្គ្រាម",  # war
    "ប៉ះទង្គិច",  # clash
    "គ្រាប់បែក",  # bomb
    "រញ្ជួយដី",  # earthquake
    "ការប្រយុទ្ធ",  # fighting
)
# A plan to leave, or to bring someone: the legal ways answer holds the May 2024 stop.
_LEAVE_LATIN = re.compile(
    r"\b(?:how (?:\w+ ){0,2}(?:come|go|leave|get)|work abroad|go abroad|go to work|"
    r"come (?:to )?(?:thailand|malaysia|here|thai|korea|japan|singapore)|"
    r"go (?:to )?(?:thailand|malaysia|thai|korea|japan|singapore)|legal way|which agent|"
    r"agent|agency|broker)\b"
)
_LEAVE_SCRIPT = ("နိုင်ငံခြား", "အလုပ်လုပ်လို့ရ", "ဘယ်လိုလာ", "ពលករចំណាកស្រុក")
# The police, or being sent back from where one is.
_POLICE_LATIN = re.compile(
    r"\b(?:police|immigration|arrest\w*|catch|caught|jail|deport\w*|send (?:me|us|him|her) back|"
    r"sent back|send (?:me|us|him|her) to|give (?:me|us|him|her) to|pyan po|phan ma)\b"
)
_POLICE_SCRIPT = ("ရဲ", "ဖမ်း", "ပြန်ပို့", "ប៉ូលិស", "ចាប់", "បញ្ជូន")
# Staying or working where one is: the papers answer (registration, permits).
_STAY_LATIN = re.compile(
    r"\b(?:can i stay|stay in|stay here|visa|permit|pink card|work legal\w*|register\w*)\b"
)
_STAY_SCRIPT = ("ဗီဇာ", "ပါမစ်", "ပန်းရောင်ကတ်", "ទិដ្ឋាការ", "ប័ណ្ណការងារ")
# An arrest told, not feared ("police took my son", not "if police catch me"): the arrest
# answer stays.
_ARREST_DONE = re.compile(
    r"\b(?:arrested|detained|in jail|in prison|in detention|(?:police|immigration|soldiers?) "
    r"(?:took|take|caught|catch|arrest|arrested) (?:my|him|her|them|us))\b"
)
# Going home, for the family at home.
_HOME_LATIN = re.compile(r"\b(?:go home|going home|go back home|return home|visit home)\b")
_HOME_SCRIPT = ("အိမ်ပြန်", "ត្រឡប់ទៅផ្ទះ")


def without_flight(words: str) -> str:
    """`words` without the phrases that tell of leaving the army's call-up behind ("i escape
    from army conscription"): read for danger words in what is left."""
    return _FLIGHT.sub(" ", words)  # the case kept: "HELP!!!" shouted is danger (safety.py)


def called_up(words: str) -> bool:
    return holds(words, _CALLED_UP_LATIN, _CALLED_UP_SCRIPT)


def refugee(words: str) -> bool:
    return holds(words, _REFUGEE_LATIN, _REFUGEE_SCRIPT)


def at_war(words: str) -> bool:
    return holds(words, _WAR_LATIN, _WAR_SCRIPT)


def instead(event: Text) -> bool:
    """Whether this reply answers `event` instead of the NLU's reading: the words tell of the
    army's call-up or refugee status (the NLU reads them as an arrest), or of fighting,
    bombing or the earthquake at home with no problem surely read ("earthquake destroy my
    house, i need go home" keeps Going home, the line above it: `told`)."""
    words = event.text
    if embassy_fears.named_with_fear(words) or embassy_fears.feared(words):
        return False  # its reply or its line says the same of the embassy (said_alone.py)
    if holds(words, _ARREST_DONE, ()):
        return False  # "police took my son, will they send him to army?": the arrest answer
    if called_up(event.text) or refugee(event.text):
        return True
    sure = event.nlu is not None and event.nlu.topic is not None and event.nlu.confidence >= SURE
    if event.nlu is not None and event.nlu.out_of_scope and general_news(words):
        return False  # "latest news about earthquake": the news, no one's own (47C)
    return not sure and at_war(event.text)


# The news asked for in general (round 47C: "latest news about earthquake", read out of scope
# by the NLU, got this reply): no family, home or self named in it.
_NEWS = re.compile(r"\b(?:news|update|latest)\b")
_NEWS_SCRIPT = ("သတင်း", "ព័ត៌មាន")
_SOMEONE = re.compile(
    r"\b(?:i|me|my|we|our|us|family|mother|father|mom|dad|wife|husband|son|daughter|"
    r"brother|sister|parents?|relatives?|friends?|village|house|home)\b"
)
_SOMEONE_SCRIPT = (
    "ကျွန်",
    "ငါ",
    "မိသားစု",
    "အမေ",
    "အဖေ",
    "မိဘ",
    "ရွာ",
    "အိမ်",
    "ဇနီး",
    "ခင်ပွန်း",
    "သား",
    "သမီး",
    "ខ្ញុំ",
    "គ្រួសារ",
    "ម្ដាយ",
    "ម្តាយ",
    "ឪពុក",
    "ភូមិ",
    "ផ្ទះ",
    "ប្រពន្ធ",
    "ប្ដី",
    "កូន",
)


def general_news(words: str) -> bool:
    """Whether `words` ask for news of fighting or the earthquake in general, naming no one
    and no home of their own."""
    return (
        at_war(words)
        and holds(words, _NEWS, _NEWS_SCRIPT)
        and not holds(words, _SOMEONE, _SOMEONE_SCRIPT)
    )


def _lines(words: str, gettext: Callable[[str], str]) -> str:
    parts = []
    if called_up(words):
        parts.append(
            gettext(
                "Left to escape the army's call-up, or afraid of being sent back? Our sources "
                "have no checked information on what happens to people who left to avoid "
                "military service, or on being sent back."
            )
        )
    if refugee(words):
        parts.append(
            gettext(
                "Refugee status, asylum or UNHCR: our sources have no checked information on "
                "them, and no contact for UNHCR."
            )
        )
    if at_war(words):
        parts.append(
            gettext(
                "I am sorry. Fighting, bombing or the earthquake at home: our sources have no "
                "checked information on help there, or on finding news of family there."
            )
        )
    parts.append(
        gettext(
            "I send nothing you write here to an embassy, the police or the army. A person "
            "from a support organisation can help you think it through: tap “{person}”."
        )
    )
    return "\n\n".join(parts)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not hold; that the bot tells no one; a person first; never the
    embassy; Going abroad legally, Arrest or detention, Going home as the words ask; the
    other problems the NLU read; the menu. A child under 18 named: the line on the age first."""
    gettext = ctx.translator(state.language).gettext
    words = event.text
    topics: list[str] = []
    if holds(words, _LEAVE_LATIN, _LEAVE_SCRIPT) and called_up(words):
        topics.append(ABROAD)
    if holds(words, _POLICE_LATIN, _POLICE_SCRIPT):
        topics.append(ARREST)
    if holds(words, _HOME_LATIN, _HOME_SCRIPT):
        topics.append(HOME)
    stay = called_up(words) and holds(words, _STAY_LATIN, _STAY_SCRIPT)
    if stay or (at_war(words) and (state.origin, state.country) == ("KH", "TH")):
        topics.append(PAPERS)  # its 2025 border-conflict extension for Cambodians (18C)
    shown = also_wrote.person_first(
        _lines(words, gettext), topics, event, state, ctx, also_shown=("embassy_contact",)
    )
    return young.told("", words, shown, state, ctx)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (a problem surely read), first the lines on what our sources do not hold
    when the words tell of fighting, bombing or the earthquake at home. Never above the
    emergency numbers."""
    if topic == EMERGENCY or not at_war(words):
        return outcome
    gettext = ctx.translator(state.language).gettext
    note = _lines(words, gettext).format(person=gettext("Talk to a person"))
    return with_note(note, outcome)
