"""Assignees: the people a task is given to."""
