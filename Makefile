# mxgateway developer commands. Every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv demo test check lint type proto proto-check wheel clean bench bench-quick reliability

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "mxgateway needs Python >= 3.11, found " + sys.version.split()[0]'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: venv
	$(BIN)/python -m compileall -q mxgateway >/dev/null
	$(BIN)/mxgw-py demo

# Byte-compile first: with PYTHONDONTWRITEBYTECODE set (as in many CI images) every process
# the tests start would otherwise compile the generated code again (about 0.5 s each).
# Pytest exit 5 (nothing collected) is a failure, never a pass.
test: venv
	$(BIN)/python -m compileall -q mxgateway benchmarks scripts >/dev/null
	$(BIN)/python -m pytest -q; code=$$?; \
	if [ $$code -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; exit $$code

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

type: venv
	$(BIN)/mypy

check: lint type proto-check test

proto: venv
	$(BIN)/python scripts/genproto.py

proto-check: venv
	$(BIN)/python scripts/proto_check.py

wheel: venv
	$(BIN)/python -m pip wheel . --no-deps --wheel-dir dist

bench: venv
	$(BIN)/python -m benchmarks

bench-quick: venv
	$(BIN)/python -m benchmarks --quick

reliability: venv
	$(BIN)/python -m pytest -q -m slow tests/reliability

clean:
	rm -rf $(VENV) dist build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
