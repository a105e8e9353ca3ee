"""What a clause's own words say about it: does it ask something or state a problem, or is
it only the setting of another clause ("because ...", "when ...")?

A second topic that is merely named ("my contract end next month going home") and one that
is asked about ("... and what happen to my work permit") read alike to a bag of words; the
words around the topic differ. These cues are short word lists, written from the training
and development messages (never the held-out set): English, Burmese and Khmer in their own
scripts (matched inside the text, which has no spaces between words) and their romanised
forms (matched as whole words). Burmese and Khmer entries are drafts, review pending.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

_WORD = re.compile(r"[a-z']+")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# A question or a request: the writer wants something about this clause.
_ASK_WORDS = _words(
    # English
    "how what where who why which can could should is are do does will may please pls plz "
    "help want need "
    # romanised Burmese: lar / lae (question endings), bal (where), bar (what), chin (want),
    # par (polite request)
    "lar lae lel bal bl bar chin par "
    # romanised Khmer: te (question ending), yang / mech (how), na (where), ey (what),
    # ponman (how much), khlah (which), reu (or), chong (want), som (ask for), chuoy (help)
    "te yang mech na ey ponman khlah reu rue chong som chuoy"
)
_ASK_SCRIPT = (
    # Burmese: လား / လဲ (question endings), ဘယ် (which, where), ဘာ (what), နည်း, ချင် (want),
    # ကူညီ (help), ပေးပါ (please do)
    "လား",
    "လဲ",
    "ဘယ်",
    "ဘာ",
    "နည်း",
    "ချင်",
    "ကူညီ",
    "ပေးပါ",
    # Khmer: ទេ (question ending), ឬ (or), ម៉េច (how), ណា (where), អ្វី (what),
    # ប៉ុន្មាន (how much), ខ្លះ, ចង់ (want), សុំ (ask for), ជួយ (help), ត្រូវការ (need)
    "ទេ",
    "ឬ",
    "ម៉េច",
    "ណា",
    "អ្វី",
    "ប៉ុន្មាន",
    "ខ្លះ",
    "ចង់",
    "សុំ",
    "ជួយ",
    "ត្រូវការ",
    "?",
)

# A negation or a verb of something done to the writer: a problem stated.
_PROBLEM_WORDS = _words(
    # English
    "not no never dont don't didnt didn't cant can't cannot wont won't doesnt doesn't "
    "without nothing refuse refused lost lose took take keep keeps kept hold holds stole "
    "owe owes expire expired late stuck beat hit arrest arrested caught cut fired injured hurt "
    # romanised Burmese: buu / bu (negation ending), pyout (lost), thein (keep), phan / phann
    # (arrest), yite (beat), kyan (still owed), kon (run out)
    "buu bu boo pyout thein phan phann yite kyan kon "
    # romanised Khmer: min / ot / kmean (not, none), bat (lost), yok (take), kan (hold), chab
    # (arrest), vay (beat), phot (expired), chompeak (owe), yeut (late)
    "min ot kmean bat yok kan chab vay phot chompeak yeut"
)
_PROBLEM_SCRIPT = (
    # Burmese: ဘူး (negation ending), မရ / မပေး (not get, not give), ပျောက် (lost),
    # သိမ်း (confiscate), ဖမ်း (arrest), ရိုက် (beat), ကျန် (still owed), ကုန် (run out),
    # နောက်ကျ (late), ငြင်း (refuse)
    "ဘူး",
    "မရ",
    "မပေး",
    "ပျောက်",
    "သိမ်း",
    "ဖမ်း",
    "ရိုက်",
    "ကျန်",
    "ကုန်",
    "နောက်ကျ",
    "ငြင်း",
    # Khmer: មិន / អត់ / គ្មាន / ពុំ (not, none), បាត់ (lost), យក (take), កាន់ (hold),
    # ចាប់ (arrest), វាយ (beat), ផុត (expired), ជំពាក់ (owe), យឺត (late), បដិសេធ (refuse)
    "មិន",
    "អត់",
    "គ្មាន",
    "ពុំ",
    "បាត់",
    "យក",
    "កាន់",
    "ចាប់",
    "វាយ",
    "ផុត",
    "ជំពាក់",
    "យឺត",
    "បដិសេធ",
)

# A clause that sets the scene for another: "because ...", "when ...", "after ...".
_SETTING_WORDS = _words(
    # English
    "because cause coz when after before if while since until "
    # romanised Burmese: yin (if), tot (when); romanised Khmer: pros (because), pel (when),
    # bae (if), kroy (after), mun (before)
    "yin tot pros pel bae kroy mun"
)
_SETTING_SCRIPT = (
    # Burmese: ရင် (if), တော့ (when), ဖို့ (in order to), ခင် (before)
    "ရင်",
    "တော့",
    "ဖို့",
    "ခင်",
    # Khmer: ព្រោះ / ដោយសារ (because), ពេល (when), បើ (if), ក្រោយ (after), មុន (before)
    "ព្រោះ",
    "ដោយសារ",
    "ពេល",
    "បើ",
    "ក្រោយ",
    "មុន",
)


# A bare plea: "please help", ကူညီပေးပါ, ជួយខ្ញុំផង, "ku nyi par", "chuoy phong" and their
# endings, with nothing else. Closing a long message, it is a clause of its own, which the
# classifier reads as emergency_help (0.6-1.0); topics.py keeps it from proposing an
# emergency unless another clause reads a danger (docs/benchmarks.md, "A closing plea").
_PLEA_WORDS = _words(
    # English
    "help please pls plz me us sir madam bro sis someone somebody "
    # romanised Burmese ku nyi (pay) par / ownt (ကူညီ (ပေး) ပါ / ဦး), bya / shin / naw
    "ku kuu nyi pay pe par bar ba ownt oant bya byar shin naw "
    # romanised Khmer chuoy / jouy (ជួយ) khnhom (me) phong (ផង) bong (បង) som (សូម)
    "chuoy chouy jouy juoy knhom khnhom phong bong som"
)
_PLEA_HELP = _words("help nyi chuoy chouy jouy juoy")
# Burmese: ကူညီ (help), ပေး, ပါ, ဦး, ကြ, the endings and "me"; Khmer: ជួយ (help), ខ្ញុំ (me),
# ផង, បង, សូម, អូន, យើង, បាទ, ចាស
_PLEA_PIECES = _words(
    "ကူညီ ပေး ပါ ဦး ကြ ခင်ဗျာ ခင်ဗျ ဗျာ ဗျ ရှင် နော် ကျွန်တော့်ကို ကျွန်မကို ငါ့ကို ជួយ ខ្ញុំ ផង បង សូម អូន យើង បាទ ចាស"
)
_PLEA_SCRIPT = re.compile("|".join(map(re.escape, sorted(_PLEA_PIECES, key=len, reverse=True))))
_PLEA_HELP_SCRIPT = ("ကူညီ", "ជួយ")
_NOT_WORDS = re.compile(r"[\W\d_]+")


def bare_plea(text: str) -> bool:
    """The clause is a plea for help and nothing else ("please help me", ကူညီပေးပါ)."""
    lowered = text.lower()
    latin = _WORD.findall(lowered)
    rest = _NOT_WORDS.sub("", _WORD.sub("", _PLEA_SCRIPT.sub("", lowered)))
    if rest or not all(word in _PLEA_WORDS for word in latin):
        return False
    return any(word in _PLEA_HELP for word in latin) or any(w in text for w in _PLEA_HELP_SCRIPT)


def _has(text: str, words: frozenset[str], script: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(w in words for w in _WORD.findall(lowered)) or any(s in text for s in script)


def asks(text: str) -> bool:
    """The clause asks a question or for something."""
    return _has(text, _ASK_WORDS, _ASK_SCRIPT)


def states_problem(text: str) -> bool:
    """The clause negates something or says something was done to the writer."""
    return _has(text, _PROBLEM_WORDS, _PROBLEM_SCRIPT)


def sets_scene(text: str) -> bool:
    """The clause is a setting for another: a because-, when-, if- or after-clause."""
    return _has(text, _SETTING_WORDS, _SETTING_SCRIPT)


# The candidate's clause: asks, states a problem, sets the scene, either of the first two,
# a problem stated without asking, its length (log of 1 + tokens); the other clauses: one
# of them asks, one that reads the answer asks, one that reads the answer states a problem;
# and the pairs: the candidate's clause asks beside an answer's stated problem, or states a
# problem beside an answer's question.
STRUCTURE = (
    "clause_asks",
    "clause_problem",
    "clause_setting",
    "clause_cue",
    "problem_only",
    "log_clause_tokens",
    "others_ask",
    "answer_asks",
    "answer_states",
    "asks_after_problem",
    "problem_beside_question",
)


def structure(
    text: str, tokens: int, others: Sequence[str], answers: Sequence[str]
) -> tuple[float, ...]:
    """The STRUCTURE features of a candidate read in clause `text` ("" when no clause reads
    it), beside the message's other clauses and those of them that read the answer."""
    ask, problem = asks(text), states_problem(text)
    answer_asks = any(asks(a) for a in answers)
    answer_states = any(states_problem(a) for a in answers)
    return tuple(
        float(x)
        for x in (
            ask,
            problem,
            sets_scene(text),
            ask or problem,
            problem and not ask,
            math.log1p(tokens),
            any(asks(o) for o in others),
            answer_asks,
            answer_states,
            ask and answer_states,
            problem and answer_asks,
        )
    )
