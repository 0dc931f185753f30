"""gunicorn settings for TaskForge; every value can be overridden from the environment."""

import glob
import logging
import multiprocessing
import os
import shutil
import sys
import tempfile

from gunicorn.glogging import Logger

_SHM = "/dev/shm"  # noqa: S108 - tmpfs: gunicorn's documented heartbeat location, not a temp file
_HAS_SHM = os.path.isdir(_SHM)

# Metrics from every worker are added up through files in this directory. It must be set before anything
# imports prometheus_client, and before the workers fork: here, when the master reads this file.
_METRICS_DIR_OWNED = "TASKFORGE_METRICS_DIR_OWNED"
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    _dir = tempfile.mkdtemp(prefix="taskforge-metrics-", dir=_SHM if _HAS_SHM else None)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = os.environ[_METRICS_DIR_OWNED] = _dir

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '5000')}"  # noqa: S104 - containers listen on all interfaces
# Two servers run from this file (docs/performance.md, step 7). The API server's default is gunicorn's sync
# worker: one request at a time per process, no greenlet switching or cooperative waits, and measured 7-35%
# faster than gevent on every uncached path with half the p99. The events server (GET /api/events, a stream
# held open for as long as a browser tab is) sets GUNICORN_WORKER_CLASS=gevent: every connection a greenlet,
# so a held stream costs a little memory, not a worker. PostgreSQL waits are made cooperative there with
# psycogreen (post_worker_init), Redis and SMTP sockets by gevent's patching. `make run` and the end-to-end
# suite serve everything from one gevent server.
_WORKER_CLASSES = {"gevent": "taskforge.serving.DrainingGeventWorker"}
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
worker_class = _WORKER_CLASSES.get(worker_class, worker_class)
_GEVENT = "gevent" in worker_class.lower()
# A sync worker held by an event stream would serve nothing else until gunicorn's timeout killed it: there,
# GET /api/events answers 503 (production routes it to the events server, never to the API).
os.environ.setdefault("EVENT_STREAMS", "on" if _GEVENT else "off")
# The master imports the app once and forks its workers from it, so they share its memory (code, modules,
# everything built at start) instead of each importing it again; GUNICORN_PRELOAD=false turns it off.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() not in {"false", "0", "no"}
if _GEVENT:
    import warnings

    from gevent import monkey
    from gevent.monkey import MonkeyPatchWarning

    # gunicorn imports ssl before its gevent worker patches the standard library (its documented set-up);
    # the warning would be a non-JSON line in the logs.
    warnings.filterwarnings("ignore", category=MonkeyPatchWarning)
    if preload_app:
        # The app is imported here, in the master: it must see the patched standard library (its locks,
        # sockets, threads) that its workers run with. The workers patch again, which changes nothing.
        monkey.patch_all()
# One worker per core: a sync worker keeps its core busy while the backlog queues the rest, a gevent worker
# serves many connections at once, and more processes than cores only add memory and switching (measured in
# docs/performance.md).
workers = int(os.environ.get("WEB_CONCURRENCY", str(multiprocessing.cpu_count())))
worker_connections = int(os.environ.get("GUNICORN_WORKER_CONNECTIONS", "1000"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# SIGTERM: stop accepting, let in-flight requests finish for up to this long, then exit. Kubernetes' grace
# period must exceed preStop + graceful_timeout.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "25"))
# Above the AWS ALB's 60 s idle timeout, so the load balancer closes idle connections first.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "75"))
# Heartbeat files on tmpfs, so a slow disk never makes the arbiter think a worker hung.
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR", _SHM if _HAS_SHM else None)
control_socket_disable = True
# The app writes one JSON access line per request (taskforge.logs); gunicorn's own lines are JSON too.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "0"))


class JsonGunicornLogger(Logger):
    """gunicorn's own messages (boot, signals, worker exits and timeouts) as the app's JSON lines on stdout.

    It imports taskforge in the master, so SIGHUP reloads settings and workers but not TaskForge's code:
    deploy by restarting (Kubernetes replaces the pods).
    """

    def setup(self, cfg):
        super().setup(cfg)
        from taskforge.logs import json_handler

        for handler in self.error_log.handlers:
            if getattr(handler, "_gunicorn", False):
                json_handler(handler)
                if isinstance(handler, logging.StreamHandler) and handler.stream is sys.stderr:
                    handler.setStream(sys.stdout)


logger_class = JsonGunicornLogger


def on_starting(server):
    """Drop the files of a previous run (an emptyDir survives container restarts): counters start at zero."""
    for stale in glob.glob(os.path.join(os.environ["PROMETHEUS_MULTIPROC_DIR"], "*.db")):
        os.remove(stale)


def pre_fork(server, worker):
    if preload_app:
        from taskforge.serving import before_fork

        before_fork()


def post_fork(server, worker):
    # Until the worker sets its own signal handlers, a signal goes to the master's (inherited), into this copy
    # of its queue: post_worker_init looks there.
    worker.signals_before_init = server.SIG_QUEUE
    if preload_app:
        from taskforge.serving import after_fork

        after_fork(worker.app.wsgi())


def post_worker_init(worker):
    """A stop signal that came while the worker booted is acted on; in a gevent worker (patched by gunicorn
    before the app loaded), psycopg2 must yield while it waits."""
    from taskforge.serving import honour_early_stop

    honour_early_stop(worker, getattr(worker, "signals_before_init", None))
    if _GEVENT:
        from psycogreen.gevent import patch_psycopg

        patch_psycopg()


def child_exit(server, worker):
    """A dead worker's gauges leave the live sums; its counters stay in the totals."""
    from prometheus_flask_exporter.multiprocess import GunicornInternalPrometheusMetrics

    GunicornInternalPrometheusMetrics.mark_process_dead_on_child_exit(worker.pid)


def on_exit(server):
    """Remove the metrics directory if this file made it."""
    owned = os.environ.get(_METRICS_DIR_OWNED)
    if owned and owned == os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        shutil.rmtree(owned, ignore_errors=True)
