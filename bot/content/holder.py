"""Live reload: content edits go live without a restart, and a broken edit never goes live."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bot.content.catalog import Catalog, load_catalog
from bot.content.loader import ContentError

log = logging.getLogger(__name__)

Snapshot = tuple[tuple[str, int, int], ...]


def snapshot(root: Path) -> Snapshot:
    """Name, mtime and size of every content file: cheap enough to take every few seconds."""
    items: list[tuple[str, int, int]] = []
    for path in sorted(root.rglob("*.yml")):
        try:
            info = path.stat()
        except OSError:  # deleted between listing and stat: the next look sees it gone
            continue
        items.append((path.relative_to(root).as_posix(), info.st_mtime_ns, info.st_size))
    return tuple(items)


class CatalogHolder:
    """Holds the live catalog. The first load raises ContentError: the bot must not start broken."""

    def __init__(
        self,
        root: Path,
        min_interval_s: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._root = root
        self._interval = min_interval_s
        self._clock = clock
        self._lock = threading.Lock()
        self._stamp = snapshot(root)
        self._catalog = load_catalog(root)
        self._checked_at = clock()
        self.last_error: ContentError | None = None

    def get(self) -> Catalog:
        with self._lock:
            now = self._clock()
            if now - self._checked_at >= self._interval:
                self._checked_at = now
                self._reload_if_changed()
            return self._catalog

    def _reload_if_changed(self) -> None:
        stamp = snapshot(self._root)
        if stamp == self._stamp:
            return
        # Remember this state even when it is broken, so the error is logged once, not every call.
        self._stamp = stamp
        try:
            catalog = load_catalog(self._root)
        except ContentError as error:
            self.last_error = error
            # Problems name file, topic and language only: content, never user data.
            log.error("Content edit refused, previous content stays live:\n%s", error)
            return
        self._catalog = catalog
        self.last_error = None
        log.info(
            "Content reloaded: %d topics, %d entries",
            len(catalog.topics),
            len(catalog.entries),
        )
