"""Issue 14 item 4: case figures, charts and the HTML report, on SQLite and PostgreSQL.

Counts under 5 never leave the database as numbers: a seeded count of 3 (cases in a week,
questions on a topic) must read "<5" in the report and draw no bar in a chart."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from sqlalchemy import Engine

from bot.content import load_catalog
from bot.reports import charts
from bot.reports.build import report, stats_picture
from bot.reports.numbers import FATES, case_numbers
from bot.storage.db import session_factory
from bot.storage.models import Case, CaseEvent, Outbox, QuestionCount

ROOT = Path(__file__).resolve().parents[2]
CATALOG = load_catalog(ROOT / "tests" / "fixtures" / "content")
# A Thursday whose week labels hold no lone "3" (weeks start 26 Oct ... 14 Dec).
NOW = dt.datetime(2026, 12, 17, 12, 0, tzinfo=dt.UTC)
TARGETS = {"ALPHA": 24.0, "BETA": 12.0, "GAMMA": 24.0}


def add_case(session, ref: str, org: str, at: dt.datetime, answered_after_h: float | None,
             status: str = "accepted", outcome: str | None = None,
             closed: dt.datetime | None = None) -> None:  # fmt: skip
    case = Case(ref=ref, uid=f"x:{ref}", org_id=org, topic="unpaid_wages", language="en",
                contact_method="bot", status=status, created_at=at, routed_at=at,
                tried_orgs=org, outcome=outcome, closed_at=closed)  # fmt: skip
    session.add(case)
    session.flush()
    if answered_after_h is not None:
        answered = at + dt.timedelta(hours=answered_after_h)
        session.add(CaseEvent(case_id=case.id, at=answered, actor="staff:1", action="accepted"))


def visible_words(page: str) -> list[str]:
    """Every word a reader sees: the text between tags, images left out."""
    text = re.sub(r'src="data:image/png;base64,[^"]*"', "", page)
    return [w for chunk in re.findall(r">([^<]+)<", text) for w in chunk.split()]


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    """ALPHA: 3 cases last week (a count that must not show); BETA: 7 cases answered in 1 to
    7 hours, 6 closed; question counts of 3 (injury_health) and 12 (unpaid_wages)."""
    with session_factory(engine).begin() as session:
        last_week = NOW - dt.timedelta(days=7)
        for i in range(3):
            add_case(session, f"A{i}", "ALPHA", last_week - dt.timedelta(hours=i), None, "new")
        for i in range(7):
            at = NOW - dt.timedelta(days=20, hours=i)
            closed = at + dt.timedelta(days=2) if i < 6 else None
            status, outcome = ("closed", "resolved") if closed else ("accepted", None)
            add_case(session, f"B{i}", "BETA", at, i + 1.0, status, outcome, closed)
        for topic, asked, count in (("injury_health", "answered", 3),
                                    ("unpaid_wages", "answered", 12)):  # fmt: skip
            session.add(QuestionCount(day=NOW.date() - dt.timedelta(days=2), language="my",
                                      origin="MM", country="TH", topic=topic, asked=asked,
                                      guesses="", confidence="0.9-1", count=count))  # fmt: skip
    return engine


def test_the_numbers_of_an_organisation(seeded: Engine):
    with session_factory(seeded)() as session:
        beta = case_numbers(session, "BETA", 8, TARGETS, NOW)
        alpha = case_numbers(session, "ALPHA", 8, TARGETS, NOW)
    assert sum(beta.received) == 7 and sum(beta.accepted) == 7
    assert sum(beta.ended["resolved"]) == 6
    assert beta.overall_median == 4.0  # first responses after 1..7 hours
    assert beta.within_target == (7, 7)  # all within BETA's 12 hours
    assert beta.target_hours == 12.0
    assert dict(beta.open_by_age)["> 2 weeks"] == 1
    assert alpha.received[-2] == 3 and alpha.overall_median is None  # too few to measure
    assert dict(alpha.open_by_age)["1-2 weeks"] == 3


def test_the_report_shows_small_counts_as_under_5(seeded: Engine):
    with session_factory(seeded)() as session:
        page = report(session, CATALOG, "all", 8, NOW)
        alpha = report(session, CATALOG, "ALPHA", 8, NOW)
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    words = visible_words(page)
    assert "3" not in words, "a count of 3 left the database"
    assert "<td>&lt;5</td>" in page and "<td>7</td>" in page
    # Questions on unpaid wages, 12 of the 15 Burmese ones: shown as at least 5 (rule 3).
    assert "<td>Unpaid wages</td><td>≥5</td>" in page
    assert "Beta Help (fixture)" in page and "Burmese" in page and "Myanmar → Thailand" in page
    assert page.count("data:image/png;base64,") >= 5  # charts inline: one file to send
    assert "3" not in visible_words(alpha)
    assert "Last 8 weeks: &lt;5 cases received" in alpha


def test_a_chart_draws_no_bar_for_a_small_count(seeded: Engine):
    with session_factory(seeded)() as session:
        alpha = case_numbers(session, "ALPHA", 8, TARGETS, NOW)
    ax = Figure().subplots()
    charts.draw_activity(ax, alpha)
    heights = [patch.get_height() for patch in ax.patches]
    assert 3 not in heights and max(heights) == 0
    labels = [text.get_text() for text in ax.texts]
    # ALPHA's 3 arrivals are also shown by what happened to them and against the target, all
    # under 5: too few to break down, so "–" (rule 3), the total "<5".
    assert "–" in labels and "3" not in labels


def test_the_stats_picture_is_a_png_with_a_three_line_summary(seeded: Engine):
    with session_factory(seeded)() as session:
        picture = stats_picture(session, CATALOG, "BETA", NOW)
    assert picture.png.startswith(b"\x89PNG\r\n\x1a\n") and len(picture.png) > 10_000
    lines = picture.caption.splitlines()
    assert len(lines) == 3
    assert lines[0] == "Last 8 weeks: 7 cases received, 7 answered, 6 ended."
    assert lines[1] == "First response: median 4.0 h (target 12 h); 7 of 7 within the target."


def test_the_report_command_writes_one_html_file(tmp_path: Path, monkeypatch, capsys):
    from bot.cli import main

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    monkeypatch.setenv("CONTENT_DIR", str(ROOT / "tests" / "fixtures" / "content"))
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("BOT_MODE", "local")
    out = tmp_path / "out" / "report.html"
    assert main(["report", "--org", "all", "--weeks", "4", "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "The last 4 weeks" in page
    assert main(["report", "--org", "NOPE", "--out", str(out)]) == 2
    assert "--org must be one of: ALPHA, BETA, GAMMA, DELTA, all" in capsys.readouterr().err


def add_alert_rows(session, alert_id: str, states: dict[str, int], at: dt.datetime) -> None:
    """Outbox rows as the broadcast leaves them: sent, waiting, failed, or not sent because
    the person blocked the bot (403) or stopped alerts."""
    chat = 1 + session.query(Outbox).count()
    for state, count in states.items():
        for _ in range(count):
            status = {"queued": "pending", "sent": "sent"}.get(state, "failed")
            error = {"failed": "BadRequest", "unsubscribed": "Blocked (403)"}.get(state)
            session.add(Outbox(idem_key=f"alert:{alert_id}:{chat}", chat_id=chat,
                               payload_enc="x", status=status, created_at=at,
                               last_error=error, priority=1))  # fmt: skip
            chat += 1


def test_the_report_shows_alert_deliveries_with_small_counts_hidden(seeded: Engine):
    with session_factory(seeded).begin() as session:
        week_ago = NOW - dt.timedelta(days=7)
        add_alert_rows(session, "th-test-live", {"sent": 12, "queued": 3, "failed": 6,
                                                 "unsubscribed": 3}, week_ago)  # fmt: skip
        add_alert_rows(session, "kh-test-jobs", {"sent": 3}, week_ago)
        long_ago = NOW - dt.timedelta(weeks=20)  # before the report's weeks: not shown
        add_alert_rows(session, "mm-test-expired", {"sent": 40}, long_ago)
    with session_factory(seeded)() as session:
        page = report(session, CATALOG, "all", 8, NOW)
        alpha = report(session, CATALOG, "ALPHA", 8, NOW)
    for html in (page, alpha):
        assert "<h2>Alerts sent</h2>" in html
        assert "3" not in visible_words(html), "a count of 3 left the database"
        # Its sender knows the 24 queued: 24 - 6 - at most 4 and 4 leaves the 12 at least 10.
        assert "<tr><td>th-test-live</td><td>&lt;5</td><td>≥10</td><td>6</td><td>&lt;5</td>" in html
        assert "<tr><td>kh-test-jobs</td><td>–</td><td>–</td><td>–</td><td>–</td>" in html
        assert "mm-test-expired" not in html


def add_arrivals(session, ref: str, at: dt.datetime, path: list[tuple[str, str, float]]) -> None:
    """A case with the events bot/referrals/ records on its way (cases.py, staff.py): opened
    to the first organisation, then ("declined" | "timeout" | "accepted", next org, hours)."""
    first = path[0][1]
    tried = [org for step, org, _ in path if step != "accepted"]
    case = Case(ref=ref, uid=f"x:{ref}", org_id=tried[-1], topic="unpaid_wages", language="en",
                contact_method="bot", status="new", created_at=at, routed_at=at,
                tried_orgs=",".join(tried))  # fmt: skip
    session.add(case)
    session.flush()

    def event(hours: float, action: str, detail: str | None = None) -> None:
        when = at + dt.timedelta(hours=hours)
        session.add(CaseEvent(case_id=case.id, at=when, actor="x", action=action, detail=detail))

    event(0, "opened", f"to {first}")
    for step, org, hours in path[1:]:
        if step == "declined":
            event(hours, "declined")
            event(hours, "rerouted", f"declined; to {org}")
        elif step == "timeout":  # no one accepted it in time: a reminder, then the fallback
            event(hours - 12, "reminded")
            event(hours, "rerouted", f"not accepted in time; to {org}")
    answered = path[-1][2] if path[-1][0] == "accepted" else None
    if answered is not None:
        event(answered, "accepted")
        case.status = "accepted"


@pytest.fixture
def passed_on(engine: Engine) -> Engine:
    """GAMMA (target 24 h) received 17 cases ten days ago: it answered 6 within 2 hours and
    1 after 30, declined 5 (BETA took them) and let 5 run out of time (re-routed to BETA at
    36 hours)."""
    at = NOW - dt.timedelta(days=10)
    with session_factory(engine).begin() as session:
        for i in range(6):
            add_arrivals(session, f"G{i}", at, [("opened", "GAMMA", 0), ("accepted", "GAMMA", 2)])
        add_arrivals(session, "G6", at, [("opened", "GAMMA", 0), ("accepted", "GAMMA", 30)])
        for i in range(5):
            add_arrivals(session, f"D{i}", at, [("opened", "GAMMA", 0), ("declined", "BETA", 3),
                                                ("accepted", "BETA", 4)])  # fmt: skip
            add_arrivals(session, f"T{i}", at, [("opened", "GAMMA", 0), ("timeout", "BETA", 36),
                                                ("accepted", "BETA", 40)])  # fmt: skip
    return engine


def test_cases_an_organisation_declined_or_let_time_out_count_for_it(passed_on: Engine):
    with session_factory(passed_on)() as session:
        gamma = case_numbers(session, "GAMMA", 8, TARGETS, NOW)
        beta = case_numbers(session, "BETA", 8, TARGETS, NOW)
        service = case_numbers(session, "all", 8, TARGETS, NOW)
        page = report(session, CATALOG, "GAMMA", 8, NOW)
        whole = report(session, CATALOG, "all", 8, NOW)
    # Received: every case that reached it, wherever it is now; 10 of them passed on.
    assert sum(gamma.received) == 17 and dict(zip(FATES, gamma.fates, strict=True)) == {
        "answered": 7, "passed_on": 10, "waiting": 0, "ended": 0}  # fmt: skip
    # Within the target: 6 of the 17 (the late answer and the 10 passed on missed it), not
    # 6 of the 7 it answered.
    assert gamma.within_target == (6, 17)
    assert sum(gamma.accepted) == 7
    assert sum(beta.received) == 10 and beta.within_target == (10, 10)  # 1 h after arrival
    # The service counts each case once.
    assert sum(service.received) == 17 and sum(service.accepted) == 17
    assert service.within_target == (16, 27)  # every arrival: GAMMA's 6 and BETA's 10
    assert "Last 8 weeks: 17 cases received, 7 answered, 0 ended." in page
    assert "6 of 17 within the target." in page
    assert "<tr><td>Passed on (declined, or not answered in time)</td><td>10</td></tr>" in page
    assert ("<tr><td>Gamma Door (fixture)</td><td>17</td><td>7</td><td>10</td><td>0</td><td>0</td>"
            "<td>6</td><td>11</td>") in whole  # fmt: skip
    assert "Last 8 weeks: 17 cases received, 17 answered, 0 ended." in whole
    assert "16 of 27 within the target." in whole


def test_unanswered_questions_too_few_to_break_down_read_as_one_line(seeded: Engine):
    """3 questions not understood, each with its own best guess: every cell would be "–"."""
    with session_factory(seeded).begin() as session:
        for guess, bucket in (("unpaid_wages", "0-0.3"), ("injury_health", "0.3-0.5"),
                              ("visa", "0.5-0.7")):  # fmt: skip
            session.add(QuestionCount(day=NOW.date() - dt.timedelta(days=2), language="my",
                                      origin="MM", country="TH", topic="", asked="fallback",
                                      guesses=guess, confidence=bucket, count=1))  # fmt: skip
    with session_factory(seeded)() as session:
        page = report(session, CATALOG, "all", 8, NOW)
    unanswered = page.split("<h2>Questions the bot could not answer</h2>")[1].split("<h2>")[0]
    assert "Too few in these weeks to show by best guess or confidence." in unanswered
    assert "<table>" not in unanswered and "<img" not in unanswered


def test_an_opened_event_without_its_organisation_counts_for_the_first_one_tried(engine: Engine):
    """Older rows (and scripts/sample_numbers.py) write "opened" with no "to X"."""
    at = NOW - dt.timedelta(days=3)
    with session_factory(engine).begin() as session:
        add_case(session, "O1", "BETA", at, 1.0)
        session.add(CaseEvent(case_id=1, at=at, actor="migrant", action="opened"))
    with session_factory(engine)() as session:
        beta = case_numbers(session, "BETA", 8, TARGETS, NOW)
    assert sum(beta.received) == 1 and beta.within_target == (1, 1)
