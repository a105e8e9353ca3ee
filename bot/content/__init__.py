"""Curated content: schema, loader, catalog lookups and live reload (docs/content-format.md)."""

from bot.content.catalog import Catalog, load_catalog
from bot.content.holder import CatalogHolder
from bot.content.loader import ContentError
from bot.content.models import DirectoryEntry, Topic, Variant

__all__ = [
    "Catalog",
    "CatalogHolder",
    "ContentError",
    "DirectoryEntry",
    "Topic",
    "Variant",
    "load_catalog",
]
