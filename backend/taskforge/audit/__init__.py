"""The audit history: an append-only record of every change to a user's tasks."""
