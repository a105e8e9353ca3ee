"""Property tests: the hypothesis profile, compiled catalogs and the shared engine context.

The profile is registered here and used explicitly by each test (`settings(CI, ...)`). It
builds on the run's profile (tests/conftest.py): `ci`, derandomized, in `make test`; `fuzz` in
`make fuzz`. Every test sets its own `max_examples` through `examples()`: under `ci` the folder
must stay well under a minute on two shared cores; `fuzz` multiplies every budget (by 40
unless PROPERTY_EXAMPLES_FACTOR says otherwise). Run with `--hypothesis-show-statistics` to
see how many examples each property ran.
"""

from __future__ import annotations

import dataclasses
import shutil
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hypothesis import HealthCheck, settings

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
# The dialogue and referral helpers are plain modules next to their own conftest files; make
# them importable when this folder runs alone.
for helpers in ("dialogue", "referrals"):
    if str(TESTS / helpers) not in sys.path:
        sys.path.insert(0, str(TESTS / helpers))

from dialogue_helpers import make_context  # noqa: E402

from bot.dialogue import engine  # noqa: E402
from bot.i18n import translator  # noqa: E402

# On top of the profile tests/conftest.py loaded (`ci`: derandomized, or `fuzz`).
settings.register_profile(
    "properties",
    parent=settings(),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="session")
def compiled_locales(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's catalogs compiled into a temporary folder, so that Burmese and Khmer
    replies (with their own placeholders) are exercised even before `make translations`."""
    target = tmp_path_factory.mktemp("locales")
    for po_path in (ROOT / "locales").glob("*/LC_MESSAGES/*.po"):
        out_dir = target / po_path.parent.relative_to(ROOT / "locales")
        out_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy(po_path, out_dir / po_path.name)
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file)
        with (out_dir / po_path.with_suffix(".mo").name).open("wb") as mo_file:
            write_mo(mo_file, catalog)
    return target


@pytest.fixture(scope="session")
def ctx(compiled_locales: Path) -> engine.Context:
    """The engine's context over the fixture content, speaking the compiled catalogs."""
    return dataclasses.replace(
        make_context(), translator=lambda language: translator(compiled_locales, language)
    )
