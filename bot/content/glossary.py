"""content/glossary.yml: one word per key term and language, and the variants to avoid.

Only `content check` reads it (a wording slip must not stop the bot); a tree without the file
has no glossary rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, ValidationError

from bot.content.loader import Loaded, display_path
from bot.content.models import Review, Strict, Text
from bot.content.yamlfile import read_yaml

GLOSSARY_FILE = "glossary.yml"


class Usage(Strict):
    use: Text
    avoid: list[Text] = Field(default_factory=list)


class Term(Strict):
    id: Text
    en: Text
    my: Usage
    km: Usage
    why: str | None = None


class GlossaryReview(Strict):
    my: Review
    km: Review


class Register(Strict):
    """Markers of a register the topics must not use (formal written Burmese)."""

    language: Literal["my", "km"]
    use: Text
    # Not stripped: a marker's spaces matter ("သော " is formal, "သောကြာ" is Friday).
    avoid: list[Annotated[str, StringConstraints(min_length=1)]] = Field(min_length=1)


class Glossary(Strict):
    review: GlossaryReview
    terms: list[Term] = Field(min_length=1)
    style: list[Register] = Field(default_factory=list)


def load_glossary(root: Path) -> tuple[Glossary | None, list[str]]:
    """The glossary and the problems reading it; (None, []) when the file is absent."""
    path = root / GLOSSARY_FILE
    if not path.exists():
        return None, []
    where = display_path(root, path)
    try:
        return Glossary.model_validate(read_yaml(path)), []
    except ValueError as error:  # unreadable YAML, or a ValidationError (a ValueError)
        if isinstance(error, ValidationError):
            return None, [f"{where}: {d['loc']}: {d['msg']}" for d in error.errors()]
        return None, [f"{where}: {error}"]


def glossary_problems(root: Path, loaded: Loaded) -> Iterable[str]:
    glossary, problems = load_glossary(root)
    yield from problems
    if glossary is None:
        return
    for where, language, text in texts(loaded):
        if ": topic " in where:  # names of offices keep their official register
            yield from _register_problems(glossary, where, language, text)
        usage_of = {term.id: getattr(term, language) for term in glossary.terms}
        for term_id, usage in usage_of.items():
            for wrong in usage.avoid:
                if wrong in text:
                    yield (
                        f"{where}, language {language}: {wrong!r}: use {usage.use!r} "
                        f"(glossary: {term_id})"
                    )


def _register_problems(glossary: Glossary, where: str, language: str, text: str) -> Iterator[str]:
    for rule in glossary.style:
        found = [marker for marker in rule.avoid if rule.language == language and marker in text]
        if found:
            shown = ", ".join(repr(marker) for marker in found)
            yield f"{where}, language {language}: {shown}: write {rule.use} (glossary: register)"


def texts(loaded: Loaded) -> Iterator[tuple[str, str, str]]:
    """(where, language, text) for every Burmese and Khmer text a person can be shown."""
    for topic in loaded.topics.values():
        label = f"{loaded.topic_files[topic.id]}: topic {topic.id}"
        for language in ("my", "km"):
            yield f"{label}: title", language, getattr(topic.title, language)
            for index, variant in enumerate(topic.answers):
                yield f"{label}: answers[{index}]", language, getattr(variant.text, language)
    for entry in loaded.entries.values():
        label = f"{loaded.entry_files[entry.id]}: entry {entry.id}"
        for language in ("my", "km"):
            for field, words in (("name", entry.name), ("hours", entry.hours)):
                text = getattr(words, language, None) if words is not None else None
                if text:
                    yield f"{label}: {field}", language, text
