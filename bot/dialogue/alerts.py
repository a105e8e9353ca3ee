"""/alerts, /stop and "Latest alerts" (issue 15): opt-in alerts when the rules change.

Nothing is sent to anyone who did not ask for it: a button, or a "yes" typed in the message
right after the offer (typed_answers.py). The subscription (corridor
and topic groups) is stored by the service from the `Subscribe` and `Unsubscribe` effects;
the engine sees it in `Context.subscription`. Button data: "al:<action>[:<value>...]".
"""

from __future__ import annotations

from dataclasses import replace

from bot.content.alerts import ALERT_TOPICS, Alert, live_alerts
from bot.content.localised import pick
from bot.dialogue.context import Context
from bot.dialogue.keyboards import country_names, footer, rows
from bot.dialogue.outcome import Outcome
from bot.i18n import Tr
from bot.values import Button, Reply, Subscribe, Subscription, Unsubscribe, UserState

ORIGINS = ("MM", "KH")  # the corridors alerts are written for
COUNTRIES = ("TH", "MY", "KR", "JP", "SG", "MM", "KH")
LATEST_SHOWN = 5
OFFER_AFTER_ANSWERS = 3
# The step while the offer's yes or no may be typed (typed_answers.py): the next event only.
OFFER_STEP = "alerts:offer"
# After /profile named another place than the alerts are for: "al:c:<origin>:<country>" (the
# button that moves them) waits for a typed yes in the next message too.
MOVE_STEP = "alerts:move:"


def topic_labels(tr: Tr) -> dict[str, str]:
    _ = tr.gettext
    return {
        "documents": _("Documents and permits"),
        "jobs_scams": _("Jobs and scams"),
        "safety": _("Safety"),
        "going_home": _("Going home"),
    }


def show_alerts(state: UserState, ctx: Context) -> Outcome:
    """/alerts: what the person gets now, and buttons to change or stop it."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    sub = ctx.subscription
    if sub is None:
        text = _(
            "You get no alerts now. Alerts tell you when the rules change for people like "
            "you: documents and permits, jobs and scams, safety, going home. I send nothing "
            "unless you subscribe, and /stop ends it at any time."
        )
        keyboard = (
            (Button(_("Subscribe"), "al:sub"),),
            (Button(_("Latest alerts"), "al:latest"), Button(_("Menu"), "menu")),
        )
        return Outcome((Reply(text, keyboard),), state)
    return Outcome((settings_reply(sub, tr, ctx.profile_days),), state)


def settings_reply(sub: Subscription, tr: Tr, profile_days: int) -> Reply:
    """What the person gets, and when it ends: retention deletes a profile (and its alerts)
    `profile_days` after the person's last message or press. A delivered alert is not
    counted as use: that would keep the profile longer than the person's own last action
    (exploratory test 7, finding 8). So it is said here, at subscribing and in /alerts."""
    _ = tr.gettext
    names, labels = country_names(tr), topic_labels(tr)
    chosen = ", ".join(labels[t] for t in ALERT_TOPICS if t in sub.topics)
    text = _(
        "You get alerts for people from {origin} in {country} about: {topics}.\n"
        "Tap a topic to turn it on or off. /stop ends all alerts."
    ).format(origin=names[sub.origin], country=names[sub.country], topics=chosen)
    text += "\n" + keep_them(tr, profile_days)
    toggles = [
        Button(("✅ " if t in sub.topics else "⬜ ") + labels[t], f"al:t:{t}") for t in ALERT_TOPICS
    ]
    keyboard = (
        *rows(toggles, per_row=2),
        (Button(_("Change place"), "al:place"), Button(_("Latest alerts"), "al:latest")),
        (Button(_("Stop all alerts"), "al:stop"),),
        _menu_row(tr),
    )
    return Reply(text, keyboard)


def _menu_row(tr: Tr) -> tuple[Button, ...]:
    """The way back for someone who only taps: the alerts' last replies had no button, and
    the command they name ("/alerts") is no way for a person who cannot read it (round 15B)."""
    return (Button(tr.gettext("Menu"), "menu"),)


def _back_rows(tr: Tr) -> tuple[tuple[Button, ...], ...]:
    """Under the alerts' place questions: back to the alert settings, or the menu."""
    return ((Button(tr.gettext("Alerts"), "al:show"), Button(tr.gettext("Menu"), "menu")),)


