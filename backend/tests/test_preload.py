"""The hooks gunicorn runs around each fork of a master that built the app (gunicorn.conf.py, preload)."""

from __future__ import annotations

import gc
import threading

from flask import Flask

from taskforge.extensions import db
from taskforge.metrics import DB_POOL_SIZE
from taskforge.serving import after_fork, before_fork


def test_after_fork_gives_the_worker_a_pool_of_its_own_and_its_pool_gauge(base_app):
    with base_app.app_context():
        inherited = db.engine.pool
    DB_POOL_SIZE.set(0)

    after_fork(base_app)

    with base_app.app_context():
        assert db.engine.pool is not inherited
        assert DB_POOL_SIZE._value.get() == db.engine.pool.size() > 0


def test_after_fork_leaves_other_wsgi_apps_alone():
    after_fork(Flask("floor"))  # the bench's bare-Flask floor is served with the same gunicorn.conf.py
    after_fork(object())


def test_before_fork_lets_pending_timers_run_first():
    ran = threading.Event()
    timer = threading.Timer(0.05, ran.set)
    timer.start()

    try:
        before_fork()
        assert ran.is_set()
        assert gc.get_freeze_count() > 0  # what the master built stays out of the workers' collections
    finally:
        gc.unfreeze()  # this test process goes on collecting as before
