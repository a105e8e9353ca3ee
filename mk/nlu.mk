# The Rasa NLU side: its own Python 3.10 venv, training, tests and the figures of issue 4.
# Included by the main Makefile (which defines VENV, PY and STAMP_VENV).

NLU_VENV := .venv-nlu
NLU_PY := $(NLU_VENV)/bin/python
NLU_STAMP := $(NLU_VENV)/.stamp
RASA := $(NLU_VENV)/bin/rasa
NLU_MODEL_STAMP := models/.nlu-trained
NLU_TRAIN_DATA := $(sort $(wildcard nlu/data/train/*.yml))
NLU_COMPONENTS := $(sort $(wildcard nlu/components/*.py))
NLU_KEEP_MODELS := 3
SIB200 ?= ../shared/benchmarks/sib-200

# Python 3.10: a pyenv install first (the shim alone may point nowhere), then PATH.
PYENV_DIR := $(or $(PYENV_ROOT),$(HOME)/.pyenv)
NLU_PYTHON ?= $(or $(lastword $(sort $(wildcard $(PYENV_DIR)/versions/3.10.*/bin/python3.10))),$(shell command -v python3.10 2>/dev/null))

export RASA_TELEMETRY_ENABLED := false
# Rasa's training cache goes with the other run-time files, not into the work tree.
export RASA_CACHE_DIRECTORY := var/rasa-cache
export TF_CPP_MIN_LOG_LEVEL := 3

.PHONY: nlu-venv nlu-model nlu-test nlu-eval nlu-bench nlu-perf nlu-zawgyi nlu-sources nlu-sib-trials nlu-sib-cv

nlu-venv: $(NLU_STAMP)

$(NLU_STAMP): nlu/requirements.txt
	@test -n "$(NLU_PYTHON)" && "$(NLU_PYTHON)" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null || { \
	  echo "Rasa 3.6 needs Python 3.10, which was not found (looked in $(PYENV_DIR)/versions/3.10.* and PATH)."; \
	  echo "Install it with 'pyenv install 3.10' (or 'apt-get install python3.10 python3.10-venv'),"; \
	  echo "or name one: make NLU_PYTHON=/path/to/python3.10"; exit 1; }
	"$(NLU_PYTHON)" -m venv $(NLU_VENV)
	$(NLU_PY) -m pip install -q --no-deps -r nlu/requirements.txt
	$(NLU_PY) -m pip check
	touch $@

# Retrains only when the pipeline, the training data, the components or the venv changed.
nlu-model: $(NLU_MODEL_STAMP)

$(NLU_MODEL_STAMP): config.yml $(NLU_TRAIN_DATA) $(NLU_COMPONENTS) $(NLU_STAMP)
	@mkdir -p models var
	$(RASA) train nlu --config config.yml --nlu nlu/data/train --out models --quiet
	@ls -t models/*.tar.gz | tail -n +$$(($(NLU_KEEP_MODELS) + 1)) | xargs -r rm -f
	touch $@

nlu-test: $(NLU_STAMP)
	PYTHONPATH=. $(NLU_PY) -m pytest -c nlu/tests/pytest.ini -q nlu/tests

# The Zawgyi form of every Burmese development and held-out message (regenerate when the
# Unicode files change).
ZAWGYI_SETS := nlu/heldout/my_zawgyi.yml nlu/dev/my_zawgyi.yml \
  nlu/heldout/my_near_domain_zawgyi.yml nlu/dev/my_near_domain_zawgyi.yml \
  nlu/dev/my_near_domain_dev_zawgyi.yml nlu/dev/my_i12m_dev_zawgyi.yml \
  nlu/dev/my_i12m_words_dev_zawgyi.yml nlu/dev/my_i12m_words2_dev_zawgyi.yml \
  nlu/dev/my_m3_intro_dev_zawgyi.yml nlu/dev/my_m3_passport_dev_zawgyi.yml \
  nlu/dev/my_s14_leave_dev_zawgyi.yml nlu/dev/my_s15_findings_dev_zawgyi.yml \
  nlu/dev/my_i52_dev_zawgyi.yml
nlu-zawgyi: $(ZAWGYI_SETS)

nlu/%_zawgyi.yml: nlu/%.yml nlu/tools/make_zawgyi_heldout.py $(STAMP_VENV)
	$(PY) nlu/tools/make_zawgyi_heldout.py $< $@

# Romanised Burmese and Khmer, near-domain out-of-scope questions and two-problem messages:
# training, development and held-out files from the hand-written nlu/data/sources.
nlu-sources: $(STAMP_VENV)
	$(PY) nlu/tools/build_from_sources.py nlu/data/sources nlu

# Trains the project's and Rasa's default pipeline on nlu/data/train, chooses the threshold on
# nlu/dev, and reports on nlu/heldout. The project model's parses stay in var/nlu-parses.json:
# after a retrain, `$(PY) nlu/tools/choose_second.py` refits the second-problem rule from them
# (bot/nlu/topics.py).
nlu-eval: $(NLU_STAMP) $(STAMP_VENV) $(ZAWGYI_SETS)
	$(PY) nlu/tools/eval.py --rasa $(RASA) --config config.yml \
	  --baseline nlu/data/default_pipeline.yml --train nlu/data/train --dev nlu/dev \
	  --heldout nlu/heldout --cache var/nlu-parses.json

# SIB-200 (external check): both pipelines on mya_Mymr, khm_Khmr, eng_Latn.
nlu-bench: $(NLU_STAMP)
	nice -n 10 $(NLU_PY) nlu/tools/bench_sib200.py --sib200 $(SIB200) \
	  --config config.yml --baseline nlu/data/default_pipeline.yml

# Cheap classifier settings for SIB-200 Khmer, chosen on dev.tsv, the best scored on test.tsv.
nlu-sib-trials: $(NLU_STAMP)
	nice -n 10 $(NLU_PY) nlu/tools/sib_trials.py --sib200 $(SIB200) --config config.yml \
	  --languages khm_Khmr

# The same settings and more by 5-fold cross-validation over train.tsv + dev.tsv (seeds 0-2),
# then a table; `$(NLU_PY) nlu/tools/sib_cv.py ... --test NAME` scores the chosen one on test.
nlu-sib-cv: $(NLU_STAMP)
	for seed in 0 1 2; do nice -n 10 $(NLU_PY) nlu/tools/sib_cv.py --sib200 $(SIB200) \
	  --config config.yml --seed $$seed || exit 1; done
	$(NLU_PY) nlu/tools/sib_cv.py --sib200 $(SIB200) --config config.yml --summary

# Latency, throughput, RSS and load time through the bot's client, on the current model.
nlu-perf: $(NLU_MODEL_STAMP) $(STAMP_VENV)
	$(PY) nlu/tools/perf.py --rasa $(RASA) --models models --config config.yml
