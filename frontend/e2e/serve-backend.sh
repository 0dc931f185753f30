#!/usr/bin/env bash
# Serves the built SPA and the real API for the end-to-end suite: gunicorn (the production server) on a fresh
# PostgreSQL database, with Redis for the cache and the live-update doorbell, and the reminder worker beside it.
set -euo pipefail
cd "$(dirname "$0")/../../backend"

database="${E2E_DATABASE:-taskforge_e2e}"
psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -U postgres -d postgres \
  -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" -c "CREATE DATABASE \"$database\""

export DATABASE_URL="postgresql+psycopg2://postgres@127.0.0.1:5432/$database"
export REDIS_URL="${E2E_REDIS_URL:-redis://127.0.0.1:6379/5}"
# The database starts empty, so user ids start again at 1: the cache of an earlier run must go with it.
.venv/bin/python -c 'import os, redis; redis.Redis.from_url(os.environ["REDIS_URL"]).flushdb()'
export FRONTEND_DIST="$(cd ../frontend && pwd)/dist"
export HOST=127.0.0.1 PORT="${E2E_PORT:-5180}" WEB_CONCURRENCY=2
# One server for the API and the event streams, as `make run` (production routes /api/events to its own).
export GUNICORN_WORKER_CLASS=gevent
# Every scenario registers its own users from one address: the production limits would refuse the suite.
export REGISTER_RATE_LIMIT=1000/hour LOGIN_RATE_LIMIT=1000/hour LOGIN_ACCOUNT_RATE_LIMIT=1000/hour

# With E2E_SMTP_DIR, a mail server on loopback writes every email the worker sends into that directory
# (e2e/smtp-sink.py), for the specs that follow emailed links; without it the server sends no email.
sink=
if [[ -n "${E2E_SMTP_DIR:-}" ]]; then
  smtp_port="${E2E_SMTP_PORT:-$((PORT + 20000))}"
  .venv/bin/python ../frontend/e2e/smtp-sink.py "$smtp_port" "$E2E_SMTP_DIR" &
  sink=$!
  export SMTP_URL="smtp://127.0.0.1:$smtp_port" PUBLIC_URL="http://127.0.0.1:$PORT" WORKER_POLL_SECONDS=0.3
fi

.venv/bin/flask --app wsgi db upgrade >/dev/null
.venv/bin/flask --app wsgi worker &
worker=$!
.venv/bin/gunicorn -c gunicorn.conf.py wsgi:app &
web=$!
trap 'kill -TERM $web $worker $sink 2>/dev/null; wait $web $worker $sink' INT TERM EXIT
wait -n $web $worker $sink
