"""The framework floor: bare Flask answering a small JSON object, served with TaskForge's gunicorn config."""

from __future__ import annotations

from flask import Flask, Response, jsonify

app = Flask(__name__)


@app.get("/")
def hello() -> Response:
    return jsonify(hello="world", ok=True)
