"""The organisations a case's words complain about, for the receiving caseworker's card
(round 44C).

A person who wrote "the Alpha staff ask me money, i want other organisation" is told at the
summary that Alpha "is not told about it" (round 42B, `not_this_org.py`). The caseworker of
the organisation that got it read only "Sounds like: says help from an organisation fell
short" and the words: nothing said the person had been promised that, and a caseworker who
checks with the other organisation ("is your colleague asking for money?") breaks the
promise and may expose the person. The card (in private, never the inbox group) now names
the organisation and says not to contact it without the person's agreement."""

from __future__ import annotations

from bot.content.partners import Partners
from bot.dialogue import not_this_org


def about(words: str, partners: Partners) -> list[str]:
    """The partners `words` name while complaining about them or asking for another
    organisation (what the summary left out of the route), in the content's order."""
    if not words or not_this_org.complains(words) is None:
        return []
    return not_this_org.named(words, partners)
