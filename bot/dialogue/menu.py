"""The menu and the answers it leads to, and where a finished profile question goes next
(the menu, or the answer the user was waiting for)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.content.localised import topic_title
from bot.content.topics import (
    ANSWER_BEFORE_PROFILE,
    GROUP_SCREENS,
    SUBGROUPS,
    TOPIC_GROUPS,
    TOPIC_IDS,
)
from bot.dialogue import (
    alerts,
    answer_place,
    money_place,
    pending,
    referral_form,
    told_now,
)
from bot.dialogue.alerts import maybe_offer
from bot.dialogue.answers import HERE_STEP, answer_topic, asks_where, topic_list
from bot.dialogue.context import Context
from bot.dialogue.keyboards import (
    country_keyboard,
    country_names,
    footer,
    group_labels,
    menu_keyboard,
    rows,
)
from bot.dialogue.onboarding import ask_country, ask_language, ask_missing, ask_origin, start
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.pending import Pending
from bot.i18n import LANGUAGES, Tr
from bot.values import COUNTRIES, ORIGINS, Button, Reply, UserState


def show_menu(state: UserState, ctx: Context) -> Outcome:
    if state.language is None:
        return start(state, ctx)
    tr = ctx.translator(state.language)
    text = tr.gettext("What do you need help with? Choose a topic, or write your question.")
    return Outcome((Reply(text, menu_keyboard(tr)),), state.with_(step=None))


def show_group(group: str, state: UserState, ctx: Context) -> Outcome:
    """A group's topics (or a subgroup's: SUBGROUPS), a button each; a group too long for a
    small screen shows its subgroups and the topics that stand alone (GROUP_SCREENS)."""
    tr = ctx.translator(state.language)
    text = tr.gettext("Choose a topic.")
    screen = GROUP_SCREENS.get(group)
    if screen is None:
        topic_ids = TOPIC_GROUPS.get(group) or SUBGROUPS[group]
        return Outcome((Reply(text, topic_list(ctx.catalog, topic_ids, tr)),), state)
    labels = group_labels(tr)
    buttons = [
        Button(labels[item], f"group:{item}")
        if item in SUBGROUPS
        else Button(topic_title(ctx.catalog, item, tr.language), f"topic:{item}")
        for item in screen
        if item in SUBGROUPS or ctx.catalog.topic(item)
    ]
    return Outcome((Reply(text, (*rows(buttons), footer(tr))),), state)


def show_help(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    text = _(
        "I answer questions about going abroad safely, problems at work, complaints, "
        "embassies and emergency help, and going home.\n\n"
        "Write your question in Burmese, Khmer or English, or press a button.\n"
        "I can also find offices near you: share your location.\n\n"
        "/menu - topics\n"
        "/language - change language\n"
        "/profile - where you are from and where you are now\n"
        "/help - this message"
    )
    text += "\n" + _("/alerts - alerts when the rules change; /stop ends them")
    # Someone whose phone may be checked must be able to find these from /help.
    text += "\n" + _("/mycases - your requests to a person")
    text += "\n" + _(
        "/privacy - what I keep; /clear deletes our chat; /delete_my_data deletes your data"
    )
    return Outcome((Reply(text, menu_keyboard(tr)),), state)


def command_menu(tr: Tr) -> tuple[tuple[str, str], ...]:
    """Telegram's command menu (the "/" button) for people, in their language: (command,
    what it does). Only the commands of people, not the caseworkers'; in the order someone
    looks for them. Set at start-up (bot/telegram/app.py): a person who only taps finds
    /mycases, /privacy and /delete_my_data there too, not only in /help's text."""
    _ = tr.gettext
    return (
        ("menu", _("Topics")),
        ("mycases", _("My requests: see or withdraw")),
        ("privacy", _("What I keep about you")),
        ("delete_my_data", _("Delete everything about you")),
        ("clear", _("Delete our chat (last 48 hours)")),
        ("language", _("Change language")),
        ("profile", _("Where you are from and where you are now")),
        ("alerts", _("Alerts when the rules change")),
        ("help", _("How to use me")),
    )


