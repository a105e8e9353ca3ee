"""After sending: /mycases, withdrawing a case, answering a caseworker."""

from __future__ import annotations

import datetime as dt

from bot.content.localised import pick, topic_title
from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer, menu_keyboard
from bot.dialogue.outcome import Outcome
from bot.dialogue.referral_questions import MAX_TEXT, cancel_row, cut_note, stale
from bot.i18n import Tr
from bot.values import (
    WITH_ORGANISATION,
    Button,
    CaseStatus,
    CaseView,
    RelayToStaff,
    Reply,
    UserState,
    WithdrawCase,
)

ANSWER_STEP = "ans:"  # the step while the user writes an answer to a caseworker
HELD_SHOWN = 3  # cases shown before a new request, as relay.MAX_CASES


def my_cases(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    if not ctx.cases:
        text = _("You have no cases. Press 'Talk to a person' to ask for help.")
        return Outcome((Reply(text, menu_keyboard(tr)),), state)
    names = status_names(tr)
    lines = [_("Your cases:")]
    buttons: list[tuple[Button, ...]] = []
    for case in ctx.cases:
        title = (
            topic_title(ctx.catalog, case.topic, tr.language) if case.topic else _("something else")
        )
        status = names.get(case.status, case.status)
        day = tr.date(dt.date.fromisoformat(case.created_on))  # in the person's own digits
        lines.append(f"{case.ref} · {title} · {status} · {day}")
        if case.open:
            label = _("Withdraw {ref}").format(ref=case.ref)
            buttons.append((Button(label, f"wd:{case.ref}"),))
    buttons.append(footer(tr)[1:])
    return Outcome((Reply("\n".join(lines), tuple(buttons)),), state)


def status_names(tr: Tr) -> dict[str, str]:
    _ = tr.gettext
    return {
        CaseStatus.WAITING: _("waiting for an organisation"),
        CaseStatus.NEW: _("sent, not yet accepted"),
        CaseStatus.ACCEPTED: _("accepted"),
        CaseStatus.CLOSED: _("closed"),
        CaseStatus.WITHDRAWN: _("withdrawn"),
        CaseStatus.DECLINED: _("no organisation could take it"),
    }


def held_first(topic: str | None, state: UserState, ctx: Context) -> Outcome | None:
    """Before a new request ("Talk to a person"), the person's cases an organisation holds:
    one line each (reference, organisation), a button to write to its caseworker (the Answer
    step), and one for a new request anyway. None when no organisation holds one. A second
    case on the same problem, retold, is what the caseworkers would have to match up
    (exploratory test 7, finding 5)."""
    held = [case for case in ctx.cases if case.status in WITH_ORGANISATION][:HELD_SHOWN]
    if not held:
        return None
    tr = ctx.translator(state.language)
    _ = tr.gettext
    lines = [
        _("You already have case {ref} with {org}.").format(
            ref=case.ref, org=org_name(case, ctx, tr.language)
        )
        for case in held
    ]
    lines.append(_("You can write to them, or start a new request."))
    buttons: list[tuple[Button, ...]] = []
    for case in held:
        label = _("Write to {org}").format(org=org_name(case, ctx, tr.language))
        buttons.append(
            (Button(f"{label} · {case.ref}" if len(held) > 1 else label, f"ans:{case.ref}"),)
        )
    new = Button(_("New request"), f"person:{topic or ''}:new")
    buttons.append((new, Button(_("Menu"), "menu")))
    return Outcome((Reply("\n".join(lines), tuple(buttons)),), state.with_(misses=0))


def org_name(case: CaseView, ctx: Context, language: str) -> str:
    partners = ctx.catalog.partners
    partner = partners.by_id().get(case.partner_id or "") if partners else None
    return pick(partner.name, language) if partner else (case.partner_id or "")


def owned_open_case(ref: str, ctx: Context) -> bool:
    return any(case.ref == ref and case.open for case in ctx.cases)


def withdraw(value: str, state: UserState, ctx: Context) -> Outcome:
    """'wd:<ref>' asks to confirm, 'wd:<ref>:yes' withdraws. Only the user's own open cases."""
    ref, _sep, confirmed = value.partition(":")
    tr = ctx.translator(state.language)
    _ = tr.gettext
    if not owned_open_case(ref, ctx):
        return stale(state, ctx)
    if confirmed != "yes":
        text = _("Withdraw case {ref}? The organisation will see that you withdrew it.").format(
            ref=ref
        )
        # What stays: the caseworker can still open the case until retention (exploratory
        # test 10: someone scared withdrew and believed their words gone).
        text += "\n" + _(
            "They can still read what you wrote for {days} days; then it is deleted. To "
            "delete it now: /delete_my_data (this deletes all your data)."
        ).format(days=tr.number(ctx.retention_days))
        keyboard = ((Button(_("Yes, withdraw"), f"wd:{ref}:yes"), Button(_("No"), "menu")),)
        return Outcome((Reply(text, keyboard),), state)
    text = _("Case {ref} is withdrawn.").format(ref=ref)
    return Outcome((Reply(text, menu_keyboard(tr)),), state, (WithdrawCase(ref),))


def start_answer(ref: str, state: UserState, ctx: Context) -> Outcome:
    """Answer under a caseworker's message: the words go to its case. On a case closed
    within the reopening window they still go to the organisation that closed it, which may
    reopen it; on one closed for good, that it is closed and the way to a person (exploratory
    test 9, staff finding 7: both got "That button is old")."""
    tr = ctx.translator(state.language)
    case = own_case(ref, ctx)
    if case is None:
        return stale(state, ctx)
    step = state.with_(step=f"{ANSWER_STEP}{ref}")
    if case.open:
        text = tr.gettext("Write your answer to the caseworker (case {ref}).").format(ref=ref)
        return Outcome((Reply(text, (cancel_row(tr),)),), step)
    if not case.reopenable:
        text = tr.gettext(
            "Your case {ref} is closed. To ask for help again, press 'Talk to a person'."
        ).format(ref=ref)
        return Outcome((Reply(text, (footer(tr, case.topic),)),), state)
    text = tr.gettext(
        "Your case {ref} is closed. You can still write to {org}: they will be told, and may "
        "open it again. Write your message."
    ).format(ref=ref, org=org_name(case, ctx, tr.language))
    return Outcome((Reply(text, (cancel_row(tr),)),), step)


def own_case(ref: str, ctx: Context) -> CaseView | None:
    return next((case for case in ctx.cases if case.ref == ref), None)


def ask_answer_again(state: UserState, ctx: Context) -> Outcome:
    """The Answer step's question again (its case's), the step kept."""
    return start_answer((state.step or "")[len(ANSWER_STEP) :], state, ctx)


def answer_text(
    text: str, state: UserState, ctx: Context, message_id: int | None = None
) -> Outcome:
    """The words typed after Answer go to the caseworker; `message_id`: the channel's id of
    the message they came in (kept with the case, never the words)."""
    ref = (state.step or "")[len(ANSWER_STEP) :]
    tr = ctx.translator(state.language)
    if not text.strip():  # only invisible characters: nothing to relay, ask again
        return start_answer(ref, state, ctx)
    state = state.with_(step=None)
    case = own_case(ref, ctx)
    if case is None or not (case.open or case.reopenable):
        return not_sent(ref, text.strip(), state, ctx)
    reply = sent_to(ref, ctx, tr) if case.open else told_after_close(case, ctx, tr)
    if note := cut_note(text.strip(), tr):
        reply = f"{reply}\n{note}"
    ids = (message_id,) if message_id is not None else ()
    effect = RelayToStaff(ref, text.strip()[:MAX_TEXT], message_ids=ids)
    keyboard = menu_keyboard(tr) if case.open else (footer(tr, case.topic),)
    return Outcome((Reply(reply, keyboard),), state, (effect,))


def told_after_close(case: CaseView, ctx: Context, tr: Tr) -> str:
    """Where the person's words on a case closed within the reopening window went: to the
    organisation that closed it (bot/referrals/reopening.py `wrote_again`)."""
    return tr.gettext(
        "Your case {ref} is closed. {org} was told that you wrote, and may open it again. To "
        "ask for help again, press 'Talk to a person'."
    ).format(ref=case.ref, org=org_name(case, ctx, tr.language))


def sent_to(ref: str, ctx: Context, tr: Tr) -> str:
    """Where the person's words to their open case went. A case still waiting for an
    organisation (none has connected yet) has no caseworker to tell: the words are kept with
    it, and the organisation that takes it reads them on the case (exploratory test 8, 9). One
    nobody holds (not accepted yet, released, or its caseworker's access removed) went to the
    organisation's inbox, not to a caseworker (exploratory test 9, staff finding 9). One
    whose caseworker the bot cannot reach went to their team (round 9, "Still open")."""
    case = next((case for case in ctx.cases if case.ref == ref), None)
    if case is not None and case.status == CaseStatus.WAITING:
        return tr.gettext(
            "Kept with your case {ref}. No organisation has taken it yet: the one that takes "
            "it reads your message."
        ).format(ref=ref)
    if case is not None and case.status == CaseStatus.NEW:  # nobody holds it (new, released)
        return tr.gettext("Sent to {org}.").format(org=org_name(case, ctx, tr.language))
    if case is not None and case.holder_away:  # the inbox and the admins hear it waits
        return tr.gettext(
            "Sent to {org}. Your caseworker may be away, so their team gets it too."
        ).format(org=org_name(case, ctx, tr.language))
    return tr.gettext("Sent to the caseworker.")


def not_sent(ref: str, words: str, state: UserState, ctx: Context) -> Outcome:
    """An answer typed after the case was closed, withdrawn or declined: the person is told
    it went nowhere, gets their words back to copy, and the way to a person (a new request,
    about the same problem)."""
    tr = ctx.translator(state.language)
    topic = next((case.topic for case in ctx.cases if case.ref == ref), None)
    text = tr.gettext(
        "Your case {ref} was closed, so this was not sent. To ask for help again, press "
        "'Talk to a person'. Your words:"
    ).format(ref=ref)
    echo = Reply(words[:4000], (footer(tr, topic),))  # within one Telegram message
    return Outcome((Reply(text), echo), state)


def writes_answer(state: UserState) -> bool:
    """Whether the next free text is an answer to a caseworker (never sent to the NLU)."""
    return (state.step or "").startswith(ANSWER_STEP)
