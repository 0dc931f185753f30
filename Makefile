# TaskForge: the one entry point. `make run` serves the app; `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
BACKEND := backend
VENV := $(BACKEND)/.venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
PORT ?= 5000
HOST ?= 127.0.0.1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help install install-test run migrate test test-backend lint format typecheck services lock clean bench

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): $(BACKEND)/pyproject.toml $(BACKEND)/constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c $(BACKEND)/constraints.txt -e '$(BACKEND)'
	touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -c $(BACKEND)/constraints.txt -e '$(BACKEND)[test]'
	touch $@

install: $(STAMP) ## Create the virtualenv and install the pinned runtime dependencies

install-test: $(TEST_STAMP) ## Also install the pinned test and lint tools

migrate: install ## Apply the database migrations (flask db upgrade)
	cd $(BACKEND) && .venv/bin/flask --app wsgi db upgrade

# The reminder worker runs beside the web server; both stop together (Ctrl-C, SIGTERM, or either one exiting).
run: migrate ## Serve TaskForge at http://127.0.0.1:5000 (gunicorn + the reminder worker; SQLite unless DATABASE_URL is set)
	cd $(BACKEND) && export HOST=$(HOST) PORT=$(PORT) && { \
	  .venv/bin/flask --app wsgi worker & worker=$$!; \
	  .venv/bin/gunicorn -c gunicorn.conf.py wsgi:app & web=$$!; \
	  trap 'kill -TERM $$web $$worker 2>/dev/null' INT TERM; \
	  wait -n $$web $$worker; status=$$?; \
	  kill -TERM $$web $$worker 2>/dev/null; wait $$web $$worker; exit $$status; }

services: ## Make sure the local PostgreSQL and Redis used by the tests are running
	@bash .ci/services.sh

lint: install-test ## ruff (lint + format check)
	cd $(BACKEND) && .venv/bin/ruff check . && .venv/bin/ruff format --check .

format: install-test ## Format the backend with ruff
	cd $(BACKEND) && .venv/bin/ruff check --fix . && .venv/bin/ruff format .

typecheck: install-test ## mypy --strict on the taskforge package
	cd $(BACKEND) && .venv/bin/mypy taskforge

test-backend: install-test services ## Backend tests on PostgreSQL with the coverage gate
	cd $(BACKEND) && .venv/bin/pytest --cov --cov-report=term

test: lint typecheck test-backend ## Everything: lint, types and every test

bench: install-test services ## Benchmark against a bare-Flask floor; writes docs/benchmarks.md (BENCH_QUICK=1: smoke)
	command -v wrk >/dev/null || (apt-get update && apt-get install -y wrk)
	cd $(BACKEND) && .venv/bin/python -m bench.run

lock: ## Re-resolve the dependencies into backend/constraints.txt
	rm -rf /tmp/taskforge-lock && $(PYTHON) -m venv /tmp/taskforge-lock
	/tmp/taskforge-lock/bin/pip install --quiet '$(BACKEND)[test]'
	/tmp/taskforge-lock/bin/pip freeze --exclude taskforge > $(BACKEND)/constraints.txt

clean: ## Remove the virtualenv and caches
	rm -rf $(VENV) $(BACKEND)/.pytest_cache $(BACKEND)/.mypy_cache $(BACKEND)/.ruff_cache $(BACKEND)/.coverage
