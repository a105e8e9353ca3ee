"""Police or officials asking money (exploratory round 31B): "police stop me at checkpoint,
ask 2000 baht or go jail", "police fine me 1000 baht but no receipt", "police keep my pink
card, say pay 3000 then give back", "immigration at myawaddy border ask extra 500 baht for
stamp passport", "village head ask 50000 kyat for recommendation letter", "every month boss
cut 300 baht from salary for pay police", "should i pay the police or not?", their Burmese
(Unicode and Zawgyi), Khmer and romanised forms. They got the arrest answer with the money
unanswered, Fake jobs, Agency fees, "Where are you from?" with no answer, or an emergency
answer that says to call the police.

Our sources say nothing on money asked by the police or officials: not whether paying or
refusing is safer, not whether it is legal, not where to complain about the police or an
official (the complaint channels in the reference are labour offices and hotlines; the 2017
dialogue says only that much corruption exists in the region and that workers fear
repercussions). So the bot tells no one to pay or to refuse: it says the sources do not say,
keep safe first, and a person. Where the NLU read an arrest, a kept paper, a complaint, the
papers needed or an ID at home, that answer stays under the line; where it read something
else (Fake jobs, Agency fees, wages, nothing), the line and a person come instead, the
arrest answer and the others one tap away. Danger words come first as ever (triage); the
line then goes after the numbers.

Not a fake "police" call (online_threats.py), a fake helper (fake_helper.py), nor money asked
to let a relative go (ransom.py), which have their own lines. Latin phrases as whole words,
Burmese and Khmer ones inside the text (spaces ignored, Burmese also as read in Zawgyi).
Drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, fake_helper, follow_up, online_threats, ransom, triage
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import entries, holds, holds_script, said_alone
from bot.dialogue.outcome import Outcome, after_numbers, with_note
from bot.once import per_message
from bot.values import Reply, UserState

NAME = "officials_money"  # counted as a conversation (tally.py), never words
ARREST = "arrest_detention"
PAPERS_KEPT = "documents_confiscated"
EMERGENCY = "emergency_help"
# Readings that do not fit the story, answered by the line and a person instead (Fake jobs,
# Agency fees, an agency problem, wages, social security, nothing); every other answer (the
# arrest, a kept card, a complaint, the papers needed, an ID at home, a permit's fee) stays
# under the line.
REPLACED = frozenset(
    {
        None,
        "job_scams_trafficking",
        "recruitment_fees",
        "agency_complaint",
        "unpaid_wages",
        "social_security",
    }
)

# Who asks: the police, an officer or official, immigration, a checkpoint, a soldier, a
# village or commune head; romanised Burmese ရဲ (police, "yae ka": the police [did]), လဝက
# (immigration) and Khmer ប៉ូលិស, មេភូមិ (village chief), មេឃុំ (commune chief).
_WHO = re.compile(
    r"\b(?:police|policeman|policemen|polis|cops?|officers?|officials?|immigration|"
    r"check ?points?|soldiers?|army|village (?:head|chief|leader|administrator)|"
    r"ward (?:head|administrator)|commune (?:chief|head)|yae ka|yae twe|yae a ka|"
    r"lawaka|la wa ka|mey phum|me phum|mei phum|mey khum|me khum|mei khum|"
    # an arrest or a raid names them: "i was arrested, pay 10000 baht and they release me"
    r"raids?|(?:was|were|got|get|been) (?:arrested|arrest|caught)|arrested (?:me|us))\b"
)
_WHO_SCRIPT = (
    # Burmese: the police (as subject, plural, station, officer); immigration; authorities;
    # village or ward administrator; checkpoint; soldiers
    "ရဲက",
    "ရဲတွေ",
    "ရဲစခန်း",
    "ရဲအရာရှိ",
    "ရဲဝန်ထမ်း",
    "လဝက",
    "လူဝင်မှုကြီးကြပ်ရေး",
    "အာဏာပိုင်",
    "အုပ်ချုပ်ရေးမှူး",
    "ရွာလူကြီး",
    "ဆယ်အိမ်မှူး",
    "စစ်ဆေးရေးဂိတ်",
    "စစ်သား",
    # Khmer: police (two words); immigration; official; village chief; commune chief;
    # soldier; checkpoint
    "ប៉ូលិស",
    "នគរបាល",
    "អន្តោប្រវេសន៍",
    "មន្ត្រី",
    "មេភូមិ",
    "មេឃុំ",
    "ទាហាន",
    "ប៉ុស្តិ៍",
)
# Money asked, taken, demanded or paid to them: asked with an amount or "money", a bribe,
# a fine, no receipt, paid to be let go, kept until paid, "should i pay"; romanised Burmese
# (ပိုက်ဆံတောင်း: ask money) and Khmer (សុំលុយ, ទារលុយ: ask, demand money; បង់លុយ: pay).
_AMOUNT = r"(?:\d[\d,.]*\s?k?|rm\s?\d+|\$\s?\d+|money|cash|extra|more|baht|kyat|riel|ringgit)"
_MONEY = re.compile(
    r"\b(?:"
    r"(?:ask|asks|asked|asking|demand|demands|demanded|collect|collects|collected|take|"
    r"takes|took|taking|charge|charges|charged)(?: \w+){0,3} " + _AMOUNT + r"|"
    r"(?:want|wants|wanted) (?:more |extra )?" + _AMOUNT + r"|"
    r"bribes?|bribed|tea money|under the table|corrupt\w*|"
    r"fine (?:me|us|him|her|them)|fined|no receipt|without (?:a )?receipt|"
    # not romanised Burmese "ma pay" (does not give): "boss ka work permit ko ma pay lo
    # police sit yin kyout tl" (the boss keeps the permit, afraid of a police check)
    r"(?<!\bma )(?:pay|paid|paying|give|gave)(?: \w+){0,2} (?:the |to )?(?:police|polis|"
    r"cops?|soldiers?)\b|"
    # money given to immigration or an officer, not a fee paid ("i paid immigration fee")
    r"(?:pay|paid|paying|give|gave) (?:money|cash|extra|\d[\d,.]*\s?k?)(?: \w+)? to (?:the )?"
    r"(?:immigration|officers?|officials?)\b|"
    r"(?:pay|paid|money|baht|\d)(?: \w+){0,5} (?:let|release|released|free) "
    r"(?:me|us|him|her|them)|"
    r"(?:until|till|unless|then|before) (?:i|we|you) (?:pay|give)|"
    r"(?:pay|money|\d)(?: \w+){0,3} (?:then|and) (?:they |he )?give (?:it )?back|"
    r"(?:pay|money|\d)(?: \w+){0,3} or (?:go )?(?:to )?(?:jail|prison|lock ?up|arrest)|"
    r"(?:money|baht|\d)(?: \w+){0,3} for (?:pay )?(?:the )?(?:police|polis|cops?|officers?|"
    r"immigration)|"
    r"(?:should|must|do|can|shall|have to|need to) (?:i|we) (?:just )?(?:pay|give)|"
    r"(?:i|we) (?:have to|had to|must|need to|needed to) (?:pay|give) (?:money|cash|\d)|"
    r"because (?:i|we) (?:not|did not|didnt|cannot|cant|could not|couldnt|no) (?:pay|give)|"
    r"(?:money|\d[\d,.]*\s?k?|baht)(?: \w+){0,2} (?:ask|asks|want|wants|demand|demands)\b|"
    r"pay or not|legal to pay|"
    r"paik san taung|pike san taung|taung tal|taung tae|ngway taung|"
    r"som luy|sum luy|tear luy|tar luy|bong luy|oy luy|aoy luy"
    r")\b"
)
_MONEY_SCRIPT = (
    # Burmese: ask money (two words); asks; should I give / pay; bribe; fine; receipt; pay
    # money
    "ပိုက်ဆံတောင်း",
    "ငွေတောင်း",
    "ဘတ်တောင်း",
    "ကျပ်တောင်း",
    "တောင်းတယ်",
    "ပေးရမလား",
    "ပေးရမှာလား",
    "လာဘ်",
    "ဒဏ်ငွေ",
    "ပြေစာ",
    "ပိုက်ဆံပေး",
    "ငွေပေး",
    # Khmer: ask / demand / pay / give money; bribe; corruption; fine; receipt
    "សុំលុយ",
    "ទារលុយ",
    "បង់លុយ",
    "ឲ្យលុយ",
    "ឱ្យលុយ",
    "អោយលុយ",
    "សំណូក",
    "ពុករលួយ",
    "ពិន័យ",
    "បង្កាន់ដៃ",
)
# A card or paper kept until paid: the Passport taken answer one tap away.
_PAPERS = re.compile(
    r"\b(?:pink card|card|work permit|permit|passport|papers?|documents?|id|ci|"
    r"pyat sa|pyat sar|kat)\b"
)
_PAPERS_SCRIPT = ("ကတ်", "ပါမစ်", "ပတ်စပို့", "ပါစပို့", "កាត", "ប័ណ្ណ", "លិខិតឆ្លងដែន")


# A fee asked at an office for papers, with nothing of a bribe: "officer at labour office ask
# 900 baht for work permit" got the line above a tap to the permit answer, which holds the
# sourced fee (the lead's read of round 31B). The fee question is the answer's.
_AT_OFFICE = re.compile(
    r"\b(?:labou?r|immigration|district|employment|one ?stop(?: service)?) "
    r"(?:office|department|centre|center)\b"
)
_BRIBE = re.compile(
    r"\b(?:bribes?|bribed|tea money|under the table|corrupt\w*|no receipt|without (?:a )?"
    r"receipt|extra|or (?:go )?(?:to )?(?:jail|prison|arrest)|let (?:me|us|him|her|them) go|"
    r"release\w*|more than|checkpoints?|stop (?:me|us)|stopped (?:me|us))\b"
)


# Someone held: arrested, detained, caught, jailed, in custody, deported; romanised Burmese
# "htaung cha" (put in prison); Burmese ဖမ်း (arrest, catch), ထောင် (prison), အချုပ်
# (lock-up); Khmer ចាប់ (arrest, catch), គុក (prison), ឃុំខ្លួន (detain).
_HELD = re.compile(
    r"\b(?:arrest\w*|detain\w*|detention|caught|catch|jail\w*|prison\w*|custody|lock ?up|"
    r"locked up|deport\w*|raids?|hpan|pham|chab|chap|htaung (?:cha|kya|hte|htae))\b"
)
# ထောင် alone is also "thousand": prison as put in (ချ), sent to (ကျ), inside (ထဲ)
_HELD_SCRIPT = ("ဖမ်း", "ထောင်ချ", "ထောင်ကျ", "ထောင်ထဲ", "အချုပ်", "ចាប់", "គុក", "ឃុំខ្លួន")


@per_message
def says(words: str) -> bool:
    """Whether `words` say the police or an official asks, takes or was paid money (not a
    fake "police" call, a fake helper, nor money to let a relative go, nor a fee asked at an
    office with nothing of a bribe)."""
    if not (holds(words, _WHO, _WHO_SCRIPT) and holds(words, _MONEY, _MONEY_SCRIPT)):
        return False
    if holds(words, _AT_OFFICE, ()) and not holds(words, _BRIBE, ()):
        return False
    return not (online_threats.says(words) or fake_helper.says(words) or ransom.asked(words))


def instead(event: Text) -> bool:
    """Whether the line and a person answer `event` in place of the NLU's reading: the words
    say an official asks money, and the NLU read nothing or an answer that does not fit the
    story (Fake jobs, Agency fees, wages; round 31B)."""
    nlu = event.nlu
    topic = nlu.topic if nlu is not None else None
    if triage.sure_emergency(nlu):
        return False  # a sure emergency: the numbers first, the line after them (told)
    if topic == ARREST and not holds(event.text, _HELD, _HELD_SCRIPT):
        # "i have to give money to immigration at the airport, how much?" read as an arrest
        # with nobody held: the line and a person, the arrest answer a tap away (session 27)
        return says(event.text)
    return topic in REPLACED and says(event.text)


def line(state: UserState, ctx: Context) -> str:
    """The line, its button named."""
    _ = ctx.translator(state.language).gettext
    return _line(state, ctx).format(person=_("Talk to a person"))


def _line(state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    return _(
        "Police or an official asking you for money? Our sources do not say whether paying or "
        "refusing is safer, whether it is legal, or where you can complain about it safely. "
        "Keep yourself safe first. A person from a partner organisation can talk it through "
        "with you: tap “{person}”."
    )


def _topics(words: str) -> tuple[str, ...]:
    """The arrest answer, and Passport taken when a card or paper is named."""
    kept = holds(words, _PAPERS, ()) or holds_script(words, _PAPERS_SCRIPT)
    return (ARREST, PAPERS_KEPT) if kept else (ARREST,)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """The line, Talk to a person, the arrest answer (and Passport taken) a tap away, the other
    problems the NLU read, the menu."""
    return also_wrote.person_first(_line(state, ctx), _topics(event.text), event, state, ctx)


# A complaint about the police or an official (no money named): "can i complain about the
# police?", "how to report bad officer"; Khmer ប្តឹងពីប៉ូលិស, ប្តឹងលើប៉ូលិស (complain about,
# against the police), ប្តឹងប៉ូលិសបាន / ដែល (can complain against the police / the police
# who); not ប្តឹងប៉ូលិស alone, read across a space in "បើខ្ញុំប្តឹង ប៉ូលិសនឹងមកទេ" (if I
# complain, will the police come?); Burmese ရဲအကြောင်းတိုင် (complain about the police).
_ABOUT = re.compile(
    r"\b(?:complain\w*|report|reporting|sue)(?: \w+)? (?:about|against|on) (?:the |a |this )?"
    r"(?:police|polis|cops?|officers?|officials?|immigration|soldiers?)|"
    r"complain (?:the )?(?:police|polis|cops?)|"
    r"(?:bad|corrupt) (?:police|polis|cops?|officers?|officials?)"
)
_ABOUT_SCRIPT = (
    "ប្តឹងពីប៉ូលិស",
    "ប្តឹងលើប៉ូលិស",
    "ប្តឹងប៉ូលិសបាន",
    "ប្តឹងប៉ូលិសដែល",
    "ប្ដឹងពីប៉ូលិស",
    "ប្ដឹងប៉ូលិសបាន",
    "ရဲအကြောင်းတိုင်",
    "ရဲကိုပြန်တိုင်",
)


def complained_about(words: str) -> bool:
    """Whether `words` ask about complaining about the police or an official."""
    return holds(words, _ABOUT, _ABOUT_SCRIPT)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`, or the emergency answer), first the line when the
    words say an official asks money; or, asked how to complain about the police or an
    official, that our sources name no office for it (round 31B: "can i complain about the
    police?" got Where to complain, whose offices are labour offices and hotlines)."""
    if topic not in REPLACED and says(words):
        return with_note(line(state, ctx), outcome)
    if complained_about(words) and not says(words):
        tr = ctx.translator(state.language)
        about = tr.gettext(
            "Our sources name no office that takes complaints about the police or officials, "
            "in any country, and do not say whether such a complaint is safe. A person from a "
            "partner organisation can tell you what you can do: tap “{person}”."
        ).format(person=tr.gettext("Talk to a person"))
        return with_note(about, outcome)
    return outcome