def unknown_command(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    text = tr.gettext("I do not know that command.")
    help_ = show_help(state, ctx)
    return Outcome((Reply(text), *help_.replies), help_.state)


# Carried on a language button after an old "Talk to a person" pressed with no language known
# ("lang:km>person"): the form opens once the language is chosen (`set_language`).
THEN_PERSON = ">person"


def stale_button(state: UserState, ctx: Context, action: str = "") -> Outcome:
    if state.language is None:  # as referral_questions.stale: the three-language greeting
        greeting = start(state, ctx)
        if action != "person":
            return greeting
        # An old "Talk to a person" after Delete my data (the language went with the rest):
        # the person had to find Talk to a person again in the menu after choosing (round
        # 40B). The pressed button rides on the language buttons; nothing is kept.
        first, *rest = greeting.replies
        rows = tuple(
            tuple(replace(b, data=f"{b.data}{THEN_PERSON}") for b in row) for row in first.buttons
        )
        return replace(greeting, replies=(replace(first, buttons=rows), *rest))
    tr = ctx.translator(state.language)
    text = tr.gettext("That button is old or not valid any more. Here is the menu.")
    menu = show_menu(state, ctx)
    return Outcome((Reply(text), *menu.replies), menu.state)


def answer(
    topic_id: str,
    state: UserState,
    ctx: Context,
    words: str = "",
    others: Sequence[str] = (),
    *,
    ask: bool = True,
    waited: Pending | None = None,
) -> Outcome:
    """The answer to a topic (its profile questions first when it needs them); `others`:
    the message's other problems, offered in the answer (bot/dialogue/answers.py). `ask`
    False: right after the questions, answer with what is known, even if they were skipped
    (asking again would loop: "You can skip them" must hold); `waited`: what the words
    before the questions named (pending.py)."""
    topic = ctx.catalog.topic(topic_id)
    # "Myanmar embassy in Kuala Lumpur", "working in Chiang Mai, the boss keeps my
    # passport": the place the words name wins over the profile, for this answer only, in
    # every topic (the at-work ones have a variant per country too, round 11); not a place
    # named as left or to go to ("I came back from Thailand", round 12).
    # "facebook job thailand, is true?" from a village: the answer at home (round 13B).
    asked_for, writer_in = answer_place.answered_for(topic_id, words, state)
    if waited is not None:
        asked_for = waited.for_answer(state)
        writer_in = waited.writer_in or writer_in
    missing = (
        ask
        and topic is not None
        and (
            ("origin" in topic.needs_profile and asked_for.origin is None)
            or ("country" in topic.needs_profile and asked_for.country is None)
        )
    )
    # Embassy and similar answers depend on nationality and place: asked, then answered,
    # only what neither the profile nor the words hold (round 11, lead).
    asking = _waiting(topic_id, state, asked_for, writer_in) if missing else state
    if missing and topic_id not in ANSWER_BEFORE_PROFILE:
        return ask_missing(asking, ctx)
    tr = ctx.translator(state.language)
    named = pending.beyond_profile(topic_id, state, asked_for, writer_in)
    hinted = money_place.currency_place(words) if words and state.country is None else None
    replies = answer_topic(
        ctx.catalog,
        topic_id,
        asked_for,
        tr,
        others,
        writer_in=writer_in,
        named=named,
        hinted=hinted,
    )
    if missing:
        # Someone held or trapped now is not made to answer questions first: the answer that
        # fits anyone (what to do, a person to talk to) at once, then the questions, and the
        # answer for their own place once they are answered or skipped.
        questions = ask_missing(asking.with_(misses=0), ctx)
        return Outcome((*replies, *questions.replies), questions.state)
    answered = Outcome(replies, state.with_(misses=0))
    if topic_id in ANSWER_BEFORE_PROFILE:
        # Danger, an arrest, trafficking: nothing more under the answer, and not counted
        # toward the alerts offer (the engine holds it back in any urgent turn too).
        return answered
    return maybe_offer(answered, ctx)


def _waiting(
    topic_id: str, state: UserState, asked_for: UserState, writer: str | None
) -> UserState:
    """`state` with the answer the questions wait for: the nationality the words named, and
    the place when "Where are you now?" is not asked (pending.py)."""
    origin = asked_for.origin if asked_for.origin != state.origin else None
    country = asked_for.country if asked_for.origin is None else None
    writer_in = writer if country is not None and writer == country else None
    waits = Pending(topic_id, origin, country, writer_in)
    return state.with_(pending_topic=waits.stored())


def answer_at(value: str, state: UserState, ctx: Context) -> Outcome:
    """A topic tapped under an answer given for a place the words named (answers.AT): the
    answer for that place too, as if the words had named it again; the profile unchanged."""
    named = pending.from_button(value)
    if named is None or named.topic not in TOPIC_IDS:
        return stale_button(state, ctx)
    return answer(named.topic, state.with_(misses=0), ctx, waited=named)


def answer_here(value: str, state: UserState, ctx: Context) -> Outcome:
    """A country tapped under an answer that asked "Where are you now?" (answers.py,
    offices_by_place), or typed right after it (typed_answers.place_tapped): the answer for
    that country. For this answer only, as a place named
    in a question: the person chose not to say where they are, and the profile keeps that."""
    country, _, topic_id = value.partition(":")
    if country not in COUNTRIES or country == "other" or topic_id not in TOPIC_IDS:
        return stale_button(state, ctx)
    tr = ctx.translator(state.language)
    # At home, a tap for the person abroad (FOR_SOMEONE_ABROAD): the writer stays at home.
    # Place unknown, the tap answered "Where are you now?": they are there.
    here = state.country if state.country not in (None, "other") else country
    there = state.with_(country=country)
    named = pending.beyond_profile(topic_id, state, there, here)
    replies = answer_topic(ctx.catalog, topic_id, there, tr, writer_in=here, named=named)
    return Outcome(replies, state.with_(misses=0))


def where_waits(outcome: Outcome) -> Outcome:
    """`outcome` waiting at HERE_STEP when the last thing it shows is an answer's "Where are
    you now?" line with its country buttons: a country typed or its flag sent right after it
    is the tap (typed_answers.place_tapped). Never over another question's step."""
    topic = asks_where(outcome.replies)
    if topic is None or outcome.state.step is not None:
        return outcome
    return replace(outcome, state=outcome.state.with_(step=f"{HERE_STEP}{topic}"))


def where_passed(state: UserState) -> UserState:
    """The state without HERE_STEP: the line waits for the one message right after it only,
    and is no question to any other step (that is None, as before the line was asked)."""
    return state.with_(step=None) if (state.step or "").startswith(HERE_STEP) else state


def set_language(value: str, state: UserState, ctx: Context) -> Outcome:
    person = value.endswith(THEN_PERSON)
    value = value.removesuffix(THEN_PERSON)
    language, _, encoding = value.partition(":")
    if language not in LANGUAGES:
        return ask_language(state, ctx)
    if language == "my":
        new_encoding: str | None = "zawgyi" if encoding == "zawgyi" else None
    else:
        new_encoding = state.encoding
    state = state.with_(language=language, encoding=new_encoding)
    if referral_form.fills_form(state):
        # Chosen in the middle of the form, most likely because its question could not be
        # read: that question again, in this language (the profile can wait).
        note = ctx.translator(language).gettext(
            "Your request is not sent yet. Here is where you stopped:"
        )
        return with_note(note, referral_form.resume(state, ctx))
    if person:
        return referral_form.on_person("", state, ctx)  # what the old button asked for
    if not state.profile_asked and (waits := pending.waiting(state)) is not None:
        # A first message all in Thai waited for the choice (flows._kept_for_after): its
        # answer now, with the questions it needs (an arrest's answer before them).
        return answer(waits.topic, state.with_(pending_topic=None), ctx, waited=waits)
    if not state.profile_asked:
        return ask_origin(state, ctx)
    return show_menu(state, ctx)


def set_origin(value: str, state: UserState, ctx: Context) -> Outcome:
    """ "Where are you from?" answered: "Where are you now?" next, unless the answer waiting
    knows the place (only_origin_asked: the words named it, or the profile holds it)."""
    if value not in (*ORIGINS, "skip"):
        return ask_origin(state, ctx)
    told = told_now.before_origin(state)  # "Thailand" typed at this question (round 53C)
    state = state.with_(origin=None if value == "skip" else value)
    if not pending.only_origin_asked(state) and not told:
        return ask_country(state, ctx)
    return _profile_answered(state.with_(step=None, profile_asked=True), ctx)


def set_country(value: str, state: UserState, ctx: Context) -> Outcome:
    if value not in (*COUNTRIES, "skip"):
        tr = ctx.translator(state.language)
        return Outcome((Reply(tr.gettext("Where are you now?"), country_keyboard(tr)),), state)
    country = None if value == "skip" else value
    return _profile_answered(state.with_(country=country, step=None, profile_asked=True), ctx)


def remember_country(value: str, state: UserState, ctx: Context) -> Outcome:
    """ "I am in Malaysia now: remember it", under the answer for a place the person said
    they are in (follow_up.with_save): the profile's place, as /profile would set it. Not
    the profile question's own button, which counts only while that question waits."""
    if value not in COUNTRIES or value == "other":
        return stale_button(state, ctx)
    return _profile_answered(state.with_(country=value, step=None, profile_asked=True), ctx)


def _profile_answered(state: UserState, ctx: Context) -> Outcome:
    """After the last profile question: the answer waiting for it, else the menu."""
    moved = alerts_left_behind(state, ctx)
    # The question "Change to <place>?" waits for a typed yes too (typed_answers.py).
    move = f"{alerts.MOVE_STEP}{state.origin}:{state.country}" if moved else None
    waits = pending.waiting(state)
    if waits is not None:
        state = state.with_(pending_topic=None)
        answered = answer(waits.topic, state, ctx, ask=False, waited=waits)
        waiting = (
            answered.state.with_(step=move)
            if move and answered.state.step is None
            else answered.state
        )
        return Outcome((*answered.replies, *moved), waiting, answered.effects)
    tr = ctx.translator(state.language)
    saved = tr.gettext("Thank you. You can change this any time with /profile.")
    menu = show_menu(state, ctx)
    return Outcome((Reply(saved), *moved, *menu.replies), menu.state.with_(step=move))


def alerts_left_behind(state: UserState, ctx: Context) -> tuple[Reply, ...]:
    """After /profile, when the person's alerts are for another place than the profile now
    names (one alerts are written for): one line saying so, and a button that moves them
    (the /alerts "Change place" button's data). Never moved without asking: the person may
    have given the new place for one question only."""
    sub = ctx.subscription
    origin, country = state.origin, state.country
    if sub is None or origin not in alerts.ORIGINS or country not in alerts.COUNTRIES:
        return ()
    if (sub.origin, sub.country) == (origin, country):
        return ()
    tr = ctx.translator(state.language)
    _ = tr.gettext
    names = country_names(tr)
    text = _("Your alerts are still for people from {origin} in {country}.").format(
        origin=names[sub.origin], country=names[sub.country]
    )
    place = names[country] if sub.origin == origin else f"{names[origin]}, {names[country]}"
    label = _("Change to {place}").format(place=place)
    return (Reply(text, ((Button(label, f"al:c:{origin}:{country}"),),)),)
