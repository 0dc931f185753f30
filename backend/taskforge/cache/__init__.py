"""The per-user response cache in Redis.

Correct by design, not by timing: every cache key carries the user's data generation, a counter in PostgreSQL
that each write bumps inside its own transaction. A request reads the generation together with its token
check, so once a write has committed, no request can reach an entry filled before it; a slow reader that
filled the cache with old data wrote it under a generation nobody reads any more. After the commit, the old
entries are swept (SSCAN of the user's key index + UNLINK in batches) off the request path.
"""
