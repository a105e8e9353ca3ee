"""A shared location (or a place picked in Telegram's location picker).

Where a question waits, the point answers it when it can: "Where are you now?" (the country
the point is in, as if its button were pressed: a pending emergency answer then follows with
that place's numbers) and the form's "Where are you?" (that country's name, shown in the
summary before Send). Elsewhere: the offices near the point, in the country it is in (never
across a border), and any question waiting comes again. The coordinates serve this one
answer: never stored, never logged; only a country name may be kept.
"""

from __future__ import annotations

from dataclasses import replace

from bot.content.localised import pick
from bot.content.models import DirectoryEntry
from bot.dialogue import my_cases, pending, referral_form
from bot.dialogue.contacts_shown import phone_lines, piece_line
from bot.dialogue.context import Context
from bot.dialogue.events import Location
from bot.dialogue.form_state import with_place
from bot.dialogue.keyboards import country_keyboard, country_names, footer, origin_keyboard
from bot.dialogue.menu import set_country
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.point_country import country_at
from bot.dialogue.referral_summary import chosen_for, moved_by_place
from bot.i18n import Tr
from bot.values import COUNTRIES, Reply, UserState, Venue

NEAREST_SHOWN = 5
# "Near": an office a person can reach in about half a day by bus, to walk in or meet
# someone. Farther, a list of offices reads as "go there" when a phone call is what helps;
# the nearest ones of the person's country are then shown as such (README, "Share a location").
NEAR_KM = 150
IN_COUNTRY_SHOWN = 3
# A city's own area (Bangkok's reaches about 25 km from its centre): a point that close to
# a city of the directory names that city as the form's place.
CITY_KM = 25


def on_location(event: Location, state: UserState, ctx: Context) -> Outcome:
    # Telegram sends valid coordinates; an event built otherwise (a fuzzer found latitude
    # -2.7e16) would make the distance formula raise: no place, no office.
    valid = -90 <= event.lat <= 90 and -180 <= event.lon <= 180
    here = country_at(event.lat, event.lon) if valid else None
    tr = ctx.translator(state.language)
    if state.step == "origin":
        # Where someone is now is not where they are from.
        note = tr.gettext("Your location shows where you are now, not where you are from.")
        waits = pending.waiting(state)
        if here is not None and waits is not None:
            # An answer waits ("I am here, help", then the pin): it is for the point's
            # country, and "Where are you now?" is not asked after this one (round 21C). Only
            # the country's code is kept, with the answer, until it is given.
            kept = replace(waits, country=here, writer_in=here)
            state = state.with_(pending_topic=kept.stored())
            note = f"{_placed(country_names(tr)[here], tr)} {note}"
        return _ask_profile(note, tr.gettext("Where are you from?"), state, tr)
    if state.step == "country":
        if here is None:
            note = tr.gettext("I cannot tell which country this location is in.")
            return _ask_profile(note, tr.gettext("Where are you now?"), state, tr)
        answered = set_country(here, state, ctx)
        if state.pending_topic:  # its answer names the place, and the numbers come first
            return answered
        return with_note(_placed(country_names(tr)[here], tr), answered)
    if state.step == "ref:place":
        if here is None:
            note = tr.gettext("I cannot tell which country this location is in.")
            return with_note(note, referral_form.resume(state, ctx))
        place = _coarse_place(event, here, ctx, tr)
        form = with_place(state.form or {}, place, here)
        placed = referral_form.next_step(state.with_(form=form), ctx, "place")
        moved = moved_by_place(state.with_(form=form), ctx)
        return with_note(_placed(place, tr) + _chosen(moved, tr), placed)
    listed = offices(event, here, state, ctx) if valid else _none_near(state, tr)
    if referral_form.fills_form(state):  # the form's question comes again under the list
        asked = referral_form.resume(state, ctx)
        return Outcome((*listed.replies, *asked.replies), asked.state)
    if my_cases.writes_answer(state):  # the location is not sent to the caseworker
        ref = (state.step or "").removeprefix(my_cases.ANSWER_STEP)
        asked = my_cases.start_answer(ref, state, ctx)
        return Outcome((*listed.replies, *asked.replies), asked.state)
    return listed


