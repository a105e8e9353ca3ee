"""Everyday questions our sources have nothing on, that the NLU reads as a topic (exploratory
round 47C, issue 12): a car's insurance read as the employment contract, a hotel booking
cancelled read as Going home, a vet for the dog read as an injury, earphones or photos lost
read as Lost documents, the bus number home read as Going home, a library card read as Visa
and work permit, a bank loan to build a house at home read as Work at home instead. Each got
a topic's answer that has nothing to do with the question.

The reply is the plain "I cannot help with that" with the menu (flows._cannot_help), counted
as out of scope (tally.py), read where money_home.py is: after danger words and every reader
of said_alone.py, before the NLU's topic; never when the NLU
surely read an emergency, and never when the words name anything of the person's own work,
papers, body or safety (`_OWN`): "I lost my passport on the bus", "hotel staff keep my
passport", "my boss took my phone", "bike accident, my leg broken", "insurance for my injury
at work", "dog bite me" keep their answers.

Latin phrases as whole words, Burmese and Khmer inside the text (spaces ignored, Burmese also
as read in Zawgyi). Romanised Khmer: កូនសោ (kon sor, key), សួនសត្វ (suon sat, zoo), ប្រឡងបើកបរ
(bralong bek bor, driving test), ធ្វើបុណ្យ (tver bon, make merit). Drafts for speakers at a
partner organisation to review.
"""

from __future__ import annotations

import re

from bot.dialogue import harm_said, triage
from bot.dialogue import instead as instead_rules
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds, script_readings
from bot.once import per_message

# The everyday thing asked about.
_THING_LATIN = re.compile(
    r"\b(?:(?:car|motorbike|motorcycle|moto|bike|scooter|vehicle) insurance|"
    r"insurance (?:for|of|on) (?:my |the |a )?(?:car|motorbike|motorcycle|moto|bike|vehicle)|"
    r"hotel (?:booking|room|reservation)|book(?:ing|ed)? (?:a |the )?hotel|"
    r"cancel\w* (?:the |my )?(?:hotel|booking)|airbnb|agoda|"
    r"(?:which|what) bus|bus (?:number|no|route|line|stop|timetable|schedule)|"
    r"vet|veterinar\w*|(?:my|our|the) (?:dog|cat|puppy|kitten|pet)s?|pet (?:shop|food)|"
    r"earphones?|headphones?|earbuds?|airpods|"
    r"(?:phone|mobile|internet|wifi) (?:contract|plan|package|bill)|"
    r"photos? (?:lost|gone|deleted|disappear\w*)|(?:lost|deleted) (?:my |all )?(?:\w+ )?photos|"
    r"library|"
    r"(?:bank|home|house) loan|mortgage|loan (?:\w+ ){0,3}(?:build|buy) (?:a |my )?house|"
    r"what time is it(?! open| close)|weather|forecast|(?:rainy|raining|rain|cold|hot|dry) season|"
    r"temple|pagoda|church|mosque|monastery|make merit|tver bon|wat khmer|"
    r"neighbou?rs? (?:\w+ ){0,2}(?:music|noise|noisy|loud|party|karaoke)|"
    r"(?:drawing|art|painting|music|swimming|dance|dancing|piano|guitar) (?:class|lesson|course)|"
    r"sim (?:card )?(?:register\w*|registration|package)|register (?:my |a |the )?sim|"
    r"sim ka register|"
    r"(?:lost|lose|cannot find|cant find) (?:my |the )?(?:\w+ )?keys?|kon sor|konsor|"
    r"zoo|suon sat|driving (?:test|exam)|bralong bek bor)\b"
)
_THING_SCRIPT = (
    "ကားအာမခံ",  # car insurance
    "ဆိုင်ကယ်အာမခံ",  # motorbike insurance
    "ဟိုတယ်",  # hotel
    "ဘတ်စ်ကားဘယ်နံပါတ်",  # which bus number
    "ဘတ်စ်ကားနံပါတ်",  # bus number
    "ကားလိုင်းနံပါတ်",  # bus line number
    "တိရစ္ဆာန်ဆေးရုံ",  # vet
    "နားကြပ်",  # earphones
    "ဓာတ်ပုံတွေပျောက်",  # photos lost
    "ဓာတ်ပုံပျောက်",  # photo lost
    "စာကြည့်တိုက်",  # library
    "ရာသီဥတု",  # weather
    "မိုးရာသီ",  # rainy season
    "ပန်းချီ",  # drawing
    "ဘုရားကျောင်း",  # pagoda
    "ဘုန်းကြီးကျောင်း",  # monastery
    "အိမ်နီးချင်း",  # neighbour
    "ဆင်းမ်ကတ်",  # SIM card
    "သော့ပျောက်",  # key lost
    "ធានារ៉ាប់រងឡាន",  # car insurance
    "ធានារ៉ាប់រងម៉ូតូ",  # motorbike insurance
    "សណ្ឋាគារ",  # hotel
    "ឡានក្រុងលេខ",  # bus number
    "ពេទ្យសត្វ",  # vet
    "ឆ្កែរបស់ខ្ញុំ",  # my dog
    "ឆ្មារបស់ខ្ញុំ",  # my cat
    "កាសស្ដាប់",  # earphones
    "រូបថតបាត់",  # photos lost
    "បណ្ណាល័យ",  # library
    "ខ្ចីលុយធនាគារធ្វើផ្ទះ",  # bank loan to build a house
    "ខ្ចីលុយធនាគារសង់ផ្ទះ",  # bank loan to build a house
    "អាកាសធាតុ",  # weather
    "រដូវវស្សា",  # rainy season
    "វត្តខ្មែរ",  # Khmer temple
    "ធ្វើបុណ្យ",  # make merit
    "អ្នកជិតខាង",  # neighbour
    "ស៊ីមកាត",  # SIM card
    "កូនសោ",  # key
    "សួនសត្វ",  # zoo
    "ប្រឡងបើកបរ",  # driving test
)

