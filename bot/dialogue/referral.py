"""The migrant's side of a referral: a short form, a plain summary, and nothing leaves without Send.

Steps live in the user's state ("ref:description", ...), so a restart mid-form continues.
Whatever the user writes here goes to the form, never to the NLU.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.dialogue.answers import contact_lines, partner_contacts, pick, topic_title
from bot.dialogue.effects import OpenCase, RelayToStaff, WithdrawCase
from bot.dialogue.keyboards import country_names, footer, menu_keyboard
from bot.dialogue.replies import Button, Outcome, Reply
from bot.dialogue.state import UserState

if TYPE_CHECKING:
    from bot.dialogue.engine import Context
    from bot.i18n import Tr

MAX_TEXT = 2000  # a description or a message; longer text is cut, with a note
TEXT_STEPS = ("ref:description", "ref:place", "ref:contact_value")
FIELDS = ("topic", "description", "place", "contact", "urgency")


def cancel_row(tr: Tr) -> tuple[Button, ...]:
    return (Button(tr.gettext("Cancel"), "ref:cancel"),)


def start(topic: str | None, state: UserState, ctx: Context) -> Outcome:
    """'Talk to a person': open the form, with the topic the user came from preselected."""
    tr = ctx.translator(state.language)
    if ctx.catalog.partners is None:
        return list_organisations(state, ctx)
    _ = tr.gettext
    form = {"topic": topic or ""}
    if topic == "emergency_help":
        form["urgent"] = "1"  # flagged for the organisation; the urgency question is skipped
    intro = _(
        "A caseworker at a partner organisation can help you. First I ask a few short "
        "questions. Nothing is sent before you press Send."
    )
    if topic:
        question = _("Is your problem about: {topic}?").format(
            topic=topic_title(ctx.catalog, topic, tr.language)
        )
        keyboard = (
            (
                Button(_("Yes"), f"ref:topic:{topic}"),
                Button(_("Something else"), "ref:topic:other"),
            ),
            cancel_row(tr),
        )
        return Outcome(
            (Reply(f"{intro}\n\n{question}", keyboard),),
            state.with_(step="ref:topic", form=form, misses=0),
        )
    return ask_description(state.with_(form=form, misses=0), ctx, intro)


def list_organisations(state: UserState, ctx: Context) -> Outcome:
    """Without configured partners: organisations from the directory, to contact directly."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    orgs = partner_contacts(ctx.catalog, state.origin, state.country)
    if not orgs:
        text = _("I do not know an organisation for your place yet. Look at the menu.")
        return Outcome((Reply(text, (footer(tr)[1:],)),), state)
    text = _("These organisations help migrant workers, whatever your papers.")
    body = "\n\n".join(contact_lines(ctx.catalog, orgs, tr))
    return Outcome((Reply(f"{text}\n\n{body}", (footer(tr)[1:],)),), state.with_(misses=0))


def ask_description(state: UserState, ctx: Context, intro: str = "") -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    question = _(
        "Tell me what happened, in your own words. Write only what you want to share. "
        "Do not send photos of documents."
    )
    text = f"{intro}\n\n{question}" if intro else question
    keyboard = ((Button(_("Skip"), "ref:skip:description"),), cancel_row(tr))
    return Outcome((Reply(text, keyboard),), state.with_(step="ref:description"))


