"""The reminder worker (`flask worker`): claims due reminders from PostgreSQL and delivers them."""
