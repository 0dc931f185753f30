"""The WSGI entry point for gunicorn: the only module that builds an app at import time."""

from taskforge import create_app

app = create_app()
