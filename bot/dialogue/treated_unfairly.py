"""Treated badly for who one is, not for one's papers (exploratory round 32B): prayer, fasting,
halal food, a headscarf, leave for a festival, insults about one's nationality, less pay than
local workers for the same work, a landlord or a shop that refuses migrants, "go back to your
country"; and a hospital or clinic that turned someone away.

Before: "boss not let me pray at work, i am muslim" and "can i wear headscarf at work?" got
the injury answer; "no halal food in dormitory" Passport taken; "employer tell me stop go to
church" Fake jobs; "boss no give leave for thingyan" Change employer; "neighbour always say go
back to your country" Going home; "the boss calls us burmese dogs" "I cannot help with that";
its Burmese form and the Burmese "the boss does not let us pray" the emergency numbers (the
NLU's reading, no danger word: an insult is not violence); "hospital refuse me because i am
cambodian" the line on fearing a hospital, for someone already turned away.

Our sources have nothing on discrimination, equal pay, religion at work or leave for festivals
in any country, nor on whether a hospital may refuse a migrant. So: a line that says so, that
an insult is not the person's fault, what to write down, a person, Emergency help a tap away;
before Unpaid wages or Where to complain when the NLU read them. Violence (hit, beat, a knife)
is not read here: danger words and the NLU's emergency reading keep the numbers.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review and
extend.
"""

from __future__ import annotations

import re

from bot.content.localised import topic_title
from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds, holds_script
from bot.dialogue.outcome import Outcome, with_note
from bot.once import per_message
from bot.values import UserState

NAME = "treated_unfairly"  # counted as a conversation (tally.py), never words
REFUSED = "care_refused"  # a hospital or clinic that turned someone away, counted likewise
INJURY = "injury_health"
WAGES = "unpaid_wages"
CHANNELS = "complaint_channels"
EMERGENCY = "emergency_help"
# Answers the line goes before; any other reading of these words is the NLU's guess (the
# injury answer for a prayer, Passport taken for halal food, Going home for "go back")
_WITH_LINE = frozenset({WAGES, CHANNELS, "change_employer", "employment_contract"})
UNSURE = 0.5
# Answers kept, with the line first, when the NLU reads them well: "boss take my passport and
# call us burmese dogs" (0.81) is a passport taken; "no halal food in dormitory" (0.40) and
# "no foreign worker allowed inside" (0.54) were Passport taken by guess
_KEPT = frozenset({"documents_confiscated", "arrest_detention"})
KEPT_FROM = 0.7

