"""Fires, floods, a building or crane that fell, a boat that sank, a road accident
(exploratory round 30C): emergencies that are not crimes.

Before: "fire in our room, where go?", the Burmese and Zawgyi "fire, where do I go?", "fire
at the dormitory, my friend still inside" (Malaysia, where 999 is the number) and "flood
everywhere, we on roof, help" got "I cannot help with that"; "crane fell on site, 2 worker
under it" got Myanmar's trafficking answer; "boat sank, my husband missing" the reply for
someone abroad, with no word on getting help now; romanised "mee laung nay tal" and "pleung
chheh rong chakr" (fire) were not understood; "fire in my apartment japan, what number call"
got "I cannot help with that".

Our sources hold one fire and ambulance number: Malaysia's 999. So: safety first ("get out
now and go to a safe place"; for an accident, the content's own "take the person to the
nearest hospital or clinic now"), then 999 in Malaysia, or, anywhere else, that our sources
have no checked fire or ambulance number there; a person. Alone when the NLU read nothing
surely; before the injury, lost-documents, wages and arrest answers; after the emergency
numbers, never above them. A fire or flood told with a time gone by ("last night",
"everything burned") gets a word of sorrow and what comes after, not "get out now". A
disaster at home told from abroad ("flood at home in cambodia") is not read here.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.content.models import DirectoryEntry
from bot.dialogue import also_wrote
from bot.dialogue.contacts_shown import contacts_block
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds, script_readings
from bot.dialogue.outcome import Outcome, after_numbers, with_note
from bot.i18n import country_names
from bot.once import keyed, per_message
from bot.values import UserState

NAME = "disaster"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"
INJURY = "injury_health"
LOST = "lost_documents"
WAGES = "unpaid_wages"
SURE = 0.8  # below it, a reading the line goes before gives way to the reply
# Answers the line goes before (the emergency answer: after its numbers)
_WITH_LINE = frozenset(
    {INJURY, LOST, WAGES, "arrest_detention", "documents_confiscated", "social_security"}
)
_PLACE = (
    r"(?:room|rooms|house|home|dorm|dorms|dormitory|hostel|factory|building|site|apartment|"
    r"flat|camp|kitchen|floor|shop|market|farm|village|company)"
)
_FIRE = re.compile(
    r"\b(?:"
    rf"fire (?:in|at|on) (?:the |our |my |a )?(?:\w+ )?{_PLACE}|"
    rf"{_PLACE} (?:is |on )?(?:fire|burning)|"
    r"on fire|fire fire|big fire|there is (?:a )?fire|"
    r"smoke (?:everywhere|in (?:the |our |my )?room)|"
    r"(?:burn|burned|burnt|burning) down|"
    r"everything (?:is )?(?:burn|burned|burnt)|"
    r"pleung chheh|phleung chheh|plerng chheh|pleung chhes"
    r")\b"
)
# Romanised Burmese မီးလောင် (fire, burning; also a burn on the body: "a lote mhar mi laung
# tl", burned at work)
_BURN_LATIN = re.compile(r"\b(?:mee ?laung|mi ?laung)\b")
_BURN = "မီးလောင်"
_FLOOD = re.compile(
    r"\b(?:flood|flooded|flooding|floods|water (?:is )?(?:rising|coming in|very high|up to)|"
    # "flood everywhere, we on roof": people on a roof, not "I sleep on the roof" (a room
    # not given: the lead's read of round 30C)
    r"(?:we|we are|were|everyone|everybody|people|family)(?: is| are)? (?:on|up on) "
    r"(?:the )?roof)\b"
)
_FIRE_FLOOD_SCRIPT = (
    "မီးလောင်",  # fire, burning
    "ရေကြီး",  # flood
    "ရေဝင်နေ",  # water is coming in
    "ភ្លើងឆេះ",  # fire burning
    "អគ្គិភ័យ",  # a fire
    "ទឹកជំនន់",  # flood
    "លិចទឹក",  # under water
)
_ACCIDENT = re.compile(
    r"\b(?:"
    # not "work accident" ("work accident in malaysia who pays": the injury answer's)
    r"(?:car|motorbike|motorcycle|bike|truck|pickup|bus|van|road|traffic|boat|site) "
    r"accident|accident on the (?:road|way)|"
    r"(?:overturn|overturned|overturns|flipped over|capsized)|"
    r"(?:car|bike|motorbike|truck|bus|van|pickup) (?:crash|crashed)|"
    r"hit by (?:a |the )?(?:car|truck|motorbike|bus|pickup)|"
    r"(?:boat|ship) (?:sank|sink|sinking|sunk|capsized)|"
    r"(?:crane|building|wall|roof|scaffold|scaffolding|ceiling) "
    r"(?:fell|fall|fallen|falls|falling|collapse|collapsed|fall down|fell down)|"
    r"(?:trapped|stuck) under|under the rubble"
    r")\b"
)
_ACCIDENT_SCRIPT = (
    "ကားမှောက်",  # a vehicle overturned
    "ယာဉ်တိုက်",  # traffic collision
    "ကားတိုက်",  # hit by a car
    "ဆိုင်ကယ်တိုက်",  # motorbike crash
    "ပြိုကျ",  # collapsed
    "လှေနစ်",  # boat sank
    "គ្រោះថ្នាក់ចរាចរណ៍",  # road accident
    "ក្រឡាប់",  # overturned
    "ទូកលិច",  # boat sank
    "អគាររលំ",  # building collapsed
)
# A time gone by: what comes after the fire, not "get out now"
_PAST = re.compile(
    r"\b(?:last night|yesterday|last week|last month|last year|ago|after the (?:fire|flood)|"
    r"burned down|burnt down|everything (?:is )?(?:burn|burned|burnt)|lost everything|"
    # papers lost to it: the fire is behind them (the lead's read: "lost all documents when
    # running from the fire", in Khmer, got "get out now")
    r"lost (?:all |my |our )*(?:documents|papers|passport|things|id))\b"
)
_PAST_SCRIPT = (
    "မနေ့",
    "သွားပြီ",
    "စာရွက်စာတမ်းပျောက်",
    "ပတ်စ်ပို့ပျောက်",
    "ម្សិលមិញ",
    "ឆេះអស់",
    "បាត់ឯកសារ",
    "បាត់លិខិតឆ្លងដែន",
)
# A disaster at home told from abroad: not "get out now" (round 24A's line takes an
# earthquake at home; a flood at home is left open)
_AT_HOME = re.compile(
    # a place at home; not "my family" alone ("fire in our house, my family still inside",
    # in Thailand, got nothing: the lead's read)
    r"\b(?:at home|my village|in (?:myanmar|burma|cambodia)|"
    r"my (?:province|hometown|home town|region|state|township))\b"
)
# Burmese: in Myanmar, in the village, my township; Khmer: at home (the village), in
# Cambodia, my province
_AT_HOME_SCRIPT = (
    "မြန်မာမှာ",
    "ရွာမှာ",
    "မြို့နယ်",
    "នៅស្រុក",
    "នៅកម្ពុជា",
    "ខេត្តខ្ញុំ",
    "ភូមិខ្ញុំ",
)
# Asking for news of a flood or fire somewhere ("is there flood in mae sot now", မဲဆောက်ဘက်မှာ
# ရေကြီးနေလား, នៅបាត់ដំបងឥឡូវទឹកជំនន់ទេ): no one in it (the lead's read of round 30C)
_NEWS = re.compile(
    r"\b(?:(?:is there|are there|any) (?:a |any |big )?(?:flood|flooding|floods|fire)|"
    r"(?:flood|fire) news|news (?:of|about|on) (?:the )?(?:flood|fire))\b"
)
# Burmese: is it flooding?; Khmer: (is there) a flood?, any news?
_NEWS_SCRIPT = ("ရေကြီးနေလား", "ရေကြီးလား", "ទឹកជំនន់ទេ", "មានព័ត៌មានទេ")
_ASKED = re.compile(
    r"\b(?:police|papers|documents|pink card|licen[cs]e|pay him|pay her|pay them|money|baht|"
    r"ringgit|insurance)\b"
)
_ASKED_SCRIPT = ("ရဲက", "ပိုက်ဆံ", "စာရွက်", "ប៉ូលិស", "ឯកសារ", "លុយ")


# A burn on the body in Burmese is မီးလောင် too: "လက်မီးလောင်" (hand burned) is harm at work
# (work_conditions.py), no fire to get out of.
_BURNED_BODY = re.compile("(?:လက်|ခြေ|ခြေထောက်|မျက်နှာ|ကိုယ်|အသား|ဆီ|ရေနွေး)မီးလောင်")


@per_message
def fire_or_flood(words: str) -> bool:
    """Whether `words` tell of a fire or a flood."""
    return _plainly(words) or burn_only(words)


@per_message
def _plainly(words: str) -> bool:
    """A fire or flood in words that mean nothing else."""
    if holds(words, _FLOOD, ()):
        return True
    return holds(words, _FIRE, tuple(w for w in _FIRE_FLOOD_SCRIPT if w != _BURN))


@per_message
def burn_only(words: str) -> bool:
    """Whether the only fire in `words` is Burmese မီးလောင်, which is also a burn on the body
    (not "လက်မီးလောင်", a hand burned, at all)."""
    if _plainly(words):
        return False
    if _BURN_LATIN.search(words.lower()):
        return True
    return any(_BURN in _BURNED_BODY.sub("", r) for r in script_readings(words))


@per_message
def accident(words: str) -> bool:
    """Whether `words` tell of an accident: on the road, a boat, a building or crane."""
    return holds(words, _ACCIDENT, _ACCIDENT_SCRIPT)


@per_message
def _past(words: str) -> bool:
    return holds(words, _PAST, _PAST_SCRIPT)


def gone_by(words: str) -> bool:
    """Whether `words` tell of a time gone by ("last night", "everything burned")."""
    return _past(words)


def _at_home(words: str, state: UserState) -> bool:
    # with no place known, "flood at home in cambodia" is told from abroad too: not "get out"
    abroad = state.country not in ("MM", "KH")
    return abroad and holds(words, _AT_HOME, _AT_HOME_SCRIPT)


@keyed(lambda words, state: (words, state.country))
def says(words: str, state: UserState) -> bool:
    """Whether `words` tell of a fire, flood or accident where the person is."""
    if _at_home(words, state) or holds(words, _NEWS, _NEWS_SCRIPT):
        return False
    if fire_or_flood(words):
        return True
    # "i had work accident last year, can i claim?": the injury answer alone
    return accident(words) and not _past(words)


def instead(event: Text, state: UserState) -> bool:
    """Whether the reply answers `event` alone: the words tell of it and the NLU read no
    problem, or one the line does not go before ("crane fell on site" read as Fake jobs), or
    one it goes before but not surely ("boat sank, my husband missing" as an arrest)."""
    if not says(event.text, state):
        return False
    nlu = event.nlu
    if nlu is None or nlu.topic is None or nlu.topic not in (*_WITH_LINE, EMERGENCY):
        return True
    # "boat sank, my husband missing" read unsurely as an arrest went to the reply for
    # someone abroad, with no word on getting help now
    return nlu.topic != EMERGENCY and nlu.confidence < SURE


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Safety first, the number (or that there is none in our sources), a person; Emergency
    help, Injury or illness, Lost documents a tap away; the NLU's other readings."""
    outcome = also_wrote.person_first(
        _lines(event.text, state, ctx), (EMERGENCY, INJURY, LOST), event, state, ctx
    )
    return with_ambulance(outcome, state, ctx)


