"""Fetching a live feed page by page: one careful HTTP GET, and where the next (older) page of history is.

Only http(s), also across redirects, and only on the scheme, host and port of the feed the person named (`Hosts`:
http may become https there; `--follow-host` names more): paging links and redirects elsewhere are refused, never
fetched. A timeout and a size cap per page; a User-Agent naming the tool; the person's own proxy settings
(http_proxy/no_proxy) are honoured, nothing else is sent.
"""

from __future__ import annotations

import http.client
import urllib.request
from dataclasses import dataclass, field
from urllib.error import HTTPError, URLError
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from auditor import __version__
from auditor.errors import SourceError

USER_AGENT = f"auditor/{__version__} (local self-audit of the reader's own blog)"
PAGE_BYTES = 16 * 1024 * 1024
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


_DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_host(text: str) -> tuple[str, int | None]:
    """`host` or `host:port` (or a URL's host part) as (lower-case host, port or None); ValueError for anything else."""
    text = text.strip()
    parts = urlsplit(text if "://" in text else f"//{text}")
    host = (parts.hostname or "").rstrip(".")
    if not host or parts.path not in ("", "/") or parts.query or parts.username is not None:
        raise ValueError(f"{text!r} is not a host name or host:port")
    return host, parts.port  # why .port: it raises ValueError for a port that is not a number from 0 to 65535


def _origin(url: str) -> tuple[str, str, int] | None:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or _DEFAULT_PORTS.get(scheme)
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

    def refusal(self, url: str) -> str:
        """Why `url` is not fetched, and how to allow it if it can be."""
        target, named = _origin(url), _origin(self.named)
        where = f"{named[0]}://{_netloc(named[1], named[2])}" if named else self.named
        if target is None or named is None or (named[0], target[0]) == ("https", "http"):
            return f"is not on {where}, where the feed you named is (and not https): not fetched"
        spec = target[1] if target[2] == _DEFAULT_PORTS[target[0]] else _netloc(target[1], target[2])
        return f"is not on {where}, where the feed you named is: not fetched (--follow-host {spec} allows it)"


def _netloc(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


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


def _opener(hosts: Hosts) -> urllib.request.OpenerDirector:
    # why: build_opener would add file:, ftp: and data: handlers; a feed fetcher needs http(s) only
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                    _Redirects(hosts), urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def check_url(url: str) -> None:
    """Refuse anything but an absolute http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise SourceError(url, "only http:// and https:// feeds can be fetched")


def get(url: str, timeout: float, etag: str | None = None, modified: str | None = None,
        page_bytes: int = PAGE_BYTES, hosts: Hosts | None = None) -> Page:
    """GET one page, from and through `hosts` only (by default the page's own); a 304 answer to the conditional
    headers comes back as a `Page` with status 304."""
    check_url(url)
    hosts = hosts or Hosts(url)
    if not hosts.allows(url):
        raise FetchError(url, hosts.refusal(url))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    if etag:
        request.add_header("If-None-Match", etag)
    if modified:
        request.add_header("If-Modified-Since", modified)
    try:
        with _opener(hosts).open(request, timeout=timeout) as response:
            data = response.read(page_bytes + 1)
            if len(data) > page_bytes:
                raise FetchError(url, f"page is larger than {page_bytes // (1024 * 1024)} MB, not read")
            return Page(response.geturl(), response.status, data, _headers(response.headers, response.geturl()))
    except HTTPError as exc:
        if exc.code == 304:
            return Page(url, 304, b"", _headers(exc.headers, url))
        raise FetchError(url, f"HTTP {exc.code} {exc.reason}", exc.code) from None
    except (URLError, TimeoutError, OSError, http.client.HTTPException, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise FetchError(url, f"cannot be fetched ({reason})") from None


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
