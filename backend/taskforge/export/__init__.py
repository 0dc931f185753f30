"""Exports of a user's tasks to other formats, such as an iCalendar feed."""
