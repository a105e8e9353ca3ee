"""After a rescue or an escape: a shelter, a court case, a statement, a witness, pay or
compensation (exploratory round 28A). A woman in a shelter for months asked "when can i go
home? must i stay for court?" and got "I did not understand"; in Malaysia "they say i must
stay for court case" got the arrest answer ("Stay calm. Do not sign ..."); "the police keep
my phone and passport after rescue" got the rules for maids living in; "they want me to be
a witness, is it safe for my family?" the question for someone else; "ខ្ញុំនៅផ្ទះសុវត្ថិភាព
ពេលណាខ្ញុំអាចទៅផ្ទះវិញ" (I am in a shelter, when can I go home?) the going-home checklist
for a worker leaving an employer.

Our sources (../shared/reference/contacts-and-processes.md) have nothing on shelters, on
how long a victim stays for a case, on protecting witnesses or their families, on victims'
compensation, or on when the police give back what they hold. So the reply says that, and
that nobody here can promise a date or money; a person first; the other problems the NLU
read. Danger words come first as ever (triage: "i am afraid they will hurt me"), and then
the same line goes after the numbers (flows.DANGER_NOTES).

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored,
Burmese also as read in Zawgyi). "compensation" alone stays the injury answer's (Workmen's
Compensation Fund): it counts here only beside a rescue, a compound, trafficking, a court or
a shelter. Drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote, embassy_fears, triage
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import entries, holds, said_alone
from bot.dialogue.outcome import Outcome, with_note
from bot.values import Reply, UserState

NAME = "after_rescue"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"

_LATIN = re.compile(
    r"\b(?:"
    # in a shelter (not "i need shelter", a bed for the night: upset.py's)
    r"(?:in|at|from|to|leave|left) (?:a |the |this )?(?:shelter|safe ?house)|shelter (?:mhar|ma)|"
    # a court, not a labour court (a wage claim's)
    r"(?<!labour )(?<!labor )court(?: case)?|testify|testimony|"
    r"(?:a |be |as )(?:a )?witness|witnesses|"
    r"(?:give|giving|make|making) (?:a |my |the )?(?:statement|evidence)|statement against|"
    r"(?:after|since) (?:the |my |our )?(?:rescue|rescued)|"
    r"(?:i|we) (?:was|were|am|are|got|get) rescued|rescued from|"
    # romanised Burmese (တရားရုံး: court; သက်သေ: witness) and Khmer (តុលាការ: court;
    # សាក្សី: witness)
    r"tayar yone|ta yar yone|thet thay|thet the|tolakar|saksei|sak sei"
    r")\b"
)
_SCRIPT = (
    # Burmese: a shelter; a court; a witness; to give a statement; compensation beside a court
    "ခိုလှုံရာ",
    "ခိုလှုံခွင့်စခန်း",
    "တရားရုံး",
    "သက်သေ",
    "ထွက်ဆို",
    "ကယ်ဆယ်ခံရ",
    "အမှုပြီး",  # (until) the case is over: "the police keep the passport until the case ends"
    # Khmer: a shelter (a safe house), a court, a witness, to give a statement, rescued
    "ផ្ទះសុវត្ថិភាព",
    "មណ្ឌលស្នាក់នៅ",
    "តុលាការ",
    "សាក្សី",
    "ផ្តល់ចម្លើយ",
    "ជួយសង្គ្រោះ",
)
# Compensation or one's pay: counted only beside the words above or a compound, trafficking.
_MONEY = re.compile(r"\b(?:compensation|compensate|my salary|my pay|our salary|our pay)\b")
_MONEY_SCRIPT = ("လျော်ကြေး", "សំណង")
_WHERE = re.compile(r"\b(?:compound|trafficked|traffickers?|trafficking|scam (?:company|boss))\b")
_WHERE_SCRIPT = ("လူကုန်ကူး", "ជួញដូរមនុស្ស", "ក្រុមហ៊ុនបោកប្រាស់")


def says(words: str) -> bool:
    """Whether `words` tell of life after a rescue: a shelter, a court case, a statement, a
    witness, or pay or compensation beside a compound or trafficking; not a fear of the
    embassy ("have case in cambodia court, embassy will arrest me?": embassy_fears.py's)."""
    told = holds(words, _LATIN, _SCRIPT) or (
        holds(words, _MONEY, _MONEY_SCRIPT) and holds(words, _WHERE, _WHERE_SCRIPT)
    )
    return told and not embassy_fears.named_with_fear(words)


def instead(event: Text) -> bool:
    """Whether the reply answers `event` before the NLU: life after a rescue told, and no
    emergency surely read (then the numbers come first and the line after them, as with
    danger words: "တရားရုံးမှာ သက်သေ ထွက်ရမယ်တဲ့ ကြောက်တယ်", must testify in court, afraid)."""
    return says(event.text) and not triage.sure_emergency(event.nlu)


def _line(state: UserState, ctx: Context) -> str:
    return ctx.translator(state.language).gettext(
        "After a rescue: our sources do not say how long a shelter keeps you, whether you must "
        "stay for a court case, how witnesses and their families are kept safe, when the police "
        "give back what they hold, or whether you will get your pay or compensation. Nobody "
        "here can promise you a date or money. A person from a partner organisation can ask "
        "for you and tell you your choices: tap “{person}”."
    )


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not say after a rescue; a person; the emergency answer a tap away
    (a witness afraid for the family, the NLU reading an emergency unsurely, got the numbers
    on main); the other problems the NLU read."""
    _ = ctx.translator(state.language).gettext
    text = _line(state, ctx) + " " + _("If you are in danger now, tap “{emergency}”.")
    return also_wrote.person_first(text, (EMERGENCY,), event, state, ctx)


# Right after the line, a word or two about what it said nothing of: "compensation?" got the
# work-injury answer (the Workmen's Compensation Fund, as if it paid victims), "when?" and
# "how long" the NLU's guesses (round 28A). Drafts.
_AGAIN = entries(
    "compensation|compensate|money|my money|salary|my salary|pay|my pay|when|how long|"
    "how many month|how many months|court|court case|go home|when go home|passport|my passport|"
    "phone|my phone|"
    "လျော်ကြေး|ပိုက်ဆံ|လစာ|ဘယ်တော့|ဘယ်လောက်ကြာ|တရားရုံး|ပတ်စပို့|"
    "សំណង|លុយ|ប្រាក់ខែ|ពេលណា|យូរប៉ុណ្មាន|តុលាការ|លិខិតឆ្លងដែន"
)
_AGAIN_WITH = entries(
    "and|what about|about|can i get|will i get|i get|get|how|me|my|the|they|give|back|"
    "or not|ah|la|lah|လား|ရော|ရမလား|ទេ|វិញ|បានទេ"
)


def asked_again(words: str, ctx: Context) -> bool:
    """Whether `words`, right after the line, ask only about what it said our sources do
    not hold (_AGAIN)."""
    return ctx.last_answer == NAME and len(words) <= 60 and said_alone(words, _AGAIN, _AGAIN_WITH)


def again(state: UserState, ctx: Context) -> Outcome:
    """Nothing more than the line above; a person."""
    tr = ctx.translator(state.language)
    text = tr.gettext(
        "I have nothing more on that than my answer just above: our sources do not say it, "
        "and nobody here can promise you a date or money. A person from a partner "
        "organisation can ask for you: tap “Talk to a person”."
    )
    return Outcome((Reply(text, (footer(tr),)),), state.with_(misses=0))


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome`, first the same line when `words` tell of life after a rescue (after the
    emergency numbers: "they want me to be a witness, i am afraid they will hurt me")."""
    if not says(words):
        return outcome
    tr = ctx.translator(state.language)
    return with_note(_line(state, ctx).format(person=tr.gettext("Talk to a person")), outcome)


# A family at home whose daughter or son came back and will not talk, cries, is afraid (28A:
# "my daughter came back from thailand, she does not talk" got the question for someone else
# abroad; သမီး ပြန်လာပြီး စကားမပြောဘူး, in Zawgyi, Jobs after return). All three must be
# said: a child or another of the family, that they came back, and silence or crying (not the
# writer's own "i came back, i cannot tell anyone").
FAMILY = "after_rescue_family"  # counted as a conversation (tally.py), never words
_BACK = re.compile(
    r"\b(?:came back|come back|comes back|coming back|returned|return home|back home|"
    r"pyan lar|pyan la|mok vinh|mok vij|trolob mok)\b"
)
_BACK_SCRIPT = ("ပြန်လာ", "ပြန်ရောက်", "មកវិញ", "ត្រឡប់មក")
_SILENT = re.compile(
    r"\b(?:(?:does not|doesnt|dont|do not|did not|didnt|not|never|will not|wont|cannot|cant|"
    r"no) (?:want to |wan )?(?:talk|speak|say anything|tell)|"
    r"(?:she|he) (?:cry|cries|crying|is crying)|silent|very quiet|"
    r"sa ga ma pyaw|sagar ma pyaw|min niyay|ot niyay|min ches niyay)\b"
)
_SILENT_SCRIPT = ("စကားမပြော", "ဘာမှမပြော", "ငိုနေ", "មិននិយាយ", "អត់និយាយ", "យំរាល់", "យំ")


_KIN = re.compile(
    r"\b(?:daughter|son|child|girl|boy|wife|husband|sister|brother|niece|nephew|"
    r"thami|tha mee|thamee|thar|kaun srey|kon srey|kaun pros|kon pros|kaun|kon)\b"
)
# Burmese: daughter, son, child; Khmer: child (daughter, son), wife, husband, sister, brother
_KIN_SCRIPT = ("သမီး", "သား", "ကလေး", "កូន", "ប្រពន្ធ", "ប្តី", "បងស្រី", "ប្អូនស្រី", "ប្អូនប្រុស")


def family_says(words: str) -> bool:
    """Whether `words` tell of one of the family who came back and will not talk or cries."""
    return (
        holds(words, _BACK, _BACK_SCRIPT)
        and holds(words, _SILENT, _SILENT_SCRIPT)
        and holds(words, _KIN, _KIN_SCRIPT)
    )


def family_reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What our sources do not have for someone who came back after a hard time; a person."""
    text = ctx.translator(state.language).gettext(
        "It is hard when someone comes back and does not talk. Our sources have no checked "
        "information on support for people after a hard time abroad, such as someone to talk "
        "to. A person from a partner organisation can talk with you about what may help her "
        "or him: tap “{person}”."
    )
    return also_wrote.person_first(text, (), event, state, ctx)
