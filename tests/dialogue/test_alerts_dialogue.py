"""Subscribing to alerts, changing and stopping them, in three languages (issue 15).

The engine is pure: a subscription exists for it as `Context.subscription`, and it asks the
service to change it with the `Subscribe` and `Unsubscribe` effects. The service's side is
tested in tests/storage/test_alert_subscriptions.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from dialogue_helpers import all_button_data, run, said, text, tr

from bot.content.alerts import ALERT_TOPICS
from bot.dialogue import engine
from bot.dialogue.events import ButtonPress, Command
from bot.values import Subscribe, Subscription, Unsubscribe, UserState

LANGS = ["my", "km", "en"]


def ready(lang: str, origin: str | None = "MM", country: str | None = "TH") -> UserState:
    return UserState(language=lang, origin=origin, country=country, profile_asked=True)


def with_sub(ctx: engine.Context, sub: Subscription | None) -> engine.Context:
    return dataclasses.replace(ctx, subscription=sub)


@pytest.mark.parametrize("lang", LANGS)
def test_alerts_without_subscription_promise_nothing_is_sent(ctx, lang):
    outcome = run(ctx, ready(lang), Command("alerts"))
    assert outcome.effects == ()
    assert "al:sub" in all_button_data(outcome)
    assert "/stop" in said(outcome)
    labels = [b.label for row in outcome.replies[0].buttons for b in row]
    assert tr(lang).gettext("Subscribe") in labels
    assert lang == "en" or "Subscribe" not in labels  # translated, not English


@pytest.mark.parametrize("lang", LANGS)
def test_subscribe_uses_the_profile_corridor_and_all_topics(ctx, lang):
    outcome = run(ctx, ready(lang, "KH", "MY"), ButtonPress("al:sub"))
    assert outcome.effects == (Subscribe(Subscription("KH", "MY", ALERT_TOPICS)),)
    names = (tr(lang).gettext("Cambodia"), tr(lang).gettext("Malaysia"))
    assert all(name in said(outcome) for name in names)
    assert outcome.state.alerts_offered  # never offered again after choosing


@pytest.mark.parametrize("lang", LANGS)
def test_subscribe_without_a_profile_asks_origin_then_country(ctx, lang):
    asked = run(ctx, ready(lang, None, None), ButtonPress("al:sub"))
    assert asked.effects == ()
    assert all_button_data(asked) == ["al:o:MM", "al:o:KH", "al:show", "menu"]  # round 38C
    country = run(ctx, asked.state, ButtonPress("al:o:MM"))
    assert "al:c:MM:TH" in all_button_data(country)
    saved = run(ctx, country.state, ButtonPress("al:c:MM:JP"))
    assert saved.effects == (Subscribe(Subscription("MM", "JP", ALERT_TOPICS)),)
    # The profile is the person's own: choosing a corridor for alerts does not change it.
    assert saved.state.origin is None and saved.state.country is None


@pytest.mark.parametrize("lang", LANGS)
def test_alerts_shows_the_subscription_and_toggles_a_topic(ctx, lang):
    sub = Subscription("MM", "TH", ("documents", "safety"))
    shown = run(with_sub(ctx, sub), ready(lang), Command("alerts"))
    labels = [b.label for row in shown.replies[0].buttons for b in row]
    documents = tr(lang).gettext("Documents and permits")
    assert "✅ " + documents in labels
    assert "⬜ " + tr(lang).gettext("Jobs and scams") in labels
    assert documents in said(shown)
    changed = run(with_sub(ctx, sub), ready(lang), ButtonPress("al:t:jobs_scams"))
    assert changed.effects == (
        Subscribe(Subscription("MM", "TH", ("documents", "jobs_scams", "safety"))),
    )
    off = run(with_sub(ctx, sub), ready(lang), ButtonPress("al:t:documents"))
    assert off.effects == (Subscribe(Subscription("MM", "TH", ("safety",))),)


@pytest.mark.parametrize("lang", LANGS)
def test_changing_the_place_keeps_the_topics(ctx, lang):
    sub = Subscription("MM", "TH", ("going_home",))
    outcome = run(with_sub(ctx, sub), ready(lang), ButtonPress("al:c:KH:KR"))
    assert outcome.effects == (Subscribe(Subscription("KH", "KR", ("going_home",))),)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "how", [Command("stop"), ButtonPress("al:stop"), ButtonPress("al:t:safety")]
)
def test_stop_ends_every_alert(ctx, lang, how):
    sub = Subscription("MM", "TH", ("safety",))  # turning off the last topic is stopping too
    outcome = run(with_sub(ctx, sub), ready(lang), how)
    assert outcome.effects == (Unsubscribe(),)
    assert "/alerts" in said(outcome)


def test_stop_without_a_subscription_changes_nothing(ctx):
    assert run(ctx, ready("en"), Command("stop")).effects == ()


@pytest.mark.parametrize(
    "data", ["al:t:weather", "al:c:MM:XX", "al:c:LA:TH", "al:o:other", "al:t:safety", "al:"]
)
def test_forged_alert_buttons_subscribe_nobody(ctx, data):
    outcome = run(ctx, ready("en"), ButtonPress(data))
    assert outcome.effects == ()


@pytest.mark.parametrize("lang", LANGS)
def test_alerts_are_offered_once_after_three_answers(ctx, lang):
    state = ready(lang)
    offers = []
    for topic in ["unpaid_wages", "legal_channels", "return_home", "unpaid_wages", "check_agency"]:
        outcome = run(ctx, state, text("question", lang, topic=topic))
        offers.append("al:no" in all_button_data(outcome))
        assert outcome.effects == ()  # an offer is not a subscription
        state = outcome.state
    assert offers == [False, False, True, False, False]
    declined = run(ctx, state, ButtonPress("al:no"))
    assert declined.effects == () and declined.state.alerts_offered


def test_subscribers_are_not_offered_alerts(ctx):
    state = ready("en").with_(answers_seen=5)
    sub = Subscription("MM", "TH", ALERT_TOPICS)
    outcome = run(with_sub(ctx, sub), state, text("question", "en", topic="unpaid_wages"))
    assert "al:no" not in all_button_data(outcome)


@pytest.mark.parametrize("lang", LANGS)
def test_latest_alerts_show_live_alerts_for_the_corridor_with_source(ctx, lang):
    # Fixture alerts (tests/fixtures/content/alerts/); ctx.today is 2026-11-27.
    outcome = run(ctx, ready(lang, "MM", "TH"), Command("menu"), ButtonPress("al:latest"))
    words = said(outcome)
    assert f"Test alert th-test-live ({lang})" in words
    assert "https://example.org/th-test-live" in words
    assert "mm-test-expired" not in words and "kh-test-jobs" not in words


@pytest.mark.parametrize("lang", LANGS)
def test_latest_alerts_offer_a_person_as_their_words_ask(real, lang):
    """Round 25C: Myanmar's OWIC alert says "Ask a partner organisation what this means for
    you", and under it were only Alerts and Menu."""
    live = dataclasses.replace(real, today=dt.date(2026, 12, 7))
    outcome = run(live, ready(lang, "MM", "TH"), ButtonPress("al:latest"))
    assert "OWIC" in said(outcome)
    assert "person" in all_button_data(outcome)
    later = dataclasses.replace(real, today=dt.date(2030, 1, 1))  # every alert expired
    none = run(later, ready(lang, "MM", "TH"), ButtonPress("al:latest"))
    assert said(none) == tr(lang).gettext("There are no alerts for you right now.")
    assert "person" in all_button_data(none)


