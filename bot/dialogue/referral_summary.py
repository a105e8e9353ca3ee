"""The end of the referral form: the plain summary of exactly what will be sent and to whom,
and Send, the only way a case leaves (the questions are in referral_questions.py, the rest
of the form in referral_form.py)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping

from bot.content.localised import pick, topic_title
from bot.content.partners import Partners
from bot.dialogue import not_this_org, old_send, outside_complaint
from bot.dialogue.contact_words import latin_digits
from bot.dialogue.contacts_shown import contacts_block, partner_contacts
from bot.dialogue.context import Context
from bot.dialogue.form_state import PLACE_COUNTRY
from bot.dialogue.keyboards import menu_keyboard
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.places import elsewhere_now, elsewhere_said
from bot.dialogue.referral_questions import list_organisations, stale
from bot.dialogue.typing_for import writes_for_other
from bot.i18n import Tr, country_names, from_and_now
from bot.values import COUNTRIES, Button, CaseStatus, Effect, OpenCase, Reply, UserState


def case_country(state: UserState) -> str | None:
    """Where the case is about: the country the form's place surely names (form_state.
    PLACE_COUNTRY), else the profile's "now". A mother at home writing about her daughter in
    Thailand answers "Where are they?" with Thailand: the case goes to an organisation for
    Thailand, and its card says "Now in: Thailand" (round 10, x10a F8). For this case only:
    the profile is never changed."""
    named = (state.form or {}).get(PLACE_COUNTRY)
    return named if named in COUNTRIES else state.country


def now_in(state: UserState) -> str | None:
    """The summary's and the card's "Now in": `case_country`, or "other" (Other country)
    when the form's place, or the story with no place given, puts the person in a country the
    content does not cover ("China", ចិន, "i am in china, they lock me"). Round 25A: a woman
    locked in in China, with a profile in Thailand, was sent to the caseworker as "Now in:
    Thailand". Who may get the case is chosen as before (`route_of`): which partner takes a
    case from China is for the partners."""
    form = state.form or {}
    if form.get(PLACE_COUNTRY) in COUNTRIES:
        return case_country(state)
    place = form.get("place", "")
    said = place or form.get("description", "")
    if said and (elsewhere_now(said) or (place and elsewhere_said(place))):
        return "other"
    return case_country(state)


def chosen_for(country: str, tr: Tr) -> str:
    """Said before Send when the place given chose other organisations than the profile
    would have (`moved_by_place`)."""
    note = tr.gettext(
        "The organisation is chosen for {place}, the place you gave. Your profile is not changed."
    )
    return note.format(place=country_names(tr).get(country, country))


def moved_by_place(state: UserState, ctx: Context) -> str | None:
    """The country of the form's place when it, not the profile, chose who may get the case
    (another route than the profile's would give). None when the route is the same: a case
    about Malaysia goes to the fallback as the profile's Myanmar would, and "chosen for
    Malaysia" would read as if that organisation worked there."""
    country = case_country(state)
    if country == state.country or country is None:
        return None
    as_profile = state.with_(form={**(state.form or {}), PLACE_COUNTRY: ""})
    return country if route_of(state, ctx) != route_of(as_profile, ctx) else None


def route_of(state: UserState, ctx: Context) -> tuple[str, ...]:
    """Who may get the case, as open_case and a re-route decide (Partners.route): first the
    organisation it is sent to (the first candidate with a connected inbox, else the first
    candidate, which the case then waits for), then those it may be passed to."""
    partners = ctx.catalog.partners
    if partners is None:
        return ()
    topic = (state.form or {}).get("topic") or None
    avoid = avoided_of(state, ctx)
    return partners.route(state.origin, case_country(state), topic, ctx.connected, avoid)


def avoided_of(state: UserState, ctx: Context) -> list[str]:
    """The organisations the form's words complain about or do not want (not_this_org.py,
    round 42B): the case goes to none of them."""
    partners = ctx.catalog.partners
    if partners is None:
        return []
    words = (state.form or {}).get("description") or ""
    found = not_this_org.avoided(words, partners, ctx.cases)
    # Those named in a complaint typed before the form, carried by its button (round 43B)
    kept = outside_complaint.kept(state.form)
    # Those an earlier request of the person's was sent without, for a complaint about them
    # (round 50A): "Alpha's staff told my boss" sent a case to Gamma; a complaint about
    # Gamma then routed the next request straight back to Alpha, and Alpha's card said
    # nothing. The ids kept at Send, never the words.
    earlier = held_earlier(ctx)
    return list(dict.fromkeys([*found, *kept, *earlier]))


def held_earlier(ctx: Context) -> list[str]:
    """The organisations an earlier request of the person's was sent without (round 50A)."""
    return list(dict.fromkeys(org for case in ctx.cases for org in case.not_told))


def avoided_by_source(state: UserState, ctx: Context) -> tuple[list[str], list[str], list[str]]:
    """`avoided_of` split by where each organisation's leaving out comes from (round 50B):
    the words of this request, a button pressed before it ("person::not=", round 43B), an
    earlier request (round 50A). Each organisation is in the first that holds it, since only
    that one tells the person what lifts it: rewriting the words changes nothing for the
    other two."""
    partners = ctx.catalog.partners
    if partners is None:
        return [], [], []
    words = (state.form or {}).get("description") or ""
    earlier = held_earlier(ctx)
    button = [org for org in outside_complaint.kept(state.form) if org not in earlier]
    found = [
        org
        for org in not_this_org.avoided(words, partners, ctx.cases)
        if org not in earlier and org not in button
    ]
    return found, button, earlier


def summary(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    form = state.form or {}
    route = route_of(state, ctx)
    partners = ctx.catalog.partners
    avoid = avoided_of(state, ctx)
    if not route and avoid and partners is not None:
        return none_left(state, ctx, avoid)
    if not route or partners is None:
        return list_organisations(state.with_(step=None, form=None), ctx)
    partner_id = route[0]
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
        *from_and_now(tr, state.origin, now_in(state)),
        _("Contact: {value}").format(value=contact_text(form, tr)),
        _("Urgent: {value}").format(value=_("yes") if form.get("urgent") == "1" else _("no")),
        "",
        _("They will not see your name or your Telegram account unless you gave it above."),
    ]
    if holds_phone(form.get("description") or ""):
        # A group's leader wrote the others' names and numbers in "Your words" (round 19A):
        # they go as written, and only the writer agreed.
        lines.append(
            _(
                "Your words hold a phone number. If it is someone else's, send it only if "
                "they agree. To take it out, tap “{change}”."
            ).format(change=_("Change"))
        )
    if writes_for_other(form.get("description") or ""):
        # "I am helping my neighbour, she cannot read, her boss keeps her passport" (round
        # 33C): only the typist pressed Send; the person the case is about is asked too.
        lines.append(
            _(
                "If you write for someone else, read this to them. Press Send only if they "
                "agree. The organisation will answer in this chat."
            )
            if form.get("contact_method", "bot") == "bot"
            else _(
                "If you write for someone else, read this to them. Press Send only if they agree."
            )
        )
    if holds_id_number(form.get("description") or ""):
        # "Leave out ID and passport numbers", asked, and one typed anyway, or in a photo's
        # caption (round 21C): the person sees it before Send, and may take it out.
        lines.append(
            _(
                "Your words hold what looks like an ID or passport number. It is safer to "
                "leave it out: tap “{change}”."
            ).format(change=_("Change"))
        )
    if avoid:
        lines += ["", *left_out_lines(state, ctx, avoid, tr, partners)]
    moved = moved_by_place(state, ctx)
    if moved:
        lines += ["", chosen_for(moved, tr)]
    onward = onward_text(route, tr, partners)
    if onward:
        lines += ["", onward]
    if partner_id not in ctx.connected:
        # With others named, the case moves on once its response target passes and one of
        # them is connected (referrals/deadlines.py): it does not wait for this one alone.
        waits = (
            _(
                "{org} is not connected to this bot yet: your case waits until one of these "
                "organisations is. For help now, look at the contacts in the menu."
            )
            if onward
            else _(
                "{org} is not connected to this bot yet: your case will wait until they are. "
                "For help now, look at the contacts in the menu."
            )
        )
        lines += ["", waits.format(org=pick(partner.name, tr.language))]
    # The case's reference is fixed here, so a second press of Send (after a restart lost the
    # first answer) finds the case instead of opening another.
    ref = form.get("ref") or ctx.new_ref
    keyboard = (
        (Button(_("Send"), f"ref:send:{ref}"),),
        # Cancel names the case too: pressed later, under a case already sent while a new
        # form is open, it must not drop that form (referral_form.on_button).
        (Button(_("Change"), "ref:change"), Button(_("Cancel"), f"ref:cancel:{ref}")),
    )
    # What the summary showed of the profile and who may get the case: Send sends only if
    # they are still that.
    form = {**form, "ref": ref, "profile": shown_profile(state), ROUTE: ",".join(route)}
    form[SHOWN] = shown_digest(form)
    return Outcome((Reply("\n".join(lines), keyboard),), state.with_(step="ref:confirm", form=form))


def left_out(avoid: list[str], tr: Tr, partners: Partners) -> str:
    """Said before Send when the words complain about an organisation (round 42B)."""
    names = partners.by_id()
    orgs = ", ".join(pick(names[org].name, tr.language) for org in avoid if org in names)
    return tr.gettext(
        "You wrote about {orgs}. This request will not be sent to them, and they are not told "
        "about it."
    ).format(orgs=orgs)


def left_out_lines(
    state: UserState, ctx: Context, avoid: list[str], tr: Tr, partners: Partners
) -> list[str]:
    """Who this request leaves out, and why, in plain words (round 50B): "You wrote about
    Alpha" was said of an organisation only an earlier request had complained about."""
    earlier = held_earlier(ctx)
    now = [org for org in avoid if org not in earlier]
    lines = [left_out(now, tr, partners)] if now else []
    if any(org in earlier for org in avoid):
        lines.append(earlier_line([org for org in avoid if org in earlier], tr, partners))
    return lines


def _names(orgs: list[str], tr: Tr, partners: Partners) -> str:
    names = partners.by_id()
    return ", ".join(pick(names[org].name, tr.language) for org in orgs if org in names)


def earlier_line(orgs: list[str], tr: Tr, partners: Partners) -> str:
    """An organisation left out because an earlier request complained about it (round 50A):
    it stays left out of every later request (the person's safety first, round 50B: "they
    told my boss" is not lifted by a later request's words), and the person is told so."""
    return tr.gettext(
        "An earlier request of yours complained about {orgs}. I leave them out of all your "
        "requests, this one too, and they are not told about it."
    ).format(orgs=_names(orgs, tr, partners))


def none_left(state: UserState, ctx: Context, avoid: list[str]) -> Outcome:
    """The words complain about every organisation that could get the request: nothing is
    sent, the person is told so plainly, with the organisations' contacts to reach one
    themselves, Change (take the name out of the words to send it there after all) and Cancel."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    partners = ctx.catalog.partners
    assert partners is not None
    names = partners.by_id()
    found, button, earlier = avoided_by_source(state, ctx)
    now = [org for org in avoid if org not in earlier]
    if now:
        text = _(
            "You wrote about {orgs}. I have no other organisation for your place, so I will "
            "not send this request: nothing is sent."
        ).format(orgs=_names(now, tr, partners))
        if any(org in earlier for org in avoid):
            text += "\n\n" + earlier_line([o for o in avoid if o in earlier], tr, partners)
    else:
        text = (
            earlier_line([o for o in avoid if o in earlier], tr, partners)
            + "\n\n"
            + _("I have no other organisation for your place, so nothing is sent.")
        )
    # Not the organisations complained about: "contact them yourself" would send the person
    # back to the staff they wrote about.
    left = {names[org].directory_id for org in avoid if org in names}
    entries = [
        entry
        for entry in partner_contacts(ctx.catalog, state.origin, case_country(state))
        if entry.id not in left
    ]
    if entries:
        text += "\n\n" + _("You can contact an organisation yourself:")
        text += "\n\n" + contacts_block(ctx.catalog, entries, tr)
    # What really sends it to them after all, by where the leaving out comes from (round
    # 50B): rewriting the words lifts only what the words said; a button's choice goes with a
    # new request opened from the menu; an earlier request's holds (earlier_line).
    words_only = [org for org in avoid if org in found]
    by_button = [org for org in avoid if org in button]
    if words_only:
        text += "\n\n" + _(
            "To send it to {orgs} after all, tap “{change}” and write your words again."
        ).format(orgs=_names(words_only, tr, partners), change=_("Change"))
    if by_button:
        text += "\n\n" + _(
            "To send it to {orgs} after all, tap “{cancel}”, then “{person}” in the menu."
        ).format(
            orgs=_names(by_button, tr, partners),
            cancel=_("Cancel"),
            person=_("Talk to a person"),
        )
    ref = (state.form or {}).get("ref") or ctx.new_ref
    cancel = Button(_("Cancel"), f"ref:cancel:{ref}")
    row = (Button(_("Change"), "ref:change"), cancel) if words_only else (cancel,)
    keyboard = (row,)
    form = {**(state.form or {}), "ref": ref}
    return Outcome((Reply(text, keyboard),), state.with_(step="ref:confirm", form=form))


# A phone number in the words: 8 digits or more in one run, spaces and dashes between ("25
# workers, 2 months" is none; a Thai mobile has 10 digits, a landline 9).
_NUMBER = re.compile(r"\+?\d(?:[\s-]?\d){7,}")


def holds_phone(words: str) -> bool:
    """Whether `words` hold what looks like a phone number (in any script's digits)."""
    return bool(_NUMBER.search(latin_digits(words)))


# An ID or passport number in the words (round 21C): one or two letters and 6 to 8 digits
# (a Myanmar passport "MA1234567", a Cambodian "N01234567", "CI 0123456"), or a Myanmar
# citizenship card's number written "12/OuKaTa(N)123456" (Burmese digits read as Latin).
_ID_NUMBER = re.compile(
    r"\b[A-Za-z]{1,2}[\s-]?\d{6,8}\b|\d{1,2}/\S{2,20}\((?:N|n|E|P|နိုင်)\)\s?\d{6}"
)


def holds_id_number(words: str) -> bool:
    """Whether `words` hold what looks like an ID or passport number."""
    return bool(_ID_NUMBER.search(latin_digits(words)))


# At most this many organisations the case may be passed to are named; more are "another
# partner organisation" (a small phone screen, and partner names are long).
NAMED_ONWARD = 2


def onward_text(route: tuple[str, ...], tr: Tr, partners: Partners) -> str:
    """Where the case may go if the first organisation cannot take it or does not answer in
    time (a decline, a missed deadline, a wait): the person agrees to that too by pressing
    Send. "" when it can go nowhere else."""
    _ = tr.gettext
    first, *others = route
    if not others:
        return ""
    names = {org: pick(partner.name, tr.language) for org, partner in partners.by_id().items()}
    org = names[first]
    if len(others) > NAMED_ONWARD:
        return _(
            "If {org} cannot take your case or does not answer in time, all of this may be "
            "sent to another partner organisation instead."
        ).format(org=org)
    if len(others) == 2:
        return _(
            "If {org} cannot take your case or does not answer in time, all of this may be "
            "sent to {first} or {second} instead."
        ).format(org=org, first=names[others[0]], second=names[others[1]])
    return _(
        "If {org} cannot take your case or does not answer in time, all of this may be "
        "sent to {other} instead."
    ).format(org=org, other=names[others[0]])


# The form's fields a summary showed, as a digest kept in the form: the Send of that summary
# still sends after the person left the form without changing it (a question asked with "Ask
# this instead", a topic pressed), since what it sends is what they saw. The profile it showed
# is kept apart ("profile"), checked at every Send: a changed one shows the summary again. So
# is the route it named (ROUTE: the organisation it is sent to, then those it may be passed
# to): another one, or none kept (a summary shown before it named them), shows it again.
SHOWN = "shown"
ROUTE = "route"
_SHOWN_FIELDS = ("topic", "description", "place", "contact_method", "contact", "urgent")


def shown_digest(form: Mapping[str, str]) -> str:
    fields = [form.get(name, "") for name in _SHOWN_FIELDS]
    return hashlib.sha256(json.dumps(fields).encode()).hexdigest()[:16]


def left_at_summary(state: UserState) -> bool:
    """Whether the person left the form (no step of it waits) with its draft's fields exactly
    as the last summary showed them (the profile is `send`'s own check)."""
    form = state.form or {}
    return state.step is None and SHOWN in form and form[SHOWN] == shown_digest(form)


def shown_profile(state: UserState) -> str:
    """Where the person is from and is now, as the summary shows it with the case ("MM>TH",
    ">TH"; "" when it shows neither)."""
    if state.origin is None and state.country is None:
        return ""
    return f"{state.origin or ''}>{state.country or ''}"


def contact_text(form: Mapping[str, str], tr: Tr) -> str:
    _ = tr.gettext
    method = form.get("contact_method", "bot")
    if method == "phone":
        return _("by phone ({value})").format(value=form.get("contact", ""))
    if method == "telegram":
        return _("on Telegram ({value})").format(value=form.get("contact", ""))
    return _("through this bot only")


def send(ref: str, state: UserState, ctx: Context) -> Outcome:
    form = dict(state.form or {})
    route = route_of(state, ctx)
    for case in ctx.cases:
        if case.ref == ref:
            if old_send.moved_on(case):  # taken or ended since: not "a caseworker will answer"
                return old_send.reply(case, state, ctx)
            waiting = case.status == CaseStatus.WAITING
            return sent_reply(ref, state.with_(step=None, form=None), ctx, (), waiting)
    at_summary = state.step == "ref:confirm" or left_at_summary(state)
    if not at_summary or not route or not ref or form.get("ref") != ref:
        return stale(state, ctx)
    shown_route = form.get(ROUTE, "") == ",".join(route)
    if form.get("profile", "") != shown_profile(state) or not shown_route:
        # The profile changed after the summary (/profile), or who may get the case (an inbox
        # connected, partners.yml, a summary older than the route it names): nothing the
        # person has not seen is sent, so they see the summary again and press Send again.
        note = ctx.translator(state.language).gettext(
            "Nothing is sent yet. To send it, press Send."
        )
        return with_note(note, summary(state, ctx))
    effect = OpenCase(
        ref=ref,
        route=route,
        topic=form.get("topic") or None,
        description=form.get("description") or None,
        place=form.get("place") or None,
        contact_method=form.get("contact_method", "bot"),
        contact=form.get("contact") or None,
        urgent=form.get("urgent") == "1",
        language=ctx.translator(state.language).language,
        origin=state.origin,
        country=now_in(state),  # the place the case is about: the card's "Now in"
        not_told=tuple(org for org in avoided_of(state, ctx) if org not in route),
    )
    # As open_case decides: no candidate's inbox connected, so the case waits (CaseStatus.WAITING).
    waiting = route[0] not in ctx.connected
    return sent_reply(ref, state.with_(step=None, form=None), ctx, (effect,), waiting)


def sent_reply(
    ref: str, state: UserState, ctx: Context, effects: tuple[Effect, ...], waiting: bool
) -> Outcome:
    """The confirmation: for the Send that opened the case, and again for a repeated press.
    `waiting`: no organisation can receive the case yet, so no one will answer soon."""
    tr = ctx.translator(state.language)
    if waiting:
        text = tr.gettext(
            "Saved. Your case number is {ref}. It is waiting: the organisation is not "
            "connected to this bot yet. A caseworker will answer here when they are. For help "
            "now, look at the contacts in the menu. You can see your cases with /mycases."
        ).format(ref=ref)
        return Outcome((Reply(text, menu_keyboard(tr)),), state, effects)
    text = tr.gettext(
        "Sent. Your case number is {ref}. A caseworker will answer here, in this chat. "
        "You can see your cases with /mycases and withdraw a case at any time."
    ).format(ref=ref)
    return Outcome((Reply(text, menu_keyboard(tr)),), state, effects)