_NATION = (
    r"(?:burmese|burma|myanmar|bamar|bama|khmer|cambodian|cambodians|cambodia|migrant|migrants|"
    r"foreign|foreigner|foreigners|muslim|muslims|christian|buddhist|hindu)"
)
_OTHERS = (
    r"(?:thai|thais|local|locals|malaysian|malay|korean|koreans|japanese|singaporean|vietnamese|"
    r"lao|laos|indonesian|nepali|bangladeshi|filipino|chinese)"
)
_NAMES = r"(?:dog|dogs|pig|pigs|animal|animals|monkey|monkeys|buffalo|slave|slaves)"
_LATIN = re.compile(
    r"\b(?:"
    # insults: "burmese dogs", "call us dogs", "cambodian people stupid and dirty"
    rf"{_NATION} {_NAMES}|"
    rf"(?:call|calls|called|calling) (?:us|me|him|her|them|we) (?:a |an )?(?:{_NAMES}|stupid|"
    r"dirty|lazy|thief|thieves)|"
    rf"{_NATION} (?:people|worker|workers|ppl) (?:are |is )?(?:stupid|dirty|lazy|thief|thieves)|"
    r"go back (?:to )?(?:your|ur|you) (?:own )?country|"
    r"discriminat\w*|racis[mt]|racial|"
    # "because i am cambodian", "because he is myanmar", "because we muslim"
    rf"because (?:of )?(?:i|we|he|she|they|my|our|i m|im)(?: am| are| is| m| r)? (?:a )?{_NATION}|"
    # refused: "no rent room to myanmar people", "no foreign worker allowed inside"
    r"(?:no|not|dont|do not|wont|will not|refuse to|refuse) (?:rent|sell|serve|accept|allow|let)"
    rf"\b[^.?!]{{0,30}}\b{_NATION}|"
    rf"no {_NATION}(?: worker| workers| people)? (?:allowed|allow)|"
    # pay: "pay vietnamese more than myanmar", "thai workers get more"
    rf"(?:pay|pays|paid)\b[^.?!]{{0,25}}\b(?:more|higher) than (?:us|me|we|{_NATION})|"
    rf"(?:pay|pays|paid) (?:us|me|{_NATION})\b[^.?!]{{0,15}}\bless than (?:the )?"
    rf"(?:{_OTHERS}|other|others)|"
    rf"{_OTHERS} (?:worker |workers |people |staff )?(?:get|gets|got|paid|earn|earns)\b"
    r"[^.?!]{0,20}\b(?:more|higher)|"
    # romanised: Burmese ဗမာခွေး (Burmese dog), Khmer ខ្មែរឆ្កែ (Khmer dog)
    r"(?:bamar|bama|myanmar|burmese) khway|khway (?:bamar|bama)|khmer chkae|chkae khmer"
    r")\b"
)
_RELIGION = re.compile(
    r"\b(?:pray|praying|prayer|prayers|solat|namaz|mosque|church|ramadan|ramadhan|puasa|"
    r"fasting|halal|eat pork|eating pork|headscarf|head scarf|hijab|tudung|religion|"
    r"religious)\b"
)
_FESTIVAL = re.compile(
    r"\b(?:thingyan|water festival|songkran|khmer new year|chol chnam|choul chnam|pchum ben|"
    r"eid|hari raya|christmas|deepavali|diwali|chinese new year|lunar new year)\b"
)
# what a prayer or a festival is said with: not allowed, stopped, asked about, no leave
_LIMIT = re.compile(
    r"\b(?:not|no|dont|cannot|cant|(?:can|may) i (?:wear|eat|fast|take)|stop|stopped|refuse|"
    r"refused|forbid|ban|"
    r"banned|force|forced|only|allow|allowed|let|fire|fired|leave|holiday|holidays|day off|"
    r"days off)\b"
)
# what a festival is said with: leave, a day off, being fired, not allowed
_LEAVE = re.compile(
    # "no holiday for songkran", not "songkran holiday start when" (a date asked: the lead's
    # read of round 32B)
    r"\b(?:leave|(?:no|not get|not give|no give|dont get|dont give|get|give|have|got) "
    r"(?:a |any )?holidays?|days? (?:of )?holidays?|day off|days off|off day|fire|fired|"
    r"not allow|not let|"
    r"no give|not give|dont give|refuse|refused)\b"
)
_SCRIPT = (
    # Burmese: Burmese dog (two ways), go back to your country (two ways), discriminate,
    # racial discrimination, permission to pray or to worship, permission to fast, no halal
    # (two ways), permission to wear a headscarf, not to wear one, made to eat pork. A mosque
    # or a church alone is a question of where ("ဗလီ ဘယ်နားမှာရှိလဲ"), not read.
    "ဗမာခွေး",
    "မြန်မာခွေး",
    "မင်းတို့နိုင်ငံပြန်",
    "နင်တို့နိုင်ငံပြန်",
    "ခွဲခြားဆက်ဆံ",
    "လူမျိုးခွဲခြား",
    "ဆုတောင်းခွင့်",
    "ဝတ်ပြုခွင့်",
    "အစာရှောင်ခွင့်",
    "ဟလာလ်မရှိ",
    "ဟလာလ်အစားအစာမရှိ",
    "ခေါင်းစွပ်ဝတ်ခွင့်",
    "ခေါင်းစွပ်မဝတ်ရ",
    "ဝက်သားစားခိုင်း",
    # Khmer: Khmer dog (two ways), go back to your country, discriminate, not allowed to pray
    # (two ways), no halal food, not allowed to wear a veil
    "ខ្មែរឆ្កែ",
    "ឆ្កែខ្មែរ",
    "ត្រឡប់ទៅប្រទេសឯង",
    "រើសអើង",
    "មិនឲ្យអធិស្ឋាន",
    "មិនអោយអធិស្ឋាន",
    "គ្មានម្ហូបហាឡាល់",
    "មិនឲ្យពាក់ស្បៃមុខ",
)
# Burmese: a headscarf, halal, fasting, written with permission, none, not given, not to
# wear, made to (the Zawgyi "ေခါင္းစြပ္ဝတ္ခြင့္မေပးဘူး": not allowed to wear a headscarf)
_RELIGION_SCRIPT = ("ခေါင်းစွပ်", "ဟလာလ်", "အစာရှောင်")
_NOT_SCRIPT = ("ခွင့်", "မရှိ", "မပေး", "မဝတ်", "ခိုင်း")
# A festival (Thingyan; the Khmer New Year, Pchum Ben) written with leave or "not allowed"
_FESTIVAL_SCRIPT = ("သင်္ကြန်", "ចូលឆ្នាំ", "ភ្ជុំបិណ្ឌ")
_LEAVE_SCRIPT = ("ခွင့်", "ច្បាប់ឈប់", "ឈប់សម្រាក", "មិនឲ្យ", "មិនអោយ")

