"""Reachability (issue 13): every person the project serves gets a contact they can use."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from helpers import copy_good

from bot.content.check import run_check
from bot.content.coverage import SERVED, reachable, shown_to
from bot.content.loader import collect

PARTNERS = """\
partners:
  - id: FAR
    name: {en: FAR, my: FAR my, km: FAR km}
    directory_id: cso-any-bangkok
    response_hours: 24
    status: STATUS
fallback: FAR
"""


def gap_lines(root: Path) -> list[str]:
    out = io.StringIO()
    run_check(root, 100_000, out, today=dt.date(2026, 11, 27))
    return [
        line for line in out.getvalue().splitlines() if "WARNING" in line and "reachable" in line
    ]


def test_a_variant_without_a_usable_contact_is_listed_with_who_it_strands(tmp_path: Path) -> None:
    lines = gap_lines(copy_good(tmp_path))
    # The Korea variant names no contact at all: both nationalities in Korea are stranded.
    korea = [line for line in lines if "(country: KR)" in line]
    assert korea == [
        "WARNING content/topics/embassy_contact.yml: topic embassy_contact: answers[6] "
        "(country: KR): no reachable contact (phone, website or e-mail) and no connected "
        "partner for: MM in KR, KH in KR"
    ]


def test_a_confirmed_partner_counts_and_an_unconfirmed_one_does_not(tmp_path: Path) -> None:
    root = copy_good(tmp_path)
    (root / "partners.yml").write_text(PARTNERS.replace("STATUS", "unverified"))
    unconfirmed = gap_lines(root)
    assert unconfirmed
    (root / "partners.yml").write_text(PARTNERS.replace("STATUS", "confirmed"))
    assert gap_lines(root) == []


def test_an_office_in_a_third_country_is_neither_shown_nor_reachable(tmp_path: Path) -> None:
    loaded = collect(copy_good(tmp_path))
    bangkok = loaded.entries["mm-embassy-bangkok"]
    assert reachable(bangkok, "MM", "TH")
    assert not shown_to(bangkok, "MM", "KR") and not reachable(bangkok, "MM", "KR")
    assert not shown_to(bangkok, "KH", "TH")  # serves Myanmar nationals only
    assert shown_to(bangkok, None, None)  # unknown profile: nothing hidden


def test_served_profiles_are_home_and_the_destinations() -> None:
    assert ("MM", "TH") in SERVED and ("KH", "KH") in SERVED
    assert ("MM", "KH") not in SERVED and ("KH", "MM") not in SERVED
    assert len(SERVED) == 12
