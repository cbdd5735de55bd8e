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
