"""Working conditions (exploratory round 29B): long hours, no day off, forced overtime, no
toilet break or drinking water, a boss who shouts; and harm at work that needs treatment now
(a friend who fainted in the heat, a burn from pesticide, a finger cut by a machine).

Before: "i work 14 hour every day, no day off one month, is this normal in thailand?" got
the reply on domestic workers in the employer's house (live_in.py) though no house was
named; "no toilet break, supervisor shout at us every day" and "boss shout me every day"
were not understood; "no drinking water at farm" (Korea) got Cambodia's trafficking answer;
the Zawgyi "my friend fainted from the heat" got "I cannot help with that", and "my friend
fainted in heat, not breathing" the injury answer with nothing on getting help now.

Our sources have no limit on working hours, days off, breaks or overtime in any country. So:
a line that says so, what to write down and keep, a person; before an answer the NLU read
(Unpaid wages, Where to complain), or alone with Unpaid wages and Where to complain a tap
away. Harm: the injury answer, first "get treatment first, the nearest hospital" (the
content's own words) and what to write down.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review and
extend.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue import also_wrote, disaster, live_in, overdose, treated_unfairly
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds, script_readings
from bot.dialogue.outcome import Outcome, after_numbers, with_note
from bot.once import per_message
from bot.values import Button, UserState

NAME = "work_conditions"  # counted as a conversation (tally.py), never words
INJURY = "injury_health"
WAGES = "unpaid_wages"
CHANNELS = "complaint_channels"
EMERGENCY = "emergency_help"
SURE = 0.95
# Answers the hours line goes before: not a scam compound's ("he must scam 12 hours"), a
# passport's or the emergency answer
_WITH_LINE = frozenset(
    {WAGES, CHANNELS, "change_employer", "employment_contract", "social_security", INJURY}
)
UNSURE = 0.5  # below it, the NLU's guess is no reading ("no drinking water": trafficking)

_HOURS = re.compile(
    r"\b(?:"
    r"1[0-9] ?(?:hour|hours|hr|hrs|h|maong|nayi|nar yi)|"
    r"(?:forced?|forcing|make|makes|made) (?:us |me )?(?:do |to do )?(?:overtime|ot)|"
    r"(?:overtime|ot) (?:every day|everyday|every night|until|till)|"
    r"(?:must|have to|has to) (?:do )?(?:overtime|ot)|"
    r"no (?:toilet|bathroom|rest|lunch|meal|drinking water|water|break)(?: break| time)?|"
    r"(?:lock|locks|locked) (?:the )?(?:toilet|bathroom)|"
    r"toilet (?:break|permission)|"
    r"(?:shout|shouts|shouting|yell|yells|yelling|scold|scolds|scolding) (?:at )?(?:me|us)|"
    r"(?:7|seven) days? (?:a|per|every) week|"
    r"from \d{1,2} ?am to|"
    r"working hours|work hours|time card|"
    r"is (?:this|it) normal|"
    # no rest when sick (session 26: "boss not let us go home when sick, is it legal?" got the
    # injury answer alone)
    r"(?:not|dont|do not|doesnt|does not|never|wont|will not) (?:let|allow) (?:me|us) "
    r"(?:go home|rest|stop|take (?:a )?(?:day )?off)(?: work)? (?:when|while|if|because)"
    r"(?: i am| we are| i m| im| were)? (?:sick|ill)|"
    r"(?:no|without|not give|not get) (?:any )?sick leave|"
    r"(?:work|working) (?:when|while|even when|even if)(?: i am| we are| i m| im)? (?:sick|ill)"
    r")\b"
)
_HOURS_SCRIPT = (
    # Burmese: hours (after a number, below); no drinking water allowed; no meal break;
    # forced overtime; toilet; scolds
    "ရေသောက်ခွင့်မရှိ",
    "သောက်ရေမရှိ",
    "ထမင်းစားချိန်မပေး",
    "အချိန်ပိုအတင်း",
    "အိမ်သာမသွားရ",
    "ဆူပူ",
    # Khmer: no drinking water; shouts at; toilet; no time to rest; forced overtime
    "គ្មានទឹកផឹក",
    "ស្រែកដាក់",
    "បង្គន់",
    "គ្មានពេលសម្រាក",
    "បង្ខំឲ្យធ្វើការថែមម៉ោង",
)
# a number (Burmese, Khmer or Latin digits) of ten or more before hours: "၁၄ နာရီ", "១៤ ម៉ោង"
_HOURS_NUMBER = re.compile(r"(?:1|၁|១)[0-9၀-၉០-៩]\s*(?:နာရီ|ម៉ោង)")

_HARM = re.compile(
    r"\b(?:"
    # round 54A: not a faint stamp or print ("the stamp on my passport is very faint" got
    # treatment first), nor a company or business that collapsed ("company collapse, boss
    # run away"); a person who feels faint or collapsed still is harm
    r"(?<!very )(?<!too )(?<!so )(?<!quite )(?<!little )(?<!bit )faint(?!\s+(?:stamp|print|"
    r"ink|writing|letters?|words|line|photo|copy|colou?r|mark))|"
    r"fainted|fainting|pass(?:ed)? out|unconscious|not breathing|"
    r"(?<!company )(?<!business )(?<!factory )(?<!shop )(?<!market )(?<!deal )(?<!plan )"
    r"collapsed?|"
    # (the lead, session 29: "too hot season, my friend cannot breathe", read as out of
    # scope, got "I cannot help with that")
    r"(?:cannot|can ?not|cant|can't|could not|couldnt|hard to|difficult to) breathe|"
    r"heat ?stroke|"
    r"(?:skin|hand|hands|eyes?|face) (?:is |are )?(?:burn|burning|burned|burnt)|"
    r"(?:burn|burned|burnt) (?:by|from) (?:the )?(?:chemical|chemicals|pesticide|acid)|"
    r"(?:finger|fingers|hand|arm) (?:was |is |got )?(?:cut|cut off|crushed)|"
    r"machine (?:cut|crush|crushed)|"
    r"sanlob|"
    # Medical emergencies told in words (the lead, session 30: "snake bite my husband in the
    # plantation" got "I cannot help with that"; "my wife having seizure shaking" the
    # compensation fund before any word on getting help now)
    # (round 54A: not the boss's temper, "my boss will have a fit if i ask for day off")
    r"seizures?|convulsions?|(?:having|had|has|have) (?:a |an )?(?:fit|fits|stroke)"
    r"(?!\s+(?:if|when|about|of luck))|"
    r"epileptic fit|"
    r"(?:not|cannot|can ?not|cant|wont|will not|does not|doesnt|did not|didnt) "
    r"(?:wake|waking|waking up|wake up)(?! (?:up )?(?:early|on time|in time|for work))|"
    r"(?:bleeding|bleed|bleeds) (?:a lot|so much|too much|badly|heavily|very much|not stop|"
    r"wont stop|will not stop|everywhere)|"
    r"(?:lots of|so much|too much|a lot of) blood|heavy bleeding|(?:head|mouth|nose) bleeding|"
    r"blood (?:not stop|wont stop|everywhere)|"
    r"snake ?bites?|snake ?bit|bitten by (?:a )?snake|snake (?:bite|bit|bitten)|"
    r"electric shock|electrocuted|shocked by (?:the )?(?:electric|electricity|wire)|"
    r"(?:drank|drink|drinks|drinking|swallowed|ate) (?:the |some )?"
    r"(?:pesticide|poison|weed killer|bleach|insecticide)|(?:drank|swallowed) (?:the |some )?"
    r"chemicals?|"
    # round 54A: "drowned in debt" is no drowning
    r"chest pain|heart attack|choking|drowned(?!\s+in\s+(?:debt|debts|loans?|work|bills))|"
    r"drowning in (?:the )?(?:river|sea|water|pond|lake|canal|pool)|"
    # round 54A: a thing fallen is no person ("a box fell from the roof of the truck, boss
    # say i must pay" got treatment first); "box fell from the roof on my head" is harm to
    # the head ("on (my|his) head" below)
    r"(?<!box )(?<!boxes )(?<!bag )(?<!bags )(?<!phone )(?<!goods )(?<!things )(?<!it )"
    r"(?<!tile )(?<!tiles )(?<!sack )(?<!sacks )"
    r"fell (?:down )?(?:from|off) (?:the |a )?(?:roof|building|scaffold|scaffolding|ladder|"
    r"tree|height|floor)|"
    r"fell (?:on|onto) (?:my|his|her|their) (?:head|body|leg|legs|back|chest)|"
    # romanised Burmese: cannot breathe, unconscious, snake bite, electric shock
    r"a ?thet (?:shu|shoo) (?:ma|mha) (?:ya|ra)|thadi ?(?:lit|lite|let)|that ?ti ?lit|"
    r"mway ?(?:kite|kaik|kaitt)|mwe ?(?:kite|kaik|kaitt)|dat ?(?:lite|lait)|"
    # romanised Khmer: cannot breathe, snake bite, electric shock, bleeding a lot
    r"(?:dok|dak) (?:dong|dang) (?:hae|haeum|heurm|hoem|haem) (?:min|mun|mi) "
    r"(?:ruoch|rouch|ruch|ban)|"
    r"(?:pos|pous|puos) (?:chik|chuk|chek|chak)|(?:chhok|chhak|chok) (?:phleung|pleung|plerng)|"
    r"(?:hou|hor|hoo) (?:chheam|cheam|chhiem) (?:chraen|chreun|chroen|chhraen)|"
    # round 52A: "my friend fell from scaffolding he not moving blood from head" got the
    # injury answer without treatment first; romanised Khmer "chhaam chenh chraen" (much
    # blood) got "I cannot help with that". Someone (not a visa, not a move of house) not
    # moving, bleeding from the head, much blood (not "blood test"); romanised Burmese
    # သတိလစ် (unconscious), Khmer សន្លប់ (fainted), ឈាមចេញ / ហូរឈាម (blood comes out)
    r"(?:he|she|they|friend|him|her|brother|sister|husband|wife|worker|baby|child)\s+"
    r"(?:is\s+|are\s+)?(?:not|no longer|stopped)\s+moving"
    r"(?!\s+(?:to|house|home|out|in|into|from|room|job|his|her|their|my|the|a|our)\b)|"
    r"(?:blood|bleeding|bleed)\s+(?:from|in)\s+(?:the\s+|his\s+|her\s+|my\s+)?"
    r"(?:head|mouth|ears?|nose)|head\s+(?:is\s+)?bleeding|"
    r"(?:so\s+much|too\s+much|a\s+lot\s+of|lots\s+of)\s+blood(?!\s+tests?)|losing blood|"
    r"thadi lit|tha di lit|thati lit|sanlop|sonlob|sonlop|"
    r"(?:chheam|chhaam|chhiem)\s+(?:chenh|hor|hou)|(?:hor|hou)\s+(?:chheam|chhaam)"
    r")\b"
)
_HARM_SCRIPT = (
    # Burmese: fainted (two ways), unconscious
    "မူးလဲ",
    "သတိလစ်",
    "သတိမရ",
    # Khmer: fainted; finger cut
    "សន្លប់",
    "កាត់ម្រាមដៃ",
    # Burmese (the lead, session 30: "my friend cannot breathe" got the reply for someone
    # abroad): cannot breathe (two ways), breath tight, snake bite, electric shock, epileptic
    # fit, bleeding a lot, blood not stopping, chest pain, drank poison, not waking
    "အသက်ရှူမရ",
    "အသက်မရှူ",
    "အသက်ရှူကျပ်",
    "မြွေကိုက်",
    "ဓာတ်လိုက်",
    "ဝက်ရူးပြန်",
    "သွေးအများကြီးထွက်",
    "သွေးထွက်မရပ်",
    "သွေးမတိတ်",
    "ရင်ဘတ်အောင့်",
    "အဆိပ်သောက်",
    "မနိုးတော့",
    # Khmer: cannot breathe, hard to breathe, snake bite, electric shock (two ways),
    # convulsing, bleeding a lot, blood not stopping, drank or swallowed poison
    "ដកដង្ហើមមិនរួច",
    "ពិបាកដកដង្ហើម",
    "ពស់ចឹក",
    "ឆក់ភ្លើង",
    "ភ្លើងឆក់",
    "ប្រកាច់",
    "ហូរឈាមច្រើន",
    "ឈាមហូរមិនឈប់",
    "ផឹកថ្នាំពុល",
    "លេបថ្នាំពុល",
    # round 52A: Khmer much blood comes out
    "ឈាមចេញច្រើន",
    # round 53A: a friend fallen at work, "ခေါင်းက သွေးတွေထွက်နေတယ်" (blood comes from his
    # head, typed in Zawgyi) got the injury answer without treatment first; Burmese blood
    # from the head, Khmer the head bleeding (ក្បាលហូរឈាម, ឈាមចេញពីក្បាល)
    "ခေါင်းကသွေးထွက်",
    "ခေါင်းကသွေးတွေထွက်",
    "ခေါင်းကနေသွေးထွက်",
    "ခေါင်းမှာသွေးထွက်",
    "ခေါင်းမှာသွေးတွေထွက်",
    "ခေါင်းသွေးထွက်",
    "ក្បាលហូរឈាម",
    "ហូរឈាមក្បាល",
    "ឈាមចេញពីក្បាល",
    "ឈាមហូរពីក្បាល",
)


@per_message
def says(words: str) -> bool:
    """Whether `words` tell of long hours, no rest, forced overtime, no break or water, or
    shouting."""
    if holds(words, _HOURS, _HOURS_SCRIPT):
        return True
    return bool(_HOURS_NUMBER.search("".join(words.split())))


# The head, then blood coming out, with a few words between (round 54A: "ထမင်းဆိုင်ပိုင်ရှင်က
# ခေါင်းကို ရိုက်လို့ သွေးထွက်နေတယ်", the rice-shop owner hit me on the head and it bleeds, got
# the numbers and nothing on treatment: the phrases above hold the head and the blood side by
# side only); Khmer ក្បាល ... ហូរឈាម / ឈាមហូរ / ឈាមចេញ. Unspaced, Zawgyi read too.
_HEAD_BLOOD = re.compile(r"(?:ခေါင်း|ក្បាល).{0,24}?(?:သွေး(?:တွေ)?ထွက်|ហូរឈាម|ឈាមហូរ|ឈាមចេញ)", re.DOTALL)


@per_message
def harmed(words: str) -> bool:
    """Whether `words` tell of harm at work that needs treatment now: fainting, a burn, a cut."""
    if holds(words, _HARM, _HARM_SCRIPT):
        return True
    return any(_HEAD_BLOOD.search(reading) for reading in script_readings(words))


# Round 55A: harm told of the past or of everyday conditions ("chest pain last month, can i
# claim", "i had a seizure two years ago, can i still go to korea", "smoke choking us every
# day") got "Get treatment first", which is for harm now. A part of the message (between
# commas, full stops, "but", "and now") that says when, long ago or every day, tells no harm
# now; harm told in another part does ("my friend fainted last week, now he is not breathing").
_WHEN_NOT_NOW = re.compile(
    r"\b(?:"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|many|some|several) "
    r"(?:days?|weeks?|months?|years?|yrs?) ago|"
    r"(?:long )?(?:time )?ago|"
    r"last (?:week|month|year|years|time|season|summer|winter)|"
    r"(?:a |one )?(?:year|month|week)s? before|"
    r"in (?:19|20)\d\d|when i was (?:a )?(?:child|kid|young|small|little|baby|\d+)|"
    r"since (?:i was |childhood|child|small|young|birth)|used to|in the past|"
    r"before i (?:came|come)|"
    r"every (?:day|night|week|month|year|time|morning|afternoon|evening)|everyday"
    r")\b"
)
_PARTS = re.compile(r"[,.;!?\n]+|\b(?:but|and now|now)\b")


@per_message
def harmed_now(words: str) -> bool:
    """Whether `words` tell of harm that needs treatment now: harm told (harmed), not only in
    a part of the message that says it was long ago or happens every day."""
    if not harmed(words):
        return False
    lowered = words.lower()
    if not _WHEN_NOT_NOW.search(lowered):
        return True
    return any(harmed(part) and not _WHEN_NOT_NOW.search(part) for part in _PARTS.split(lowered))


def instead(event: Text) -> bool:
    """Whether the line answers `event` alone: the words say it, tell of no harm, and the NLU
    read no problem, or only guessed one, or one the live-in reply would answer instead. Read
    before live_in.py: "14 hour every day, no day
    off" names no employer's house."""
    words = event.text
    if not says(words) or harmed(words):
        return False
    if treated_unfairly.hostile(words):
        return False  # "thai people shout at us": no boss, hostility (46A)
    nlu = event.nlu
    if nlu is not None and nlu.topic == EMERGENCY:
        return False  # an emergency read, even unsurely, keeps its numbers
    if nlu is None or nlu.topic is None or nlu.confidence < UNSURE:
        return True
    # where the live-in reply would take it: "တစ်နေ့ ၁၄ နာရီ ... နားရက်မရှိဘူး" read as
    # Unpaid wages, not surely, got the reply on domestic workers
    return live_in.instead(event)


