"""Email: the SMTP transport, the messages TaskForge sends (reminders and notifications, each with a
plain-text and an HTML part and a one-click unsubscribe), the email outbox the worker delivers, and the
unsubscribe endpoint."""
