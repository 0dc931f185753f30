"""Server-side request forgery: a webhook's URL may only reach the public internet.

A URL is vetted when it is saved (the answer names `url`) and again before every delivery, against the
addresses its host resolves to then: the sender connects to the address vetted here (pinned), so a name that
resolves elsewhere by the time of the delivery (DNS rebinding) cannot pass. Refused: loopback, private
(RFC 1918, ULA), link-local (cloud metadata's 169.254.169.254 too), CGNAT, unspecified, multicast and
reserved addresses, and IPv4 ones inside IPv6 (mapped, NAT64, 6to4), unless WEBHOOK_ALLOW_PRIVATE.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Refused(ValueError):
    """A URL a webhook may not be sent to; its message says why."""


@dataclass(frozen=True)
class Target:
    """Where a delivery goes: the URL's parts and the vetted address to connect to."""

    scheme: str
    host: str  # as in the URL (the Host header and TLS server name)
    port: int
    path: str  # path and query
    address: str

    @property
    def host_header(self) -> str:
        default = 443 if self.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == default else f"{host}:{self.port}"


def resolve(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to, in the resolver's order (tests replace this one function)."""
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in found))


def _embedded(address: Address) -> Address | None:
    """The IPv4 address an IPv6 one carries (mapped, NAT64, 6to4), if any."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address.sixtofour


def public(address: Address) -> bool:
    """Whether `address` is on the public internet (`is_global` excludes loopback, private, link-local,
    CGNAT, unspecified and reserved ranges; multicast is excluded apart)."""
    inner = _embedded(address)
    if inner is not None and not public(inner):
        return False
    return address.is_global and not address.is_multicast


def parse(url: str) -> tuple[str, str, int, str]:
    """The URL's scheme, host, port and path; raise Refused unless it is http(s) without credentials."""
    try:
        parts = urlsplit(url)
    except ValueError as error:  # an unbalanced [ or ] (urlsplit reads brackets as an IPv6 literal)
        raise Refused("is not a valid URL") from error
    if parts.scheme not in ("http", "https"):
        raise Refused("must be an http:// or https:// URL")
    if parts.username is not None or parts.password is not None:
        raise Refused("must not carry a user name or password")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise Refused("has an invalid port") from error
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise Refused("must name a host")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.scheme, host, port, path


def vet(url: str, *, allow_private: bool) -> Target:
    """Parse `url` and resolve its host; raise Refused when any address it resolves to is not public (a
    name with one public and one private address could be steered to the private one)."""
    scheme, host, port, path = parse(url)
    try:
        literal: Address | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [str(literal)]
    else:
        try:
            addresses = resolve(host, port)
        except (OSError, UnicodeError) as error:
            raise Refused("has a host name that does not resolve") from error
    if not addresses:
        raise Refused("has a host name that does not resolve")
    if not allow_private:
        for found in addresses:
            if not public(ipaddress.ip_address(found.split("%")[0])):
                raise Refused("must not reach a private, loopback, link-local or reserved address")
    return Target(scheme=scheme, host=host, port=port, path=path, address=addresses[0])
