"""Outboxes the worker delivers from (push messages, emails): rows written in the transaction of the
notification they carry, claimed by any number of workers with SKIP LOCKED leases, retried with backoff."""
