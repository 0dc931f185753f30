# TaskForge: the one entry point. `make run` serves the app; `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
BACKEND := backend
VENV := $(BACKEND)/.venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
OPS_VENV := .venv-ops
OPS_STAMP := $(OPS_VENV)/.installed
CHECKOV_VENV := .venv-checkov
CHECKOV_STAMP := $(CHECKOV_VENV)/.installed
# Each area's checks run in their own pytest process (their helper modules share names like conftest).
DELIVERY_TESTS := kubernetes/tests infrastructure/tests monitoring/tests tests
FRONTEND := frontend
NPM_STAMP := $(FRONTEND)/node_modules/.installed
SPA := $(FRONTEND)/dist/index.html
SPA_SOURCES := $(shell find $(FRONTEND)/src $(FRONTEND)/public -type f 2>/dev/null) \
	$(addprefix $(FRONTEND)/,index.html vite.config.ts tsconfig.json tsconfig.app.json package-lock.json)
PORT ?= 5000
HOST ?= 127.0.0.1
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# Playwright drives Debian's Chromium: never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: help install install-test install-frontend chromium build-frontend run migrate test test-backend \
	test-frontend e2e api-types test-delivery install-ops promtool backup-restore-check lint lint-backend lint-delivery lint-frontend kubernetes-environment format typecheck typecheck-backend \
	typecheck-frontend services lock clean bench bench-compare wrk

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-19s %s\n", $$1, $$2}'

$(STAMP): $(BACKEND)/pyproject.toml $(BACKEND)/constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c $(BACKEND)/constraints.txt -e '$(BACKEND)'
	touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -c $(BACKEND)/constraints.txt -e '$(BACKEND)[test]'
	touch $@

install: $(STAMP) ## Create the virtualenv and install the pinned runtime dependencies

install-test: $(TEST_STAMP) ## Also install the pinned test and lint tools

$(NPM_STAMP): $(FRONTEND)/package.json $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

install-frontend: $(NPM_STAMP) ## Install the SPA's locked npm packages (npm ci)

$(OPS_STAMP): .ci/ops-requirements.txt
	test -x $(OPS_VENV)/bin/python || $(PYTHON) -m venv $(OPS_VENV)
	$(OPS_VENV)/bin/pip install --quiet -r .ci/ops-requirements.txt
	touch $@

$(CHECKOV_STAMP): .ci/checkov-requirements.txt
	test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/pip install --quiet -r .ci/checkov-requirements.txt
	touch $@

install-ops: $(OPS_STAMP) $(CHECKOV_STAMP) promtool ## Install the delivery checks' tools (kubectl, kubernetes-validate, hadolint, actionlint, checkov, promtool, ...)

promtool: ## Install Debian's Prometheus for promtool (if it is missing)
	@command -v promtool >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends prometheus; }

wrk: ## Install Debian's wrk for the benchmark and its smoke test (if it is missing)
	@command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }

chromium: ## Install Debian's Chromium for the end-to-end tests (if it is missing)
	@command -v chromium >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

$(SPA): $(NPM_STAMP) $(SPA_SOURCES)
	cd $(FRONTEND) && npm run build --silent
	touch $@

build-frontend: $(SPA) ## Build the SPA into frontend/dist (Flask serves it at /)

migrate: install ## Apply the database migrations (flask db upgrade)
	cd $(BACKEND) && .venv/bin/flask --app wsgi db upgrade

# The reminder worker runs beside the web server; both stop together (Ctrl-C, SIGTERM, or either one exiting).
# One gevent server serves the API and the event streams alike here (production runs them as two servers).
run: migrate $(SPA) ## Serve TaskForge at http://127.0.0.1:5000 (gunicorn + the reminder worker; SQLite unless DATABASE_URL is set)
	cd $(BACKEND) && export HOST=$(HOST) PORT=$(PORT) GUNICORN_WORKER_CLASS=$${GUNICORN_WORKER_CLASS:-gevent} && { \
	  .venv/bin/flask --app wsgi worker & worker=$$!; \
	  .venv/bin/gunicorn -c gunicorn.conf.py wsgi:app & web=$$!; \
	  trap 'kill -TERM $$web $$worker 2>/dev/null' INT TERM; \
	  wait -n $$web $$worker; status=$$?; \
	  kill -TERM $$web $$worker 2>/dev/null; wait $$web $$worker; exit $$status; }

services: ## Make sure the local PostgreSQL and Redis used by the tests are running
	@bash .ci/services.sh

lint: lint-backend lint-delivery lint-frontend ## Lint everything (ruff, eslint)

lint-backend: install-test ## ruff (lint + format check)
	cd $(BACKEND) && .venv/bin/ruff check . && .venv/bin/ruff format --check .

# The delivery tests and deploy scripts outside backend/ (ruff.toml extends the backend's rules).
DELIVERY_PYTHON := kubernetes infrastructure monitoring tests scripts

