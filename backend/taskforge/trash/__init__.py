"""The trash: deleted tasks and projects, kept for TRASH_RETENTION_DAYS, restorable and purgeable."""
