"""The medical check and a long illness (exploratory round 31C): health questions that decide
whether a person may work abroad or stay.

Before: "I failed the medical, agent say pay 500 and he fix it" got the work-injury answer
with no word on the money; "fomema fail, boss say i must go home next week" and "my fomema
result unfit because xray lung" got Malaysia's work-injury answer with 999 first; "if I have
HIV can I go work in Thailand?", "I had TB before ... can i still go korea?" the
Workmen's Compensation Fund; "i have HIV ... if boss know he fire me?", "doctor say depression,
can i get medicine without boss know", "clinic give my blood test result to my boss" the
injury answer, the fear of being known unanswered; "I have epilepsy, i hide from employer"
the emergency numbers; "i have hiv, boss make me do blood test for work permit, will they
tell boss" the visa answer; the Burmese, Zawgyi and Khmer "I failed the medical check, the
employer says go home" the injury or the going-home answer; romanised "say sit ma aung" and
"thleak pinit sokhapheap" were not understood.

Our sources hold one line on it: Thailand's work permit comes with health insurance and a
medical check (Cabinet decision of 11 November 2025, in the content's documents and visa
answers). Nothing on what the check tests, who fails it (HIV, TB, pregnancy, age), a second
check, its cost, FOMEMA, Singapore's checks, medicine for a long illness, who may see a
result, or help for a worker with a disability. So the reply says that plainly; puts
treatment first (keep taking the medicine; get treatment); warns against paying anyone to
"fix" a result or an age; says what this chat shares (nothing with an employer; a case only
with consent); and offers a person, with Injury or illness a tap away. Danger words are read
before it and keep the numbers first.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, pregnant
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.once import per_message
from bot.values import UserState

NAME = "medical_check"  # counted as a conversation (tally.py), never words
INJURY = "injury_health"
EMERGENCY = "emergency_help"
VISA = "visa_work_permit"

# The medical check for work abroad or for a permit, and its result
_CHECK = re.compile(
    r"\b(?:fomema|medical (?:check|checkup|check up|test|exam|examination|result|report)s?|"
    r"health (?:check|checkup|check up|test|exam|screening)s?|"
    r"(?:fail|failed|failing|fails|not pass|did not pass|didnt pass|cannot pass|cant pass) "
    r"(?:the |my |a )?(?:medical|health|check|blood test|x ?ray)|"
    r"medical (?:fail|failed|unfit|not pass)|unfit to work|result unfit|"
    r"blood test (?:for|before) (?:work|the work|my work|permit|visa|going|go)|"
    r"(?:x ?ray|xray) (?:lung|chest|fail|failed|not clear)|"
    r"pregnancy test|pregnant test|check (?:if i am |if we are |for )?pregnan\w*|"
    # romanised Burmese ဆေးစစ် (medical check); romanised Khmer ពិនិត្យសុខភាព (health check)
    r"h?say sit (?:ma aung|mha|loh|lo|tae|tal|chet|kya)|hsay sit|hse sit|"
    r"pinit sokhapheap|pinit sokhapeap|"
    r"penit sokhapheap|pinit sokhaphap)\b"
)
_CHECK_SCRIPT = (
    "ဆေးစစ်",  # medical check, tested
    "ဆေးကျ",  # failed the medical
    "ពិនិត្យសុខភាព",  # health check
    "ពិនិត្យឈាម",  # blood test
    "ធ្លាក់ការពិនិត្យ",  # failed the check
)
# A long illness that needs medicine, or one a check may look for
_ILLNESS = re.compile(
    r"\b(?:hiv|aids|tb|tuberculosis|hepatitis|diabetes|diabetic|sugar disease|"
    r"high blood pressure|blood pressure|hypertension|epilepsy|epileptic|"
    r"(?:have|has|had|get|gets|got|with) (?:a )?(?:seizure|seizures)|"
    r"depression|mental health|mental illness|kidney disease|sick with kidney|dialysis|cancer|"
    r"heart disease|asthma|leprosy|syphilis)\b"
)
_ILLNESS_SCRIPT = (
    "အိတ်ချ်အိုင်ဗွီ",  # HIV
    "ခုခံအားကျ",  # AIDS
    "တီဘီ",  # TB
    "အဆုတ်ရောဂါ",  # lung disease, TB
    "ဆီးချို",  # diabetes
    "သွေးတိုး",  # high blood pressure
    "ဝက်ရူး",  # epilepsy
    "အသည်းရောင်",  # hepatitis
    "စိတ်ကျ",  # depression
    "ကျောက်ကပ်",  # kidney
    "អេដស៍",  # AIDS, HIV
    "មេរោគអេដស៍",  # HIV
    "របេង",  # TB
    "ទឹកនោមផ្អែម",  # diabetes
    "លើសសម្ពាធឈាម",  # high blood pressure
    "ឆ្កួតជ្រូក",  # epilepsy
    "រលាកថ្លើម",  # hepatitis
    "ធ្លាក់ទឹកចិត្ត",  # depression
    "តម្រងនោម",  # kidney
)
# Money asked to pass the check or change a result
_PAY_FIX = re.compile(
    r"\b(?:pay (?:\w+ )?(?:and|to|for) (?:\w+ )?(?:fix|pass|change|clear)|"
    r"(?:fix|pass|change|clear) (?:it|the result|my result|the medical|the check)"
    r"(?: for| if i pay| with)? (?:money|\d+|if i pay)|"
    r"he (?:can |will )?fix it|she (?:can |will )?fix it|they (?:can |will )?fix it|"
    r"buy (?:a |the )?(?:result|pass|medical)|fake (?:medical|result|certificate))\b"
)
# Too old (or an age) for the check or the job
_OLD = re.compile(
    r"\b(?:(?:i am|im|i'm|iam|am i|you are|he is|she is) too old|too old (?:for|to)|"
    r"over age|overage|age limit|(?:4|5|6)\d ?(?:years?|yrs?) old)\b"
)
# A body changed for life: a lost hand, a leg that does not heal, a disability
_DISABLED = re.compile(
    r"\b(?:disabled|disability|handicap|handicapped|wheelchair|walk with (?:a )?stick|crutch\w*|"
    r"lost (?:my |his |her |one )?(?:hand|arm|leg|foot|fingers?|eye)|"
    r"(?:hand|arm|leg|foot|finger|fingers) (?:cut off|amputated)|amputat\w*)\b"
)
_DISABLED_SCRIPT = ("မသန်စွမ်း", "ពិការ")
# A result shown or told to the boss or others; the fear that the boss will know
_SHOWN = re.compile(
    r"\b(?:(?:give|gave|show|showed|send|sent|tell|told) (?:my |the |our )?"
    r"(?:\w+ )?(?:result|results|record|report|records)s? to (?:my |the )?"
    r"(?:boss|employer|agent|company|supervisor)|"
    r"(?:boss|employer|agent|company|supervisor|madam|everyone) (?:will |can |may |would )?"
    r"(?:know|knows|find out|found out|see|saw)|"
    r"(?:tell|told|inform) (?:my |the )?(?:boss|employer|agent|company)|"
    r"without (?:my |the )?(?:boss|employer|agent|company) know\w*|"
    r"hide (?:it )?from (?:my |the )?(?:boss|employer|agent|company)|"
    r"i hide|keep (?:it )?secret|private)\b"
)
_SHOWN_SCRIPT = (
    "သူဌေးသိ",  # the boss knows
    "အလုပ်ရှင်သိ",  # the employer knows
    "ថៅកែដឹង",  # the boss knows
    "និយោជកដឹង",  # the employer knows
)
# Illness words that are no illness here
_NOT_ILLNESS = re.compile(r"\b(?:blood pressure machine|aids and|teaching aids|hearing aids?)\b")
# Someone ill now (a seizure, not breathing, fainted): the NLU's answer, or the danger words
# read before, not a line on medicine
_ACUTE = re.compile(
    r"\b(?:not breathing|cannot breathe|cant breathe|unconscious|not waking|cannot wake|"
    r"fainted|collapsed|bleeding|dying|ambulance|"
    r"(?:seizure|fit|fits|shaking|attack) (?:right )?now)\b"
)


# Someone at home ill ("my mother has cancer at home, i want go back"): Going home's, not a
# worker's medicine
_FAMILY = re.compile(
    r"\b(?:mother|mom|mum|father|dad|parents?|wife|husband|son|daughter|grandmother|"
    r"grandfather|brother|sister)\b"
)
_FAMILY_SCRIPT = ("အမေ", "အဖေ", "မိဘ", "ម្តាយ", "ឪពុក", "ឪពុកម្តាយ")


def _illness(words: str) -> bool:
    if _NOT_ILLNESS.search(words.lower()) or holds(words, _FAMILY, _FAMILY_SCRIPT):
        return False
    return holds(words, _ILLNESS, _ILLNESS_SCRIPT)


@per_message
def says(words: str) -> bool:
    """Whether `words` speak of a medical check for work or a permit, or of a long illness
    (HIV, TB, diabetes, epilepsy, depression ...)."""
    return holds(words, _CHECK, _CHECK_SCRIPT) or _illness(words)


def _old(words: str) -> bool:
    return holds(words, _OLD, ())


def disabled(words: str) -> bool:
    """Whether `words` tell of a disability, a hand or leg lost."""
    return holds(words, _DISABLED, _DISABLED_SCRIPT)


def instead(event: Text) -> bool:
    """Whether the reply answers `event` alone: a check or an illness is named, or a
    disability with no work injury read surely (the injury answer says what our sources
    hold on compensation: the line goes before it, `told`), or an age told too old. Not
    someone ill now ("seizure now, not breathing"): the NLU's answer."""
    if _ACUTE.search(event.text.lower()) and not holds(event.text, _CHECK, _CHECK_SCRIPT):
        return False
    if says(event.text) or _old(event.text):
        return True
    return disabled(event.text) and (event.nlu is None or event.nlu.topic != INJURY)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """The lines that fit the words, a person, Injury or illness a tap away, the other
    problems the NLU read."""
    # A check: the visa answer holds the one sourced line (Thailand's permit comes with a
    # medical check and health insurance), a tap away
    checked = holds(event.text, _CHECK, _CHECK_SCRIPT)
    topics = (INJURY, VISA, EMERGENCY) if checked else (INJURY, EMERGENCY)
    return also_wrote.person_first(_lines(event.text, state, ctx), topics, event, state, ctx)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """The injury answer `outcome` with the disability line first ("after accident my leg
    not good, i walk with stick ... can i get compensation")."""
    if topic != INJURY or says(words) or not disabled(words):
        return outcome
    person = ctx.translator(state.language).gettext("Talk to a person")
    return with_note(_lines(words, state, ctx).replace("{person}", person), outcome)


