"""The change feed: every change to a user's tasks, in commit order, for clients that were away (and for
the real-time stream, which replays from it)."""
