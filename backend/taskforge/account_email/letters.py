"""The account emails, each a plain-text and an HTML part with the same words: a password reset link, an
address verification link, an email change confirmation (to the new address) and the notice of it (to the
old one). No unsubscribe: these are sent only when their person asks for them."""

from __future__ import annotations

import email.policy
import html
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr

from taskforge.mail.letters import Letterhead

# As mail/letters.py: RFC 5322's line limit, so a link is one word mail clients find whole.
_POLICY = email.policy.SMTP.clone(max_line_length=998)


@dataclass(frozen=True)
class Words:
    """What one account email says: a subject, paragraphs, and the link it is for (if any)."""

    subject: str
    paragraphs: tuple[str, ...]
    action: str | None = None  # the link's label
    url: str | None = None

    def text(self) -> str:
        lines = [line for paragraph in self.paragraphs for line in (paragraph, "")]
        if self.url is not None:
            lines += [f"{self.action}: {self.url}", ""]
        lines += ["-- ", "You get this email because of a request made for your TaskForge account."]
        return "\n".join(lines) + "\n"

    def html(self) -> str:
        parts = [f"<p>{html.escape(paragraph)}</p>" for paragraph in self.paragraphs]
        if self.url is not None:
            parts.append(f'<p><a href="{html.escape(self.url)}">{html.escape(self.action or "")}</a></p>')
        parts.append(
            '<hr><p style="color: #666; font-size: 12px">'
            "You get this email because of a request made for your TaskForge account.</p>"
        )
        return (
            '<!doctype html><html><body style="font-family: sans-serif">' + "".join(parts) + "</body></html>"
        )


def reset_words(url: str) -> Words:
    return Words(
        subject="Reset your TaskForge password",
        paragraphs=(
            "Someone asked to reset the password of the TaskForge account that uses this address.",
            "The link works once, for 30 minutes. If you did not ask, ignore this email: "
            "your password stays as it is.",
        ),
        action="Choose a new password",
        url=url,
    )


def verify_words(url: str) -> Words:
    return Words(
        subject="Confirm your TaskForge email address",
        paragraphs=(
            "Confirm that this address is yours, so that TaskForge can email you notifications.",
            "The link works once, for 48 hours.",
        ),
        action="Confirm this address",
        url=url,
    )


def change_words(url: str) -> Words:
    return Words(
        subject="Confirm your new TaskForge email address",
        paragraphs=(
            "Someone asked to use this address for their TaskForge account. "
            "It changes when you open the link below (it works once, for 48 hours).",
            "If you did not ask, ignore this email.",
        ),
        action="Use this address",
        url=url,
    )


def changing_words() -> Words:
    return Words(
        subject="Your TaskForge email address is being changed",
        paragraphs=(
            "Someone asked to change the email address of your TaskForge account to another address. "
            "It changes once the link sent there is opened.",
            "If that was not you, change your password now: whoever asked knows it.",
        ),
    )


def message(words: Words, head: Letterhead, *, to: str) -> EmailMessage:
    """The message saying `words` to `to`, from the letterhead's sender."""
    mail = EmailMessage(policy=_POLICY)
    mail["Subject"] = words.subject
    mail["From"] = head.sender
    mail["To"] = to
    mail["Date"] = formatdate(localtime=False)
    domain = parseaddr(head.sender)[1].rpartition("@")[2] or "taskforge.invalid"
    mail["Message-ID"] = make_msgid("account", domain=domain)
    mail["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies
    mail.set_content(words.text())
    mail.add_alternative(words.html(), subtype="html")
    return mail