def test_latest_alerts_for_a_subscriber_follow_the_subscription(ctx):
    sub = Subscription("KH", "TH", ALERT_TOPICS)
    outcome = run(with_sub(ctx, sub), ready("km", "MM", "TH"), ButtonPress("al:latest"))
    assert "kh-test-jobs (km)" in said(outcome)


def test_latest_alerts_when_there_are_none(ctx):
    outcome = run(ctx, ready("en", "MM", "JP"), ButtonPress("al:latest"))
    assert said(outcome) == "There are no alerts for you right now."


@pytest.mark.parametrize("lang", LANGS)
def test_privacy_and_delete_name_alerts(ctx, lang):
    privacy = said(run(ctx, ready(lang), Command("privacy")))
    assert "/stop" in privacy
    sub = Subscription("MM", "TH", ALERT_TOPICS)
    asked = said(run(with_sub(ctx, sub), ready(lang), Command("delete_my_data")))
    assert tr(lang).gettext("Your alerts stop too.") in asked


def change_profile(ctx, state: UserState, origin: str, country: str):
    asked = run(ctx, state, Command("profile"))
    chosen = run(ctx, asked.state, ButtonPress(f"origin:{origin}"))
    return run(ctx, chosen.state, ButtonPress(f"country:{country}"))


@pytest.mark.parametrize("lang", LANGS)
def test_a_new_place_in_the_profile_offers_to_move_the_alerts(ctx, lang):
    # Exploratory test 2, section 9: a worker who moved kept Thai alerts, told nothing.
    sub = Subscription("MM", "TH", ("documents", "safety"))
    moved = change_profile(with_sub(ctx, sub), ready(lang), "MM", "MY")
    assert moved.effects == ()  # not moved silently
    names = (tr(lang).gettext("Myanmar"), tr(lang).gettext("Thailand"))
    still = tr(lang).gettext("Your alerts are still for people from {origin} in {country}.")
    assert still.format(origin=names[0], country=names[1]) in said(moved)
    assert "al:c:MM:MY" in all_button_data(moved)
    label = tr(lang).gettext("Change to {place}").format(place=tr(lang).gettext("Malaysia"))
    assert label in [b.label for reply in moved.replies for row in reply.buttons for b in row]
    tapped = run(with_sub(ctx, sub), moved.state, ButtonPress("al:c:MM:MY"))
    assert tapped.effects == (Subscribe(Subscription("MM", "MY", ("documents", "safety"))),)


