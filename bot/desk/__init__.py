"""The caseworkers' desk: staff buttons, commands and the texts they write, channel-neutral.

Each call is one database transaction: the action, its history and its outbox rows commit
together. What the desk says back at once is returned as `Said` items for the adapter.

One module for each thing staff do, each a part of `Desk` (a mixin over `base.DeskBase`):
buttons.py (the presses), writing.py (the text after Reply, Note, Reached or Decline),
drafts.py (a reply's preview, a step put aside), closing.py, hands.py (history, handover,
release), finding.py (/cases, /case), commands.py (join, register, help, notices), and
refusals.py (why a press or a text was not used).
"""

from __future__ import annotations

from bot.desk.base import Said
from bot.desk.buttons import Buttons
from bot.desk.commands import STAFF_HELP, Commands
from bot.desk.finding import REF_TYPED, Finding

__all__ = ["REF_TYPED", "STAFF_HELP", "Desk", "Said"]


class Desk(Buttons, Finding, Commands):
    """The whole desk, as the adapters and the runtime use it."""
