"""Not this organisation (exploratory round 42B): a request whose words complain about an
organisation's staff, or ask for another organisation, is not routed to that organisation.

"the FED staff ask me money, i want other organisation", "CWCC never answer me 2 weeks",
"caseworker told my boss, i dont trust them", typed in the form: before, the summary named
the organisation the route chose, which could be the very one complained about, and Send
sent it the complaint (round 37B, still open). Now the organisations the words name (a
partner's short name, FED, CWCC, or its name in any language) are left out of the route,
as are, when the words name none but complain about a caseworker or ask for another
organisation, the organisations of the person's own cases (the caseworker they know).

Nothing is stored for it: the route is read again from the form's words (which the form
keeps anyway) each time the summary is shown and at Send, and the case keeps only the
organisations it may go to (`Case.agreed`), as before. The organisation left out is not told.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.content.partners import Partners
from bot.dialogue import fell_short
from bot.dialogue.lexicon import holds
from bot.values import CaseView

# Complaints fell_short.py does not read: money asked by the staff (fake_helper's answer
# outside the form), trust lost, someone "not from that group", an organisation named that
# never answers (fell_short.py knows only the real partners' names). Read only with an
# organisation named, or for the person's own organisation with fell_short's kinds.
_AGAINST = re.compile(
    r"\b(?:ask|asks|asked|want|wants|wanted|take|took|takes)(?: me)?(?: for)? (?:money|fee|"
    r"baht|pay)\b|\b(?:dont|do not|not|cannot|cant|never) trust\b|"
    r"\bnot (?:from|in|of) (?:that|this|the|your|same) (?:group|organi[sz]ation|ngo|office|team)\b|"
    r"\b(?:someone|somebody|person|people|staff) (?:else|other)\b|\bsomeone different\b|"
    r"\b(?:never|not|no|dont|didnt|do not|did not) (?:answer|answered|reply|replied|respond|"
    r"call me|call back)\b|\b(?:told|tell|tells|call|called) (?:my )?(?:boss|employer)\b|"
    r"\b(?:someone|somebody|person|people) not from\b|"
    # Romanised Burmese "don't trust", Khmer "don't trust", "no answer" (round 45B: these
    # were in the script list, which is read without spaces, so they never matched)
    r"\bma yone\b|\bot tuk chet\b|\b(?:ot|min) (?:chlery|chleuy|chlerb)\b"
)
_AGAINST_SCRIPT = (
    "ပိုက်ဆံတောင်း",
    "ငွေတောင်း",
    "မယုံ",
    "တခြားလူ",
    "សុំលុយ",
    "ទារលុយ",
    "មិនទុកចិត្ត",
    "មិនជឿ",
    "អ្នកផ្សេង",
    # Does not answer (Khmer): fell_short.py reads it only with the word for an
    # organisation; here only with a partner named ("បុគ្គលិក CWCC មិនឆ្លើយខ្ញុំ", CWCC's staff
    # don't answer me, round 45B)
    "មិនឆ្លើយ",
)
# Without a name, only these point at the person's own organisation: not a bot that was
# wrong, nor a request unanswered (they may just be waiting).
_POINTS_AT_OWN = (fell_short.HURT, fell_short.ANOTHER)

_ORG_WORDS = r"(?:staff|caseworker|case worker|organi[sz]ation|ngo|office|people|worker|team)"


def complains(words: str) -> str | None:
    """The kind of complaint in `words` (fell_short.py's kinds, or "against"), or None."""
    found = fell_short.kind(words)
    if found is not None:
        return found
    low = words.lower().replace("'", "").replace("\u2019", "")
    return "against" if holds(low, _AGAINST, _AGAINST_SCRIPT) else None


def _names(partners: Partners) -> dict[str, list[str]]:
    """Each partner's short name (its id, the letters in brackets of its name) and its names
    in every language without the brackets."""
    found: dict[str, list[str]] = {}
    for partner in partners.partners:
        names = {partner.id}
        for name in partner.name.model_dump().values():
            if not isinstance(name, str) or not name:
                continue
            names.update(re.findall(r"\(([A-Za-z]{2,10})\)", name))
            bare = re.sub(r"\([^)]*\)", "", name).strip()
            if len(bare) >= 4:
                names.add(bare)
        found[partner.id] = sorted(names)
    return found


# Short names that are also English words ("too far", "fed up"): read in capitals ("FED",
# "Fed"), or in lower case only next to the words for an organisation's people ("fed staff").
_ENGLISH = frozenset({"far", "fed"})


def _named(words: str, name: str) -> bool:
    if not re.fullmatch(r"[A-Za-z]{2,10}", name):
        return name.lower() in words.lower()
    # Not inside a longer Latin word (Burmese or Khmer letters may touch it)
    written = rf"(?<![A-Za-z])(?:{name.upper()}|{name.capitalize()})(?![A-Za-z])"
    if re.search(written, words):
        return True
    low, short = words.lower(), name.lower()
    if short not in _ENGLISH:
        return bool(re.search(rf"(?<![a-z]){short}(?![a-z])", low))
    return bool(
        re.search(
            rf"(?<![a-z]){short}\s+{_ORG_WORDS}\b|\b{_ORG_WORDS}\s+(?:of|from|at)\s+{short}(?![a-z])",
            low,
        )
    )


def named(words: str, partners: Partners) -> list[str]:
    """The partners `words` name, in the content's order."""
    return [org for org, names in _names(partners).items() if any(_named(words, n) for n in names)]


def avoided(words: str, partners: Partners, cases: Iterable[CaseView] = ()) -> list[str]:
    """The organisations a request with these words must not go to: those the words name
    when they complain or ask for another organisation; when they name none, the person's
    own cases' organisations if the words complain about a caseworker or ask for another."""
    if not words:
        return []
    found = complains(words)
    if found is None:
        return []
    orgs = named(words, partners)
    if orgs or found not in _POINTS_AT_OWN:
        return orgs
    known = partners.by_id()
    own = [c.partner_id for c in cases if c.partner_id and c.partner_id in known]
    return list(dict.fromkeys(own))
