"""Alerts as content (issue 15): loaded, validated like topics, live only until they expire."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from helpers import REAL, complete_tree

from bot.content import ContentError, load_catalog
from bot.content.alerts import live_alerts
from bot.content.check import run_check
from bot.content.loader import collect

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "content"
SOURCE = REAL / "alerts" / "mm-owic-training-2025-12.yml"


def test_real_alerts_load_with_sources_and_three_languages() -> None:
    catalog = load_catalog(REAL)
    assert catalog.alerts, "content/alerts/ should hold the real example alerts"
    for alert in catalog.alerts.values():
        assert alert.source.url and alert.source.date is not None
        assert all(getattr(alert.text, lang).strip() for lang in ("my", "km", "en"))


def test_live_alerts_follow_corridor_and_dates() -> None:
    alerts = load_catalog(FIXTURE).alerts
    day = dt.date(2026, 11, 27)
    assert [a.id for a in live_alerts(alerts, day, "MM", "TH")] == ["th-test-live"]
    assert [a.id for a in live_alerts(alerts, day, "KH", "TH")] == ["kh-test-jobs"]
    assert live_alerts(alerts, day, "MM", "MY") == []  # the expired MM alert is not shown
    assert [a.id for a in live_alerts(alerts, dt.date(2026, 3, 1), "MM", "MY")] == [
        "mm-test-expired"
    ]
    # Not yet published, then live for everyone, then gone on its expiry day.
    assert "any-test-future" not in {a.id for a in live_alerts(alerts, day, "KH", "JP")}
    assert "any-test-future" in {a.id for a in live_alerts(alerts, dt.date(2027, 1, 5), "KH", "JP")}
    assert live_alerts(alerts, dt.date(2027, 3, 1), "KH", "JP") == []


def _tree_with(tmp_path: Path, text: str, name: str = "x-alert") -> Path:
    root = complete_tree(tmp_path)
    (root / "alerts").mkdir(exist_ok=True)
    (root / "alerts" / f"{name}.yml").write_text(text, encoding="utf-8")
    return root


def _good_alert(**changes: str) -> str:
    text = SOURCE.read_text(encoding="utf-8").replace("mm-owic-training-2025-12", "x-alert")
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("expires_on: 2027-06-03", "expires_on: 2026-01-01", "`expires_on` must come after"),
        ("topics: [documents]", "topics: [weather]", "topics[0]"),
        ("{origin: MM, country: any}", "{origin: LA, country: any}", "corridors[0].origin"),
        ("  km: |\n", "  kx: |\n", "text.km"),
        ("  km: {status: draft}", "  km: {status: reviewed}", "a reviewed text needs"),
    ],
)
def test_broken_alert_is_refused_naming_file_and_field(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    root = _tree_with(tmp_path, _good_alert(**{old: new}))
    with pytest.raises(ContentError) as raised:
        load_catalog(root)
    problems = "\n".join(raised.value.problems)
    assert "content/alerts/x-alert.yml: alert x-alert" in problems
    assert message in problems


def test_alert_id_must_equal_file_name(tmp_path: Path) -> None:
    root = _tree_with(tmp_path, _good_alert(), name="other-name")
    assert any("id must equal the file name" in p for p in collect(root).problems)


def test_check_refuses_an_alert_without_a_source_people_can_check(tmp_path: Path) -> None:
    no_url = {"  url: https://migrantaffairs.info/?p=39310\n": ""}
    root = _tree_with(tmp_path, _good_alert(**no_url))
    out = io.StringIO()
    assert run_check(root, 3650, out, dt.date(2026, 12, 3)) == 1
    assert "alert x-alert: source needs a `url`" in out.getvalue()


def test_check_counts_live_and_expired_alerts(tmp_path: Path) -> None:
    root = _tree_with(tmp_path, _good_alert())
    shutil.copy(FIXTURE / "alerts" / "mm-test-expired.yml", root / "alerts")
    out = io.StringIO()
    assert run_check(root, 3650, out, dt.date(2026, 12, 3)) == 0
    assert "alerts: 2 (1 live, 1 expired)" in out.getvalue()
    assert "alert x-alert: not reviewed yet in my, km, en" in out.getvalue()
