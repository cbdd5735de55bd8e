"""Fetching a live feed page by page: one careful HTTP GET, and where the next (older) page of history is.

A page is fetched through the tool's one HTTP layer, `connectors.http_guard`, with `connectors.feed_hosts.Hosts` as
its policy, so every page and every redirect is checked before anything is sent there:
- only http(s), and only on the hosts the person named (the feed's own, https on that host, and those named with
  `--follow-host`): a page or redirect elsewhere is refused, never fetched;
- a deadline per page (`--feed-timeout`, 60 s by default): all of it, redirects included, however slowly the
  server sends (a per-read timeout alone let one byte every two seconds hang the run);
- a size cap per page (16 MB, once decompressed), read in streaming and refused as soon as it is passed.
Each refusal is a `FetchError` naming the page. A User-Agent naming the tool and the Accept of a feed reader are sent,
and the conditional headers of the last run; the person's proxy settings (http_proxy, no_proxy) are honoured.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import requests

from auditor import __version__
from auditor.core.errors import SourceError
from connectors.feed_hosts import Hosts
from connectors.http_guard import GuardedSession, Limits, Refused, TooLarge, TooSlow, failure, size

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
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    with GuardedSession(url, Limits(deadline, page_bytes), hosts or Hosts(url)) as session:
        try:
            response = session.get(url, headers=headers, timeout=timeout)
        except TooSlow:
            raise FetchError(url, f"took more than {deadline:g} s to arrive, not read") from None
        except TooLarge:
            raise FetchError(url, f"page is larger than {size(page_bytes)}, not read") from None
        except Refused as exc:  # elsewhere: the words are the policy's, `Hosts.refusal`
            raise FetchError(url, str(exc)) from None
        except (requests.RequestException, OSError, ValueError) as exc:
            raise FetchError(url, f"cannot be fetched ({failure(exc)})") from None
    if response.status_code == 304:
        return Page(url, 304, b"", _headers(response.headers, url))
    if not 200 <= response.status_code < 300:  # why 3xx too: a redirect without a Location is no page either
        code = response.status_code
        raise FetchError(url, f"HTTP {code} {response.reason or ''}".rstrip(), code)
    return Page(response.url, response.status_code, response.content, _headers(response.headers, response.url))


def _headers(raw: Mapping[str, str], url: str) -> dict[str, str]:
    # why: feedparser reads lower-case names; content-location lets it resolve relative links against the page
    headers = {name.lower(): value for name, value in raw.items()}
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
