"""More second problems named in plain words (round 50C, issue 12), beside also_said.py's:
a robbed passport (Lost documents, not Passport taken: no employer keeps it), a job and an
identity card after coming home (the two reintegration answers), the papers needed for a
permit, the training before leaving, and a crossing through the forest without a passport
(a trafficking sign) beside a broker's fee.

Phrases, not single words; the reintegration cues only beside a reintegration answer ("need
a job" alone is asked by people still abroad). Drafts for a native speaker at a partner
organisation to review and extend.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.dialogue.lexicon import holds
from bot.once import per_message

LOST = "lost_documents"
KEPT = "documents_confiscated"
JOBS = "reintegration_jobs"
ID_CARD = "reintegration_id"
NEEDED = "documents_needed"
TRAINING = "predeparture_training"
SCAM = "job_scams_trafficking"

# Robbed, mugged, a thief: romanised Khmer "plun" (rob), romanised Burmese "lu yet" / "da
# mya" (rob, robber); Khmer ប្លន់ (rob), ចោរ (thief); Burmese လုယက် (rob), ဓားပြ (robber)
_ROBBED = (
    re.compile(
        r"\b(rob|robs|robbed|robbing|robber|robbers|robbery|mugged|thief|thieves)\b|"
        r"\bplun\b|\blu\s*yet\b|\bda\s*mya\b"
    ),
    ("ប្លន់", "ចោរ", "လုယက်", "ဓားပြ"),
)
# A document taken: passport, identity card, work permit, in the four ways of writing
_PAPERS = (
    re.compile(r"\b(passport|id\s*card|identity\s+card|work\s*permit|pink\s+card|documents?)\b"),
    ("លិខិតឆ្លងដែន", "អត្តសញ្ញាណប័ណ្ណ", "ប័ណ្ណការងារ", "ပတ်စ်ပို့", "ပတ်စပို့", "ပါ့စ်ပို့", "မှတ်ပုံတင်", "ပါမစ်"),
)

_CUES: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    # Back home and looking for work: romanised Khmer "rok kar(ngea)" (look for work),
    # romanised Burmese "a lote shar" (look for work); Khmer រកការងារ / ត្រូវការការងារ,
    # Burmese အလုပ်ရှာ / အလုပ်လိုချင်
    JOBS: (
        re.compile(
            r"\b(need|want|find|finding|looking\s+for|look\s+for)\s+(a\s+|some\s+)?(new\s+)?"
            r"(job|work)\b|\brok\s+kar\s*(ngea|ngar)\b|\ba\s*lote\s+(shar|sha)\b"
        ),
        ("រកការងារ", "ត្រូវការការងារ", "ចង់បានការងារ", "အလုပ်ရှာ", "အလုပ်လိုချင်"),
    ),
    # Back home and needing an identity card: romanised Khmer "atta(k)sanhabann", romanised
    # Burmese "hmat pone tin" (the national ID card); Khmer អត្តសញ្ញាណប័ណ្ណ, Burmese မှတ်ပုံတင်
    ID_CARD: (
        re.compile(
            r"\b(new|lost|make|get|renew)\s+(my\s+|an?\s+)?(national\s+)?(id|identity)\s*card\b|"
            r"\batt?a?k?\s*sanh?a\s*bann?\b|\bhmat\s*pone\s*tin\b"
        ),
        ("អត្តសញ្ញាណប័ណ្ណ", "မှတ်ပုံတင်"),
    ),
    # Which papers to bring: romanised Khmer "eksar avey khlah" (which documents), romanised
    # Burmese "sar ywet sar tan bar twe" (which documents); Khmer ឯកសារអ្វីខ្លះ, Burmese
    # ဘာစာရွက်စာတမ်း / စာရွက်စာတမ်းဘာတွေ
    NEEDED: (
        re.compile(
            r"\b(what|which)\s+(documents?|papers)\s+(do\s+i\s+|i\s+)?(need|needed|must|to\s+bring)\b|"
            r"\bek\s*sar\s+(avey|ey)\s+(khlah|klah)\b|\bsar\s*ywet\s*sar\s*tan\s+(bar|ba)\s+(twe|dwe)\b"
        ),
        ("ឯកសារអ្វីខ្លះ", "ឯកសារអីខ្លះ", "ဘာစာရွက်စာတမ်း", "စာရွက်စာတမ်းဘာတွေ"),
    ),
    # The training before leaving: romanised Khmer "vakk bondoh bondal" (training course);
    # Khmer វគ្គបណ្តុះបណ្តាល, Burmese ကြိုတင်သင်တန်း / မသွားခင်သင်တန်း
    TRAINING: (
        re.compile(
            r"\bpre\s*-?\s*departure\b|\btraining\s+before\s+(i\s+|we\s+)?(go|going|leave|leaving)\b|"
            r"\bvak+\s+bon\s*doh\s+bon\s*dal\b"
        ),
        ("វគ្គបណ្តុះបណ្តាល", "វគ្គបណ្ដុះបណ្ដាល", "ကြိုတင်သင်တန်း", "မသွားခင်သင်တန်း"),
    ),
    # Taken across through the forest: romanised Khmer "kat prey" (cut through the forest),
    # romanised Burmese "taw hte (ka)" (through the forest); Khmer កាត់ព្រៃ, Burmese တောထဲကနေ /
    # တောလမ်း
    SCAM: (
        re.compile(
            r"\b(through|across|cross|via)\s+(the\s+)?(jungle|forest)\b|\bkat\s+prey\b|"
            r"\btaw\s*(hte|htae|htal)\s*(ka|ga)\b"
        ),
        ("កាត់ព្រៃ", "တောထဲကနေ", "တောလမ်းကနေ"),
    ),
}

# The reintegration cues are read only beside a reintegration answer (or each other).
_BESIDE: dict[str, tuple[str, ...]] = {
    JOBS: (ID_CARD, "return_home"),
    ID_CARD: (JOBS, "return_home"),
}


# Someone who keeps papers at work: then "thief" is what the person calls them, and the
# passport is kept, not lost (the lead, session 29: "boss took my passport, he is a thief"
# got Lost documents in place of Passport taken).
_KEEPER = (
    re.compile(
        r"\b(boss|employer|supervisor|manager|owner|company|agent|agency|broker|nai\s*jang|"
        r"thaokae|thau\s*kae|thu\s*htay|a\s*lote\s*shin|pwe\s*sar)\b"
    ),
    ("ថៅកែ", "និយោជក", "ភ្នាក់ងារ", "មេខ្យល់", "ក្រុមហ៊ុន", "သူဌေး", "အလုပ်ရှင်", "ပွဲစား", "အေးဂျင့်", "ကုမ္ပဏီ"),
)


@per_message
def robbed(words: str) -> bool:
    """Whether `words` say a document was taken in a robbery, by no one who keeps papers at
    work."""
    return holds(words, *_ROBBED) and holds(words, *_PAPERS) and not holds(words, *_KEEPER)


@per_message
def _named(words: str) -> tuple[str, ...]:
    """Every cue's topic named in `words`, read once per message."""
    return tuple(cue for cue, (latin, script) in _CUES.items() if holds(words, latin, script))


def also(topic: str | None, read: Sequence[str], words: str) -> tuple[str, ...]:
    """The topics named in `words` other than `topic` and `read`, to offer one tap away."""
    near = {topic, *read}
    found = [
        cue
        for cue in _named(words)
        if cue not in near and (cue not in _BESIDE or near & set(_BESIDE[cue]))
    ]
    if robbed(words) and LOST not in near:
        found.insert(0, LOST)
    return tuple(found)


def mended(others: Sequence[str], words: str) -> list[str]:
    """`others` with Passport taken dropped for a robbed document (Lost documents is offered
    in its stead by `also`)."""
    return [t for t in others if not (t == KEPT and robbed(words))]


def instead(topic: str | None, words: str) -> str | None:
    """Lost documents for Passport taken read in a robbery ("a thief robbed me, took my
    passport"): Passport taken's answer is on an employer or agent who keeps it."""
    return LOST if topic == KEPT and robbed(words) else topic
