# Every command runs through the project's own virtualenv, bootstrapped from pyproject.toml.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON_BOOT ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# The virtualenv is rebuilt when pyproject.toml changes (or was never built).
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON_BOOT) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=25.1"
	@$(PY) -m pip install --quiet --disable-pip-version-check --group dev -e .
	@touch $@

.PHONY: venv
venv: $(STAMP) ## Create or refresh .venv from pyproject.toml

.PHONY: help
help: ## Show this help
	@grep -hE '^[a-z][a-zA-Z_-]*:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

.PHONY: gen
gen: $(STAMP) ## Raw docs -> specs/*.yaml -> generated/<family>/ (only what changed)
	@$(PY) -m codegen gen

.PHONY: import-check
import-check: $(STAMP) ## Import every doc in DOCS=DIR: one line per doc (rendering, route, examples, verdict), a total
	@test -n "$(DOCS)" || { echo "usage: make import-check DOCS=DIR"; exit 2; }
	@$(PY) -m codegen import --check $(DOCS)

# The whole suite on every core (pytest-xdist). Tests marked slow are collected first (tests/conftest.py);
# worksteal hands each worker a contiguous share of the list, in order, and an idle worker takes tests from the
# end of a busy one's share: the slow tests start at once, tests that share a module fixture mostly share a worker,
# and no worker is left alone with a long test at the end. (--dist loadgroup would pin groups to a worker, but
# with pytest 9.2 it silently stops grouping: pytest-dev/pytest-xdist#1386.)
# The tests start the command, the generator and the mock in hundreds of subprocesses: the checkout's code is
# byte-compiled first (into __pycache__, which git ignores), so none of them compiles it from source again, even
# where PYTHONDONTWRITEBYTECODE keeps Python from writing the bytecode itself.
TEST_JOBS ?= auto
.PHONY: test
test: $(STAMP) ## Run the whole test suite in parallel (TEST_JOBS=auto)
	@$(PY) -m compileall -q adapters codegen generated tests bench
	@$(PY) -m pytest -n $(TEST_JOBS) --dist worksteal --durations=15

.PHONY: test-fast
test-fast: $(STAMP) ## The suite without the tests marked slow, in parallel
	@$(PY) -m compileall -q adapters codegen generated tests bench
	@$(PY) -m pytest -n $(TEST_JOBS) --dist worksteal -m "not slow"

.PHONY: demo
demo: $(STAMP) ## Create, wait on and download a task on every submit route against a local MockGateway (no network)
	@$(VENV)/bin/videotask demo

.PHONY: contract
contract: $(STAMP) ## Check live tasks (VIDEOTASK_CONTRACT_TASKS=family:id,...) strictly; skipped without a gateway
	@$(VENV)/bin/videotask contract

.PHONY: bench
bench: $(STAMP) ## Speed as ratios against baselines run alongside; writes bench/RESULTS.md
	@$(PY) bench/run.py

.PHONY: reliability
reliability: $(STAMP) ## Fault matrix, fuzzing, secret scan and 10,000 waits under faults, counted
	@VIDEOTASK_FUZZ_EXAMPLES=$${VIDEOTASK_FUZZ_EXAMPLES:-1000} $(PY) -m tests.reliability.report

.PHONY: lint
lint: $(STAMP) ## ruff lint and format check
	@$(PY) -m ruff check .
	@$(PY) -m ruff format --check .

.PHONY: typecheck
typecheck: $(STAMP) ## mypy --strict on adapters and codegen
	@$(PY) -m mypy

.PHONY: drift
drift: $(STAMP) ## Regenerate everything from scratch; fail if the tree changes
	@$(PY) -m codegen gen --force
	@changes=$$(git status --porcelain); if [ -n "$$changes" ]; then \
		echo "drift: regenerating changed the tree (commit the output of 'make gen'):"; echo "$$changes"; exit 1; fi

.PHONY: changes
changes: $(STAMP) ## Breaking spec changes since specs/CHANGELOG.md began must be listed in it
	@$(PY) -m codegen changes --check

.PHONY: check
check: lint typecheck drift changes ## Lint, type-check, the drift check and the breaking-change check

.PHONY: fmt
fmt: $(STAMP) ## Format and autofix the hand-written code
	@$(PY) -m ruff check --fix .
	@$(PY) -m ruff format .

.PHONY: clean
clean: ## Remove caches (keeps .venv)
	@rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis
