"""The emergency numbers as they sound read aloud (round 34A: TalkBack, or a friend reading
the reply to someone who cannot read it).

A screen reader says ⚠ as "warning sign". Under "🆘 Call for help now:" the listener heard
"Ministry of Social Development and Human Security hotline 1300 (Thailand), warning sign",
then every number, and only at the end what the sign means, in the words written for an
office to visit: "Check before you rely on it". Someone in danger, who cannot see that ⚠ is
a small mark beside a name, heard a warning about the number to call and an order to check
it first. Here the meaning comes before the first marked number, and says what to do in
danger: call, and if a number does not answer, the next one (no fact: the answer's own
first step already says "Call one of the numbers shown"). Other contacts keep their legend
under them (contacts_shown.contacts_block).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.content import Catalog, DirectoryEntry
from bot.dialogue.contacts_shown import MARK, contact_lines
from bot.i18n import Tr


def urgent_legend(tr: Tr) -> str:
    # Short: the first number stays near the top of a small screen (round 26C).
    return tr.gettext("{mark} = not confirmed. Call anyway. No answer: call the next.").format(
        mark=MARK
    )


def urgent_block(
    catalog: Catalog, entries: Sequence[DirectoryEntry], tr: Tr, origin: str | None
) -> str:
    """The emergency contacts, a blank line apart; when any shows MARK, its meaning first."""
    lines = contact_lines(catalog, entries, tr, origin)
    if any(MARK in line for line in lines):
        lines = [urgent_legend(tr), *lines]
    return "\n\n".join(lines)
