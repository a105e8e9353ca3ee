"""Editorial rules of issue 13 that `content check` enforces (the bot still runs without them):
the directory in every language, a reachable contact for every person, no absolute paths."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from bot.content.coverage import Gap, describe_profile, gaps
from bot.content.loader import Loaded, display_path
from bot.content.models import DirectoryEntry

LOCAL_LANGUAGES = ("my", "km")
# A path on the editor's machine (/work/..., /home/..., C:\...) means nothing to anyone else.
_ABSOLUTE = re.compile(r"(?<![\w.:/])(?:/(?:work|home|Users|tmp|root|mnt|srv)/|[A-Z]:\\)")


def directory_language_problems(loaded: Loaded) -> Iterable[str]:
    """Every entry's name and hours in Burmese and Khmer, with a review status, and the
    languages the line or office speaks (`null` when not known, but written down)."""
    for entry in loaded.entries.values():
        label = f"{loaded.entry_files[entry.id]}: entry {entry.id}"
        yield from _missing_words(label, entry)
        if "languages" not in entry.model_fields_set:
            yield f"{label}: missing `languages` (the languages it speaks; `null` if not known)"
        elif entry.languages == []:
            yield f"{label}: `languages` is empty; write `null` when not known"


def _missing_words(label: str, entry: DirectoryEntry) -> Iterable[str]:
    for language in LOCAL_LANGUAGES:
        if not getattr(entry.name, language):
            yield f"{label}, language {language}: name.{language} missing"
        if entry.hours is not None and not getattr(entry.hours, language):
            yield f"{label}, language {language}: hours.{language} missing"
    if entry.review is None:
        yield f"{label}: missing `review` (status of the Burmese and Khmer words)"


def reachability_problems(loaded: Loaded) -> Iterable[str]:
    """Variants that leave someone with no phone, website or e-mail and no connected partner."""
    for gap in unreachable(loaded):
        where = loaded.topic_files[gap.topic]
        people = ", ".join(describe_profile(o, c) for o, c in gap.profiles)
        when = _when_text(loaded, gap.topic, gap.index)
        yield (
            f"{where}: topic {gap.topic}: answers[{gap.index}] ({when}): no reachable contact "
            f"(phone, website or e-mail) and no connected partner for: {people}"
        )


def unreachable(loaded: Loaded) -> list[Gap]:
    return list(gaps(loaded.topics.values(), loaded.entries, loaded.partners))


def _when_text(loaded: Loaded, topic_id: str, index: int) -> str:
    keys = loaded.topics[topic_id].answers[index].when.model_dump(exclude_none=True)
    return ", ".join(f"{key}: {value}" for key, value in keys.items()) or "general"


def absolute_path_problems(root: Path) -> Iterable[str]:
    for path in sorted(root.rglob("*.yml")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            if _ABSOLUTE.search(line):
                where = display_path(root, path)
                yield f"{where}: line {number}: absolute path; name files relative to the repo"
