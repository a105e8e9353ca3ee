"""Loading content/ into validated models, collecting every problem instead of stopping at one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from bot.content.alerts import ALERTS_FOLDER, Alert
from bot.content.models import LANGUAGES, DirectoryEntry, Topic, When
from bot.content.own_words import OWN_WORDS_FILE, OwnWords
from bot.content.partners import Partners, cross_check
from bot.content.safety import KEYWORDS_FILE, EmergencyKeywords
from bot.content.topics import TOPIC_IDS
from bot.content.yamlfile import read_yaml

M = TypeVar("M", bound=BaseModel)
N = TypeVar("N", Topic, Alert)  # one item per file, its id the file name
PARTNERS_FILE = "partners.yml"


class ContentError(Exception):
    """Invalid content; `problems` name file, topic or entry, and language."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} content problem(s):\n" + "\n".join(problems))
        self.problems = problems


@dataclass
class Loaded:
    """What validated, where it came from, and what did not."""

    topics: dict[str, Topic] = field(default_factory=dict)
    entries: dict[str, DirectoryEntry] = field(default_factory=dict)
    topic_files: dict[str, str] = field(default_factory=dict)
    entry_files: dict[str, str] = field(default_factory=dict)
    # Ids seen in files even when invalid, so one broken entry is not reported again by
    # every topic that refers to it.
    seen_topic_ids: set[str] = field(default_factory=set)
    seen_entry_ids: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    partners: Partners | None = None
    keywords: EmergencyKeywords | None = None
    own_words: OwnWords | None = None
    alerts: dict[str, Alert] = field(default_factory=dict)
    alert_files: dict[str, str] = field(default_factory=dict)


def display_path(root: Path, path: Path) -> str:
    # "content/topics/x.yml" reads the same on every machine and in every test tree.
    return f"{root.name}/{path.relative_to(root).as_posix()}"


def content_files(root: Path, folder: str) -> list[Path]:
    return sorted((root / folder).glob("*.yml"))


def collect(root: Path) -> Loaded:
    """Everything load_catalog checks, without raising."""
    loaded = Loaded()
    if not root.is_dir():
        loaded.problems.append(f"{root}: content folder not found")
        return loaded
    for path in content_files(root, "directory"):
        _load_directory_file(root, path, loaded)
    for path in content_files(root, "topics"):
        _load_topic_file(root, path, loaded)
    for topic_id, topic in loaded.topics.items():
        loaded.problems.extend(_cross_check(loaded.topic_files[topic_id], topic, loaded))
    _load_partners(root, loaded)
    _load_keywords(root, loaded)
    _load_own_words(root, loaded)
    for path in content_files(root, ALERTS_FOLDER):
        _load_alert_file(root, path, loaded)
    return loaded


def _read(root: Path, path: Path, loaded: Loaded) -> tuple[str, Any] | None:
    """(display path, parsed YAML); None, with the problem recorded, when unreadable."""
    where = display_path(root, path)
    try:
        return where, read_yaml(path)
    except ValueError as error:
        loaded.problems.append(f"{where}: {error}")
        return None


def _read_optional(root: Path, relative: Path | str, loaded: Loaded) -> tuple[str, Any] | None:
    """As _read, for a file that may be absent (None then, and no problem)."""
    path = root / relative
    return _read(root, path, loaded) if path.exists() else None


def _load_keywords(root: Path, loaded: Loaded) -> None:
    """content/safety/emergency_keywords.yml: optional for test trees, checked when present."""
    found = _read_optional(root, KEYWORDS_FILE, loaded)
    if found is not None:
        loaded.keywords = _validate(EmergencyKeywords, found[1], found[0], loaded.problems)


def _load_own_words(root: Path, loaded: Loaded) -> None:
    """content/safety/own_words.yml: optional for test trees, checked when present."""
    found = _read_optional(root, OWN_WORDS_FILE, loaded)
    if found is not None:
        loaded.own_words = _validate(OwnWords, found[1], found[0], loaded.problems)


def _load_partners(root: Path, loaded: Loaded) -> None:
    """content/partners.yml is optional: without it the bot lists organisations instead."""
    found = _read_optional(root, PARTNERS_FILE, loaded)
    if found is None:
        return
    where, data = found
    partners = _validate(Partners, data, where, loaded.problems)
    if partners is None:
        return
    problems = list(cross_check(partners, loaded.seen_entry_ids, TOPIC_IDS))
    loaded.problems.extend(f"{where}: {problem}" for problem in problems)
    if not problems:
        loaded.partners = partners


