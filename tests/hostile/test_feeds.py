"""Hostile feeds (issue 14) through the real `auditor scan`, under a memory ceiling and a deadline: entity bombs that
slipped past the prolog sniffer, a base URI joined onto every link, paging and redirects to hosts nobody named, a
transient error on an older page, and a server that drips its answer. Each is one clear line, never a traceback."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tests.hostile.bounded import Run, run
from tests.servers.feed_server import FeedServer

BOMB_MB = 400  # an idle scan peaks near 170 MB; before the fix a 64 KB bomb took 1.8 GB, a served one 24 GB
VALUE, REFS = "A" * 4000, "&a;" * 20_000  # one 4 KB entity used 20,000 times: 80 MB of text from 64 KB


def _bomb(prolog: str = '<?xml version="1.0"?>\n', entity: str = "<!ENTITY") -> str:
    # why a line of its own for the declaration: feedparser's prolog rewrite keeps only those it finds at a line start
    return (f'{prolog}<!DOCTYPE rss [\n{entity} a "{VALUE}">\n]>\n<rss version="2.0"><channel><title>t</title>'
            f"<item><title>x</title><description>{REFS}</description></item></channel></rss>")


def _scan(tmp_path: Path, *sources: str, options: tuple[str, ...] = ()) -> Run:
    result = run(["scan", *sources, "--out", str(tmp_path / "out" / "report.html"), "--store",
                  str(tmp_path / "store.sqlite"), *options])
    assert "Traceback" not in result.output and result.code is not None, result.output
    return result


def _refused(result: Run, source: str, needle: str) -> None:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.code == 1 and len(lines) == 1, result.output
    assert lines[0].startswith(f"auditor: {source}: ") and needle in lines[0], result.output


@pytest.fixture
def server():
    with FeedServer() as running:
        yield running


# --- 1. entity bombs and other expansions ---------------------------------------------------------------------

def test_a_local_bomb_behind_a_kelvin_sign_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "feed.rss"
    bomb.write_text(_bomb('<?xml version="1.0"?>\n<!-- <\u212a:feed> -->\n'), encoding="utf-8")  # lower(): "<k:feed>"
    result = _scan(tmp_path, str(bomb))
    _refused(result, str(bomb), "declares XML entities")
    assert result.peak_mb < BOMB_MB


UTF7_ENTITY = "+ADwAIQ-ENTITY"  # "<!ENTITY" in UTF-7: no "<!ENTITY" byte string anywhere in the file
SERVED_BOMBS = {
    "70 KB comment first": (_bomb(f'<?xml version="1.0"?>\n<!--{"x" * 70_000}-->\n').encode(), "application/rss+xml"),
    "UTF-16, no BOM": (_bomb('<?xml version="1.0" encoding="UTF-16"?>\n').encode("utf-16-le"), "application/xml"),
    "UTF-16 with BOM": (_bomb().encode("utf-16"), "application/xml"),
    "declared UTF-7": (_bomb('<?xml version="1.0" encoding="utf-7"?>\n', UTF7_ENTITY).encode(), "application/xml"),
    "HTTP charset UTF-7": (_bomb("", UTF7_ENTITY).encode(), "application/rss+xml; charset=utf-7"),
}


@pytest.mark.parametrize("name", list(SERVED_BOMBS))
def test_served_bombs_are_refused_in_their_real_encoding(tmp_path: Path, server: FeedServer, name: str) -> None:
    body, content_type = SERVED_BOMBS[name]
    url = server.add("/feed", body, content_type)
    result = _scan(tmp_path, url)
    _refused(result, url, "declares XML entities")
    assert result.peak_mb < BOMB_MB


def test_a_bomb_on_an_older_page_is_skipped_and_the_newer_page_kept(tmp_path: Path, server: FeedServer) -> None:
    server.add("/old", _bomb(f'<?xml version="1.0"?>\n<!--{"x" * 70_000}-->\n'))
    url = server.add("/feed", _atom(["e2"], '<link rel="prev-archive" href="/old"/>'), "application/atom+xml")
    result = _scan(tmp_path, url)
    assert result.code == 0 and "Read 1 posts" in result.output, result.output
    assert f"declares XML entities (an entity-expansion or external-entity attack?), not read  [{server.url('/old')}]" \
        in result.output
    assert result.peak_mb < BOMB_MB


WXR = ('<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/'
       f'modules/content/"><channel><item><title>t</title><content:encoded>{REFS}</content:encoded><wp:post_type>post'
       "</wp:post_type><wp:status>publish</wp:status></item></channel></rss>")
DOCTYPE = f'<!DOCTYPE rss [\n<!ENTITY a "{VALUE}">\n]>\n'
WXR_BOMBS = {  # the same bypasses against the WordPress path (lxml, xmlsafe.records): refused there too
    "Kelvin sign": f'<?xml version="1.0"?>\n<!-- <\u212a:feed> -->\n{DOCTYPE}{WXR}'.encode(),
    "UTF-16, no BOM": f'<?xml version="1.0" encoding="UTF-16"?>\n{DOCTYPE}{WXR}'.encode("utf-16-le"),
    "parameter entity": f"""<!DOCTYPE rss [<!ENTITY % p "<!ENTITY a '{VALUE}'>"> %p;]>{WXR}""".encode(),
}


@pytest.mark.parametrize("name", list(WXR_BOMBS))
def test_the_wordpress_path_refuses_the_same_bypasses(tmp_path: Path, name: str) -> None:
    export = tmp_path / "export.xml"
    export.write_bytes(WXR_BOMBS[name])
    result = _scan(tmp_path, str(export))
    _refused(result, str(export), "declares XML entities in a DOCTYPE")
    assert result.peak_mb < BOMB_MB


def _long_base(base_kb: int, links: int) -> str:
    # why: feedparser joins the xml:base onto every relative link of the content: base size x links, no entity needed
    base = f"http://b.example/{'b' * base_kb * 1024}/"
    return (f'<rss version="2.0"><channel xml:base="{base}"><title>t</title><item><title>x</title>'
            f"<description>{''.join(f'&lt;a href=q{n}&gt;l&lt;/a&gt;' for n in range(links))}</description>"
            "</item></channel></rss>")


@pytest.mark.parametrize(("base_kb", "links", "needle"), [
    (20, 2_000, "expands to"),  # 60 KB -> 40 MB of links: within the parser's memory, refused by the text bound
    (200, 3_000, "MB of memory to read"),  # 290 KB -> 600 MB in feedparser alone (1.7 GB before): the child's ceiling
])
def test_a_long_base_uri_cannot_expand_without_limit(tmp_path: Path, base_kb: int, links: int, needle: str) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_text(_long_base(base_kb, links))
    result = _scan(tmp_path, str(feed))
    _refused(result, str(feed), needle)
    assert "(an expansion attack?), not read" in result.output and result.peak_mb < 1000


def _atom(entries: list[str], links: str = "") -> str:
    body = "".join(f"<entry><id>urn:{e}</id><title>{e}</title><published>2024-02-{int(e[1:]):02d}T10:00:00Z"
                   f"</published><content type='html'>Billet {e}</content></entry>" for e in entries)
    return f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom blog</title><id>tag:x</id>{links}{body}</feed>'


# --- 2. paging and redirects stay on the host the person named ---------------------------------------------------

@pytest.fixture
def elsewhere():
    """Two more servers nobody named: another loopback address, and another port on the feed's own address."""
    with FeedServer("127.0.0.2") as other_address, FeedServer() as other_port:
        for foreign in (other_address, other_port):
            foreign.add("/old", _atom(["e1"]), "application/atom+xml")
        yield other_address, other_port