def noted(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome`, the answer to `topic` read by the NLU, with the line: after the numbers'
    advice when it is the emergency answer (never above it), first otherwise."""
    if topic != EMERGENCY or not says(words):
        return told(topic, words, outcome, state, ctx)
    also = ctx.translator(state.language).gettext("You also wrote about this. Tap to read more:")
    return after_numbers(line(state, ctx), outcome, also)


def danger_told(
    _topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context
) -> Outcome:
    """`outcome` (an answer under the emergency numbers, whatever it is), first the line when
    the words say an official asks money: "raid in my room, we pay 5000 baht each and police
    let us go" (round 31B)."""
    return with_note(line(state, ctx), outcome) if says(words) else outcome


# Right after the line, or after the arrest answer: "should i pay?", "pay or not?", ပေးရမလား,
# ត្រូវបង់ទេ (round 31B: "should i pay?" right after the line got Agency fees, "Do not pay
# yet").
_PAY = entries(
    "should i pay|should we pay|must i pay|do i pay|pay or not|i pay or not|can i pay|"
    "if i pay|if i dont pay|if i not pay|should i pay them|should i give|give or not|"
    "pay ya ma lar|pay ya mhar lar|ပေးရမလား|ပေးလိုက်ရမလား|ပိုက်ဆံပေးရမလား|မပေးရင်ရော|"
    "ត្រូវបង់ទេ|ត្រូវឲ្យលុយទេ|ឲ្យលុយទេ|អោយលុយទេ|បង់ឬអត់|ឲ្យឬអត់"
)
_PAY_WITH = entries("them|him|her|it|now|or not|money|the money|police|ah|la|lah|?|ok|လား|ទេ")


def pay_asked(words: str, ctx: Context) -> bool:
    """Whether `words`, right after the line or the arrest answer, only ask whether to pay."""
    after = ctx.last_answer == NAME or follow_up.topic_of(ctx.last_answer) == ARREST
    return after and len(words) <= 60 and said_alone(words, _PAY, _PAY_WITH)


def before_paying(state: UserState, ctx: Context) -> Outcome:
    """ "should i pay?" right after the line or the arrest answer: our sources do not say, no
    advice either way, keep safe, a person (the answer and its buttons are just above)."""
    tr = ctx.translator(state.language)
    text = tr.gettext(
        "Our sources do not say whether paying or refusing is safer, so I cannot tell you "
        "to do either. Keep yourself safe first. A person from a partner organisation can "
        "talk it through with you: tap “{person}”."
    ).format(person=tr.gettext("Talk to a person"))
    return Outcome((Reply(text, (footer(tr),)),), state.with_(misses=0))
