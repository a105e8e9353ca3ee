"""A complaint about the organisation that holds the person's case (exploratory round 46B).

A person whose case Alpha holds pressed "Talk to a person" and got "You already have case
... with Alpha" (my_cases.held_first). What they typed there, "the caseworker told my boss",
"i want other organisation, not this one", got fell_short.py's answer, whose "Talk to a
person" showed the same "You already have case ..." again: the way out was "New request",
which nothing named. Where the words named Alpha (outside_complaint.py, round 43B) the
button left Alpha out, but nothing said that the open case stays, nor how to withdraw it.

Now, when the words complain about an organisation that holds one of the person's cases (by
name, or, without a name, about "the caseworker" or asking for another organisation:
not_this_org.avoided), the reply says plainly that a new request can go to another
organisation and that it is not told, that the case stays open unless withdrawn in
/mycases, and offers one button for that new request with the organisation left out
("person::not=ALPHA": the form keeps only the id, as round 43B's button). Nothing is sent
before the usual Send, and nothing is stored for it.
"""

from __future__ import annotations

from bot.content.localised import pick
from bot.dialogue import not_this_org
from bot.dialogue.context import Context
from bot.values import WITH_ORGANISATION, Button, CaseView, UserState


def held(ctx: Context) -> list[CaseView]:
    """The person's cases an organisation holds (as my_cases.held_first)."""
    return [case for case in ctx.cases if case.status in WITH_ORGANISATION and case.partner_id]


def against(words: str, ctx: Context) -> list[str]:
    """The organisations holding a case of the person's that `words` complain about."""
    partners = ctx.catalog.partners
    cases = held(ctx)
    if partners is None or not cases or not words:
        return []
    holding = {case.partner_id for case in cases}
    return [org for org in not_this_org.avoided(words, partners, cases) if org in holding]


def line(orgs: list[str], state: UserState, ctx: Context) -> str:
    """What happens to the open case and to a new request, in plain words."""
    tr = ctx.translator(state.language)
    partners = ctx.catalog.partners
    known = partners.by_id() if partners else {}
    lines = []
    for case in held(ctx):
        if case.partner_id not in orgs or case.partner_id not in known:
            continue
        name = pick(known[case.partner_id].name, tr.language)
        lines.append(
            tr.gettext(
                "You can start a new request that goes to another organisation, not to "
                "{org}. {org} is not told. Your case {ref} with {org} stays open; to withdraw "
                "it, use /mycases."
            ).format(org=name, ref=case.ref)
        )
    return "\n".join(dict.fromkeys(lines))


def button(orgs: list[str], state: UserState, ctx: Context) -> Button | None:
    """One tap to a new request with these organisations left out."""
    partners = ctx.catalog.partners
    if not orgs or partners is None:
        return None
    tr = ctx.translator(state.language)
    known = partners.by_id()
    names = ", ".join(pick(known[org].name, tr.language) for org in orgs if org in known)
    label = tr.gettext("New request, not to {org}").format(org=names)
    data = f"person::not={'+'.join(orgs)}"
    return Button(label, data) if len(data.encode()) <= 64 else None
