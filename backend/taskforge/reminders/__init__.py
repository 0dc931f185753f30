"""Reminders on tasks: stored with the task, delivered by the worker (taskforge.worker)."""
