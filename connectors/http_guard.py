"""The tool's one HTTP layer (Mastodon and live feeds alike): requests, with limits a hostile server cannot stretch.

requests (and urllib3 under it) bound each socket read, not a whole answer: a server sending one byte every two
seconds kept a Mastodon fetch alive for ever, and a 171 MB page was held whole (1.6 GB once parsed). A
`GuardedSession` is a `requests.Session` (Mastodon.py takes it as `session=`; `connectors.feed_paging` fetches each
feed page with one), and every request it makes:
- goes only where its `Policy` allows, checked before anything is sent: each request, and each redirect's target
  before a request to it is even built. The default policy (`SameOrigin`) is the origin (scheme, host, port) of the
  session's base URL, which is Mastodon's: a redirect elsewhere is refused naming both origins, so the request (and
  the token) never leaves for it. Feeds pass `connectors.feed_hosts.Hosts`, the hosts the person named;
- ends by a wall-clock deadline that covers the whole exchange, redirects, status line and headers included: each
  read from the socket waits at most what is left of it (a response class reading through `_DeadlineReader`);
- has its body read in streaming (decompressed) and refused once it passes `max_bytes`, before it is held whole.
Why at the socket rather than a watchdog thread: a refused request ends at once with its connection closed, and
nothing is left reading in the background. A refusal is a `Refused`, one line: `OffPolicy` (worded by the policy),
`TooSlow` or `TooLarge` (naming the origin), so that a caller may word its own. Proxies from the environment
(http_proxy, https_proxy, no_proxy) apply as requests applies them: the policy judges where a request is for.
"""

from __future__ import annotations

import contextlib
import http.client
import io
import os
import time
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import requests
import requests.auth
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from auditor.core.errors import AuditorError, SourceError

DEADLINE_ENV = "AUDITOR_HTTP_DEADLINE"  # seconds one request may take, redirects included
MAX_MB_ENV = "AUDITOR_HTTP_MAX_MB"  # megabytes one answer may hold, once decompressed
_CHUNK = 64 * 1024
_DEFAULT_PORTS = {"http": 80, "https": 443}


class Refused(AuditorError):
    """A request or answer the guard would not allow: off its policy, too slow, or too large."""


class OffPolicy(Refused):
    """A request, or a redirect's target, where the session's policy does not allow: nothing was sent there."""


class TooSlow(Refused):
    """An answer that did not finish arriving within the deadline."""


class TooLarge(Refused):
    """An answer larger than `max_bytes` (announced, or once read that far)."""


@dataclass(frozen=True)
class Limits:
    """How long one request may take (seconds, redirects included) and how many bytes one answer may hold."""

    deadline: float = 120.0
    max_bytes: int = 16 * 1024 * 1024

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Limits:
        """The defaults, or $AUDITOR_HTTP_DEADLINE (seconds) and $AUDITOR_HTTP_MAX_MB (megabytes) when set."""
        deadline = _positive(environ, DEADLINE_ENV, "a number of seconds")
        megabytes = _positive(environ, MAX_MB_ENV, "a number of megabytes")
        return cls(deadline=deadline or cls.deadline,
                   max_bytes=int(megabytes * 1024 * 1024) if megabytes else cls.max_bytes)


def _positive(environ: Mapping[str, str], name: str, what: str) -> float | None:
    text = environ.get(name, "").strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        raise SourceError(name, f"must be {what} above 0, not {text[:40]!r}")
    return value


def origin(url: str) -> str:
    """`scheme://host:port` of a URL, the port always written (the default one when the URL has none)."""
    try:
        parts = urlsplit(url)
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:  # a malformed port or host: no origin, so never the pinned one
        return url[:200]
    host = parts.hostname or ""
    return f"{parts.scheme.lower()}://{f'[{host}]' if ':' in host else host}:{port}"


class Policy(Protocol):
    """Where a session's requests may go (`SameOrigin`, or `connectors.feed_hosts.Hosts` for a feed)."""

    def allows(self, url: str) -> bool:
        """Whether a request to `url` (absolute: a redirect's target is joined first) may be sent."""

    def refusal(self, url: str, redirect: bool = False) -> str:
        """The one line saying why `url` is not asked; `redirect`: an answer redirected there."""


