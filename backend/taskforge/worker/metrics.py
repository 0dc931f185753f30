"""The worker's Prometheus metrics (served on WORKER_METRICS_PORT, apart from the web app's /metrics)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry()
DUE = Gauge(
    "taskforge_reminders_due",
    "Reminders whose time has come and that are not delivered yet.",
    registry=REGISTRY,
)
SENT = Counter("taskforge_reminders_sent_total", "Reminders delivered.", registry=REGISTRY)
LATE = Counter(
    "taskforge_reminders_late_total",
    "Reminders delivered later than REMINDER_LATE_SECONDS after their time.",
    registry=REGISTRY,
)
FAILED = Counter(
    "taskforge_reminder_email_failures_total",
    "Email attempts that failed (each is retried with backoff until EMAIL_MAX_ATTEMPTS).",
    registry=REGISTRY,
)
LAG = Histogram(
    "taskforge_reminder_delivery_lag_seconds",
    "From a reminder's time to its delivery.",
    buckets=(0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600, 21600, 86400),
    registry=REGISTRY,
)
PUSHED = Counter(
    "taskforge_push_deliveries_total",
    "Web Push deliveries by outcome: sent, retry, gone (the subscription expired), failed (given up), "
    "skipped.",
    ["outcome"],
    registry=REGISTRY,
)
EMAILED = Counter(
    "taskforge_email_deliveries_total",
    "Notification emails by outcome: sent, retry, failed (given up), skipped.",
    ["outcome"],
    registry=REGISTRY,
)
WEBHOOKS = Counter(
    "taskforge_webhook_deliveries_total",
    "Webhook delivery attempts by outcome: sent, retry, failed (given up after 24 hours: the webhook is "
    "turned off), skipped.",
    ["outcome"],
    registry=REGISTRY,
)
PURGED = Counter(
    "taskforge_trash_purged_total",
    "Items purged from the trash by the worker after TRASH_RETENTION_DAYS, by kind (task, project).",
    ["kind"],
    registry=REGISTRY,
)
