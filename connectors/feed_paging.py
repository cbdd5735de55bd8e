"""Fetching a live feed page by page: one careful HTTP GET, and where the next (older) page of history is.

Only http(s), also across redirects; a timeout and a size cap per page; a User-Agent naming the tool; the
person's own proxy settings (http_proxy/no_proxy) are honoured, nothing else is sent.
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


class _HttpOnlyRedirect(urllib.request.HTTPRedirectHandler):
    """Follows redirects only to http(s): a feed must not bounce the tool to file:// or ftp://."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        check_url(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    # why: build_opener would add file:, ftp: and data: handlers; a feed fetcher needs http(s) only
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                    _HttpOnlyRedirect(), urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def check_url(url: str) -> None:
    """Refuse anything but an absolute http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise SourceError(url, "only http:// and https:// feeds can be fetched")


def get(url: str, timeout: float, etag: str | None = None, modified: str | None = None,
        page_bytes: int = PAGE_BYTES) -> Page:
    """GET one page; a 304 answer to the conditional headers comes back as a `Page` with status 304."""
    check_url(url)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    if etag:
        request.add_header("If-None-Match", etag)
    if modified:
        request.add_header("If-Modified-Since", modified)
    try:
        with _opener().open(request, timeout=timeout) as response:
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
