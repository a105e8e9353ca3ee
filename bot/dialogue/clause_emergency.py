"""An emergency that only one clause of a message read, with other problems found beside it
(the lead, session 30).

"ជំរាបសួរ ខ្ញុំ ដារ៉ា នៅម៉ាឡេស៊ី visa ផុតហើយ ចង់ទៅផ្ទះ តែខ្លាចគេចាប់" (hello, I am Dara in
Malaysia, my visa ran out, I want to go home but I am afraid they will arrest me; round 52B):
the clause "afraid they will arrest me" read as Emergency help, so the problems found were
Emergency help, Permits and Going home, answered most urgent first: Malaysia's 999, the
police, first, to an overstayer afraid of the police. The whole message read Permits best
(0.35) and Emergency help at 0.18.

Danger words are answered before the NLU is read (flows._read, triage.py): this is only
where no danger word was written, the whole message did not read an emergency best, and
gave it under WHOLE_UNSURE. Then the most urgent of the other problems found is answered,
and Emergency help is the first button beside it, one tap away.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.values import NluResult

EMERGENCY = "emergency_help"
# The whole message's own probability of an emergency under which a clause's emergency
# reading does not go before the other problems found.
WHOLE_UNSURE = 0.3


def instead(topic: str | None, nlu: NluResult | None, problems: Collection[str]) -> str | None:
    """The problem to answer in place of an emergency only a clause read (`topic` the one
    about to be answered), or None to keep it. `problems`: the topics with an answer."""
    # The NLU's own emergency only: not one a rule of the words put there ("boss drive us to
    # work, we cannot go anywhere alone", read as an injury: kept in, far_away.py).
    if topic != EMERGENCY or nlu is None or nlu.topic != EMERGENCY or not nlu.ranking:
        return None
    best, _ = nlu.ranking[0]
    whole = dict(nlu.ranking).get(EMERGENCY, 0.0)
    if best == EMERGENCY or whole >= WHOLE_UNSURE:
        return None
    return next((t for t in nlu.topics if t != EMERGENCY and t in problems), None)
