"""Open Server-Sent Event streams held while another scenario is measured (the streams stay idle: the
measurement is of what merely holding them costs the API)."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import requests


def _open(url: str, token: str) -> requests.Response:
    response = requests.get(url, headers={"Authorization": f"Bearer {token}"}, stream=True, timeout=(5, 60))
    response.raise_for_status()
    for line in response.iter_lines(decode_unicode=True):
        if line == "event: ready":  # the server is holding the stream open, past its first read
            return response
    raise RuntimeError(f"the event stream at {url} closed before it was ready")


@contextmanager
def open_streams(url: str, token: str, count: int) -> Iterator[int]:
    """Hold `count` streams open for the `with` block; yield how many are open."""
    with ThreadPoolExecutor(max_workers=32) as pool:
        streams = list(pool.map(lambda _: _open(url, token), range(count)))
    try:
        yield len(streams)
    finally:
        with ThreadPoolExecutor(max_workers=32) as pool:
            list(pool.map(requests.Response.close, streams))
