"""The email channel: a reminder as a plain-text and HTML message, sent over SMTP (smtp:// with STARTTLS
when the server offers it, or smtps://). Each message's Message-ID is derived from its reminder, so a message
sent again after a worker died mid-delivery is recognisably the same message."""

from __future__ import annotations

import html
import re
import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

_HEADER_UNSAFE = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class ReminderMail:
    """What a reminder email says."""

    reminder_id: int
    to: str
    title: str
    description: str | None
    due_date: datetime | None
    fire_at: datetime
    zone: str  # the user's, for the times in the text


class Mailer:
    """Sends messages through one SMTP server, over one connection kept open between messages (a batch of
    reminders costs one handshake, not one each); `close()` ends it. Not for use by several threads."""

    def __init__(self, url: str, *, sender: str, timeout_s: float) -> None:
        parts = urlsplit(url)
        self.secure = parts.scheme == "smtps"
        self.host = parts.hostname or "localhost"
        self.port = parts.port or (465 if self.secure else 25)
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        self.sender = sender
        self.timeout_s = timeout_s
        self._smtp: smtplib.SMTP | None = None

    def send(self, message: EmailMessage) -> None:
        """Hand the message to the server; raises smtplib.SMTPException or OSError when it is not accepted.

        A connection the server closed while idle is opened again once; any failure drops the connection.
        """
        for fresh in (self._smtp is None, True):
            try:
                self._connection().send_message(message)
                return
            except smtplib.SMTPServerDisconnected:
                self.close()
                if fresh:
                    raise
            except (smtplib.SMTPException, OSError):
                self.close()
                raise

    def __enter__(self) -> Mailer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """End the connection, if one is open."""
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is not None:
            return self._smtp
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if self.secure:
            smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout_s, context=context)
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout_s)
        try:
            if not self.secure:
                smtp.ehlo()
                if smtp.has_extn("starttls"):
                    smtp.starttls(context=context)
                    smtp.ehlo()
            if self.username is not None:
                smtp.login(self.username, self.password or "")
        except BaseException:
            smtp.close()
            raise
        self._smtp = smtp
        return smtp

    def reminder_message(self, mail: ReminderMail) -> EmailMessage:
        """The message for one reminder, addressed and identified."""
        zone = ZoneInfo(mail.zone)
        title = _HEADER_UNSAFE.sub(" ", mail.title).strip()
        due = _when(mail.due_date, zone) if mail.due_date is not None else None
        message = EmailMessage()
        message["Subject"] = f"Reminder: {title}"
        message["From"] = self.sender
        message["To"] = mail.to
        message["Date"] = formatdate(localtime=False)
        domain = parseaddr(self.sender)[1].rpartition("@")[2] or "taskforge.invalid"
        message["Message-ID"] = f"<reminder-{mail.reminder_id}.{int(mail.fire_at.timestamp())}@{domain}>"
        message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to reminders
        lines = [f"Reminder: {mail.title}", ""]
        if due is not None:
            lines.append(f"Due: {due}")
        if mail.description:
            lines += ["", mail.description]
        message.set_content("\n".join(lines) + "\n")
        parts = [f"<p><strong>Reminder:</strong> {html.escape(mail.title)}</p>"]
        if due is not None:
            parts.append(f"<p>Due: {html.escape(due)}</p>")
        if mail.description:
            parts.append(f"<p>{html.escape(mail.description).replace(chr(10), '<br>')}</p>")
        message.add_alternative(
            '<!doctype html><html><body style="font-family: sans-serif">' + "".join(parts) + "</body></html>",
            subtype="html",
        )
        return message


def _when(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local:%A %d %B %Y, %H:%M} {local.tzname()} ({zone.key})"
