"""Real-time updates: Server-Sent Events of each user's changes, woken across processes by Redis pub/sub,
with the change log (taskforge/changes) as the source of truth."""