def _stored_ids(tmp_path: Path) -> set[str]:
    with sqlite3.connect(tmp_path / "store.sqlite") as db:
        return {post_id for (post_id,) in db.execute("SELECT post_id FROM posts")}


def test_older_pages_on_other_hosts_are_refused_and_never_fetched(tmp_path: Path, server: FeedServer,
                                                                 elsewhere: tuple[FeedServer, FeedServer]) -> None:
    other_address, other_port = elsewhere
    server.add("/moved", b"", status=302, headers={"Location": other_address.url("/old")})
    feeds = [server.add("/a", _atom(["e3"], f'<link rel="prev-archive" href="{other_port.url("/old")}"/>'),
                        "application/atom+xml"),
             server.add("/b", _atom(["e4"], f'<link rel="next" href="{other_address.url("/old")}"/>'),
                        "application/atom+xml"),
             server.add("/c", _atom(["e5"], '<link rel="next" href="/moved"/>'), "application/atom+xml")]
    result = _scan(tmp_path, *feeds)
    assert result.code == 0 and "Read 3 posts" in result.output, result.output
    refused = f"is not on http://{server.netloc}, where the feed you named is: not fetched"
    assert f"{refused} (--follow-host {other_port.netloc} allows it)  [{other_port.url('/old')}]" in result.output
    assert f"{refused} (--follow-host {other_address.netloc} allows it)  [{other_address.url('/old')}]" \
        in result.output
    assert (f"redirects to {other_address.url('/old')}, which {refused} (--follow-host {other_address.netloc} "
            f"allows it)  [{server.url('/moved')}]") in result.output
    assert other_address.requests == [] and other_port.requests == []
    assert _stored_ids(tmp_path) == {"blog:urn:e3", "blog:urn:e4", "blog:urn:e5"}
    assert "Billet e1" not in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


