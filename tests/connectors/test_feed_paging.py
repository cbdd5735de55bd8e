"""Feed paging: where the next older page is, and the limits of one page fetch."""

from __future__ import annotations

import time

import pytest

from auditor.errors import SourceError
from connectors import feed_paging
from connectors.feed_hosts import Hosts
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


def test_a_page_on_another_host_is_refused_before_any_request() -> None:
    with FeedServer() as server, FeedServer("127.0.0.2") as other:
        url = other.add("/feed", b"<rss/>")
        with pytest.raises(feed_paging.FetchError, match=r"is not on http://127\.0\.0\.1:\d+, where the feed you"):
            feed_paging.get(url, timeout=5, hosts=Hosts(server.url("/feed")))
    assert other.requests == []


def test_a_page_sent_a_byte_at_a_time_ends_at_its_deadline() -> None:
    with FeedServer() as server:
        url = server.add("/drip", b"<rss><channel><title>t</title></channel></rss>", drip=0.1)
        started = time.monotonic()
        with pytest.raises(feed_paging.FetchError, match=r"took more than 1 s to arrive, not read$"):
            feed_paging.get(url, timeout=5, deadline=1)
        assert time.monotonic() - started < 3
        assert feed_paging.get(server.add("/fast", b"<rss/>"), timeout=5, deadline=1).data == b"<rss/>"
