# Everything a fresh machine needs, from nothing: `make demo` and `make test`.
PYTHON_BOOT ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install postgres mariadb chromium demo test lint typecheck unit clean bench bench-quick mutate

$(STAMP): pyproject.toml tests/plugins/cloud_database/pyproject.toml
	$(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[all,dev]' -e tests/plugins/cloud_database
	touch $(STAMP)

install: $(STAMP)

lint: install
	$(PY) -m ruff check src tests examples benchmarks
	$(PY) -m ruff format --check src tests examples benchmarks

typecheck: install
	$(PY) -m mypy

# PostgreSQL server binaries for the database store's tests (installed when missing and root).
postgres:
	bash scripts/postgres.sh

# MariaDB server binaries for the database store's MySQL/MariaDB tests (installed when missing and root).
mariadb:
	bash scripts/mariadb.sh

# Chromium for the web UI's browser tests (installed when missing and root).
chromium:
	bash scripts/chromium.sh

# Two workers: CI has two cores, and every session server (PostgreSQL, MariaDB, S3) starts once per worker.
PYTEST_ARGS ?= -n 2

unit: install postgres mariadb chromium
	$(PY) -m pytest $(PYTEST_ARGS)

test: lint typecheck unit

demo: install
	$(PY) examples/demo.py

# Benchmarks against runnable 0.50 and the physical floor (benchmarks/README.md). The full mode takes long.
bench: install postgres
	$(PY) benchmarks/run.py

bench-quick: install postgres
	$(PY) benchmarks/run.py --quick

# Mutation testing on demand, never in CI (docs/testing.md). MUTANTS narrows the run to mutant names
# (globs, e.g. MUTANTS='runnable.models.*'); results stay in mutants/ and later runs resume from them.
MUTANTS ?=
MUTATE_JOBS ?= 2
$(VENV)/.mutation: $(STAMP)
	$(PY) -m pip install --quiet -e '.[mutation]'
	touch $@

mutate: $(VENV)/.mutation
	$(VENV)/bin/mutmut run --max-children $(MUTATE_JOBS) $(MUTANTS)
	$(VENV)/bin/mutmut results

clean:
	rm -rf $(VENV) .run_log_store .catalog .pytest_cache .mypy_cache .ruff_cache test-artifacts mutants