# Anything of the person's own work, papers, body or safety: the topic's answer stays.
_OWN_LATIN = re.compile(
    r"\b(?:passports?|permit|visa|pink card|ci card|id card|nrc|documents?|papers?|"
    r"boss|employer|supervisor|manager|owner|madam|nai ?jang|thaukae|taukae|"
    r"wages?|salary|pay (?:me|us)|not pay\w*|unpaid|overtime|deduct\w*|"
    r"work\w*|job|factory|company|a ?lote|tver kar|"
    r"police|polis|arrest\w*|immigration|jail|raid|chab|"
    r"agent|agency|broker|debt|owe|"
    # a recruiter, whoever he is (round 48C: "monk from temple say he bring us to malaysia,
    # pay 5000 baht first" got "I cannot help with that")
    r"bring (?:me|us|them|people)|send (?:me|us) to|recruit\w*|fees?|pay \w+ first|pay first|"
    r"injur\w*|hurt|broke|broken|bleed\w*|blood|accident|hospital|sick|pain|bite|bit me|"
    r"faint\w*|dizzy|breath\w*|unconscious|heat ?stroke|collaps\w*|"
    r"sleep|nowhere|homeless|camp|dorm\w*|afraid|scared|help me|"
    r"leg|arm|hand|head|die|died|dead|death|"
    r"stole|stolen|steal|rob\w*|took|take|taken|keep|kept|"
    r"lock\w*|trap\w*|hit|beat\w*|threat\w*|nude|naked|video|blackmail|leak\w*|post|"
    r"scam\w*|hack\w*|fake|"
    r"embassy|consulate|office|shelter|court|border|checkpoint|ngo|organi[sz]ation)\b"
)
_OWN_SCRIPT = (
    "ပတ်စ်ပို့",
    "ပတ်စပို့",
    "ပါမစ်",
    "ဗီဇာ",
    "စာရွက်စာတမ်း",
    "သူဌေး",
    "အလုပ်ရှင်",
    "လစာ",
    "လုပ်ခ",
    "အလုပ်",
    "ရဲ",
    "ဖမ်း",
    "ပွဲစား",
    "အေးဂျင့်",
    "ဒဏ်ရာ",
    "ကျိုး",
    "နာကျင်",
    "ဆေးရုံ",
    "မတော်တဆ",
    "သေဆုံး",
    "သေသွား",
    "ခိုး",
    "ယူသွား",
    "သိမ်း",
    "ကိုက်",  # bite
    "သတိလစ်",  # fainted
    "အသက်ရှူ",  # breathe
    "ដួលសន្លប់",  # fainted
    "សន្លប់",  # unconscious
    "ដកដង្ហើម",  # breathe
    "ရိုက်",
    "သော့ခတ်",
    "ပိတ်ထား",  # locked in (48C: ဟိုတယ်မှာ ပိတ်ထားတယ်, kept locked in a hotel)
    "ပိတ်မိ",  # trapped
    "លិខិតឆ្លងដែន",
    "ប៉ាស្ព័រ",
    "ប័ណ្ណការងារ",
    "ទិដ្ឋាការ",
    "ឯកសារ",
    "ថៅកែ",
    "ប្រាក់ខែ",
    "ធ្វើការ",
    "ការងារ",
    "ប៉ូលិស",
    "ចាប់",
    "ឈ្មួញ",
    "ភ្នាក់ងារ",
    "របួស",
    "បាក់",
    "ឈឺ",
    "មន្ទីរពេទ្យ",
    "គ្រោះថ្នាក់",
    "ស្លាប់",
    "លួច",
    "យក",
    "ខាំ",  # bite
    "វាយ",
    "ចាក់សោ",
    "បំណុល",
    "သံရုံး",  # embassy
    "ရုံး",  # office
    "နယ်စပ်",  # border
    "ស្ថានទូត",  # embassy
    "ការិយាល័យ",  # office
    "ព្រំដែន",  # border
)
# Work named only as the time of day ("after work, which bus home?"): not the person's work.
_AFTER_WORK_LATIN = re.compile(r"\b(?:after|finish\w*|from) work\b")
_AFTER_WORK_SCRIPT = ("အလုပ်ဆင်းပြီး", "အလုပ်ဆင်း", "ធ្វើការចប់", "ចេញពីធ្វើការ")


