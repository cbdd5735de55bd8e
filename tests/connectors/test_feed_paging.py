"""Feed paging: where the next older page is, and the limits of one page fetch."""

from __future__ import annotations

import pytest

from auditor.errors import SourceError
from connectors import feed_paging
from tests.servers.feed_server import FeedServer

WP = {"generator": "https://wordpress.org/?v=6.5"}
BLOGGER = {"generator": "Blogger"}


@pytest.mark.parametrize(("feed", "url", "entries", "expected"), [
    ({"links": [{"rel": "prev-archive", "href": "/a/2"}]}, "https://b.ca/feed", 5, "https://b.ca/a/2"),
    ({"links": [{"rel": "next", "href": "https://b.ca/f?page=2"}]}, "https://b.ca/f", 5, "https://b.ca/f?page=2"),
    (WP, "https://b.ca/feed/", 10, "https://b.ca/feed/?paged=2"),
    (WP, "https://b.ca/feed/?paged=2", 10, "https://b.ca/feed/?paged=3"),
    (BLOGGER, "https://c.blogspot.com/feeds/posts/default?max-results=25", 25,
     "https://c.blogspot.com/feeds/posts/default?max-results=25&start-index=26"),
    (BLOGGER, "https://c.blogspot.com/feeds/posts/default?start-index=26", 0, None),
    ({"generator": "Hugo"}, "https://b.ca/index.xml", 10, None),
])
def test_next_page(feed: dict, url: str, entries: int, expected: str | None) -> None:
    assert feed_paging.next_page(feed, url, entries) == expected


def test_a_page_over_the_size_cap_is_refused() -> None:
    with FeedServer() as server:
        url = server.add("/big", b"<rss>" + b" " * 5000 + b"</rss>")
        with pytest.raises(feed_paging.FetchError, match="larger than"):
            feed_paging.get(url, timeout=5, page_bytes=1000)
        page = feed_paging.get(url, timeout=5)
    assert page.status == 200 and page.headers["content-location"] == url
    assert page.headers["content-type"] == "application/rss+xml; charset=utf-8"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/feed", "/relative/feed", "http:///x"])
def test_only_absolute_http_urls(url: str) -> None:
    with pytest.raises(SourceError, match="only http"):
        feed_paging.check_url(url)


@pytest.mark.parametrize(("named", "follow", "url", "allowed"), [
    ("http://b.ca/feed", (), "http://b.ca/feed?paged=2", True),
    ("http://b.ca/feed", (), "http://B.CA./archive", True),  # host names ignore case and a final dot
    ("http://b.ca/feed", (), "https://b.ca/feed", True),  # http may become https on the same host: 80 -> 443
    ("http://b.ca:8080/feed", (), "https://b.ca:8080/feed", True),  # or on the same port
    ("http://b.ca:8080/feed", (), "https://b.ca/feed", False),
    ("https://b.ca/feed", (), "http://b.ca/feed", False),  # never back from https to http
    ("https://b.ca/feed", (), "https://b.ca:8443/feed", False),  # another port is another server
    ("http://127.0.0.1:8000/f", (), "http://127.0.0.2:8000/f", False),
    ("http://127.0.0.1:8000/f", (), "http://localhost:8000/f", False),  # names are compared, not resolved
    ("https://b.ca/feed", (), "https://cdn.b.ca/feed", False),  # a subdomain is another host
    ("https://b.ca/feed", ("cdn.b.ca",), "https://cdn.b.ca/feed", True),
    ("https://b.ca/feed", ("cdn.b.ca",), "https://cdn.b.ca:8443/feed", False),  # a bare host allows default ports
    ("https://b.ca/feed", ("cdn.b.ca",), "http://cdn.b.ca/feed", False),
    ("http://b.ca/feed", ("cdn.b.ca",), "http://cdn.b.ca/feed", True),
    ("http://b.ca/feed", ("127.0.0.2:81",), "http://127.0.0.2:81/x", True),
    ("http://b.ca/feed", ("[::1]:81",), "http://[::1]:81/x", True),
    ("http://b.ca/feed", (), "http://b.ca:99999/x", False),
])
def test_only_the_named_host_and_those_followed_are_allowed(named: str, follow: tuple[str, ...], url: str,
                                                            allowed: bool) -> None:
    assert feed_paging.Hosts(named, follow).allows(url) is allowed


@pytest.mark.parametrize(("text", "expected"), [
    ("cdn.b.ca", ("cdn.b.ca", None)), ("CDN.B.CA:8443", ("cdn.b.ca", 8443)), ("https://cdn.b.ca/", ("cdn.b.ca", None)),
    ("[::1]:81", ("::1", 81)), ("cdn.b.ca/feeds", ValueError), ("a:b", ValueError), ("", ValueError),
    ("me@cdn.b.ca", ValueError),
])
def test_follow_host_values(text: str, expected: tuple | type) -> None:
    if expected is ValueError:
        with pytest.raises(ValueError):
            feed_paging.parse_host(text)
    else:
        assert feed_paging.parse_host(text) == expected


def test_a_page_on_another_host_is_refused_before_any_request() -> None:
    with FeedServer() as server, FeedServer("127.0.0.2") as other:
        url = other.add("/feed", b"<rss/>")
        with pytest.raises(feed_paging.FetchError, match=r"is not on http://127\.0\.0\.1:\d+, where the feed you"):
            feed_paging.get(url, timeout=5, hosts=feed_paging.Hosts(server.url("/feed")))
    assert other.requests == []