def danger_told(
    topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context
) -> Outcome:
    """After the emergency numbers (DANGER_NOTES: only on the danger path, under the numbers,
    on the answer read or on none), the lines, when the words name a check or an illness
    ("high blood pressure ... boss not let me go clinic": the danger words bring the numbers)."""
    if not (says(words) or disabled(words)):
        return outcome
    person = ctx.translator(state.language).gettext("Talk to a person")
    return with_note(_lines(words, state, ctx).replace("{person}", person), outcome)


def _lines(words: str, state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    lines: list[str] = []
    checked = holds(words, _CHECK, _CHECK_SCRIPT)
    if checked:
        lines.append(
            _(
                "About the medical check for work abroad or for a work permit: our sources "
                "have no checked list of what it tests, what makes a person fail, whether it "
                "can be done again, or what it costs, in any country. Keep a copy of every "
                "paper and result you are given."
            )
        )
        if state.country == "TH":
            lines.append(
                _(
                    "In Thailand, a Cabinet decision of 11 November 2025 named a medical check "
                    "and health insurance, with the work-permit fee, for Lao, Myanmar and "
                    "Vietnamese workers. What applies to you now is not known to us."
                )
            )
    if checked and holds(words, _HOME, _HOME_SCRIPT):
        lines.append(
            _(
                "Told you failed and must go home? Before you sign anything or pay for a "
                "ticket, talk to a person."
            )
        )
    if checked and pregnant.says(words):
        lines.append(
            _(
                "Our sources have no checked information on pregnancy tests at the check, or "
                "on what happens when one is positive."
            )
        )
    if holds(words, _PAY_FIX, ()) or (checked and _pay_asked(words)):
        lines.append(
            _(
                "Someone asks money to pass the check or change a result? Do not pay. Our "
                "sources know no one who can do that, and it is often a cheat."
            )
        )
    if _old(words):
        lines.append(
            _(
                "Told you are too old? Our sources have no checked age limit for work abroad "
                "or for the check. Do not pay anyone to change your age or your papers."
            )
        )
    if _illness(words):
        lines.append(
            _(
                "Living with an illness and need medicine? Keep taking it as the doctor "
                "said, and get treatment first. Our sources have no checked information on "
                "whether an illness stops a person from working abroad, where migrant workers "
                "get medicine or what it costs, or whether an employer may be told of it or "
                "send a worker home for it."
            )
        )
    if disabled(words):
        lines.append(
            _(
                "Hurt for life after an accident, or living with a disability? Get treatment "
                "first and keep every paper from the hospital. Our sources have no checked "
                "information on help for workers with a disability."
            )
        )
    if holds(words, _SHOWN, _SHOWN_SCRIPT) or _illness(words):
        lines.append(
            _(
                "What you write here about your health stays private: this chat tells nothing "
                "to your employer, agent, the police or immigration, and a partner "
                "organisation sees it only if you send it a case. Our sources do not say who "
                "else may see a medical result."
            )
        )
    if not lines:
        lines.append(
            _(
                "Our sources have no checked information on this health question. Get "
                "treatment first."
            )
        )
    lines.append(_("A person from a partner organisation can help: tap “{person}”."))
    return "\n\n".join(lines)


_HOME = re.compile(
    r"\b(?:go home|go back|send (?:me |him |her |us )?(?:back|home)|sent back|must leave|"
    r"deport\w*|cancel (?:my |the )?(?:permit|visa)|depot|"
    r"tov srok vinh|tou srok vinh|pyan khine|pyan khaing|pyan po)\b"
)
_HOME_SCRIPT = ("ပြန်ခိုင်း", "ပြန်ပို့", "ត្រឡប់ទៅផ្ទះ", "ទៅស្រុកវិញ")
_PAY = re.compile(r"\b(?:pay|paid|money|baht|ringgit|rm ?\d+|\$ ?\d+|dollars?|fee)\b")
_PAY_SCRIPT = ("ပိုက်ဆံ", "ငွေပေး", "លុយ", "បង់ប្រាក់")


def _pay_asked(words: str) -> bool:
    return holds(words, _PAY, _PAY_SCRIPT) and holds(
        words,
        re.compile(r"\b(?:fix|pass|change|clear|help (?:me )?pass|make (?:it )?pass)\b"),
        ("အောင်အောင်", "ပြင်ပေး", "ជួយឱ្យជាប់"),
    )
