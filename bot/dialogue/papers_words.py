"""The words of the corridor for a worker's papers (round 11, jargon): "PLKS", "pink card",
"bat chom puu", "E-9", "ginou jisshu", ပန်းရောင်ကတ်, ប័ណ្ណផ្កាឈូក.

Migrants name their papers as their corridor does, often in Latin letters inside Burmese or
Khmer. The NLU reads most such messages (docs/exploratory/round11-jargon.md), but where it
finds no topic at all, "ကျွန်တော့် PLKS ကုန်သွားပြီ" (my PLKS has run out) or "PATI ဖြစ်နေတယ်"
(I am undocumented) got "Sorry, I did not understand". There, a message that names a
worker's papers gets the visa and work-permit answer for the person's place (its related
topics, Lost documents and Change employer, one tap away) instead of the guesses. Never
over a topic the NLU found, nor over a message it read as out of scope, nor before danger
words (flows._read's order). The lists are drafts for partners to review and extend.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.dialogue.lexicon import holds, script_readings

TOPIC = "visa_work_permit"
# The answers about papers: the one the NLU's own ranking puts first is given ("my boss keeps
# my pink card": Passport taken; "bat chom puu khnhom bat", lost: Lost documents), else TOPIC.
PAPER_TOPICS = frozenset({TOPIC, "documents_confiscated", "lost_documents"})

# Matched as whole words in any case. Short acronyms that are everyday words or syllables in
# romanised Burmese or Khmer in lower case ("ci", "nv", "wp", "ipa", "eps", "mou") only in
# capitals, below.
_ANY_CASE = (
    "pink card",
    "bat chom puu",
    "bat chompoo",
    "bat chom phu",
    "work permit",
    "permit",
    # romanised Burmese ပါမစ် (the lead, session 29: "pa mit kone thwar pi, bal lo lote ya ma
    # lae", my permit ran out, what do I do, was not understood)
    "pa mit",
    "par mit",
    "pamit",
    "parmit",
    "visa",
    "plks",
    "i-kad",
    "ikad",
    "pati",
    "e-9",
    "e9",
    "e-7",
    "s pass",
    "s-pass",
    "ginou jisshu",
    "gino jisshu",
    "jisshu",
    "tokutei ginou",
    "tokutei",
    "titp",
    "ssw",
    "calling visa",
    "border pass",
    "10 year card",
)
_CAPITALS = ("CI", "NV", "WP", "IPA", "EPS", "MOU")
# Burmese and Khmer, matched inside the text (their words are not spaced).
_SCRIPT = (
    "ပန်းရောင်ကတ်",
    "ပန်းရောင် ကတ်",
    "ပါမစ်",
    "ဗီဇာ",
    "ប័ណ្ណផ្កាឈូក",
    "ប័ណ្ណពណ៌ផ្កាឈូក",
    "ប័ណ្ណការងារ",
    "ទិដ្ឋាការ",
)

_ANY_CASE_RE = re.compile(
    r"(?<![a-z0-9])(" + "|".join(re.escape(term) for term in _ANY_CASE) + r")(?![a-z0-9])"
)
_CAPITALS_RE = re.compile(r"(?<![A-Za-z])(" + "|".join(_CAPITALS) + r")(?![A-Za-z])")


def names_papers(text: str) -> bool:
    """Whether `text` names a worker's papers in the corridor's words."""
    return bool(
        _ANY_CASE_RE.search(text.lower())
        or _CAPITALS_RE.search(text)
        or any(term in text for term in _SCRIPT)
    )


# Round 20C: two more where the NLU found nothing. A passport running out ("... everything
# ok but my passport expire next month and boss say he don't help, what i do?") is the
# embassy's (embassy_contact holds what the sources say on renewing one); changing employer
# (ខ្ញុំចង់ប្តូរនិយោជកនៅម៉ាឡេស៊ី, I want to change employer in Malaysia) is Change employer.
EMBASSY, CHANGE = "embassy_contact", "change_employer"
_PASSPORT_RUNS_OUT = re.compile(
    r"\bpassport\b(?:\W+\w+){0,4}?\W+(?:expir\w*|finish\w*|end|ends|ended|run(?:s|ning)? out|"
    r"ran out|out of date|renew\w*|extend\w*|extension)\b|"
    r"\b(?:renew\w*|extend\w*|expired)\W+(?:\w+\W+){0,2}?passport\b"
)
# Both words of a pair inside the text (spaces ignored): the passport, and its term ending.
_PASSPORT_SCRIPT = (
    (("ပတ်စပို့", "ပတ်စ်ပို့", "ပက်စပို့", "နိုင်ငံကူးလက်မှတ်"), ("သက်တမ်း",)),
    (("លិខិតឆ្លងដែន", "ផាសស្ព័រ", "ប៉ាស្ព័រ"), ("ផុតកំណត់", "បន្តសុពលភាព", "ហួសកំណត់")),
)
_CHANGE_LATIN = re.compile(
    r"\b(?:change|changing|find|finding|need|want|get) (?:a |my |the )?(?:new |another |other )?"
    r"(?:employer|boss|workplace|company)\b|\bchange (?:my )?(?:job|work)\b|"
    r"\b(?:pdo|pdor|dor) (?:niyoch\w*|thaokae|kanleng twer ka)\b|"
    r"\b(?:alote shin|a lote shin|boss|sa beh|thu htay) pyaung\b"
)
_CHANGE_SCRIPT = (
    "အလုပ်ရှင်ပြောင်း",
    "သူဌေးပြောင်း",
    "ប្តូរនិយោជក",
    "ប្ដូរនិយោជក",
    "ប្តូរថៅកែ",
    "ប្ដូរថៅកែ",
    "ប្តូរកន្លែងការងារ",
    "ប្ដូរកន្លែងការងារ",
)


def named_topic(text: str) -> str | None:
    """The answer `text` names outside a worker's permit: a passport running out (the
    embassy), changing employer; else None."""
    compact = "".join(text.split())
    latin = text.lower().replace("'", "").replace("\u2019", "")
    if _PASSPORT_RUNS_OUT.search(latin) or any(
        any(a in compact for a in names) and any(b in compact for b in ends)
        for names, ends in _PASSPORT_SCRIPT
    ):
        return EMBASSY
    if _CHANGE_LATIN.search(latin) or any(term in compact for term in _CHANGE_SCRIPT):
        return CHANGE
    return None


# Round 22A: "my passport expire" was read as Passport taken (the boss keeps it): no one
# took it. A passport running out, read as kept, with no word that anyone keeps or took it,
# is the embassy's; Passport taken stays one tap away (instead.py).
KEPT = "documents_confiscated"
_KEPT_LATIN = re.compile(
    r"\b(?:keep|keeps|kept|keeping|take|takes|took|taken|hold|holds|held|holding|"
    r"confiscat\w*|seiz\w*|not give|wont give|dont give|not return\w*|give back|"
    r"thein|thain|yok|reaksa|dak hot)\b"
)
# Burmese: kept, confiscated (သိမ်း), not given back; Khmer: keep (រក្សា), confiscate (ដកហូត),
# take (យក), not given back
_KEPT_SCRIPT = ("သိမ်း", "ပြန်မပေး", "រក្សា", "ដកហូត", "យក", "មិនឲ្យវិញ", "មិនឱ្យវិញ")


def kept(text: str) -> bool:
    """Whether `text` says someone keeps or took a paper ("boss keep", သိမ်း, រក្សា)."""
    return holds(text, _KEPT_LATIN, _KEPT_SCRIPT)


def runs_out_not_kept(topic: str | None, text: str) -> bool:
    """Whether Passport taken, read by the NLU in `text`, is a passport running out that no
    one keeps ("my passport expire"): the embassy's answer instead."""
    return (
        topic == KEPT
        and named_topic(text) == EMBASSY
        and not holds(text, _KEPT_LATIN, _KEPT_SCRIPT)
    )