def test_a_first_request_redirected_to_another_host_is_one_line_naming_both(
        tmp_path: Path, server: FeedServer, elsewhere: tuple[FeedServer, FeedServer]) -> None:
    other_address, _ = elsewhere
    url = server.add("/feed", b"", status=302, headers={"Location": other_address.url("/old")})
    result = _scan(tmp_path, url)
    _refused(result, url, f"redirects to {other_address.url('/old')}, which is not on http://{server.netloc}")
    assert other_address.requests == []


def test_follow_host_allows_the_host_it_names_and_no_other(tmp_path: Path, server: FeedServer,
                                                          elsewhere: tuple[FeedServer, FeedServer]) -> None:
    other_address, other_port = elsewhere
    links = f'<link rel="prev-archive" href="{other_address.url("/old")}"/>'
    other_address.add("/old", _atom(["e2"], f'<link rel="prev-archive" href="{other_port.url("/old")}"/>'),
                      "application/atom+xml")
    url = server.add("/feed", _atom(["e3"], links), "application/atom+xml")
    result = _scan(tmp_path, url, options=("--follow-host", other_address.netloc))
    assert result.code == 0 and "Read 2 posts" in result.output, result.output
    assert other_address.hits["/old"] == 1 and other_port.requests == []
    assert f"(--follow-host {other_port.netloc} allows it)  [{other_port.url('/old')}]" in result.output
    assert _stored_ids(tmp_path) == {"blog:urn:e2", "blog:urn:e3"}


# --- 5. a transient error on an older page ------------------------------------------------------------------------

def test_an_older_page_that_failed_is_skipped_until_a_later_run_reads_it(tmp_path: Path, server: FeedServer) -> None:
    server.add("/old", _atom(["e1", "e2"]), "application/atom+xml", failures=2)  # HTTP 500 twice, then recovers
    url = server.add("/feed", _atom(["e3"], '<link rel="prev-archive" href="/old"/>'), "application/atom+xml",
                     etag='"v1"')
    skipped = f"HTTP 500 Internal Server Error  [{server.url('/old')}]"
    for attempt in (1, 2):
        result = _scan(tmp_path, url)
        assert result.code == 0 and skipped in result.output, result.output
        assert _stored_ids(tmp_path) == {"blog:urn:e3"}, attempt
    result = _scan(tmp_path, url)
    assert result.code == 0 and "Skipped in this scan: nothing." in result.output, result.output
    assert f"reading back to {server.url('/old')}" in result.output
    assert _stored_ids(tmp_path) == {"blog:urn:e1", "blog:urn:e2", "blog:urn:e3"}
    result = _scan(tmp_path, url)
    assert "Skipped in this scan: nothing." in result.output, result.output
    assert "not modified since the last run" in result.output, result.output
    assert server.hits["/old"] == 3


# --- 6. a server that drips its answer ---------------------------------------------------------------------------

def test_a_dripping_older_page_ends_at_the_deadline_as_a_skip(tmp_path: Path, server: FeedServer) -> None:
    server.add("/old", _atom(["e1"]), "application/atom+xml", drip=0.5)  # a byte every half second: minutes
    url = server.add("/feed", _atom(["e2"], '<link rel="prev-archive" href="/old"/>'), "application/atom+xml")
    started = time.monotonic()
    result = _scan(tmp_path, url, options=("--feed-timeout", "2"))
    assert time.monotonic() - started < 30
    assert result.code == 0 and "Read 1 posts" in result.output, result.output
    assert f"took more than 2 s to arrive, not read  [{server.url('/old')}]" in result.output


def test_a_dripping_first_page_is_one_line(tmp_path: Path, server: FeedServer) -> None:
    url = server.add("/feed", _atom(["e2"]), "application/atom+xml", drip=0.5)
    result = _scan(tmp_path, url, options=("--feed-timeout", "2"))
    _refused(result, url, "took more than 2 s to arrive, not read")


# --- the size cap: a page bigger than 16 MB, however it is sent, is refused before it is held ---------------------

@pytest.mark.parametrize("gzip, length", [(False, True), (False, False), (True, False)],
                         ids=["announced", "unannounced", "gzip bomb"])
def test_a_page_past_the_cap_is_refused_before_it_is_held(tmp_path: Path, server: FeedServer, gzip: bool,
                                                          length: bool) -> None:
    huge = _atom(["e1"]).replace("</feed>", "<!--" + "x" * (200 * 1024 * 1024) + "--></feed>")
    server.add("/old", huge, "application/atom+xml", gzip=gzip, length=length)
    url = server.add("/feed", _atom(["e2"], '<link rel="prev-archive" href="/old"/>'), "application/atom+xml")
    result = _scan(tmp_path, url)
    assert result.code == 0 and "Read 1 posts" in result.output, result.output
    assert f"page is larger than 16 MB, not read  [{server.url('/old')}]" in result.output
    assert result.peak_mb < BOMB_MB