def _own(words: str) -> bool:
    if harm_said.topic(words) is not None:
        return True  # "bus stop, man follow me", "hot weather my friend fall down" (48C)
    latin = _AFTER_WORK_LATIN.sub(" ", words.lower().replace("'", "").replace("\u2019", ""))
    if _OWN_LATIN.search(latin):
        return True
    for reading in script_readings(words):
        for phrase in _AFTER_WORK_SCRIPT:
            reading = reading.replace(phrase, "")
        if any(phrase in reading for phrase in _OWN_SCRIPT):
            return True
    return False


@per_message
def asks(words: str) -> bool:
    """Whether `words` ask about an everyday thing our sources have nothing on, naming
    nothing of the person's own work, papers, body or safety."""
    return holds(words, _THING_LATIN, _THING_SCRIPT) and not _own(words)


def instead(event: Text, ctx: Context) -> bool:
    """Whether "I cannot help with that" answers `event`: never in place of an emergency the
    NLU read surely, nor where a rule of instead.py reads a problem in the words in place of
    the NLU's reading (the lead, session 29: "hot weather my friend faint", read as out of
    scope, is an injury by work_conditions.py's rule, and got "I cannot help with that")."""
    if triage.sure_emergency(event.nlu) or not asks(event.text):
        return False
    nlu = event.nlu
    if nlu is None:
        return True
    return instead_rules.read(nlu.topic, event.text, nlu.confidence, ctx).topic == nlu.topic