def ask_place(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    text = _(
        "Where are you? A country, province or city is enough. Do not give your exact address."
    )
    rows: list[tuple[Button, ...]] = []
    name = country_names(tr).get(state.country or "")
    if name and state.country != "other":
        rows.append((Button(name, f"ref:place:{state.country}"),))
    rows.append((Button(_("Skip"), "ref:skip:place"),))
    rows.append(cancel_row(tr))
    return Outcome((Reply(text, tuple(rows)),), state.with_(step="ref:place"))


def ask_contact(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    text = _(
        "How should the organisation contact you?\n"
        "Through this bot is safest: they do not see your name, phone or Telegram account."
    )
    keyboard = (
        (Button(_("Through this bot"), "ref:contact:bot"),),
        (Button(_("I give a phone number"), "ref:contact:phone"),),
        (Button(_("I give my Telegram username"), "ref:contact:telegram"),),
        cancel_row(tr),
    )
    return Outcome((Reply(text, keyboard),), state.with_(step="ref:contact"))


def ask_contact_value(method: str, state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    if method == "phone":
        text = _("Write the phone number the organisation may call.")
    else:
        text = _("Write your Telegram username (it starts with @).")
    form = {**(state.form or {}), "contact_method": method}
    return Outcome(
        (Reply(text, (cancel_row(tr),)),), state.with_(step="ref:contact_value", form=form)
    )


def ask_urgency(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    text = _("Is it urgent?")
    keyboard = (
        (Button(_("Urgent: I am in danger or need help today"), "ref:urgent:yes"),),
        (Button(_("Not urgent"), "ref:urgent:no"),),
        cancel_row(tr),
    )
    return Outcome((Reply(text, keyboard),), state.with_(step="ref:urgency"))


def next_step(state: UserState, ctx: Context, after: str) -> Outcome:
    """Go on with the form, or back to the summary when the user was changing one answer."""
    form = state.form or {}
    if form.get("editing"):
        return summary(state.with_(form={k: v for k, v in form.items() if k != "editing"}), ctx)
    following = {
        "topic": ask_description,
        "description": ask_place,
        "place": ask_contact,
        "contact": summary if form.get("urgent") == "1" else ask_urgency,
        "urgency": summary,
    }
    return following[after](state, ctx)


def partner_for(state: UserState, ctx: Context) -> str | None:
    """Who will get the case: the first candidate with a connected inbox, as open_case does,
    or the first candidate, which the case then waits for."""
    partners = ctx.catalog.partners
    if partners is None:
        return None
    topic = (state.form or {}).get("topic") or None
    candidates = partners.candidates(state.origin, state.country, topic)
    return next((c for c in candidates if c in ctx.connected), candidates[0])


def summary(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    form = state.form or {}
    partner_id = partner_for(state, ctx)
    partners = ctx.catalog.partners
    if partner_id is None or partners is None:
        return list_organisations(state.with_(step=None, form=None), ctx)
    partner = partners.by_id()[partner_id]
    topic = form.get("topic")
    lines = [
        _("This is exactly what will be sent to {org}:").format(
            org=pick(partner.name, tr.language)
        ),
        "",
        _("Problem: {value}").format(
            value=topic_title(ctx.catalog, topic, tr.language) if topic else _("something else")
        ),
        _("Your words: {value}").format(value=form.get("description") or _("(none)")),
        _("Where: {value}").format(value=form.get("place") or _("(not given)")),
        _("Contact: {value}").format(value=contact_text(form, tr)),
        _("Urgent: {value}").format(value=_("yes") if form.get("urgent") == "1" else _("no")),
        "",
        _("They will not see your name or your Telegram account unless you gave it above."),
    ]
    if partner_id not in ctx.connected:
        lines += [
            "",
            _(
                "{org} is not connected to this bot yet: your case will wait until they are. "
                "For help now, look at the contacts in the menu."
            ).format(org=pick(partner.name, tr.language)),
        ]
    # The case's reference is fixed here, so a second press of Send (after a restart lost the
    # first answer) finds the case instead of opening another.
    ref = form.get("ref") or ctx.new_ref
    keyboard = (
        (Button(_("Send"), f"ref:send:{ref}"),),
        (Button(_("Change"), "ref:change"), Button(_("Cancel"), "ref:cancel")),
    )
    state = state.with_(step="ref:confirm", form={**form, "ref": ref})
    return Outcome((Reply("\n".join(lines), keyboard),), state)


def contact_text(form: Mapping[str, str], tr: Tr) -> str:
    _ = tr.gettext
    method = form.get("contact_method", "bot")
    if method == "phone":
        return _("by phone: {value}").format(value=form.get("contact", ""))
    if method == "telegram":
        return _("on Telegram: {value}").format(value=form.get("contact", ""))
    return _("through this bot only")


def send(ref: str, state: UserState, ctx: Context) -> Outcome:
    form = dict(state.form or {})
    partner_id = partner_for(state, ctx)
    if any(case.ref == ref for case in ctx.cases):
        return sent_reply(ref, state.with_(step=None, form=None), ctx, ())
    if state.step != "ref:confirm" or partner_id is None or not ref or form.get("ref") != ref:
        return stale(state, ctx)
    effect = OpenCase(
        ref=ref,
        partner_id=partner_id,
        topic=form.get("topic") or None,
        description=form.get("description") or None,
        place=form.get("place") or None,
        contact_method=form.get("contact_method", "bot"),
        contact=form.get("contact") or None,
        urgent=form.get("urgent") == "1",
        language=ctx.translator(state.language).language,
        origin=state.origin,
        country=state.country,
    )
    return sent_reply(ref, state.with_(step=None, form=None), ctx, (effect,))


def sent_reply(ref: str, state: UserState, ctx: Context, effects: tuple[object, ...]) -> Outcome:
    """The confirmation: for the Send that opened the case, and again for a repeated press."""
    tr = ctx.translator(state.language)
    text = tr.gettext(
        "Sent. Your case number is {ref}. A caseworker will answer here, in this chat. "
        "You can see your cases with /mycases and withdraw a case at any time."
    ).format(ref=ref)
    return Outcome((Reply(text, menu_keyboard(tr)),), state, effects)


def cancel(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    text = tr.gettext("Cancelled. Nothing was sent.")
    return Outcome((Reply(text, menu_keyboard(tr)),), state.with_(step=None, form=None))


def stale(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    text = tr.gettext("That button is old or not valid any more. Here is the menu.")
    return Outcome((Reply(text, menu_keyboard(tr)),), state)


def change(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    labels = {
        "topic": _("Problem"),
        "description": _("Your words"),
        "place": _("Where"),
        "contact": _("Contact"),
        "urgency": _("Urgent"),
    }
    keyboard = tuple((Button(labels[f], f"ref:edit:{f}"),) for f in FIELDS)
    text = _("What do you want to change?")
    return Outcome((Reply(text, keyboard),), state.with_(step="ref:confirm"))


def edit(field: str, state: UserState, ctx: Context) -> Outcome:
    if field not in FIELDS or state.form is None:
        return stale(state, ctx)
    state = state.with_(form={**state.form, "editing": "1"})
    if field == "topic":
        tr = ctx.translator(state.language)
        topic = state.form.get("topic") if state.form else None
        keyboard = (
            (Button(topic_title(ctx.catalog, topic, tr.language), f"ref:topic:{topic}"),)
            if topic
            else (),
            (Button(tr.gettext("Something else"), "ref:topic:other"),),
        )
        text = tr.gettext("What is the problem?")
        return Outcome((Reply(text, tuple(row for row in keyboard if row)),), state)
    asks = {
        "description": ask_description,
        "place": ask_place,
        "contact": ask_contact,
        "urgency": ask_urgency,
    }
    return asks[field](state, ctx)


def on_button(value: str, state: UserState, ctx: Context) -> Outcome:
    """Buttons "ref:<action>[:<value>]" of the form."""
    action, _, arg = value.partition(":")
    if action == "cancel":
        return cancel(state, ctx)
    if action == "send":
        return send(arg, state, ctx)
    if state.form is None:
        return stale(state, ctx)
    form = dict(state.form)
    if action == "topic":
        form["topic"] = arg if arg in ctx.catalog.topics else ""
        return next_step(state.with_(form=form), ctx, "topic")
    if action == "skip" and arg in ("description", "place"):
        form[arg] = ""
        return next_step(state.with_(form=form), ctx, arg)
    if action == "place" and arg:
        form["place"] = country_names(ctx.translator(state.language)).get(arg, "")
        return next_step(state.with_(form=form), ctx, "place")
    if action == "contact" and arg == "bot":
        form.update(contact_method="bot", contact="")
        return next_step(state.with_(form=form), ctx, "contact")
    if action == "contact" and arg in ("phone", "telegram"):
        return ask_contact_value(arg, state, ctx)
    if action == "urgent" and arg in ("yes", "no"):
        form["urgent"] = "1" if arg == "yes" else ""
        return next_step(state.with_(form=form), ctx, "urgency")
    if action == "change":
        return change(state, ctx)
    if action == "edit":
        return edit(arg, state, ctx)
    return stale(state, ctx)


def on_text(text: str, state: UserState, ctx: Context) -> Outcome:
    """Free text while the form waits for the user's own words."""
    form = dict(state.form or {})
    words = text.strip()[:MAX_TEXT]
    if not words and state.step != "ref:description":
        return stale(state, ctx)
    if state.step == "ref:description":
        form["description"] = words
        return next_step(state.with_(form=form), ctx, "description")
    if state.step == "ref:place":
        form["place"] = words[:200]
        return next_step(state.with_(form=form), ctx, "place")
    if state.step == "ref:contact_value":
        form["contact"] = words[:100]
        return next_step(state.with_(form=form), ctx, "contact")
    return stale(state, ctx)


def expects_text(state: UserState) -> bool:
    """Whether the next free text belongs to the form (and must not go to the NLU)."""
    return state.step in TEXT_STEPS or (state.step or "").startswith("ans:")


# --- after sending: /mycases, withdrawing, answering a caseworker ------------------------------


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
        title = topic_title(ctx.catalog, case.topic, tr.language) if case.topic else "-"
        lines.append(
            f"{case.ref} · {title} · {names.get(case.status, case.status)} · {case.created_on}"
        )
        if case.open:
            label = _("Withdraw {ref}").format(ref=case.ref)
            buttons.append((Button(label, f"wd:{case.ref}"),))
    buttons.append(footer(tr)[1:])
    return Outcome((Reply("\n".join(lines), tuple(buttons)),), state)


def status_names(tr: Tr) -> dict[str, str]:
    _ = tr.gettext
    return {
        "waiting": _("waiting for an organisation"),
        "new": _("sent, not yet accepted"),
        "accepted": _("accepted"),
        "closed": _("closed"),
        "withdrawn": _("withdrawn"),
        "declined": _("no organisation could take it"),
    }


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
        keyboard = ((Button(_("Yes, withdraw"), f"wd:{ref}:yes"), Button(_("No"), "menu")),)
        return Outcome((Reply(text, keyboard),), state)
    text = _("Case {ref} is withdrawn.").format(ref=ref)
    return Outcome((Reply(text, menu_keyboard(tr)),), state, (WithdrawCase(ref),))


def start_answer(ref: str, state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    if not owned_open_case(ref, ctx):
        return stale(state, ctx)
    text = tr.gettext("Write your answer to the caseworker (case {ref}).").format(ref=ref)
    return Outcome((Reply(text, (cancel_row(tr),)),), state.with_(step=f"ans:{ref}"))


def answer_text(text: str, state: UserState, ctx: Context) -> Outcome:
    ref = (state.step or "")[len("ans:") :]
    tr = ctx.translator(state.language)
    if not text.strip():  # only invisible characters: nothing to relay, ask again
        return start_answer(ref, state, ctx)
    state = state.with_(step=None)
    if not owned_open_case(ref, ctx):
        return stale(state, ctx)
    reply = tr.gettext("Sent to the caseworker.")
    effect = RelayToStaff(ref, text.strip()[:MAX_TEXT])
    return Outcome((Reply(reply, menu_keyboard(tr)),), state, (effect,))