def _again_row(tr: Tr) -> tuple[Button, ...]:
    """After "No, thanks" or "Stop all alerts", whose text says "Send /alerts": the button for
    it beside Menu, for a person who only taps (round 38C)."""
    return (Button(tr.gettext("Alerts"), "al:show"), Button(tr.gettext("Menu"), "menu"))


def keep_them(tr: Tr, profile_days: int) -> str:
    """When alerts end without /stop (settings_reply; /privacy says it too)."""
    text = tr.gettext(
        "Alerts stop after {days} days without a message from you. Write anything to keep them."
    )
    return text.format(days=tr.number(profile_days))


def stop(state: UserState, ctx: Context) -> Outcome:
    """/stop or the button: every alert ends, at once."""
    tr = ctx.translator(state.language)
    text = tr.gettext("Done. You will get no more alerts. Send /alerts to subscribe again.")
    effects = (Unsubscribe(),) if ctx.subscription is not None else ()
    return Outcome((Reply(text, (_again_row(tr),)),), state, effects)


def on_button(value: str, state: UserState, ctx: Context) -> Outcome:
    """Every "al:" button; a forged or stale value leads back to /alerts."""
    action, _sep, rest = value.partition(":")
    if action == "latest":
        return latest(state, ctx)
    if action == "stop":
        return stop(state, ctx)
    if action == "no":
        return decline(state, ctx)
    if action == "sub":
        return subscribe(state, ctx)
    if action == "place":
        return ask_origin(state, ctx)
    if action == "o" and rest in ORIGINS:
        return ask_country(rest, state, ctx)
    origin, _sep, country = rest.partition(":")
    if action == "c" and origin in ORIGINS and country in COUNTRIES:
        return _save(Subscription(origin, country, _topics(ctx)), state, ctx)
    if action == "t" and rest in ALERT_TOPICS and ctx.subscription is not None:
        return toggle(rest, ctx.subscription, state, ctx)
    return show_alerts(state, ctx)


def _topics(ctx: Context) -> tuple[str, ...]:
    """Changing the place keeps the chosen topics; a new subscription gets all four."""
    return ctx.subscription.topics if ctx.subscription is not None else ALERT_TOPICS


def subscribe(state: UserState, ctx: Context) -> Outcome:
    """The corridor comes from the profile when it names one alerts are written for."""
    if state.origin not in ORIGINS:
        return ask_origin(state, ctx)
    if state.country not in COUNTRIES:
        return ask_country(state.origin or "", state, ctx)
    return _save(Subscription(state.origin or "", state.country or "", _topics(ctx)), state, ctx)