def instead_of_guesses(topic: str | None, out_of_scope: bool, text: str) -> bool:
    """Whether `text`, in which the NLU found no topic and nothing out of scope, gets the
    visa and work-permit answer (or the one named_topic gives) instead of "did not
    understand"."""
    return (
        topic is None and not out_of_scope and (names_papers(text) or named_topic(text) is not None)
    )


def topic_for(ranking: Sequence[tuple[str, float]], text: str = "") -> str:
    """The papers answer to give: the one `text` names (named_topic), else the first of
    PAPER_TOPICS in the NLU's ranking (its reading fell under the threshold, but among these
    it still tells a kept card from a lost one), else the visa and work-permit answer."""
    named = named_topic(text)
    if named is not None:
        return named
    return next((name for name, _ in ranking if name in PAPER_TOPICS), TOPIC)


# Any paper at all, in everyday words: what tells "my friend is missing" from "my friend's
# passport is missing" (someone_else.py) and a phone kept from papers kept (phone_taken.py).
# One list for both; before, each module had its own, and each missed some of the other's.
_ANY_PAPER_LATIN = re.compile(
    r"\b(?:passports?|pasport|passpot|documents?|docs|papers?|ids?|id card|card|visa|permit|"
    r"certificate|ci|licence|license|pat sa po|patsapo|ma hpone tin|mhat pone tin|"
    r"lekhet chlong den|likhet chlong den|ekasa)\b"
)
_ANY_PAPER_SCRIPT = (
    # Burmese: passport (the loan word, also cut short, and နိုင်ငံကူးလက်မှတ်), papers, ID
    # card, visa, permit, card, certificate, proof of identity
    "ပတ်စ",
    "နိုင်ငံကူးလက်မှတ်",
    "စာရွက်",
    "မှတ်ပုံတင်",
    "ဗီဇာ",
    "ပါမစ်",
    "ကတ်",
    "လက်မှတ်",
    "သက်သေခံ",
    # Khmer: passport (and its loan word), documents, ID card, card (not កាត: inside កាត់,
    # cut), visa, permit, book
    "លិខិតឆ្លងដែន",
    "ប៉ាស្ព័រ",
    "ឯកសារ",
    "អត្តសញ្ញាណប័ណ្ណ",
    "ប័ណ្ណ",
    "ទិដ្ឋាការ",
    "វីសា",
    "លិខិតអនុញ្ញាត",
    "សៀវភៅ",
)


def any_paper(words: str) -> bool:
    """Whether `words` name a paper of any kind: a passport, an ID, a card, a permit. Latin
    words as typed, apostrophes kept: "I'd" is no ID."""
    if _ANY_PAPER_LATIN.search(words.lower()):
        return True
    return any(word in reading for reading in script_readings(words) for word in _ANY_PAPER_SCRIPT)
