"""Afraid of what a complaint brings, or asking about one made for someone else
(exploratory round 15A, F5 and F10). Afraid: "will my boss know if i
complain?", "will police come if I complain?", "I have no visa can I complain",
"အလုပ်ရှင်ကို တိုင်ချင်တယ်။ သူသိမှာလား" (I want to complain about my employer: will he
know?). The NLU reads the complaint and the answer lists the channels, some of them run by
the authorities the person fears; the question itself went unanswered, or got "My answer
... is just above". Our sources say workers fear repercussions (2017 dialogue) and that
undocumented workers are often turned away, not whether a complaint reaches the employer,
the police or immigration. So, before the answer: that the sources do not say, and that a
person from a partner organisation can tell them what is safe before they complain. Nothing
else changes: the answer, its buttons, the place it is for. For someone else ("can my friend
complain for me", "can i report for her?"): the answer came again, or "just above"; the
form takes a case for someone else, which the answer did not say.

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored). Drafts
for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.dialogue.context import Context
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.question_words import reads_as_question
from bot.values import UserState

# The answers where a complaint is what the person weighs.
TOPICS = frozenset({"complaint_channels", "agency_complaint", "unpaid_wages"})
CHANNELS, ARREST = "complaint_channels", "arrest_detention"
# A complaint named: "if I complain", "can I report", the labour office, romanised Burmese
# တိုင် (complain) and Khmer ប្តឹង (complain); in script inside the text.
_COMPLAINT_LATIN = re.compile(
    r"\b(?:complain\w*|report|reporting|tine|tai|pdeng|ptoeng|labou?r (?:office|department))\b"
)
_COMPLAINT_SCRIPT = ("တိုင်", "ប្តឹង", "ប្ដឹង")
# A complaint weighed, not made: "if I complain ...", "if we report", "if I go to the labour
# office" (round 15A: "will immigration catch me if i go labour office?"), တိုင်ရင် (if I
# complain), បើខ្ញុំប្តឹង (if I complain); romanised. Asked without a question mark, as
# "if I complain will police arrest me" is; "i complained and they arrest me" tells of an
# arrest and keeps its answer.
_IF_LATIN = re.compile(
    r"\bif (?:i|we|me|my \w+|he|she|they)(?: \w+){0,2} (?:complain|report)|"
    r"\bif (?:i|we|me) go (?:to )?(?:the )?labou?r (?:office|department)|"
    r"\btine (?:yin|yinn|ya yin)\b|\b(?:bae|ber|baer) (?:khnhom |knhom )?(?:pdeng|ptoeng)\b"
)
_IF_SCRIPT = ("တိုင်ရင်", "တိုင်လိုက်ရင်", "បើខ្ញុំប្តឹង", "បើខ្ញុំប្ដឹង", "បើប្តឹង", "បើប្ដឹង")

_LATIN = re.compile(
    r"\b(?:"
    # who learns of it
    r"(?:will|would|do|does|can) (?:my |the )?(?:boss|employer|agent|agency|broker|company|"
    r"he|she|they) (?:know|find out|see|hear)|(?:boss|employer|agent|broker|company) "
    r"(?:will|would) (?:know|find out)|"
    # who comes for them
    r"(?:will|would) (?:the )?(?:police|immigration) (?:come|know|catch|arrest|find)|"
    r"(?:police|immigration) (?:come|will come|catch|arrest)|(?:they|he|police) "
    r"(?:catch|arrest|deport|send back) (?:me|us)|send (?:me|us) back|deport (?:me|us)|"
    r"cancel my (?:visa|permit)|fire me|"
    # no papers
    r"no (?:visa|papers?|passport|permit|work permit|document|documents)|overstay|"
    r"(?:is it )?safe to complain|(?:afraid|scared|scare|fear) (?:to|of|if) "
    r"(?:complain|report)|"
    # romanised Burmese (သိမှာလား: will know?; ရဲလာမလား: will police come?) and Khmer
    # (ដឹងទេ: know?; ប៉ូលិសចាប់: police arrest)
    r"thi ma lar|thi mhar lar|yae lar ma lar|yae phan ma lar|thaokae deng te|"
    r"polis chab|police chab"
    r")\b"
)
_SCRIPT = (
    # Burmese: will the boss / employer / he know?; will the police come / arrest me?;
    # will immigration arrest me?; send me back?; no documents, no visa, no permit
    "သူဌေးသိမှာလား",
    "သူဌေးသိမလား",
    "အလုပ်ရှင်သိမှာလား",
    "အလုပ်ရှင်သိမလား",
    "သူသိမှာလား",
    "သူသိမလား",
    "ရဲလာမလား",
    "ရဲလာမှာလား",
    "ရဲဖမ်းမလား",
    "ရဲဖမ်းမှာလား",
    "လဝကဖမ်းမလား",
    "ပြန်ပို့မလား",
    "စာရွက်စာတမ်းမရှိ",
    "ဗီဇာမရှိ",
    "ပါမစ်မရှိ",
    # Khmer: will the boss / he know?; will the police come / arrest me?; send me back;
    # no passport, no papers, no visa, no work permit
    "ថៅកែដឹងទេ",
    "ថៅកែនឹងដឹង",
    "គាត់ដឹងទេ",
    "គាត់នឹងដឹង",
    "ប៉ូលិសនឹងមក",
    "ប៉ូលិសមកចាប់",
    "ចាប់ខ្ញុំទេ",
    "បញ្ជូនខ្ញុំទៅវិញ",
    "គ្មានលិខិតឆ្លងដែន",
    "គ្មានឯកសារ",
    "គ្មានវីសា",
    "គ្មានប័ណ្ណការងារ",
)
# A complaint made for someone else (round 15A, F10): "can my friend complain for me",
# "can i report for her?"; Burmese ကိုယ်စား (on behalf of), Khmer ជំនួស (instead of); romanised.
_FOR_ANOTHER_LATIN = re.compile(
    r"\b(?:(?:complain|report)(?: it)? (?:for|on behalf of|instead of) "
    r"(?:me|him|her|them|us|my \w+)|on (?:my|his|her|their) behalf|"
    r"(?:friend|sister|brother|husband|wife|someone|somebody) (?:can |could )?"
    r"(?:complain|report) for|ko sar tine|kohsar tine|pdeng jumnous|pdeng chomnuos)\b"
)
_FOR_ANOTHER_SCRIPT = ("ကိုယ်စားတိုင်", "ប្តឹងជំនួស", "ប្ដឹងជំនួស")


# A loss reported to the police is no complaint: "if i report my passport lost, will police
# arrest me?"
_LOST = re.compile(r"\b(?:lost|lose|losing|missing|stolen|steal|stole)\b")


def afraid(words: str) -> bool:
    """Whether `words` ask who learns of a complaint, who comes for them, or say they have
    no papers."""
    return holds(words, _LATIN, _SCRIPT)


def instead_of_arrest(topic: str | None, words: str) -> bool:
    """Whether an arrest the NLU read is a fear of complaining: words that ask who comes
    for the person, with a complaint weighed ("if I complain will police arrest me", read as
    an arrest at 0.82, got what to do when arrested; round 15A) or named in a question."""
    if topic != ARREST or not afraid(words) or _LOST.search(words.lower()):
        return False  # "if i report my passport lost, will police arrest me?" is no complaint
    if holds(words, _IF_LATIN, _IF_SCRIPT):
        return True
    return reads_as_question(words) and holds(words, _COMPLAINT_LATIN, _COMPLAINT_SCRIPT)


# Readings a weighed complaint keeps, a lost passport among them.
_KEEPS = frozenset({"emergency_help", "lost_documents", *TOPICS})
UNSURE = 0.95  # a reading this sure keeps its answer


def instead_of_other(topic: str | None, confidence: float, words: str) -> bool:
    """Whether a complaint weighed with a fear ("if i report supervisor, he will cancel my
    visa?", read as Passport taken at 0.64; round 27B) is answered as Where to complain in
    place of a topic the NLU read unsurely (an arrest has its own rule; an emergency, a lost
    paper and the complaint answers keep theirs)."""
    if topic == ARREST or topic in _KEEPS or (topic is not None and confidence >= UNSURE):
        return False
    if _LOST.search(words.lower()):
        return False
    return afraid(words) and holds(words, _IF_LATIN, _IF_SCRIPT)


def for_another(words: str) -> bool:
    """Whether `words` ask about a complaint made by or for someone else."""
    return holds(words, _FOR_ANOTHER_LATIN, _FOR_ANOTHER_SCRIPT)


def told(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer to `topic`), first the lines on what our sources do not say when
    the words are afraid of complaining, or ask about a complaint for someone else."""
    if topic not in TOPICS:
        return outcome
    tr = ctx.translator(state.language)
    lines = []
    if afraid(words):
        lines.append(
            tr.gettext(
                "Is it safe for you to complain? Our sources do not say whether your employer, "
                "the police or immigration are told. Before you complain, ask a person from a "
                "partner organisation: tap “{person}”."
            )
        )
    if for_another(words):
        # The form takes a case for someone else ("If you write for someone else, where are
        # they?"); whether the offices take a complaint from another person is not known.
        lines.append(
            tr.gettext(
                "A partner organisation can take a case for someone else: tap “{person}” and "
                "say who it is about and where they are. Whether the offices take a complaint "
                "from someone else, our sources do not say."
            )
        )
    if not lines:
        return outcome
    person = tr.gettext("Talk to a person")
    return with_note("\n\n".join(line.format(person=person) for line in lines), outcome)