def instead_of(topic: str | None, confidence: float, words: str) -> bool:
    """Whether the injury answer answers `words` instead of `topic`: harm is told, and the NLU
    read no problem, or not surely (never in place of the emergency answer)."""
    if topic in (INJURY, EMERGENCY) or (topic is not None and confidence >= SURE):
        return False
    return harmed(words)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say; what to write down; a person; Unpaid wages, Where to
    complain, Emergency help; the menu."""
    return also_wrote.person_first(
        _line(state, ctx), (WAGES, CHANNELS, EMERGENCY), event, state, ctx
    )


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`), first: for harm, treatment now; for long hours and
    the rest, the line on what our sources do not say. Never above the emergency numbers."""
    if topic == EMERGENCY:
        # The NLU's own emergency, no danger word (round 54A: "မိတ်ဆွေက ဓာတ်လိုက်ပြီး
        # မလှုပ်တော့ဘူး", my friend had an electric shock and does not move, got the numbers
        # alone): treatment first after the numbers, as for danger words (danger_told)
        return danger_told(words, outcome, state, ctx)
    _ = ctx.translator(state.language).gettext
    if topic == INJURY and harmed_now(words):
        return urgent_person(with_note(_treatment(state, ctx), outcome))
    if topic in _WITH_LINE and says(words) and not harmed(words):
        return with_note(_line(state, ctx).replace("{person}", _("Talk to a person")), outcome)
    return outcome