# Burmese: the same work (two ways), with more pay or paid more; Khmer: the same work, with
# more than or less than (ထိုင်းအလုပ်သမားတွေက အလုပ်တူတူ လုပ်ပေမယ့် ... လစာပိုရတယ်: Thai workers
# get more pay for the same work)
_SAME_WORK_SCRIPT = ("အလုပ်တူ", "တူညီတဲ့အလုပ်", "ការងារដូចគ្នា")
_MORE_SCRIPT = ("လစာပို", "ပိုရ", "ပိုပေး", "ច្រើនជាង", "តិចជាង")

# violence: never read here, the numbers stay (danger words come first in any case)
_VIOLENT = re.compile(
    r"\b(?:hit|hits|beat|beats|beaten|beating|kick|kicked|punch|punched|slap|slapped|attack|"
    r"attacked|knife|gun|bleeding|blood|kill|killed|hurt|hurts|threaten|threatened|rape|raped)\b"
)
_VIOLENT_SCRIPT = ("ရိုက်", "ထိုးကြိတ်", "သတ်မယ်", "သွေးထွက်", "វាយ", "សម្លាប់", "ធាក់", "ឈាម")

_CARE = r"(?:hospital|hospitals|clinic|clinics|doctor|doctors|nurse)"
_REFUSE = (
    r"(?:refuse|refused|refuses|refusing|reject|rejected|not treat|no treat|dont treat|"
    r"wont treat|will not treat|not want to treat|not accept|no accept|dont accept|"
    r"turn(?:ed)? (?:me|us|him|her|them) away|send (?:me|us|him|her) away|sent (?:me|us|him|her) "
    r"away|chase (?:me|us) out)"
)
# The care named after the refusal only when the person was sent away: "they turned me away
# at the clinic", not "employer refuse give hospital money" (the employer refuses; the lead's
# read of round 32B)
_AWAY = (
    r"(?:reject(?:ed)? (?:me|us|him|her|them)|not accept (?:me|us|him|her|them)|"
    r"turn(?:ed)? (?:me|us|him|her|them) away|send (?:me|us|him|her) away|sent (?:me|us|him|her) "
    r"away|chase (?:me|us) out)"
)
_REFUSED_LATIN = re.compile(
    rf"\b(?:{_CARE}\b[^.?!]{{0,40}}\b{_REFUSE}|{_AWAY}\b[^.?!]{{0,20}}\b{_CARE})\b"
)
# Burmese: hospital, clinic; Khmer: hospital or doctor (ពេទ្យ), clinic
_CARE_SCRIPT = ("ဆေးရုံ", "ဆေးခန်း", "ពេទ្យ", "គ្លីនិក")
# Burmese: does not accept, will not treat (two ways); Khmer: refuses to treat, does not
# accept, refuses
_REFUSE_SCRIPT = ("လက်မခံ", "မကုပေး", "ကုမပေး", "មិនព្រមព្យាបាល", "មិនទទួល", "បដិសេធ")


# Hostility for being Cambodian since the 2025 border conflict (46A): "thai people shout at
# us", romanised Khmer ស្រែកដាក់ (srek dak, shout at) with Thai or Khmer named, its script;
# read before work_conditions.py (a boss who shouts): people in the street are no boss
_HOSTILE = re.compile(
    rf"\b(?:{_OTHERS} (?:people |ppl |man |men |woman |neighbou?rs? )?(?:shout|shouts|"
    rf"shouting|shouted|yell|yells|yelling|yelled) (?:at )?(?:us|me|we|{_NATION})|"
    r"thai srek dak|srek dak (?:khmer|yerng|yeung|yoeng))\b"
)
_HOSTILE_SCRIPT = ("ថៃស្រែកដាក់",)  # Thais shout at


def hostile(words: str) -> bool:
    """Whether `words` tell of Thais (or other locals) shouting at migrants, not a boss."""
    return holds(words, _HOSTILE, _HOSTILE_SCRIPT)


# Told to hide (46A: "his thai neighbor angry, he say i must hide" got Passport taken); not
# from the police or a raid, whose answers are the arrest answer's
_HIDE = re.compile(
    r"\b(?:say|says|said|tell|tells|told)\b[^.?!]{0,12}\b(?:i|we|me|us|cambodians?|khmer) "
    r"(?:must|have to|need to|should|to|go) hide\b"
)
_RAID = re.compile(r"\b(?:police|immigration|raid|check|checks|checking|soldier|soldiers)\b")


