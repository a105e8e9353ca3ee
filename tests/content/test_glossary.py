"""One voice (issue 13): content/glossary.yml and the words `content check` flags."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from helpers import REAL, copy_good

from bot.content.check import run_check
from bot.content.glossary import load_glossary

GLOSSARY = """\
review: {my: {status: draft}, km: {status: draft}}
terms:
  - id: embassy
    en: embassy
    my: {use: သံရုံး, avoid: [AVOID_MY]}
    km: {use: ស្ថានទូត, avoid: [AVOID_KM]}
"""


def check(root: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_check(root, 100_000, out, today=dt.date(2026, 11, 27))
    return code, out.getvalue().splitlines()


def test_a_word_to_avoid_is_an_error_naming_file_place_language_and_the_word_to_use(
    tmp_path: Path,
) -> None:
    root = copy_good(tmp_path)
    # The fixture's Burmese title of embassy_contact is "embassy my".
    (root / "glossary.yml").write_text(
        GLOSSARY.replace("AVOID_MY", "embassy my").replace("AVOID_KM", "nothing here")
    )
    code, lines = check(root)
    assert code == 1
    assert (
        "ERROR content/topics/embassy_contact.yml: topic embassy_contact: title, language my: "
        "'embassy my': use 'သံရုံး' (glossary: embassy)"
    ) in lines
    assert "glossary: 1 terms; 1 violations" in lines


def test_directory_names_are_checked_too(tmp_path: Path) -> None:
    root = copy_good(tmp_path)
    (root / "glossary.yml").write_text(
        GLOSSARY.replace("AVOID_MY", "nothing here").replace("AVOID_KM", "Bangkok (km)")
    )
    _code, lines = check(root)
    flagged = [line for line in lines if "glossary: embassy" in line]
    assert flagged and all("language km" in line and ": name, " in line for line in flagged)


def test_the_real_glossary_loads_and_the_content_follows_it() -> None:
    glossary, problems = load_glossary(REAL)
    assert problems == [] and glossary is not None
    ids = {term.id for term in glossary.terms}
    wanted = {"passport", "work_permit", "broker", "agency", "migrant_resource_centre"}
    wanted |= {"social_development_ministry", "caseworker", "telegram_channel"}
    assert wanted | {"labour_attache", "job_order", "complaint", "embassy", "consulate"} <= ids
    _code, lines = check(REAL)
    assert f"glossary: {len(glossary.terms)} terms; 0 violations" in lines


def test_formal_burmese_in_a_topic_is_flagged_but_a_word_containing_a_marker_is_not(
    tmp_path: Path,
) -> None:
    root = copy_good(tmp_path)
    (root / "glossary.yml").write_text(
        GLOSSARY.replace("AVOID_MY", "nothing").replace("AVOID_KM", "nothing")
        + 'style:\n  - {language: my, use: spoken, avoid: ["သည်။", "သော "]}\n'
    )
    topic = root / "topics" / "embassy_contact.yml"
    text = topic.read_text(encoding="utf-8")
    text = text.replace('my: "general (my)"', 'my: "ရုံးဖွင့်သည်။"', 1)
    text = text.replace('my: "origin MM (my)"', 'my: "တနင်္လာ-သောကြာ ဖွင့်ပါတယ်။"', 1)
    topic.write_text(text, encoding="utf-8")
    _code, lines = check(root)
    flagged = [line for line in lines if "(glossary: register)" in line]
    assert flagged == [
        "ERROR content/topics/embassy_contact.yml: topic embassy_contact: answers[0], "
        "language my: 'သည်။': write spoken (glossary: register)"
    ]
