# The long exploration of the property tests (issue 10). `make test` runs them under the `ci`
# profile (tests/conftest.py: derandomized, the same examples every run); this runs them under
# `fuzz`: random, 40 times the examples (PROPERTY_EXAMPLES_FACTOR=N to choose), over 100,000 in
# all. It prints each test's statistics and the total; the log stays in var/fuzz.log.
# Included by the main Makefile (which defines PY and STAMP_VENV).

FUZZ_TESTS := tests/properties tests/outbox/test_outbox_property.py tests/language/test_normalise.py

.PHONY: fuzz

fuzz: $(STAMP_VENV)
	@mkdir -p var
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q -p no:cacheprovider --hypothesis-show-statistics \
	  $(FUZZ_TESTS) $(PYTEST_ARGS) 2>&1 | tee var/fuzz.log; status=$${PIPESTATUS[0]}; \
	  awk '/ passing, / {n += $$2; f += $$4} END {printf "fuzz: %d examples passed, %d failed\n", n, f}' \
	  var/fuzz.log; exit $$status