@per_message
def says(words: str) -> bool:
    """Whether `words` tell of being treated badly for one's nationality or religion, of
    religion at work, of leave for a festival, or of less pay than others for the same work."""
    lowered = words.lower().replace("'", "").replace("\u2019", "")
    if holds(words, _LATIN, _SCRIPT):
        return True
    if hostile(words):
        return True
    if _HIDE.search(lowered):
        return not _RAID.search(lowered)
    if _RELIGION.search(lowered):
        return bool(_LIMIT.search(lowered))
    if _FESTIVAL.search(lowered):  # not "i go home for songkran, when can i come back?"
        return bool(_LEAVE.search(lowered))
    if holds_script(words, _RELIGION_SCRIPT) and holds_script(words, _NOT_SCRIPT):
        return True
    if holds_script(words, _FESTIVAL_SCRIPT):
        return holds_script(words, _LEAVE_SCRIPT)
    if holds_script(words, _SAME_WORK_SCRIPT):
        return holds_script(words, _MORE_SCRIPT)
    # "thai worker get 400 baht, we cambodian get 300 for same work"
    return bool(re.search(r"\bsame (?:work|job)\b", lowered)) and bool(
        re.search(rf"\b{_OTHERS}\b", lowered)
    )


@per_message
def violent(words: str) -> bool:
    """Whether `words` tell of violence: the emergency path, not this line."""
    lowered = words.lower()
    return bool(_VIOLENT.search(lowered)) or holds_script(words, _VIOLENT_SCRIPT)


@per_message
def refused_care(words: str) -> bool:
    """Whether `words` tell of a hospital, a clinic or a doctor that turned someone away."""
    if _REFUSED_LATIN.search(words.lower().replace("'", "").replace("\u2019", "")):
        return True
    return holds_script(words, _CARE_SCRIPT) and holds_script(words, _REFUSE_SCRIPT)


def _read(event: Text) -> tuple[str | None, float]:
    nlu = event.nlu
    if nlu is None or nlu.topic is None:
        return None, 0.0
    return nlu.topic, nlu.confidence


def instead(event: Text) -> bool:
    """Whether the line answers `event` alone: the words say it, tell of no violence, and the
    NLU read nothing the line goes before (Unpaid wages, Where to complain), or not surely.
    An emergency the NLU read in an insult or a prayer is its guess: no danger word was
    typed (they are read first), and Emergency help stays a tap away."""
    words = event.text
    if not says(words) or violent(words) or refused_care(words):
        return False
    topic, confidence = _read(event)
    if topic in _KEPT:
        return confidence < KEPT_FROM
    return topic not in _WITH_LINE or confidence < UNSURE


def refused_instead(event: Text) -> bool:
    """Whether the hospital line answers `event` alone: a hospital turned someone away, no
    violence, and the NLU did not read the injury answer (which gets the line first)."""
    words = event.text
    if not refused_care(words) or violent(words):
        return False
    topic, _ = _read(event)
    return topic not in (INJURY, EMERGENCY)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; what to write down; a person; Where to complain,
    Emergency help; the other problems the NLU read; the menu."""
    return also_wrote.person_first(_line(state, ctx), (CHANNELS, EMERGENCY), event, state, ctx)


def refused_reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """The hospital line; a person; Injury or illness, Emergency help; the menu."""
    return also_wrote.person_first(_care_line(state, ctx), (INJURY, EMERGENCY), event, state, ctx)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`), first the hospital line for a refusal before the
    injury answer, or the line before Unpaid wages or Where to complain. Never above the
    emergency numbers."""
    if topic == EMERGENCY:
        return outcome
    tr = ctx.translator(state.language)
    if topic == INJURY and refused_care(words):
        return with_note(
            _care_line(state, ctx).format(person=tr.gettext("Talk to a person")), outcome
        )
    if (topic in _WITH_LINE or topic in _KEPT) and says(words) and not violent(words):
        line = _line(state, ctx).format(
            person=tr.gettext("Talk to a person"),
            emergency=topic_title(ctx.catalog, EMERGENCY, tr.language),
        )
        return with_note(line, outcome)
    return outcome


def _line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return _(
        "Your religion, prayer, food, a festival, insults, or less pay than others for the "
        "same work? Our sources have no checked rules on religion at work, leave for "
        "festivals, discrimination or equal pay in any country, so we cannot say what is "
        "allowed where you are. Being insulted for who you are is not your fault. Write down "
        "what happened, when, what was said and who saw it. A person from a partner "
        "organisation can tell you what applies to you: tap “{person}”. If someone hurts you "
        "or threatens to, tap “{emergency}”."
    )


def _care_line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return _(
        "Turned away by a hospital or clinic? Our sources do not say whether a hospital may "
        "refuse a migrant, with or without papers. If it is urgent, go to another hospital or "
        "clinic now. A person from a partner organisation may know where you can be treated: "
        "tap “{person}”."
    )
