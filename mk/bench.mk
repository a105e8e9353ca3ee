# `make bench`: issue 11's whole-bot load benchmark (bench/). The bot as its own process against
# the fake Bot API of tests/fakes and the real Rasa on the newest model; PostgreSQL (its own
# database, bot_bench) for the multi-instance scenario. Prints a table per scenario and the load
# average; figures taken while the load is above 1 are flagged and do not count.
#   make bench                                  everything, full size (minutes; see docs/benchmarks.md)
#   make bench BENCH_ARGS="--scenario burst --scale 0.1"
.PHONY: bench

BENCH_DB ?= bot_bench

bench: $(STAMP_VENV) translations nlu-model
	BENCH_PG_URL="$$(bash scripts/pg-test-server.sh | sed 's#/[^/]*$$#/$(BENCH_DB)#')" \
	  $(PY) -m bench $(BENCH_ARGS)