def _placed(place: str, tr: Tr) -> str:
    return tr.gettext("This location is in {place}.").format(place=place)


def _chosen(moved: str | None, tr: Tr) -> str:
    """Said when the point, in another country than the profile's "now", chose other
    organisations (referral_summary.moved_by_place); the profile is not changed."""
    return "\n" + chosen_for(moved, tr) if moved else ""


def _coarse_place(event: Location, here: str, ctx: Context, tr: Tr) -> str:
    """The form's place from a point: the country, with the city of the directory's nearest
    office in it when within CITY_KM ("Bangkok, Thailand"); never anything finer."""
    country = country_names(tr)[here]
    near = ctx.catalog.nearest(event.lat, event.lon, None, 1, country=here, within_km=CITY_KM)
    city = near[0][0].city if near else None
    return f"{city}, {country}" if city else country


def _ask_profile(note: str, question: str, state: UserState, tr: Tr) -> Outcome:
    hint = tr.gettext("Please tap one of the buttons below.")
    keyboard = origin_keyboard(tr) if state.step == "origin" else country_keyboard(tr)
    return Outcome((Reply(f"{note} {hint}\n\n{question}", keyboard),), state)


def _none_near(state: UserState, tr: Tr) -> Outcome:
    return Outcome((Reply(tr.gettext("I know no office near you yet."), (footer(tr),)),), state)


def offices(event: Location, here: str | None, state: UserState, ctx: Context) -> Outcome:
    """The offices for the person's nationality within NEAR_KM, in the country the point is
    in (else, near a border, the one the profile names); none near but the country known:
    its nearest, said as such. Never an office across a border."""
    tr = ctx.translator(state.language)
    country = here or (state.country if state.country in COUNTRIES[:-1] else None)
    if country is None:
        return _none_near(state, tr)
    catalog, origin = ctx.catalog, state.origin
    found = catalog.nearest(
        event.lat,
        event.lon,
        origin,
        NEAREST_SHOWN,
        country=country,
        within_km=NEAR_KM,
        reachable=True,
    )
    intro = tr.gettext("Offices near you (distance in a straight line):")
    if not found and here is not None:
        found = catalog.nearest(
            event.lat, event.lon, origin, IN_COUNTRY_SHOWN, country=here, reachable=True
        )
        none_near = tr.gettext("I know no office near you yet.")
        nearest = tr.gettext("The nearest I know in {country}:")
        intro = f"{none_near}\n{nearest.format(country=country_names(tr)[here])}"
    if not found:
        return _none_near(state, tr)
    replies = [Reply(intro), *(_office(entry, km, ctx, tr) for entry, km in found)]
    last = replies[-1]
    replies[-1] = Reply(last.text, (footer(tr),), last.venue)
    return Outcome(tuple(replies), state)


def _office(entry: DirectoryEntry, km: float, ctx: Context, tr: Tr) -> Reply:
    _ = tr.gettext
    coords = entry.coordinates
    assert coords is not None  # nearest() only returns entries with coordinates
    name = pick(entry.name, tr.language)
    caution = "⚠ " + _("Not confirmed. Check before you rely on it.")
    phones = ", ".join(entry.phones) or _("no phone number known")
    dialled = phone_lines(entry.phones) if entry.phones else f"☎ {phones}"
    near = _("about {km} km (city centre)") if coords.precision == "city" else _("about {km} km")
    title = f"{name} - {near.format(km=tr.number(round(km)))}"  # own digits, as dates
    phone_line = piece_line(ctx.catalog, entry, "phones", dialled, caution)
    if coords.precision == "city":
        # Only the city is known: a map pin at the city centre named after the office reads
        # as "the office is here" (an embassy 12 km away shown at 0 km). Text only, with the
        # address when known.
        address = str(entry.address or "")
        shown = [piece_line(ctx.catalog, entry, "address", address, caution)] if address else []
        lines = [title, *shown, phone_line]
        venue = None
    else:
        lines = [title, phone_line]
        venue = Venue(coords.lat, coords.lon, title, phones)
    if ctx.catalog.is_cautioned(entry):
        lines.append(caution)
    return Reply("\n".join(lines), venue=venue)
