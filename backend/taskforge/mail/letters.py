"""The emails TaskForge sends, each a plain-text and an HTML part with the same words: a reminder, or a
notification (assigned, mentioned, commented, shared). Every one links to what it is about and carries a
one-click unsubscribe from its kind (RFC 2369 List-Unsubscribe, RFC 8058 List-Unsubscribe-Post) and the same
link in its footer. Message-IDs derive from what is sent, so a message sent again after a worker died
mid-delivery is recognisably the same message."""

from __future__ import annotations

import email.policy
import html
import re
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from zoneinfo import ZoneInfo

from taskforge.mail.links import Links
from taskforge.notifications.schemas import Kind

_HEADER_UNSAFE = re.compile(r"[\x00-\x1f\x7f]+")
# RFC 5322's line limit, not the recommended 78: a List-Unsubscribe URL is one long word that must reach mail
# clients as it is (the default policy would RFC 2047-encode it, and clients would not find the URL).
_POLICY = email.policy.SMTP.clone(max_line_length=998)
KIND_NAMES: dict[Kind, str] = {
    "reminder": "reminders",
    "assigned": "tasks assigned to you",
    "mentioned": "mentions",
    "commented": "comments on your tasks",
    "shared": "projects and teams shared with you",
    "webhook": "webhooks turned off after failing",
}


@dataclass(frozen=True)
class Letterhead:
    """Who the emails come from and where their links point."""

    sender: str
    links: Links


@dataclass(frozen=True)
class ReminderMail:
    """What a reminder email says."""

    reminder_id: int
    user_id: int
    task_id: int
    to: str
    title: str
    description: str | None
    due_date: datetime | None
    fire_at: datetime
    zone: str  # the user's, for the times in the text


@dataclass(frozen=True)
class NoticeMail:
    """What a notification email says: who did what (`headline`), to what (`title`, at `path`), and the
    comment it is about, if any."""

    notification_id: int
    user_id: int
    to: str
    kind: Kind
    headline: str
    title: str
    path: str
    quote: str | None = None


def reminder_message(mail: ReminderMail, head: Letterhead) -> EmailMessage:
    """The message for one reminder."""
    zone = ZoneInfo(mail.zone)
    lines = [f"Reminder: {mail.title}"]
    if mail.due_date is not None:
        lines.append(f"Due: {_when(mail.due_date, zone)}")
    return _letter(
        head,
        to=mail.to,
        subject=f"Reminder: {_header(mail.title)}",
        message_id=f"reminder-{mail.reminder_id}.{int(mail.fire_at.timestamp())}",
        unsubscribe=(mail.user_id, "reminder"),
        paragraphs=lines,
        quote=mail.description,
        path=f"/tasks/{mail.task_id}",
    )


def notice_message(mail: NoticeMail, head: Letterhead) -> EmailMessage:
    """The message for one notification."""
    return _letter(
        head,
        to=mail.to,
        subject=f"{_header(mail.headline)}: {_header(mail.title)}",
        message_id=f"notification-{mail.notification_id}",
        unsubscribe=(mail.user_id, mail.kind),
        paragraphs=[f"{mail.headline}: {mail.title}"],
        quote=mail.quote,
        path=mail.path,
    )


def _letter(
    head: Letterhead,
    *,
    to: str,
    subject: str,
    message_id: str,
    unsubscribe: tuple[int, Kind],
    paragraphs: list[str],
    quote: str | None,
    path: str,
) -> EmailMessage:
    user_id, kind = unsubscribe
    stop = head.links.unsubscribe(user_id=user_id, kind=kind)
    message = EmailMessage(policy=_POLICY)
    message["Subject"] = subject
    message["From"] = head.sender
    message["To"] = to
    message["Date"] = formatdate(localtime=False)
    domain = parseaddr(head.sender)[1].rpartition("@")[2] or "taskforge.invalid"
    message["Message-ID"] = f"<{message_id}@{domain}>"
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies
    message["List-Unsubscribe"] = f"<{stop}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    words = _Words(paragraphs, quote, open_url=head.links.to(path), stop_url=stop, kind=kind)
    message.set_content(words.text(head.links.to("/settings")))
    message.add_alternative(words.html(head.links.to("/settings")), subtype="html")
    return message


@dataclass(frozen=True)
class _Words:
    paragraphs: list[str]
    quote: str | None
    open_url: str
    stop_url: str
    kind: Kind

    def text(self, settings_url: str) -> str:
        lines = [*self.paragraphs, ""]
        if self.quote:
            lines += [*(f"> {line}" for line in self.quote.splitlines()), ""]
        lines += [f"Open it: {self.open_url}", "", "-- ", self._why()]
        lines += [f"Stop these emails: {self.stop_url}", f"All notification settings: {settings_url}"]
        return "\n".join(lines) + "\n"

    def html(self, settings_url: str) -> str:
        parts = [f"<p>{html.escape(paragraph)}</p>" for paragraph in self.paragraphs]
        if self.quote:
            parts.append(
                '<blockquote style="white-space: pre-wrap; border-left: 3px solid #ccc; margin: 0; '
                f'padding-left: 12px">{html.escape(self.quote)}</blockquote>'
            )
        parts.append(f'<p><a href="{html.escape(self.open_url)}">Open it in TaskForge</a></p>')
        parts.append(
            f'<hr><p style="color: #666; font-size: 12px">{html.escape(self._why())}<br>'
            f'<a href="{html.escape(self.stop_url)}">Stop these emails</a> · '
            f'<a href="{html.escape(settings_url)}">All notification settings</a></p>'
        )
        return (
            '<!doctype html><html><body style="font-family: sans-serif">' + "".join(parts) + "</body></html>"
        )

    def _why(self) -> str:
        return (
            f"You get this email because email is on for {KIND_NAMES[self.kind]} in your TaskForge settings."
        )


def _header(text: str) -> str:
    return _HEADER_UNSAFE.sub(" ", text).strip()


def _when(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local:%A %d %B %Y, %H:%M} {local.tzname()} ({zone.key})"
