"""A seeded sample database, report and /stats picture, for looking at the charts without
real cases (and for the tests of bot/reports).

    .venv/bin/python scripts/sample_numbers.py [OUT_DIR]   # default var/sample

writes OUT_DIR/sample.sqlite3 (made-up cases and anonymous question counts over 8 weeks, a
fixed random seed), OUT_DIR/report-all.html, OUT_DIR/report-FAR.html and
OUT_DIR/stats-FAR.png. Nothing here is real: every case is invented.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy.orm import Session  # noqa: E402

from bot.storage.models import Case, CaseEvent, Outbox, QuestionCount  # noqa: E402

# Cases a week per organisation: one busy, one middling, one small (its counts show "<5").
VOLUME = {"FAR": (8, 13), "FED": (5, 9), "CWCC": (1, 4)}
# Median hours to first response: FAR fast, FED around its 24-hour target.
SPEED = {"FAR": 5.0, "FED": 20.0, "CWCC": 12.0}
TOPICS = ("unpaid_wages", "documents_confiscated", "job_scams_trafficking", "injury_health",
          "visa_work_permit", "arrest_detention", "change_employer")  # fmt: skip
ENDINGS = ("resolved",) * 5 + ("referred",) * 2 + ("no_contact", "other")
ASKED = ("answered",) * 12 + ("menu",) * 6 + ("fallback",) * 3 + ("out_of_scope", "referral",
         "conversation", "emergency")  # fmt: skip
PROFILES = (("my", "MM", "TH"), ("my", "MM", "MY"), ("km", "KH", "TH"), ("km", "KH", "KH"),
            ("en", "MM", "TH"), ("my", "MM", "MM"))  # fmt: skip


def seed(session: Session, now: dt.datetime, weeks: int = 8, seed_value: int = 14) -> None:
    """Made-up cases for every organisation in VOLUME, and question counts, up to `now`."""
    rng = random.Random(seed_value)
    start = now - dt.timedelta(weeks=weeks)
    number = 0
    for org, (low, high) in VOLUME.items():
        for week in range(weeks):
            for _ in range(rng.randint(low, high)):
                at = start + dt.timedelta(weeks=week, seconds=rng.uniform(0, 7 * 86400))
                if at < now:
                    number += 1
                    _case(session, rng, org, f"S{number:05d}", at, now)
    _questions(session, rng, start.date(), now.date())


def _case(
    session: Session, rng: random.Random, org: str, ref: str, at: dt.datetime, now: dt.datetime
) -> None:
    case = Case(ref=ref, uid=f"sample:{ref}", org_id=org, topic=rng.choice(TOPICS),
                language=rng.choice(("my", "km", "en")), contact_method="bot", status="new",
                created_at=at, routed_at=at, tried_orgs=org)  # fmt: skip
    session.add(case)
    session.flush()
    events = [CaseEvent(case_id=case.id, at=at, actor="migrant", action="opened")]
    answered = at + dt.timedelta(hours=rng.lognormvariate(0, 0.8) * SPEED[org])
    if answered < now:
        case.status, case.assigned_staff_id = "accepted", None
        events.append(CaseEvent(case_id=case.id, at=answered, actor="staff:1", action="accepted"))
        ended = answered + dt.timedelta(days=rng.uniform(0.5, 20))
        if ended < now and rng.random() < 0.85:
            case.status, case.closed_at = "closed", ended
            case.outcome = rng.choice(ENDINGS)
            events.append(CaseEvent(case_id=case.id, at=ended, actor="staff:1", action="closed"))
    elif rng.random() < 0.1:
        case.status, case.closed_at = "withdrawn", at + (now - at) / 2
    session.add_all(events)


def _questions(session: Session, rng: random.Random, first: dt.date, last: dt.date) -> None:
    counts: dict[tuple[str, ...], int] = {}
    day = first
    while day <= last:
        for _ in range(rng.randint(20, 45)):
            language, origin, country = rng.choice(PROFILES)
            asked = rng.choice(ASKED)
            unanswered = asked in ("fallback", "out_of_scope")
            topic = "" if unanswered else rng.choice(TOPICS)
            guesses = ",".join(rng.sample(TOPICS, 3)) if unanswered else ""
            bucket = rng.choice(("0-0.3", "0.3-0.5")) if unanswered else "0.7-0.9"
            key = (day.isoformat(), language, origin, country, topic, asked, guesses, bucket)
            counts[key] = counts.get(key, 0) + 1
        day += dt.timedelta(days=1)
    for key, count in counts.items():
        session.add(QuestionCount(day=dt.date.fromisoformat(key[0]), language=key[1],
                                  origin=key[2], country=key[3], topic=key[4], asked=key[5],
                                  guesses=key[6], confidence=key[7], count=count))  # fmt: skip


# Two made-up alerts and how their messages went (the report's "Alerts sent"): one small
# enough that its failures show "<5".
ALERTS = {
    "sample-mm-th-documents": {"sent": 184, "queued": 0, "failed": 3, "unsubscribed": 11},
    "sample-kh-th-scams": {"sent": 57, "queued": 6, "failed": 0, "unsubscribed": 2},
}


def seed_alerts(session: Session, now: dt.datetime) -> None:
    """Outbox rows as a broadcast leaves them (as tests/reports does): sent, waiting, failed,
    or not sent because the person blocked the bot or stopped alerts."""
    chat = 1_000_000
    for days, (alert_id, states) in enumerate(ALERTS.items(), start=3):
        for state, count in states.items():
            for _ in range(count):
                status = {"queued": "pending", "sent": "sent"}.get(state, "failed")
                error = {"failed": "BadRequest", "unsubscribed": "Blocked (403)"}.get(state)
                session.add(Outbox(idem_key=f"alert:{alert_id}:{chat}", chat_id=chat,
                                   payload_enc="x", status=status, priority=1, last_error=error,
                                   created_at=now - dt.timedelta(days=days)))  # fmt: skip
                chat += 1


def main(argv: Sequence[str]) -> int:
    from bot.content import load_catalog
    from bot.reports.build import report, stats_picture
    from bot.storage import make_engine, session_factory, upgrade
    from bot.storage.models import utcnow

    out = Path(argv[0]) if argv else ROOT / "var" / "sample"
    out.mkdir(parents=True, exist_ok=True)
    database = out / "sample.sqlite3"
    database.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{database}")
    upgrade(engine)
    sessions = session_factory(engine)
    now = utcnow()
    with sessions.begin() as session:
        seed(session, now)
        seed_alerts(session, now)
    catalog = load_catalog(ROOT / "content")
    with sessions() as session:
        for scope in ("all", "FAR"):
            path = out / f"report-{scope}.html"
            path.write_text(report(session, catalog, scope, 8, now), encoding="utf-8")
            print(path)
        picture = stats_picture(session, catalog, "FAR", now)
    (out / "stats-FAR.png").write_bytes(picture.png)
    print(out / "stats-FAR.png")
    print(picture.caption)
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
