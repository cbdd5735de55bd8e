"""Fetching a live feed page by page: one careful HTTP GET, and where the next (older) page of history is.

Only http(s), also across redirects, and only on the hosts `connectors.feed_hosts` allows (the feed's own, and
those named with `--follow-host`): a page or redirect elsewhere is refused, never fetched. A size cap and a
deadline per page (all of it, however slowly the server sends: a per-read timeout alone let one byte every two
seconds hang the run); a User-Agent naming the tool; the person's own proxy settings (http_proxy/no_proxy) are
honoured, nothing else is sent.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.error import HTTPError, URLError
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from auditor import __version__
from auditor.errors import SourceError
from connectors.feed_hosts import Hosts

USER_AGENT = f"auditor/{__version__} (local self-audit of the reader's own blog)"
PAGE_BYTES = 16 * 1024 * 1024
DEADLINE = 60.0  # seconds for one page, all of it: connecting, redirects, headers and body
ACCEPT = "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, */*;q=0.5"


class FetchError(SourceError):
    """A feed page could not be fetched; `status` is the HTTP status when there was one."""

    def __init__(self, source: str, problem: str, status: int | None = None) -> None:
        super().__init__(source, problem)
        self.status = status


@dataclass
class Page:
    """One fetched page: the final URL (after redirects), status, body and lower-cased response headers."""

    url: str
    status: int
    data: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects only to http(s) on the allowed hosts: a feed must not bounce the tool to file://, ftp://
    or a host the person did not name (another port, another loopback address, a server on their network)."""

    def __init__(self, hosts: Hosts) -> None:
        self.hosts = hosts

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        try:
            check_url(newurl)
        except SourceError:
            fp.close()
            raise
        if not self.hosts.allows(newurl):
            fp.close()
            raise FetchError(req.full_url, f"redirects to {newurl}, which {self.hosts.refusal(newurl)}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Clock:
    """One fetch's deadline: when it passes, the fetch's sockets are shut down, which ends any read under way."""

    def __init__(self, seconds: float) -> None:
        self.seconds, self.expired = seconds, False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> socket.socket:
        """Watch a new connection's socket (shut down at once when the deadline has already passed)."""
        with self._lock:
            # why a duplicate: TLS detaches the socket it wraps; shutting down the duplicate still ends the connection
            self._sockets.append(sock.dup())
            if self.expired:
                _shut(self._sockets[-1])
        return sock

    def connection(self, base: type[http.client.HTTPConnection]) -> Callable[..., http.client.HTTPConnection]:
        """A factory of `base` connections whose sockets this clock watches."""
        def make(*args: object, **kwargs: object) -> http.client.HTTPConnection:
            conn = base(*args, **kwargs)  # type: ignore[arg-type]
            create = conn._create_connection  # why: http.client's own hook for the socket, under TLS and proxies
            conn._create_connection = lambda *a, **k: self.watch(create(*a, **k))  # type: ignore[method-assign]
            return conn
        return make

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def close(self) -> None:
        """Stop the clock and let go of the sockets it watched."""
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed by the other side
        sock.shutdown(socket.SHUT_RDWR)


class _TimedHTTP(urllib.request.HTTPHandler):
    def __init__(self, clock: _Clock) -> None:
        super().__init__()
        self.clock = clock

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self.clock.connection(http.client.HTTPConnection), req)  # type: ignore[arg-type]


class _TimedHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, clock: _Clock) -> None:
        super().__init__()
        self.clock = clock

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = self.clock.connection(http.client.HTTPSConnection)
        return self.do_open(connection, req, context=self._context)  # type: ignore[arg-type, attr-defined]


def _opener(hosts: Hosts, clock: _Clock) -> urllib.request.OpenerDirector:
    # why: build_opener would add file:, ftp: and data: handlers; a feed fetcher needs http(s) only
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), _TimedHTTP(clock), _TimedHTTPS(clock), _Redirects(hosts),
                    urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def check_url(url: str) -> None:
    """Refuse anything but an absolute http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise SourceError(url, "only http:// and https:// feeds can be fetched")


def get(url: str, timeout: float, etag: str | None = None, modified: str | None = None,
        page_bytes: int = PAGE_BYTES, hosts: Hosts | None = None, deadline: float = DEADLINE) -> Page:
    """GET one page, from and through `hosts` only (by default the page's own), in `deadline` seconds at most
    (`timeout` is for each read); a 304 answer to the conditional headers comes back as a `Page` with status 304."""
    check_url(url)
    hosts = hosts or Hosts(url)
    if not hosts.allows(url):
        raise FetchError(url, hosts.refusal(url))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    if etag:
        request.add_header("If-None-Match", etag)
    if modified:
        request.add_header("If-Modified-Since", modified)
    clock = _Clock(deadline)
    late = FetchError(url, f"took more than {deadline:g} s to arrive, not read")
    try:
        with _opener(hosts, clock).open(request, timeout=timeout) as response:
            data = response.read(page_bytes + 1)
            if clock.expired:  # why: a read the deadline cut short returns what had arrived, as if it were all
                raise late
            if len(data) > page_bytes:
                raise FetchError(url, f"page is larger than {page_bytes // (1024 * 1024)} MB, not read")
            return Page(response.geturl(), response.status, data, _headers(response.headers, response.geturl()))
    except HTTPError as exc:
        if exc.code == 304:
            return Page(url, 304, b"", _headers(exc.headers, url))
        raise FetchError(url, f"HTTP {exc.code} {exc.reason}", exc.code) from None
    except (URLError, TimeoutError, OSError, http.client.HTTPException, ValueError) as exc:
        if clock.expired:
            raise late from None
        reason = getattr(exc, "reason", None) or exc
        raise FetchError(url, f"cannot be fetched ({reason})") from None
    finally:
        clock.close()


def _headers(raw: object, url: str) -> dict[str, str]:
    # why: feedparser reads lower-case names; content-location lets it resolve relative links against the page
    headers = {k.lower(): v for k, v in raw.items()} if raw is not None else {}  # type: ignore[attr-defined]
    headers.setdefault("content-location", url)
    return headers


def next_page(feed: dict, page_url: str, entries: int) -> str | None:
    """The URL of the next older page: RFC 5005 prev-archive, rel=next, WordPress ?paged=N, Blogger start-index."""
    links = feed.get("links", [])
    for rel in ("prev-archive", "next"):
        href = next((link.get("href") for link in links if link.get("rel") == rel and link.get("href")), None)
        if href:
            return urljoin(page_url, href)
    if is_wordpress(feed):
        return _with_query(page_url, "paged", _number(page_url, "paged") + 1)
    if is_blogger(feed) and entries:
        return _with_query(page_url, "start-index", _number(page_url, "start-index") + entries)
    return None


def is_wordpress(feed: dict) -> bool:
    """A WordPress feed names wordpress.org as its generator."""
    return "wordpress.org" in (feed.get("generator") or "").lower()


def is_blogger(feed: dict) -> bool:
    """A Blogger feed names Blogger as its generator or has a blogger.com tag id."""
    return (feed.get("generator") or "").lower() == "blogger" or (feed.get("id") or "").startswith("tag:blogger.com")


def _number(url: str, name: str) -> int:
    # why: the first page of a WordPress or Blogger feed has no paging parameter: it is page 1 / index 1
    value = dict(parse_qsl(urlsplit(url).query)).get(name, "")
    return int(value) if value.isdigit() else 1


def _with_query(url: str, name: str, value: int) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name] + [(name, str(value))]
    return urlunsplit(parts._replace(query=urlencode(query)))
