"""What the worker sends email with: one SMTP connection, and the letterhead every message carries."""

from __future__ import annotations

from dataclasses import dataclass

from taskforge.config import Settings
from taskforge.mail.letters import Letterhead
from taskforge.mail.links import Links
from taskforge.mail.smtp import Mailer


@dataclass(frozen=True)
class Post:
    mailer: Mailer
    head: Letterhead

    @classmethod
    def from_settings(cls, settings: Settings) -> Post | None:
        """The server's post office, or None while it has no SMTP_URL."""
        if settings.smtp_url is None:
            return None
        return cls(
            Mailer(settings.smtp_url, timeout_s=settings.smtp_timeout_s),
            Letterhead(settings.smtp_from, Links(settings.public_url, settings.secret_key)),
        )