lint-delivery: install-test ## ruff (lint + format check) on the delivery tests and deploy scripts
	$(BIN)/ruff check $(DELIVERY_PYTHON) && $(BIN)/ruff format --check $(DELIVERY_PYTHON)

lint-frontend: $(NPM_STAMP) ## eslint (type-aware, a11y, hooks) on the SPA
	cd $(FRONTEND) && npm run lint --silent

format: install-test ## Format the backend with ruff
	cd $(BACKEND) && .venv/bin/ruff check --fix . && .venv/bin/ruff format .

typecheck: typecheck-backend typecheck-frontend ## Type-check everything (mypy --strict, tsc strict)

typecheck-backend: install-test ## mypy --strict on the taskforge package
	cd $(BACKEND) && .venv/bin/mypy taskforge

typecheck-frontend: $(NPM_STAMP) ## tsc (strict) on the SPA, its tests and configs
	cd $(FRONTEND) && npm run typecheck --silent

api-types: install $(NPM_STAMP) ## Regenerate the SPA's API types from the backend's OpenAPI document
	cd $(FRONTEND) && npm run api:types --silent

# The tests that start real processes and time them (marked slow) run alone after the rest, which run in
# TEST_WORKERS processes, each on a database of its own; coverage adds both runs up before the gate.
TEST_WORKERS ?= 2
test-backend: install-test services wrk ## Backend tests on PostgreSQL with the coverage gate (and BENCH_QUICK's smoke run)
	cd $(BACKEND) && .venv/bin/pytest -m "not slow" -n $(TEST_WORKERS) --dist load \
	  --cov --cov-report= --cov-fail-under=0
	cd $(BACKEND) && .venv/bin/pytest -m slow --cov --cov-append --cov-report=term

test-frontend: install $(NPM_STAMP) chromium services ## SPA: API types drift check, unit tests, build, end-to-end in Chromium
	cd $(FRONTEND) && npm run api:check --silent
	cd $(FRONTEND) && npm test --silent
	$(MAKE) --no-print-directory build-frontend
	$(MAKE) --no-print-directory e2e

e2e: install $(NPM_STAMP) chromium services $(SPA) ## Playwright in Chromium against the real backend on PostgreSQL
	cd $(FRONTEND) && CI=1 npx playwright test

test-delivery: install install-ops services ## Images, compose, Kustomize, Terraform, workflows, monitoring, backup/restore: validated offline
	@for suite in $(DELIVERY_TESTS); do \
	  echo "pytest $$suite"; \
	  PATH="$(CURDIR)/$(OPS_VENV)/bin:$$PATH" CHECKOV="$(CURDIR)/$(CHECKOV_VENV)/bin/checkov" \
	    $(OPS_VENV)/bin/pytest -q $$suite || exit 1; \
	done

kubernetes-environment: ## ENV=staging|production: write the overlay's environment.env from Terraform's SSM parameter (AWS CLI + credentials)
	@test -n "$(ENV)" || (echo "usage: make kubernetes-environment ENV=staging|production" >&2; exit 2)
	aws ssm get-parameter --with-decryption --name "/taskforge/$(ENV)/kubernetes-environment" \
	  --query Parameter.Value --output text | python3 kubernetes/write-environment.py "$(ENV)"

backup-restore-check: install services ## Dump a seeded database, restore it into a fresh one, compare row counts and checksums
	bash scripts/backup-restore-check.sh

test: lint typecheck test-backend test-frontend test-delivery ## Everything: lint, types and every test

bench: install-test services wrk ## Benchmark against a bare-Flask floor; writes docs/benchmarks.md (BENCH_QUICK=1: smoke)
	cd $(BACKEND) && .venv/bin/python -m bench.run

bench-compare: install-test services wrk ## This checkout against BASE=<another checkout with backend/.venv>, alternately
	@test -n "$(BASE)" || (echo "usage: make bench-compare BASE=/path/to/other/checkout" >&2; exit 2)
	cd $(BACKEND) && .venv/bin/python -m bench.compare $(abspath $(BASE))

lock: ## Re-resolve the dependencies into backend/constraints.txt
	rm -rf /tmp/taskforge-lock && $(PYTHON) -m venv /tmp/taskforge-lock
	/tmp/taskforge-lock/bin/pip install --quiet '$(BACKEND)[test]'
	/tmp/taskforge-lock/bin/pip freeze --exclude taskforge > $(BACKEND)/constraints.txt

clean: ## Remove the virtualenv and caches
	rm -rf $(VENV) $(BACKEND)/.pytest_cache $(BACKEND)/.mypy_cache $(BACKEND)/.ruff_cache $(BACKEND)/.coverage
	rm -rf $(OPS_VENV) $(CHECKOV_VENV)
	rm -rf $(FRONTEND)/node_modules $(FRONTEND)/dist $(FRONTEND)/test-results $(FRONTEND)/playwright-report