def test_a_new_origin_names_both_in_the_button(ctx):
    sub = Subscription("MM", "TH", ALERT_TOPICS)
    moved = change_profile(with_sub(ctx, sub), ready("en"), "KH", "TH")
    buttons = [b for reply in moved.replies for row in reply.buttons for b in row]
    assert [b.label for b in buttons if b.data == "al:c:KH:TH"] == ["Change to Cambodia, Thailand"]


def test_the_same_place_or_no_subscription_says_nothing_about_alerts(ctx):
    same = change_profile(
        with_sub(ctx, Subscription("MM", "TH", ALERT_TOPICS)), ready("en"), "MM", "TH"
    )
    none = change_profile(ctx, ready("en"), "MM", "MY")
    for outcome in (same, none):
        assert "alerts are still" not in said(outcome)
        assert not any(d.startswith("al:c:") for d in all_button_data(outcome))


def test_a_typed_yes_moves_the_alerts_and_anything_else_lets_the_question_go(ctx):
    # "Your alerts are still for Thailand. [Change to Malaysia]": "yes" typed moved nothing
    # and read "OK", as if done.
    sub = Subscription("MM", "TH", ("documents", "safety"))
    moved = change_profile(with_sub(ctx, sub), ready("en"), "MM", "MY")
    yes = run(with_sub(ctx, sub), moved.state, text("yes", "en"))
    assert yes.effects == (Subscribe(Subscription("MM", "MY", ("documents", "safety"))),)
    assert yes.state.step is None
    other = run(
        with_sub(ctx, sub), moved.state, text("how to renew passport", "en", "lost_documents")
    )
    assert other.effects == () and other.state.step is None
    later = run(with_sub(ctx, sub), other.state, text("yes", "en"))
    assert later.effects == ()  # a yes days later moves nothing
