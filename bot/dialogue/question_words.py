"""Whether a text typed where the referral form waits for a button reads as a question: a
question mark, or the words that open or close a question in English, Burmese and Khmer, in
their scripts and romanised. A long question ("where is the myanmar embassy in bangkok and
what is the phone number please", 14 words) was kept as the description at "Is your problem
about ...?" and never answered (exploratory test 8, finding 5): a question gets the choice
to ask it (form_question.py), a story is what happened (typed_answers.tells_story).

Only what surely asks: question words that also tell a story ("when I came", "who works
with me", ဘယ်သူမှ "nobody", Khmer ទេ closing a "not") are not counted. Burmese and Khmer
entries are drafts, review pending.
"""

from __future__ import annotations

import re
import unicodedata


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_MARK = re.compile(r"[?？⁇]")
# English and romanised text is read clause by clause: a question may follow a story.
_CLAUSES = re.compile(r"[,.;:!\n။၊។៕]+|\b(?:and|but|so|also|then)\b")
_LATIN_WORD = re.compile(r"[a-z']+")
_LEAD = _words("please pls plz sir bro sis hello hi excuse me sorry ok okay and but so")
# The text opening with one of these asks. A later clause asks when it opens with one of
# _LATER_OPENERS and the next word says so too ("what should I do"; "where I work" tells), not
# with "who" or "which" ("my friend, who is from Myawaddy").
_OPENERS = _words("where how what who whom whose which why")
_LATER_OPENERS = _words("where how what why")
_AUXILIARIES = _words("can could should do does did is are am will would may shall")
_ASKED_AFTER = _AUXILIARIES | _words("to much many long if about")
_SUBJECTS = _words(
    "i you u we they he she it my your our the a an this that there someone somebody anyone anybody"
)
# Romanised Burmese: ဘယ် (where, how) and the question endings လဲ / လား; romanised Khmer:
# តើ (opens a question), យ៉ាងម៉េច (how), ណា (where), and ទេ closing a question.
_ROMANISED_ASKING = re.compile(
    r"\b(?:bal|bel|bl) (?:mhar|hma|mar|lo|lout|lauk|nay|ko)\b|\b(?:yang mech|yangmech|"
    r"tov na|nov na|kanleng na|ponman)\b|^(?:tae|tei) "
)
_ROMANISED_ENDINGS = _words("lal lae lel lar")
_KHMER_NEGATIONS_LATIN = _words("ot ort min mun kmean kom")

# Burmese: ဘယ် (which, where, how: ဘယ်မှာ, ဘယ်လို), not in ဘယ်သူမှ / ဘယ်မှ (nobody,
# nowhere); a sentence closed by လဲ / လား / နည်း, polite endings aside.
_BURMESE_WHICH = re.compile(r"ဘယ်(?!\S{0,6}?မှ(?!ာ))")
_BURMESE_ENDINGS = ("လဲ", "လား", "နည်း")
_BURMESE_POLITE = re.compile(r"(?:ခင်ဗျာ|ခင်ဗျ|ဗျာ|ဗျ|ရှင့်|ရှင်|နော်|\s)+$")
# Khmer: តើ (opens a question), ម៉េច (how, why), ណា in "where" and "which", a sentence closed
# by ទេ when no "not" comes before it in the sentence, or by "…or not" (បានអត់, ឬទេ), or
# "can I?", "is it?" (បានទេ, មែនទេ: not after a "not" right before them, មិនបានទេ).
_KHMER_ASKING = re.compile(r"តើ|ម៉េច|ម្តេច|ម្ដេច|ឯណា|កន្លែងណា|ទីណា|ណាខ្លះ|មួយណា|អ្នកណា")
_KHMER_OR_NOT = ("បានអត់", "ឬទេ", "រឺទេ", "ឬអត់", "រឺអត់")
_KHMER_CAN_IT = re.compile(r"(?<!មិន)(?<!អត់)(?<!ពុំ)(?:បាន|មែន)ទេ$")
_KHMER_POLITE = re.compile(r"(?:បង|បាទ|ចាស|ផង|\s)+$")
_KHMER_NEGATIONS = re.compile(r"មិន|អត់|គ្មាន|ពុំ|កុំ|ឥត")
_SENTENCES = re.compile(r"[.!\n။၊។៕]+")


def reads_as_question(text: str) -> bool:
    """Whether `text` asks something, by its mark or its words (module docstring)."""
    if _MARK.search(text):
        return True
    return _latin_asks(text.lower()) or any(
        _script_asks(sentence) for sentence in _SENTENCES.split(text)
    )


def _latin_asks(lowered: str) -> bool:
    if _ROMANISED_ASKING.search(" ".join(_LATIN_WORD.findall(lowered))):
        return True
    clauses = [_LATIN_WORD.findall(clause) for clause in _CLAUSES.split(lowered)]
    clauses = [words for words in clauses if words]
    if not clauses:
        return False
    last = clauses[-1]
    if last[-1] in _ROMANISED_ENDINGS:
        return True
    if last[-1] == "te" and not _KHMER_NEGATIONS_LATIN.intersection(last):
        return True
    if any(_clause_asks(words, first=n == 0) for n, words in enumerate(clauses)):
        return True
    return any(_inverted(words) for words in clauses)


def _inverted(words: list[str]) -> bool:
    """A question's word order anywhere in a clause: "... what should I do", "where can we"."""
    return any(
        opener in _OPENERS and auxiliary in _AUXILIARIES and subject in _SUBJECTS
        for opener, auxiliary, subject in zip(words, words[1:], words[2:], strict=False)
    )


def _clause_asks(words: list[str], first: bool) -> bool:
    while words and words[0] in _LEAD:
        words = words[1:]
    if not words:
        return False
    opener, following = words[0], words[1] if len(words) > 1 else ""
    if first and opener in _OPENERS:
        return True
    if opener in _LATER_OPENERS:
        return following in _ASKED_AFTER
    if opener == "when":
        return following in _AUXILIARIES
    return opener in _AUXILIARIES and following in _SUBJECTS


def _script_asks(sentence: str) -> bool:
    sentence = _trimmed(sentence)
    if _BURMESE_WHICH.search(sentence) or _KHMER_ASKING.search(sentence):
        return True
    burmese = _BURMESE_POLITE.sub("", sentence)
    if burmese.endswith(_BURMESE_ENDINGS):
        return True
    khmer = _KHMER_POLITE.sub("", sentence)
    if khmer.endswith(_KHMER_OR_NOT) or _KHMER_CAN_IT.search(khmer):
        return True
    return khmer.endswith("ទេ") and not _KHMER_NEGATIONS.search(khmer)


def _trimmed(sentence: str) -> str:
    """Without what follows its last letter (emoji, punctuation, spaces)."""
    end = len(sentence)
    while end and not _letter(sentence[end - 1]):
        end -= 1
    return sentence[:end]


def _letter(character: str) -> bool:
    return character.isalnum() or unicodedata.category(character).startswith("M")
