"""A complaint about an organisation typed outside the form (exploratory round 43B).

"FED staff ask me money", "caseworker from CWCC never answer 2 weeks", "i dont trust FAR,
they told my boss", typed in the chat, not in the form: fell_short.py or fake_helper.py
answered (sorry, nothing is passed on, a fake helper's warning), but nothing said that a
request can skip that organisation, and "Talk to a person" from there opened a form that
read only its own description: "i need help with my wages" typed there went to FED.

Now, when the words complain about an organisation they name (not_this_org.py, round 42B),
the reply says so in one line, and its "Talk to a person" buttons carry the organisations'
ids ("person::not=FED"): the form opened from them keeps only those ids (never the words),
leaves them out of the route, and the summary says so before Send, as for words typed in
the form. Nothing else is stored, and the organisation is not told.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from bot.content.localised import pick
from bot.dialogue import fell_short, held_complaint, not_this_org
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import footer
from bot.dialogue.outcome import Outcome
from bot.values import Button, Reply, UserState

# The form's key for the organisations a button told it to leave out (ids only)
KEY = "not"
_MARK = "not="

Answer = Callable[[Text, UserState, Context], Outcome]


# Someone who only says they are from an organisation ("a man say he is from FED, ask 2000
# baht"; Khmer "says they come from"; Burmese "said (they are) from"): an impostor, not that
# organisation's staff, which may be the right one to help
_CLAIMED = re.compile(
    r"\b(?:say|says|said|tell|told me|claim\w*|pretend\w*)\b[^.!?]{0,25}\bfrom\b", re.IGNORECASE
)
_CLAIMED_SCRIPT = ("ថាគាត់មកពី", "ថាមកពី", "មកពី", "ကလို့", "ကဆိုပြီး")


def named(words: str, ctx: Context) -> list[str]:
    """The partners these words complain about by name (not an impostor's claim)."""
    partners = ctx.catalog.partners
    if partners is None or not words or not_this_org.complains(words) is None:
        return []
    if _claimed(words):
        return []
    return not_this_org.named(words, partners)


def _claimed(words: str) -> bool:
    return bool(_CLAIMED.search(words)) or any(m in words.replace(" ", "") for m in _CLAIMED_SCRIPT)


def from_button(rest: str, ctx: Context) -> list[str]:
    """The partner ids a "person:<topic>:not=A+B" button carries (only real partners)."""
    partners = ctx.catalog.partners
    if partners is None or not rest.startswith(_MARK):
        return []
    known = partners.by_id()
    return [org for org in rest[len(_MARK) :].split("+") if org in known]


def kept(form: Mapping[str, str] | None) -> list[str]:
    """The ids a form opened from such a button keeps."""
    return [org for org in ((form or {}).get(KEY) or "").split() if org]


def keep(form: dict[str, str], orgs: list[str]) -> dict[str, str]:
    merged = list(dict.fromkeys([*kept(form), *orgs]))
    return {**form, KEY: " ".join(merged)} if merged else form


def _carry(button: Button, orgs: list[str]) -> Button:
    data = button.data
    if data != "person" and not re.fullmatch(r"person:[a-z_]*", data):
        return button
    topic = data.partition(":")[2]
    carried = f"person:{topic}:{_MARK}{'+'.join(orgs)}"
    return replace(button, data=carried) if len(carried.encode()) <= 64 else button


def with_line(outcome: Outcome, words: str, state: UserState, ctx: Context) -> Outcome:
    """`outcome`, with the line and the buttons for the organisations `words` name."""
    orgs = named(words, ctx)
    # Round 46B: the organisation holding the person's case, complained about by name or as
    # "the caseworker" (held_complaint.py); not an impostor's claim
    own = held_complaint.against(words, ctx) if not _claimed(words) else []
    orgs = list(dict.fromkeys([*orgs, *own]))
    partners = ctx.catalog.partners
    if not orgs or partners is None or not outcome.replies:
        return outcome
    tr = ctx.translator(state.language)
    known = partners.by_id()
    line = tr.gettext(
        "You wrote about {orgs}. If you press “Talk to a person”, that request will not "
        "be sent to them, and they are not told."
    ).format(orgs=", ".join(pick(known[org].name, tr.language) for org in orgs))
    if own:
        line = held_complaint.line(own, state, ctx) or line
    replies = []
    for reply in outcome.replies:
        rows = tuple(tuple(_carry(b, orgs) for b in row) for row in reply.buttons)
        replies.append(replace(reply, buttons=rows))
    first = replies[0]
    new = held_complaint.button(orgs, state, ctx) if own else None
    if new is not None:
        first = replace(first, buttons=((new,), *first.buttons))
    # fell_short's general way to leave an organisation out, said for this one just below
    # (the lead's read of round 43B: the two said the same thing, one after the other)
    general = fell_short.leave_out_line(tr)
    parts = first.text.split("\n\n")
    parts = [line if part == general else part for part in parts]  # in its place
    if line not in parts:
        parts.append(line)
    replies[0] = Reply("\n\n".join(parts), first.buttons, first.venue)
    return replace(outcome, replies=tuple(replies))


def wrap(answer: Answer) -> Answer:
    """`answer`, with the line and the buttons for the organisations the words name."""

    def answered(event: Text, state: UserState, ctx: Context) -> Outcome:
        return with_line(answer(event, state, ctx), event.text, state, ctx)

    return answered


def instead_of_card(words: str, state: UserState, ctx: Context) -> Outcome | None:
    """A complaint naming a partner that no reader above answered, where the NLU found no
    problem ("FED ဝန်ထမ်းက ပိုက်ဆံတောင်းတယ်", FED's staff ask money, in Burmese): not the card of
    the organisation complained about (its contacts, "These organisations help migrant
    workers"), but the apology, that nothing is passed on, and a request that skips it."""
    if not named(words, ctx) and not held_complaint.against(words, ctx):
        return None
    tr = ctx.translator(state.language)
    _ = tr.gettext
    text = "\n\n".join(
        (
            _("I am sorry this happened. It is not your fault."),
            _("I do not pass this message to that organisation or to anyone."),
        )
    )
    plain = Outcome((Reply(text, (footer(tr),)),), state.with_(misses=0))
    return with_line(plain, words, state, ctx)
