"""Which hosts a feed's pages may come from: the one the person named, and those they add with --follow-host.

A feed names its older pages (rel="next", RFC 5005 prev-archive) and its server redirects; followed anywhere, they
would reach hosts the person never named (another port, another loopback address, a server on their network) and
import that host's entries as their own posts. Hosts are compared by name, never resolved. A `Hosts` is the policy
of the `connectors.http_guard.GuardedSession` that fetches a feed's pages: it decides, and words, every refusal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
_NAME = re.compile(r"[a-z0-9._-]+|[0-9a-f:.]+")  # a host name, an IPv4 address, or an IPv6 one (brackets removed)


def parse_host(text: str) -> tuple[str, int | None]:
    """`host` or `host:port` (or a URL's host part) as (lower-case host, port or None); ValueError for anything else."""
    text = text.strip()
    parts = urlsplit(text if "://" in text else f"//{text}")
    host = (parts.hostname or "").rstrip(".")
    if not _NAME.fullmatch(host) or parts.path not in ("", "/") or parts.query or parts.username is not None:
        raise ValueError(f"{text!r} is not a host name or host:port")
    return host, parts.port  # why .port: it raises ValueError for a port that is not a number from 0 to 65535


def _origin(url: str) -> tuple[str, str, int] | None:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:  # why: an http(s) host named with --follow-host must not open ftp:// on it
        return None
    try:
        port = parts.port or _DEFAULT_PORTS[scheme]
    except ValueError:
        return None
    host = (parts.hostname or "").rstrip(".")
    return (scheme, host, port) if host and port else None


@dataclass(frozen=True)
class Hosts:
    """Where a feed's pages may come from: the scheme, host and port of the feed the person named (or https on that
    host: port 80 may become 443), and the hosts they allowed with --follow-host. Never from https to http."""

    named: str
    follow: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for spec in self.follow:
            parse_host(spec)  # why: a bad --follow-host is the person's to hear about, before anything is fetched

    def allows(self, url: str) -> bool:
        """Whether a page or redirect at `url` may be fetched."""
        target, named = _origin(url), _origin(self.named)
        if target is None or named is None or (named[0], target[0]) == ("https", "http"):
            return False
        scheme, host, port = target
        if host == named[1] and (port == named[2] or (scheme, named[2], port) == ("https", 80, 443)):
            return True
        allowed = (parse_host(spec) for spec in self.follow)
        return any(host == h and port == (p or _DEFAULT_PORTS[scheme]) for h, p in allowed)

    def refusal(self, url: str, redirect: bool = False) -> str:
        """Why `url` is not fetched (`redirect`: a page redirected there), and how to allow it if it can be."""
        why = self._why_not(url)
        return f"redirects to {_shown(url)}, which {why}" if redirect else why

    def _why_not(self, url: str) -> str:
        target, named = _origin(url), _origin(self.named)
        where = f"{named[0]}://{_netloc(named[1], named[2])}" if named else self.named
        if urlsplit(url).scheme.lower() not in _DEFAULT_PORTS:
            return "is neither http:// nor https://: not fetched (only http:// and https:// feeds can be)"
        if target is None or named is None or (named[0], target[0]) == ("https", "http"):
            return f"is not on {where}, where the feed you named is (and not https): not fetched"
        spec = target[1] if target[2] == _DEFAULT_PORTS[target[0]] else _netloc(target[1], target[2])
        return f"is not on {where}, where the feed you named is: not fetched (--follow-host {spec} allows it)"


def _netloc(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _shown(url: str) -> str:
    # why: a redirect's Location is the server's to choose, up to 64 KB; a line names it, it does not hold it
    return url if len(url) <= 300 else f"{url[:300]}…"
