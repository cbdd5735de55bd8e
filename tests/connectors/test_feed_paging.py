"""Feed paging: where the next older page is, and one page fetched through the HTTP guard, within its limits."""

from __future__ import annotations

import time

import pytest

from auditor.core.errors import SourceError
from connectors import feed_paging
from connectors.feed_hosts import Hosts
from tests.servers.feed_server import FeedServer

MB = 1024 * 1024
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


@pytest.mark.parametrize("options", [{}, {"length": False}, {"gzip": True, "length": False}],
                         ids=["announced", "unannounced", "gzip-bomb"])
def test_a_page_over_the_size_cap_is_refused(options: dict) -> None:
    with FeedServer() as server:
        url = server.add("/big", b"<rss>" + b" " * 2 * MB + b"</rss>", **options)
        with pytest.raises(feed_paging.FetchError, match=rf"^{url}: page is larger than 1 MB, not read$"):
            feed_paging.get(url, timeout=5, page_bytes=MB)
        page = feed_paging.get(url, timeout=5)
    assert page.status == 200 and page.headers["content-location"] == url and len(page.data) == 2 * MB + 11
    assert page.headers["content-type"] == "application/rss+xml; charset=utf-8"


def test_a_page_is_asked_for_as_a_feed_reader_asks_and_not_modified_is_a_page() -> None:
    with FeedServer() as server:
        url = server.add("/feed", b"<rss/>", etag='"v1"')
        page = feed_paging.get(url, timeout=5, etag='"v1"', modified="Mon, 01 Jan 2024 10:00:00 GMT")
    assert (page.url, page.status, page.data, page.headers["etag"]) == (url, 304, b"", '"v1"')
    (_, sent), = server.requests
    assert sent["User-Agent"] == feed_paging.USER_AGENT and sent["Accept"] == feed_paging.ACCEPT
    assert sent["If-None-Match"] == '"v1"' and sent["If-Modified-Since"] == "Mon, 01 Jan 2024 10:00:00 GMT"


@pytest.mark.parametrize(("status", "problem"), [(404, "HTTP 404 Not Found"), (410, "HTTP 410 Gone"),
                                                 (302, "HTTP 302 Found")])  # a redirect without a Location
def test_an_http_error_is_a_fetch_error_with_its_status(status: int, problem: str) -> None:
    with FeedServer() as server:
        url = server.add("/gone", b"", status=status)
        with pytest.raises(feed_paging.FetchError, match=f"^{url}: {problem}$") as caught:
            feed_paging.get(url, timeout=5)
    assert caught.value.status == status


def test_redirects_are_followed_on_the_named_hosts_and_the_page_names_where_it_ended() -> None:
    with FeedServer() as server, FeedServer("127.0.0.2") as other:
        final = other.add("/feed", b"<rss/>")
        server.add("/moved", b"", status=301, headers={"Location": "/there"})
        url = server.add("/there", b"", status=302, headers={"Location": final})
        page = feed_paging.get(server.url("/moved"), timeout=5, hosts=Hosts(url, (other.netloc,)))
    assert (page.url, page.data, page.headers["content-location"]) == (final, b"<rss/>", final)
    assert [path for path, _ in server.requests] == ["/moved", "/there"] and other.hits["/feed"] == 1


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/feed", "/relative/feed", "http:///x"])
def test_only_absolute_http_urls(url: str) -> None:
    with pytest.raises(SourceError, match="only http"):
        feed_paging.check_url(url)


def test_a_page_or_redirect_to_another_host_is_refused_before_any_request() -> None:
    with FeedServer() as server, FeedServer("127.0.0.2") as other:
        url = other.add("/feed", b"<rss/>")
        with pytest.raises(feed_paging.FetchError, match=rf"^{url}: is not on http://127\.0\.0\.1:\d+, where the feed"):
            feed_paging.get(url, timeout=5, hosts=Hosts(server.url("/feed")))
        moved = server.add("/moved", b"", status=307, headers={"Location": url})
        with pytest.raises(feed_paging.FetchError, match=rf"^{moved}: redirects to {url}, which is not on http://"):
            feed_paging.get(moved, timeout=5)
    assert other.requests == []


def test_a_page_that_cannot_be_fetched_says_why_in_few_words() -> None:
    with pytest.raises(feed_paging.FetchError, match=r"^http://127\.0\.0\.1:1/feed: cannot be fetched \(\[Errno 111\] "
                                                     r"Connection refused\)$"):
        feed_paging.get("http://127.0.0.1:1/feed", timeout=5)  # nothing listens there


def test_the_proxy_of_the_environment_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with FeedServer() as proxy:
        monkeypatch.setenv("http_proxy", f"http://{proxy.netloc}")
        proxy.add("http://blog.example/feed", b"<rss/>")  # asked of a proxy, a request names the whole URL
        page = feed_paging.get("http://blog.example/feed", timeout=5)
    assert (page.url, page.data) == ("http://blog.example/feed", b"<rss/>")
    assert proxy.requests[0][1]["Host"] == "blog.example"


def test_a_page_sent_a_byte_at_a_time_ends_at_its_deadline() -> None:
    with FeedServer() as server:
        url = server.add("/drip", b"<rss><channel><title>t</title></channel></rss>", drip=0.1)
        started = time.monotonic()
        with pytest.raises(feed_paging.FetchError, match=r"took more than 1 s to arrive, not read$"):
            feed_paging.get(url, timeout=5, deadline=1)
        assert time.monotonic() - started < 3
        assert feed_paging.get(server.add("/fast", b"<rss/>"), timeout=5, deadline=1).data == b"<rss/>"
