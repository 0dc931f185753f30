"""`flask worker`: run the reminder worker until SIGTERM or SIGINT (Ctrl-C)."""

from __future__ import annotations

import signal
import threading
from types import FrameType

import click
from flask import Flask, current_app
from prometheus_client import start_http_server

from taskforge.config import Settings
from taskforge.worker.loop import Worker
from taskforge.worker.metrics import REGISTRY


@click.command("worker")
@click.option("--until-idle", is_flag=True, help="Exit once nothing is due (for jobs and tests).")
def worker_command(until_idle: bool) -> None:
    """Deliver due reminders (any number of workers may run side by side)."""
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    settings: Settings = app.config["TASKFORGE"]
    stop = threading.Event()

    def ask_to_stop(signum: int, _frame: FrameType | None) -> None:
        click.echo(f"worker: {signal.Signals(signum).name}, finishing the reminder in hand", err=True)
        stop.set()

    signal.signal(signal.SIGTERM, ask_to_stop)
    signal.signal(signal.SIGINT, ask_to_stop)
    if settings.worker_metrics_port:
        start_http_server(settings.worker_metrics_port, registry=REGISTRY)
    sent = Worker(app, settings, stop=stop).run(until_idle=until_idle)
    click.echo(f"worker: delivered {sent} reminders", err=True)


def register_worker_commands(app: Flask) -> None:
    app.cli.add_command(worker_command)
