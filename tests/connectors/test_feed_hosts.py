"""Feed hosts: the named feed's scheme, host and port, http becoming https there, --follow-host values, and the
words of a refusal."""

from __future__ import annotations

import pytest

from connectors import feed_hosts


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
    ("http://b.ca/feed", ("b.ca:21",), "ftp://b.ca:21/feed", False),  # a followed host is followed over http(s) only
    ("http://b.ca/feed", (), "file:///etc/passwd", False),
])
def test_only_the_named_host_and_those_followed_are_allowed(named: str, follow: tuple[str, ...], url: str,
                                                            allowed: bool) -> None:
    assert feed_hosts.Hosts(named, follow).allows(url) is allowed


@pytest.mark.parametrize(("text", "expected"), [
    ("cdn.b.ca", ("cdn.b.ca", None)), ("CDN.B.CA:8443", ("cdn.b.ca", 8443)), ("https://cdn.b.ca/", ("cdn.b.ca", None)),
    ("[::1]:81", ("::1", 81)), ("cdn.b.ca/feeds", ValueError), ("a:b", ValueError), ("", ValueError),
    ("me@cdn.b.ca", ValueError), ("cdn b.ca", ValueError), ("cdn.b.ca?x", ValueError),
])
def test_follow_host_values(text: str, expected: tuple | type) -> None:
    if expected is ValueError:
        with pytest.raises(ValueError):
            feed_hosts.parse_host(text)
    else:
        assert feed_hosts.parse_host(text) == expected


@pytest.mark.parametrize(("url", "redirect", "words"), [
    ("http://127.0.0.2:81/old", False,
     "is not on http://b.ca:80, where the feed you named is: not fetched (--follow-host 127.0.0.2:81 allows it)"),
    ("https://cdn.b.ca/old", True, "redirects to https://cdn.b.ca/old, which is not on http://b.ca:80, where the feed "
                                   "you named is: not fetched (--follow-host cdn.b.ca allows it)"),
    ("file:///etc/passwd", True, "redirects to file:///etc/passwd, which is neither http:// nor https://: not fetched "
                                 "(only http:// and https:// feeds can be)"),
    ("http://x.ca/" + "a" * 70_000, True, "redirects to http://x.ca/" + "a" * 288 + "…, which is not on"),
])
def test_a_refusal_names_the_page_and_how_to_allow_it(url: str, redirect: bool, words: str) -> None:
    assert feed_hosts.Hosts("http://b.ca/feed").refusal(url, redirect=redirect).startswith(words)