@dataclass(frozen=True)
class SameOrigin:
    """The default policy: the origin (scheme, host, port) of one URL, and nothing else."""

    pinned: str

    @classmethod
    def of(cls, url: str) -> SameOrigin:
        """The policy of `url`'s origin."""
        return cls(origin(url))

    def allows(self, url: str) -> bool:
        """Whether `url` is on the pinned origin."""
        return origin(url) == self.pinned

    def refusal(self, url: str, redirect: bool = False) -> str:
        """Names the pinned origin and, for a redirect, the other one."""
        if redirect:
            return (f"{self.pinned} redirected to {origin(url)}, another server: not followed (nothing is sent "
                    f"there, and the token only ever goes to {self.pinned})")
        return f"refused to send a request to {url[:200]}: only {self.pinned} is asked"


@dataclass(frozen=True)
class _Budget:
    """The time left to the request being made; reading past it is `TooSlow`."""

    origin: str
    seconds: float
    end: float

    def left(self) -> float:
        """Seconds left, or `Refused` when there are none."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise self.overrun()
        return left

    def overrun(self) -> TooSlow:
        """The refusal for an answer that did not finish in time."""
        return TooSlow(f"{self.origin} did not finish answering within {self.seconds:g} s; stopped waiting")


#: the budget of the request under way in this thread (set by `GuardedSession.request` for its whole extent)
_BUDGET: ContextVar[_Budget | None] = ContextVar("http_guard_budget", default=None)


class _DeadlineReader(io.RawIOBase):
    """A socket's bytes, each read waiting at most what is left of the request's budget."""

    def __init__(self, sock: Any, budget: _Budget) -> None:
        super().__init__()
        self._sock, self._budget = sock, budget
        self._raw = sock.makefile("rb", buffering=0)  # why: holds a reference, as http.client's own reader does

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        left = self._budget.left()
        timeout = self._sock.gettimeout()
        clipped = timeout is None or left < timeout
        self._sock.settimeout(left if clipped else timeout)
        try:
            return self._raw.readinto(buffer)
        except TimeoutError:
            if clipped:  # the wait was cut to the deadline: that, not the read timeout, is what passed
                raise self._budget.overrun() from None
            raise
        finally:
            with contextlib.suppress(OSError):  # a socket closed meanwhile keeps no timeout to restore
                self._sock.settimeout(timeout)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineResponse(http.client.HTTPResponse):
    """http.client's response, reading status line, headers and body through a `_DeadlineReader`."""

    def __init__(self, sock: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        budget = _BUDGET.get()
        if budget is not None:
            self.fp.close()
            self.fp = io.BufferedReader(_DeadlineReader(sock, budget))


class _HTTPConnection(HTTPConnection):
    response_class = _DeadlineResponse


class _HTTPSConnection(HTTPSConnection):
    response_class = _DeadlineResponse


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class _Adapter(HTTPAdapter):
    """Sends only where its policy allows, within the budget, and preloads each body within `max_bytes`."""

    def __init__(self, policy: Policy, max_bytes: int) -> None:
        self.policy, self.max_bytes = policy, max_bytes
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        if not proxy.lower().startswith("socks"):  # why: a SOCKS proxy needs its own connection classes
            manager.pool_classes_by_scheme = _POOLS
        return manager

    def send(self, request: requests.PreparedRequest, stream: bool = False, timeout: Any = None,
             **kwargs: Any) -> requests.Response:
        url = request.url or ""
        if not self.policy.allows(url):  # the last line of defence: whatever asked for it, nothing leaves
            raise OffPolicy(self.policy.refusal(url))
        budget = _BUDGET.get()
        if budget is not None and (timeout is None or isinstance(timeout, int | float)):
            left = budget.left()  # connecting, too, waits no longer than is left
            timeout = left if timeout is None else min(timeout, left)
        response = super().send(request, stream=True, timeout=timeout, **kwargs)
        _preload(response, self.max_bytes, origin(url))
        return response


def _preload(response: requests.Response, max_bytes: int, where: str) -> None:
    """Read the body (decompressed) into `response.content`; `TooLarge` as soon as it passes `max_bytes`."""
    cap = size(max_bytes)
    declared = response.headers.get("Content-Length", "")
    try:
        if declared.isdigit() and int(declared) > max_bytes:
            raise TooLarge(f"{where} announced an answer of {int(declared):,} bytes, more than the {cap} "
                          f"one answer may hold; not read")
        response._content = b"".join(_capped(response.iter_content(_CHUNK), max_bytes, where, cap))
    except BaseException:
        response.raw.close()  # half read: the connection must not be used again
        raise
    finally:
        # why the private fields: requests has no public way to hold a body read within a cap
        response._content_consumed = True
        response.close()


def size(count: int) -> str:
    """A size in words: '16 MB', or '1,000 bytes' below a megabyte."""
    return f"{count / 1024 / 1024:g} MB" if count >= 1024 * 1024 else f"{count:,} bytes"


def _capped(chunks: Iterator[bytes], max_bytes: int, where: str, cap: str) -> Iterator[bytes]:
    read = 0
    for chunk in chunks:
        read += len(chunk)
        if read > max_bytes:
            raise TooLarge(f"{where} sent an answer larger than the {cap} one answer may hold; not read further")
        yield chunk


class _NoNetrc(requests.auth.AuthBase):
    """Adds no credentials: only those the caller set (Mastodon's token header) are ever sent."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        return request


_NO_NETRC = _NoNetrc()


class GuardedSession(requests.Session):
    """A Session whose requests go only where `policy` allows (by default the origin of `base_url`), each within
    `limits` (see the module docstring)."""

    def __init__(self, base_url: str, limits: Limits, policy: Policy | None = None) -> None:
        super().__init__()
        self.policy, self.limits = policy or SameOrigin.of(base_url), limits
        self.max_redirects = 5
        self.auth = _NO_NETRC  # why: with no auth of its own, requests sends a login it finds in ~/.netrc
        adapter = _Adapter(self.policy, limits.max_bytes)
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        """`Session.request`, all of it (redirects included) within the deadline."""
        where = origin(url if isinstance(url, str) else url.decode("utf-8", "replace"))
        budget = _Budget(where, self.limits.deadline, time.monotonic() + self.limits.deadline)
        scope = _BUDGET.set(budget)
        try:
            return super().request(method, url, *args, **kwargs)
        finally:
            _BUDGET.reset(scope)

    def rebuild_auth(self, prepared_request: requests.PreparedRequest, response: requests.Response) -> None:
        """On a redirect: drop the credentials when the host changes (as requests does), never add ~/.netrc's."""
        url = prepared_request.url or ""
        if "Authorization" in prepared_request.headers and self.should_strip_auth(response.request.url, url):
            del prepared_request.headers["Authorization"]

    def get_redirect_target(self, resp: requests.Response) -> str | None:
        """The redirect's target; `OffPolicy`, before any request is built, when the policy does not allow it."""
        target = super().get_redirect_target(resp)
        if target is not None:
            there = urljoin(resp.url, target)
            if not self.policy.allows(there):
                raise OffPolicy(self.policy.refusal(there, redirect=True))
        return target


def refusal(exc: BaseException) -> Refused | None:
    """The `Refused` behind `exc` (a library may wrap it in an error of its own, as Mastodon.py does), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, Refused):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def failure(exc: BaseException) -> str:
    """A few words for a request that failed on the way (not refused): the innermost error's, as
    '[Errno 111] Connection refused' or 'timed out', rather than requests' and urllib3's wrapping of it."""
    seen: set[int] = set()
    current = exc
    while (inner := current.__cause__ or current.__context__) is not None and id(inner) not in seen:
        seen.add(id(current))
        current = inner
    return (str(current) or type(current).__name__)[:200]
