"""One bad fixture per rule: each message names the file, the topic or entry, and the language."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from helpers import complete_tree, fixture_root

from bot.content import ContentError, load_catalog
from bot.content.check import run_check

TODAY = dt.date(2026, 11, 27)
T = "content/topics/t.yml: topic t"
D = "content/directory/d.yml: entry th-hotline-1506"

# Rules load_catalog enforces: the bot refuses to start on these.
LOAD_RULES = [
    ("missing_language", f"{T}, language km: answers[0].text.km: Field required"),
    (
        "empty_language",
        f"{T}, language my: answers[0].text.my: String should have at least 1 character",
    ),
    ("missing_title_language", f"{T}, language my: title.my: Field required"),
    (
        "reviewed_without_reviewer",
        f"{T}, language km: review.km: Value error, a reviewed text needs `by` and `on`",
    ),
    ("extra_key", f"{T}: colour: Extra inputs are not permitted"),
    (
        "no_general_variant",
        f"{T}: no general answer (`when: {{}}`); it is the last resort for everyone",
    ),
    (
        "duplicate_when",
        f"{T}: two variants for `when: {{origin: MM, country: TH}}`; only one can ever be shown",
    ),
    ("unknown_contact", f"{T}: answers[0]: contact 'nowhere-office' is not in the directory"),
    ("unknown_source", f"{T}: answers[0]: source 's9' is not in `sources`"),
    ("unknown_related", f"{T}: related topic 'nothing' does not exist"),
    ("id_mismatch", "content/topics/t.yml: topic u: id must equal the file name 't'"),
    ("bad_yaml", "content/topics/t.yml: invalid YAML: expected ',' or ']', but got ':' (line 3)"),
    ("duplicate_key", "content/topics/t.yml: invalid YAML: duplicate key 'checked_on' (line 6)"),
    (
        "bad_checked_on",
        f"{T}: checked_on: Input should be a valid date or datetime, invalid character in year",
    ),
    (
        "bad_when",
        f"{T}: answers[1].when.country: Input should be 'MM', 'KH', 'TH', 'MY', 'KR', 'JP', 'SG', "
        "'other' or 'home'",
    ),
    (
        "duplicate_entry_id",
        "content/directory/b.yml: entry th-hotline-1506: id already used in "
        "content/directory/a.yml",
    ),
    (
        "entry_bad_country",
        f"{D}: country: Input should be 'MM', 'KH', 'TH', 'MY', 'KR', 'JP' or 'SG'",
    ),
    ("entry_bad_source_date", f"{D}: source_date: Value error, month must be in 1..12"),
    ("directory_not_list", "content/directory/d.yml: expected a list of entries"),
]

# Editorial rules only `content check` enforces: the bot still runs (with cautions).
CHECK_RULES = [
    ("entry_missing_source_fields", f"{D}: missing `source`"),
    ("entry_missing_source_fields", f"{D}: missing `verified_on`"),
    ("entry_missing_source_fields", f"{D}: missing `status`"),
    (
        "phone_unparseable",
        f"{D}: phone 'call us' does not parse: "
        "(1) The string supplied did not seem to be a phone number.",
    ),
    ("phone_invalid_for_country", f"{D}: phone '+66 2 233 2237' is not a valid number for MY"),
    (
        "duplicate_number",
        "content/directory/d.yml: entry th-hotline-other: phone '1506' is also given by entry "
        "th-hotline-1506 (content/directory/d.yml)",
    ),
    (
        "duplicate_office",
        "content/directory/d.yml: entry mm-embassy-bangkok-2: same office "
        "(embassy, TH, Bangkok, MM) as entry mm-embassy-bangkok (content/directory/d.yml) "
        "with different numbers",
    ),
    (
        "good",
        "content/topics/legal_channels.yml: topic legal_channels: missing (required by issue 3)",
    ),
]

WARNINGS = [
    ("stale_facts", f"{T}: checked_on 2024-01-01 is 1061 days old"),
    ("stale_facts", f"{D}: verified_on 2020-01-01 is 2522 days old"),
    ("stale_facts", f"{D}: source_date 2016-05 is 3862 days old"),
    (
        "group_mismatch",
        "content/topics/unpaid_wages.yml: topic unpaid_wages: group 'return' but the menu "
        "(bot/content/topics.py) shows it under 'at_work'",
    ),
]


def check_output(root: Path, max_age_days: int = 365) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_check(root, max_age_days, out, today=TODAY)
    return code, out.getvalue().splitlines()


@pytest.mark.parametrize(("fixture", "message"), LOAD_RULES)
def test_load_catalog_names_file_topic_and_language(fixture: str, message: str) -> None:
    with pytest.raises(ContentError) as caught:
        load_catalog(fixture_root(fixture))
    assert message in caught.value.problems
    code, lines = check_output(fixture_root(fixture))
    assert code == 1
    assert f"ERROR {message}" in lines


@pytest.mark.parametrize(("fixture", "message"), CHECK_RULES)
def test_check_reports_editorial_errors(fixture: str, message: str) -> None:
    load_catalog(fixture_root(fixture))  # loads: these rules must not stop the bot
    code, lines = check_output(fixture_root(fixture))
    assert code == 1
    assert f"ERROR {message}" in lines


@pytest.mark.parametrize(("fixture", "message"), WARNINGS)
def test_check_warns_without_failing_on_its_own(fixture: str, message: str) -> None:
    _code, lines = check_output(fixture_root(fixture))
    assert f"WARNING {message}" in lines
    assert not any(line.startswith("ERROR") and "issue 3" not in line for line in lines)


def test_complete_tree_passes_with_summary(tmp_path: Path) -> None:
    code, lines = check_output(complete_tree(tmp_path), max_age_days=100_000)
    assert code == 0, lines
    # The minimal topics name no contact: each is listed as a reachability gap, not an error.
    warnings = [line for line in lines if line.startswith("WARNING")]
    assert all("no reachable contact" in line for line in warnings)
    assert lines[len(warnings) :] == [
        "content check: 24 topics, 30 variants x 3 languages = 90 texts; 8 entries "
        "(3 official, 4 secondary, 1 unverified); 0 errors, 27 warnings",
        "reachability: 27 variants leave someone with no reachable contact; "
        "7 of 8 entries have a phone",
    ]


def test_error_messages_carry_no_file_contents() -> None:
    # Problems are logged by the live reloader: they must not echo the (possibly edited) text.
    with pytest.raises(ContentError) as caught:
        load_catalog(fixture_root("empty_language"))
    assert not any("General answer" in problem for problem in caught.value.problems)
