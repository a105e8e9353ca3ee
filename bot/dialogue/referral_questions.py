"""The referral form's questions: the start, each question in turn, and the way out.

Steps live in the user's state ("ref:description", ...), so a restart mid-form continues.
"""

from __future__ import annotations

from bot.content.localised import topic_title
from bot.dialogue.contacts_shown import contacts_block, partner_contacts
from bot.dialogue.context import Context
from bot.dialogue.keyboards import country_names, footer, menu_keyboard
from bot.dialogue.onboarding import start
from bot.dialogue.outcome import Outcome
from bot.i18n import Tr
from bot.values import Button, Reply, UserState

MAX_TEXT = 2000  # a description or a message; longer text is cut, with a note (cut_note)


def cut_note(words: str, tr: Tr, limit: int = MAX_TEXT) -> str:
    """What the writer is told when `words` are cut to `limit` characters ("" if not)."""
    if len(words) <= limit:
        return ""
    return tr.gettext("Your text was long: I kept the first {kept} of {total} characters.").format(
        kept=limit, total=len(words)
    )


def cancel_row(tr: Tr) -> tuple[Button, ...]:
    return (Button(tr.gettext("Cancel"), "ref:cancel"),)


def open_form(topic: str | None, state: UserState, ctx: Context) -> Outcome:
    """A new, empty form, with the topic the user came from preselected. Only through
    referral_form.start, which resumes an unfinished form instead of overwriting it."""
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
    state = state.with_(form=form, misses=0)
    if topic:
        return ask_topic(state, ctx, intro)
    return ask_description(state, ctx, intro)


def ask_topic(state: UserState, ctx: Context, intro: str = "") -> Outcome:
    """'Is your problem about: <topic>?' for the topic the form was opened with."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    topic = (state.form or {}).get("topic") or ""
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
    text = f"{intro}\n\n{question}" if intro else question
    return Outcome((Reply(text, keyboard),), state.with_(step="ref:topic"))


def list_organisations(state: UserState, ctx: Context) -> Outcome:
    """Without configured partners: organisations from the directory, to contact directly."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    orgs = partner_contacts(ctx.catalog, state.origin, state.country)
    if not orgs:
        text = _("I do not know an organisation for your place yet. Look at the menu.")
        return Outcome((Reply(text, (footer(tr)[1:],)),), state)
    text = _("These organisations help migrant workers, whatever your papers.")
    body = contacts_block(ctx.catalog, orgs, tr)
    return Outcome((Reply(f"{text}\n\n{body}", (footer(tr)[1:],)),), state.with_(misses=0))


def ask_description(state: UserState, ctx: Context, intro: str = "") -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    question = _(
        "Tell me what happened, in your own words. Write only what you want to share. "
        "Do not send photos of documents."
    )
    # The caseworker read "passport MB123456" on the card (round 10): a line of its own.
    question += "\n" + _("Leave out ID and passport numbers.")
    text = f"{intro}\n\n{question}" if intro else question
    keyboard = ((Button(_("Skip"), "ref:skip:description"),), cancel_row(tr))
    return Outcome((Reply(text, keyboard),), state.with_(step="ref:description"))


def ask_place(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    # Someone writing for a relative or a friend answers for them (explore10 x10a, F8).
    text = _(
        "Where are you? If you write for someone else, where are they? A country, province or "
        "city is enough. Do not give an exact address."
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
    # What urgent means is in the question, not on the button: "Urgent: someone is in
    # danger or needs help today" (48 letters; 31 in Burmese, 36 in Khmer) was cut short on
    # a small phone's full-width button (round 15B). Not "I am in danger": a mother
    # writing about her missing daughter is not.
    text = (
        _("Is it urgent?") + "\n" + _("It is urgent when someone is in danger or needs help today.")
    )
    keyboard = (
        (Button(_("Urgent"), "ref:urgent:yes"),),
        (Button(_("Not urgent"), "ref:urgent:no"),),
        cancel_row(tr),
    )
    return Outcome((Reply(text, keyboard),), state.with_(step="ref:urgency"))


def cancel(state: UserState, ctx: Context, ref: str = "") -> Outcome:
    """Cancel (the form's button, /cancel): the draft is dropped. With no draft and no
    answer to a caseworker being written, an old Cancel (under a summary already sent, or
    its first question) must not say that nothing was sent while a case is open: the case
    named, the summary's own (`ref`) when it is open."""
    tr = ctx.translator(state.language)
    text = tr.gettext("Cancelled. Nothing was sent.")
    drafting = "topic" in (state.form or {}) or (state.step or "").startswith("ans:")
    open_cases = [case for case in ctx.cases if case.open]
    own = [case for case in open_cases if case.ref == ref]
    sent = next(iter(own or open_cases), None)
    if not drafting and sent is not None:
        text = tr.gettext("Case {ref} was already sent. To withdraw it, use /mycases.").format(
            ref=sent.ref
        )
    return Outcome((Reply(text, menu_keyboard(tr)),), state.with_(step=None, form=None))


def stale(state: UserState, ctx: Context) -> Outcome:
    if state.language is None:
        # No language known any more (/delete_my_data, a profile deleted after a year): the
        # keyboards older than 48 hours are still on the phone. Not an English refusal to
        # someone who chose Burmese or Khmer: the greeting in the three languages, as /start.
        return start(state, ctx)
    tr = ctx.translator(state.language)
    text = tr.gettext("That button is old or not valid any more. Here is the menu.")
    return Outcome((Reply(text, menu_keyboard(tr)),), state)