def with_ambulance(outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` with the ambulance numbers for the person's place in its first reply, above
    the line that heads the buttons ("You also wrote about this"); unchanged when our sources
    hold none (its lines say so). Also the overdose answer's (overdose.py)."""
    numbers = _ambulance(state, ctx)
    if not numbers:
        return outcome
    tr = ctx.translator(state.language)
    first, *rest = outcome.replies
    block = contacts_block(ctx.catalog, numbers, tr, state.origin)
    also = "\n\n" + tr.gettext("You also wrote about this. Tap to read more:")
    text, sep, tail = first.text.partition(also)
    first = replace(first, text=f"{text}\n\n{block}{sep}{tail}")
    return replace(outcome, replies=(first, *rest))


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`) with the line first; after the emergency numbers,
    never above them."""
    if not says(words, state) or (topic not in _WITH_LINE and topic != EMERGENCY):
        return outcome
    if topic == INJURY and burn_only(words) and not accident(words):
        return outcome  # "burned at work" in Burmese, read surely as an injury (the lead's read)
    if topic == EMERGENCY:
        return danger_told(words, outcome, state, ctx)
    # papers read surely as lost: the fire or flood is behind them ("lost documents in flood")
    lines = _lines(words, state, ctx, past=topic == LOST)
    return with_note(lines.replace("{person}", _person(state, ctx)), outcome)


def danger_told(words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """The emergency answer `outcome` with the line after its numbers, when `words` tell of
    a fire, flood or accident: in Thailand the numbers are trafficking hotlines, and the line
    says our sources hold no fire or ambulance number there."""
    if not says(words, state):
        return outcome
    tr = ctx.translator(state.language)
    note = _lines(words, state, ctx).replace("{person}", _person(state, ctx))
    return after_numbers(note, outcome, tr.gettext("You also wrote about this. Tap to read more:"))


def _person(state: UserState, ctx: Context) -> str:
    return ctx.translator(state.language).gettext("Talk to a person")


def _lines(words: str, state: UserState, ctx: Context, past: bool = False) -> str:
    _ = ctx.translator(state.language).gettext
    if fire_or_flood(words) and (past or _past(words)) and not accident(words):
        return _(
            "I am sorry. Is anyone hurt? Get treatment first, at the nearest hospital or "
            "clinic. Our sources have no checked information on help after a fire or flood, "
            "on replacing what was lost, or on pay when a workplace closes after it. A person "
            "from a partner organisation can help: tap “{person}”."
        )
    if accident(words):
        first = _(
            "An accident, someone hurt, trapped or missing? Keep yourself safe first, away "
            "from what fell, the traffic or the water. Get treatment first: take the person to "
            "the nearest hospital or clinic now."
        )
    else:
        first = _(
            "Fire or flood? Get out now and go to a safe place, away from the fire, the smoke "
            "or the water. Help others only if it is safe for you."
        )
    lines = [first, number_line(state, ctx)]
    if accident(words) and holds(words, _ASKED, _ASKED_SCRIPT):
        lines.append(
            _(
                "Our sources have nothing on road accidents, insurance, or what to do when the "
                "police or the other driver ask for papers or money. Before you pay or sign "
                "anything, talk to a person."
            )
        )
    lines.append(
        _("When you are safe, a person from a partner organisation can help: tap “{person}”.")
    )
    return "\n\n".join(lines)


def number_line(state: UserState, ctx: Context) -> str:
    """The line with the ambulance and fire number of the person's country, or that our
    sources have none (also under the overdose line: overdose.py, newest_kinds.py)."""
    _ = ctx.translator(state.language).gettext
    found = _ambulance(state, ctx)
    if found:
        return _("Call {number} now: the emergency number for police, ambulance and fire.").format(
            number=", ".join(phone for entry in found for phone in entry.phones)
        )
    names = country_names(ctx.translator(state.language))
    if state.country in names and state.country != "other":
        return _(
            "Our sources have no checked fire or ambulance number for {country}. Shout for "
            "help, and ask people near you to call one."
        ).format(country=names[state.country])
    return _(
        "Our sources have no checked fire or ambulance number for where you are. Shout for "
        "help, and ask people near you to call one."
    )


def _ambulance(state: UserState, ctx: Context) -> list[DirectoryEntry]:
    country = state.country if state.country != "other" else None
    return [
        entry for entry in ctx.catalog.emergency_contacts(country) if "ambulance" in entry.services
    ]
