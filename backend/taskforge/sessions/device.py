"""A short human label for a session's device ("Firefox on Windows"), from its User-Agent."""

from __future__ import annotations

from functools import lru_cache

from ua_parser import parse

UNKNOWN = "Unknown device"
_FAMILY_MAX = 40  # what the label keeps of each part: the header is the client's to choose


@lru_cache(maxsize=1024)
def device_label(user_agent: str) -> str:
    """The label "Browser on OS" from what ua-parser knows of the agent; "Unknown device" when nothing."""
    if not user_agent:
        return UNKNOWN
    result = parse(user_agent)
    browser = _family(result.user_agent.family if result.user_agent else None)
    system = _family(result.os.family if result.os else None)
    if browser and system:
        return f"{browser} on {system}"
    return browser or system or UNKNOWN


def _family(name: str | None) -> str:
    return "" if name in (None, "", "Other") else str(name)[:_FAMILY_MAX]