def _load_directory_file(root: Path, path: Path, loaded: Loaded) -> None:
    found = _read(root, path, loaded)
    if found is None:
        return
    where, data = found
    if not isinstance(data, list):
        loaded.problems.append(f"{where}: expected a list of entries")
        return
    for index, item in enumerate(data):
        raw_id = _raw_id(item, f"#{index + 1}")
        loaded.seen_entry_ids.add(raw_id)
        label = f"entry {raw_id}"
        entry = _validate(DirectoryEntry, item, f"{where}: {label}", loaded.problems)
        if entry is None:
            continue
        if entry.id in loaded.entries:
            first = loaded.entry_files[entry.id]
            loaded.problems.append(f"{where}: {label}: id already used in {first}")
            continue
        loaded.entries[entry.id] = entry
        loaded.entry_files[entry.id] = where


def _load_topic_file(root: Path, path: Path, loaded: Loaded) -> None:
    loaded.seen_topic_ids.add(path.stem)
    found = _load_named(root, path, loaded, Topic, "topic")
    if found is not None:
        topic, where = found
        loaded.topics[topic.id] = topic
        loaded.topic_files[topic.id] = where


def _load_alert_file(root: Path, path: Path, loaded: Loaded) -> None:
    """content/alerts/<id>.yml: one alert; its id is its file name, as for topics."""
    found = _load_named(root, path, loaded, Alert, "alert")
    if found is not None:
        alert, where = found
        loaded.alerts[alert.id] = alert
        loaded.alert_files[alert.id] = where


def _load_named(
    root: Path, path: Path, loaded: Loaded, model: type[N], kind: str
) -> tuple[N, str] | None:
    """One file holding one item whose id must equal the file name (topics, alerts)."""
    found = _read(root, path, loaded)
    if found is None:
        return None
    where, data = found
    label = f"{kind} {_raw_id(data, path.stem)}"
    item = _validate(model, data, f"{where}: {label}", loaded.problems)
    if item is None:
        return None
    if item.id != path.stem:
        loaded.problems.append(f"{where}: {label}: id must equal the file name {path.stem!r}")
        return None
    return item, where


def describe(when: When) -> str:
    """`origin: MM, country: TH`, as written in the files (empty for the general variant)."""
    return ", ".join(f"{key}: {value}" for key, value in when.model_dump(exclude_none=True).items())


def _raw_id(data: Any, fallback: str) -> str:
    raw = data.get("id") if isinstance(data, dict) else None
    return raw if isinstance(raw, str) and raw else fallback


def _validate(model: type[M], data: Any, prefix: str, problems: list[str]) -> M | None:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems.extend(_describe(prefix, error))
        return None


def _describe(prefix: str, error: ValidationError) -> Iterable[str]:
    for detail in error.errors(include_input=False, include_url=False):
        loc = detail["loc"]
        language = next((str(part) for part in loc if part in LANGUAGES), None)
        path = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)
        head = f"{prefix}, language {language}" if language else prefix
        yield f"{head}: {path.lstrip('.') or '(top level)'}: {detail['msg']}"


def _cross_check(where: str, topic: Topic, loaded: Loaded) -> Iterable[str]:
    label = f"{where}: topic {topic.id}"
    if not any(variant.when.specificity == 0 for variant in topic.answers):
        yield f"{label}: no general answer (`when: {{}}`); it is the last resort for everyone"
    source_ids = [source.id for source in topic.sources]
    for duplicate in sorted({sid for sid in source_ids if source_ids.count(sid) > 1}):
        yield f"{label}: source id {duplicate!r} listed twice"
    for related in topic.related:
        if related not in loaded.seen_topic_ids:
            yield f"{label}: related topic {related!r} does not exist"
    whens = [describe(variant.when) for variant in topic.answers]
    for duplicate in sorted({when for when in whens if whens.count(when) > 1}):
        yield f"{label}: two variants for `when: {{{duplicate}}}`; only one can ever be shown"
    for index, variant in enumerate(topic.answers):
        for contact in variant.contacts:
            if contact not in loaded.seen_entry_ids:
                yield f"{label}: answers[{index}]: contact {contact!r} is not in the directory"
        for source in variant.sources:
            if source not in source_ids:
                yield f"{label}: answers[{index}]: source {source!r} is not in `sources`"
