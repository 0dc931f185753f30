"""The WSGI entry point for gunicorn: the only module that builds an app at import time."""

import os

# prometheus_client writes each process's metrics into this directory from the first metric made, and every
# command loads this module first (gunicorn, `flask --app wsgi worker`, `flask --app wsgi db upgrade`). In a
# container it lives on an emptyDir or tmpfs that starts empty, so it is created here, before the app imports.
if _metrics_dir := os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.makedirs(_metrics_dir, exist_ok=True)

from taskforge import create_app  # after the metrics directory exists

app = create_app()
