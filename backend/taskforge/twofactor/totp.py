"""RFC 6238 codes with pyotp, recovery codes, and the QR code of an enrolment (segno, as SVG)."""

from __future__ import annotations

import hmac
import io
import re
import secrets
from datetime import datetime

import pyotp
import segno

ISSUER = "TaskForge"
# One step either side: a code from the previous or the next 30 s is accepted (clocks drift, people type).
VALID_WINDOW = 1
RECOVERY_CODE_COUNT = 10
_RECOVERY_GROUPS = 4  # XXXX-XXXX-XXXX-XXXX: 16 base32 characters, 80 random bits
_NOT_BASE32 = re.compile(r"[^A-Z2-7]")


def new_seed() -> str:
    """A random 160-bit base32 seed (RFC 4226's recommended length)."""
    return pyotp.random_base32(32)


def otpauth_uri(seed: str, username: str) -> str:
    """The `otpauth://totp/TaskForge:<username>?secret=...&issuer=TaskForge` address for authenticators."""
    return pyotp.TOTP(seed).provisioning_uri(name=username, issuer_name=ISSUER)


def qr_svg(uri: str) -> str:
    """The QR code of `uri` as a standalone SVG document (no scripts, no styles: it goes in an <img>)."""
    buffer = io.BytesIO()
    segno.make(uri, error="m").save(buffer, kind="svg", scale=4, xmldecl=False, svgns=True, title=None)
    return buffer.getvalue().decode()


def accepted_step(seed: str, code: str, *, now: datetime, last_step: int | None) -> int | None:
    """The time-step whose code `code` is, within the drift window and newer than `last_step`; else None."""
    totp = pyotp.TOTP(seed)
    current = totp.timecode(now)
    found = None
    for step in range(current - VALID_WINDOW, current + VALID_WINDOW + 1):
        # Every candidate is compared (constant time), so the answer's timing says nothing of which matched.
        if hmac.compare_digest(totp.generate_otp(step), code):
            found = step
    if found is None or (last_step is not None and found <= last_step):
        return None
    return found


def new_recovery_codes() -> list[str]:
    """Ten random codes, grouped for reading."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return [
        "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(_RECOVERY_GROUPS))
        for _ in range(RECOVERY_CODE_COUNT)
    ]


def normalise_recovery_code(text: str) -> str:
    """The code as generated, whatever case, spaces or dashes it was typed with."""
    raw = _NOT_BASE32.sub("", text.upper())
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def looks_like_totp(text: str) -> bool:
    """Six digits: an authenticator's code rather than a recovery code."""
    return len(text) == 6 and text.isascii() and text.isdigit()
