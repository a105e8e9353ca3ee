# Two commands do all the set-up: `make run` and `make test`. Everything else is a step they
# call; each step is a real file target, so a second run rebuilds only what changed.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP_VENV := $(VENV)/.stamp
LOCALES := my km en th
PO := $(foreach l,$(LOCALES),locales/$(l)/LC_MESSAGES/messages.po)
MO := $(PO:.po=.mo)
export RASA_TELEMETRY_ENABLED := false

.PHONY: run chat test lint imports typecheck pytest content-check setup translations extract update-po \
        init-lang clean help

help:
	@echo "make run    - set up everything and start the bot (console without TELEGRAM_BOT_TOKEN)"
	@echo "make test   - set up whatever is missing; lint, imports, type checks, content check, all tests"
	@echo "make fuzz   - the property tests' long random exploration (over 100,000 examples)"
	@echo "make extract / update-po / translations - the gettext workflow (see README)"
	@echo "make bench  - issue 11's whole-bot load benchmark (BENCH_ARGS=\"--scenario burst --scale 0.1\")"
	@echo "make nlu-eval / nlu-bench / nlu-perf - NLU figures (see docs/benchmarks.md)"

include mk/*.mk

$(STAMP_VENV): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11+ is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

setup: $(STAMP_VENV) translations nlu-model

run: setup
	$(PY) -m bot run

chat: setup
	$(PY) -m bot chat

# --- translations (Babel) --------------------------------------------------------------------
translations: $(MO)

locales/%/LC_MESSAGES/messages.mo: locales/%/LC_MESSAGES/messages.po $(STAMP_VENV)
	$(VENV)/bin/pybabel compile -d locales -D messages -l $* --statistics

extract: $(STAMP_VENV)
	$(VENV)/bin/pybabel extract -F babel.cfg -k _ -k gettext -k ngettext:1,2 -k _note:2 \
	  --project=migrant-help-bot --copyright-holder="the migrant-help-bot authors" \
	  --msgid-bugs-address="" --add-comments=TRANSLATORS: -o locales/messages.pot bot

update-po: extract
	$(VENV)/bin/pybabel update -i locales/messages.pot -d locales -D messages --previous
	@# Babel drops header fields it does not know: keep the catalogs' review status.
	@for l in my km th; do f=locales/$$l/LC_MESSAGES/messages.po; \
	  grep -q 'X-Review-Status' $$f || sed -i '0,/"Generated-By: /s//"X-Review-Status: draft\\n"\n"Generated-By: /' $$f; done

init-lang: extract  # make init-lang LANG_CODE=shn
	$(VENV)/bin/pybabel init -i locales/messages.pot -d locales -D messages -l $(LANG_CODE)

# --- checks ----------------------------------------------------------------------------------
lint: $(STAMP_VENV)
	$(VENV)/bin/ruff check bot tests bench
	$(VENV)/bin/ruff format --check bot tests bench

# The layers and the other import contracts in pyproject.toml ([tool.importlinter]).
imports: $(STAMP_VENV)
	$(VENV)/bin/lint-imports --no-logo

typecheck: $(STAMP_VENV)
	$(VENV)/bin/mypy

content-check: $(STAMP_VENV)
	$(PY) -m bot content check

# Also runs `alembic check` on SQLite and on this PostgreSQL (tests/storage/test_alembic_check.py).
pytest: $(STAMP_VENV) translations nlu-model
	HYPOTHESIS_PROFILE=ci DATABASE_URL_TEST_PG="$$(bash scripts/pg-test-server.sh)" \
	  $(PY) -m pytest -q $(PYTEST_ARGS)

test: lint imports typecheck content-check nlu-test pytest

clean:
	rm -rf $(VENV) $(NLU_VENV) models var $(MO)
