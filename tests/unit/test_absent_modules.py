"""cli.remember_absent_modules: a module that is not installed is remembered as absent (an
import of it fails at once, as it would have after a search), an installed one is untouched."""

from __future__ import annotations

import sys

import pytest

from bot.cli import remember_absent_modules

MISSING = "no_such_module_i11f"


def test_a_missing_module_fails_to_import_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, MISSING, raising=False)
    remember_absent_modules([MISSING])
    assert sys.modules[MISSING] is None
    with pytest.raises(ImportError):
        __import__(MISSING)
    monkeypatch.delitem(sys.modules, MISSING)


def test_an_installed_module_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    remember_absent_modules(["colorsys"])  # in the standard library, not yet imported
    assert "colorsys" not in sys.modules
    assert __import__("colorsys").hls_to_rgb(0, 0.5, 0) == (0.5, 0.5, 0.5)