def danger_told(words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """The emergency answer `outcome` (danger words: "he beat me, my head is bleeding", "ခေါင်းမှာ
    သွေးထွက်နေတယ်"), with treatment first and the ambulance line (disaster.py: the number
    where our sources hold one, else that they hold none) after its numbers: in Thailand the
    numbers are trafficking and social hotlines, not an ambulance (round 53A; the lead,
    session 30). Not where the overdose or the fire-and-accident line says it already."""
    if not _treatment_due(words, state):
        return outcome
    tr = ctx.translator(state.language)
    note = "\n\n".join((_treatment(state, ctx), disaster.number_line(state, ctx)))
    return after_numbers(note, outcome, tr.gettext("You also wrote about this. Tap to read more:"))


def person_told(words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """The request form `outcome` (the NLU read "talk to a person"), with treatment first above
    it where harm is told (round 54A: "my co worker collapsed in the heat, he not talk", read
    so at 0.83, opened the form with nothing on getting treatment)."""
    if not _treatment_due(words, state):
        return outcome
    return with_note(_treatment(state, ctx), outcome)


def _treatment_due(words: str, state: UserState) -> bool:
    """Whether `words` tell of harm now that no overdose or fire-and-accident line answers
    already (they say treatment first in their own words)."""
    return harmed_now(words) and not overdose.says(words) and not disaster.says(words, state)


# Round 54B: "my friend fainted, not breathing" got treatment first and the injury answer,
# whose "Talk to a person" opened the form on Injury and asked whether it is urgent (the
# caseworker's card could say not urgent). Pressed under treatment first, the form keeps the
# topic Injury and is marked urgent without asking, as the emergency block's button does
# (referral_form.on_person).
URGENT = "urgent"


def urgent_person(outcome: Outcome) -> Outcome:
    """`outcome`, its "Talk to a person" buttons carrying the mark that the request is
    urgent ("person:<topic>:urgent")."""

    def mark(button: Button) -> Button:
        data = button.data
        if data != "person" and not re.fullmatch(r"person:[a-z_]+", data):
            return button
        topic = data.partition(":")[2]
        return replace(button, data=f"person:{topic}:{URGENT}")

    replies = tuple(
        replace(reply, buttons=tuple(tuple(mark(b) for b in row) for row in reply.buttons))
        for reply in outcome.replies
    )
    return replace(outcome, replies=replies)


def _treatment(state: UserState, ctx: Context) -> str:
    return ctx.translator(state.language).gettext(
        "Fainted, not breathing, burned or cut? Get treatment first: take the person "
        "to the nearest hospital or clinic now. Then write down when and how it "
        "happened and who saw it, and keep hospital papers and receipts."
    )


def _line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return _(
        "Long hours, no day off, forced overtime, no break, toilet or water, shouting? Our "
        "sources have no checked rules on working hours, days off, breaks or overtime in any "
        "country, so we cannot say what is normal or allowed where you are. Write down each "
        "day: when you started and stopped, days without rest, what happened and who saw it. "
        "Keep pay slips and photos. A person from a partner organisation can tell you what "
        "applies to you: tap “{person}”."
    )