def ask_origin(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    names = country_names(tr)
    keyboard = rows([Button(names[o], f"al:o:{o}") for o in ORIGINS], per_row=2)
    # "Change place" had no way back but answering (round 38C): Alerts and Menu under it.
    return Outcome((Reply(tr.gettext("Where are you from?"), keyboard + _back_rows(tr)),), state)


def ask_country(origin: str, state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    names = country_names(tr)
    buttons = [Button(names[c], f"al:c:{origin}:{c}") for c in COUNTRIES]
    keyboard = rows(buttons, per_row=2) + _back_rows(tr)
    return Outcome((Reply(tr.gettext("Where are you now?"), keyboard),), state)


def toggle(topic: str, sub: Subscription, state: UserState, ctx: Context) -> Outcome:
    topics = tuple(t for t in ALERT_TOPICS if (t in sub.topics) != (t == topic))
    if not topics:  # the last topic turned off: that is stopping
        return stop(state, ctx)
    return _save(Subscription(sub.origin, sub.country, topics), state, ctx)


def _save(sub: Subscription, state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    done = tr.gettext("Saved. I will send you an alert when the rules change.")
    return Outcome(
        (Reply(done), settings_reply(sub, tr, ctx.profile_days)),
        state.with_(alerts_offered=True),
        (Subscribe(sub),),
    )


def decline(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    text = tr.gettext("OK. I will not send you alerts. Send /alerts if you change your mind.")
    return Outcome((Reply(text, (_again_row(tr),)),), state.with_(alerts_offered=True))


def latest(state: UserState, ctx: Context) -> Outcome:
    """Live alerts for the person's corridor (subscription first, else the profile)."""
    tr = ctx.translator(state.language)
    sub = ctx.subscription
    origin, country = (sub.origin, sub.country) if sub else (state.origin, state.country)
    found = live_alerts(ctx.catalog.alerts, ctx.today, origin, country)[:LATEST_SHOWN]
    # An alert says "Ask a partner organisation what this means for you": the way to one is
    # under it, as under every answer (round 25C: only Alerts and Menu were).
    keyboard = ((Button(tr.gettext("Alerts"), "al:show"),), footer(tr))
    if not found:
        text = tr.gettext("There are no alerts for you right now.")
        return Outcome((Reply(text, keyboard),), state)
    replies = [Reply(alert_text(alert, tr)) for alert in found]
    replies[-1] = Reply(replies[-1].text, keyboard)
    return Outcome(tuple(replies), state)


def alert_text(alert: Alert, tr: Tr) -> str:
    """An alert as people read it, in the bot and when it is sent: text, then its source."""
    _ = tr.gettext
    source = alert.source
    date = f" ({source.date})" if source.date else ""
    lines = [
        "🔔 " + pick(alert.text, tr.language).strip(),
        "",
        _("Source: {title}").format(title=source.title) + date,
    ]
    if source.url:
        lines.append(source.url)
    lines.append(_("Published on {date}.").format(date=tr.date(alert.published_on)))
    return "\n".join(lines)


def maybe_offer(outcome: Outcome, ctx: Context) -> Outcome:
    """After a few answers, offer alerts once; never to a subscriber, never twice."""
    state = outcome.state
    if state.alerts_offered or ctx.subscription is not None:
        return outcome
    seen = state.answers_seen + 1
    if seen < OFFER_AFTER_ANSWERS:
        return Outcome(outcome.replies, state.with_(answers_seen=seen), outcome.effects)
    offered = state.with_(answers_seen=seen, alerts_offered=True, step=OFFER_STEP)
    return Outcome((*outcome.replies, offer_reply(state, ctx)), offered, outcome.effects)


def offer_reply(state: UserState, ctx: Context) -> Reply:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    text = _(
        "Rules for migrant workers change often. Do you want a short message from me when "
        "they change for you? You can stop any time with /stop."
    )
    keyboard = ((Button(_("Yes, send me alerts"), "al:sub"), Button(_("No, thanks"), "al:no")),)
    return Reply(text, keyboard)


def held_back(before: UserState, outcome: Outcome, ctx: Context) -> Outcome:
    """`outcome` of a turn that showed the emergency numbers or answered danger, an
    emergency or an arrest, without the offer and without counting toward it (exploratory
    test 7, finding 3): two more buttons under the numbers, where a frightened person's
    "yes" or "no" would go to the offer. The next ordinary answer counts and offers."""
    state = outcome.state
    if state.answers_seen <= before.answers_seen:
        return outcome  # nothing counted nor offered (or the state was erased)
    offer = offer_reply(state, ctx)
    replies = tuple(reply for reply in outcome.replies if reply != offer)
    kept = state.with_(answers_seen=before.answers_seen)
    if len(replies) < len(outcome.replies):
        step = None if state.step == OFFER_STEP else state.step
        kept = kept.with_(alerts_offered=before.alerts_offered, step=step)
    return replace(outcome, replies=replies, state=kept)


def offer_passed(before: UserState, outcome: Outcome) -> Outcome:
    """The offer waits for a yes or a no in the message right after it, not later: after
    any event, an offer still waiting since before it is no longer (a "yes" typed days later
    subscribes nobody)."""
    waits = (before.step or "").startswith((OFFER_STEP, MOVE_STEP))
    if waits and outcome.state.step == before.step:
        return replace(outcome, state=outcome.state.with_(step=None))
    return outcome
