"""Feeds: every sample feed file read locally, the same quirks over real HTTP, and live paging with state."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.core.errors import SourceError
from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import feed_rows, feed_walk, feeds
from connectors.archive import open_archive
from connectors.base import ImportLog
from tests.servers.feed_server import FeedServer

#: every file under samples/feeds -> rows imported, or the words of the reason it is unreadable
EXPECTED = {
    "encoding/bozo_bogus_encoding.xml": "not a readable feed (CharacterEncodingOverride",
    "encoding/bozo_encoding_mismatch_crash.xml": 1,
    "encoding/bozo_http_text_plain.xml": 0,
    "encoding/bozo_linenoise.xml": 1,
    "encoding/double-encoded-html.xml": 1,
    "encoding/http_text_xml_charset_overrides_encoding.xml": 0,
    "illformed/aaa_illformed.xml": "not a readable feed (SAXParseException",
    "illformed/chardet/koi8r.xml": 1,
    "illformed/http_high_bit_date.xml": 0,
    "illformed/rss_empty_document.xml": "is not a known export",
    "illformed/rss_item_link_corrupted_ampersands.xml": 1,
    "illformed/undeclared_namespace.xml": "not a readable feed (SAXParseException",
    "wellformed/atom/entry_published_parsed_date_overwriting.xml": 1,
    "wellformed/atom10/entry_content_escaped_markup.xml": 1,
    "wellformed/atom10/entry_content_inline_markup.xml": 1,
    "wellformed/atom10/relative_uri_inherit.xml": 0,
    "wellformed/base/http_entry_content_base_content_location.xml": 1,
    "wellformed/base/http_item_description_base_docuri.xml": 1,
    "wellformed/base/relative_xml_base.xml": 1,
    "wellformed/namespace/atomthreadingwithentry.xml": 1,
    "wellformed/namespace/rss1.0withModules.xml": 1,
    "wellformed/namespace/rss2.0noNSwithModules.xml": 1,
    "wellformed/namespace/rss2.0withAtomNS.xml": 1,
    "wellformed/rdf/rss_version_10.xml": 0,
    "wellformed/rss/item_content_encoded.xml": 1,
    "wellformed/rss/item_description_escaped_markup.xml": 1,
    "wellformed/rss/item_enclosure_multiple.xml": 1,
    "wellformed/rss/item_guid_not_permalink.xml": 1,
    "wellformed/rss/item_pubDate_map_updated_parsed.xml": 1,
    "wellformed/rss/item_title.xml": 1,
    "wellformed/sanitize/entry_content_script.xml": 1,
    "wellformed/sanitize/large_atom_feed_that_needs_css_sanitisation.xml": 15,
}
ILL_FORMED_WITH_ENTRIES = {"encoding/bozo_encoding_mismatch_crash.xml", "encoding/bozo_linenoise.xml",
                           "illformed/chardet/koi8r.xml", "illformed/rss_item_link_corrupted_ampersands.xml"}


def _import(path: Path):
    imports = open_source(str(path))
    frame = to_frame(row for found in imports for row in found.rows())
    return frame, [note for found in imports for note in found.log.notes], imports


def test_the_table_covers_every_sample_feed(samples: Path) -> None:
    on_disk = {p.relative_to(samples / "feeds").as_posix() for p in (samples / "feeds").rglob("*.xml")}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize(("name", "expected"), sorted(EXPECTED.items()))
def test_every_sample_feed_imports_or_says_why_not(samples: Path, name: str, expected: int | str) -> None:
    path = samples / "feeds" / name
    if isinstance(expected, str):
        with pytest.raises(SourceError, match=re.escape(expected)):
            _import(path)
        return
    frame, notes, imports = _import(path)
    assert [found.connector for found in imports] == [feeds]
    assert len(frame) == expected
    assert set(frame["platform"].astype(str)) <= {"blog"}
    assert all(found.log.skipped == [] for found in imports)
    ill_formed = [n for n in notes if "ill-formed feed" in n]
    assert len(ill_formed) == (1 if name in ILL_FORMED_WITH_ENTRIES else 0)
    assert (expected == 0) == any("has no entries" in n for n in notes)


def test_real_blog_feed_values(samples: Path) -> None:
    frame, _, _ = _import(samples / "feeds/wellformed/sanitize/large_atom_feed_that_needs_css_sanitisation.xml")
    first = frame.sort_values("created_at").iloc[-1]
    assert first["kind"] == "article" and first["visibility"] == "public"
    assert first["post_id"].startswith("blog:tag:touchnokia.ru,2009:")
    assert first["url"].startswith("http://touchnokia.ru/2009/")
    assert str(first["created_at"].tz) == "UTC"
    assert "<" not in first["text"] and len(first["text"]) > 100
    assert frame["title"].str.contains("Nokia").any()


@pytest.mark.parametrize(("name", "check"), [
    ("wellformed/rss/item_title.xml", lambda r: r["title"] == "Item 1 title" and r["kind"] == "article"),
    ("wellformed/rss/item_content_encoded.xml", lambda r: r["text"] == "Example content" and r["kind"] == "post"),
    ("wellformed/sanitize/entry_content_script.xml", lambda r: r["text"] == "safe description"),
    ("wellformed/rss/item_guid_not_permalink.xml",
     lambda r: r["post_id"] == "blog:http://guid.example.com/" and r["url"] is None),
    ("wellformed/rss/item_pubDate_map_updated_parsed.xml",
     lambda r: r["created_at"].isoformat() == "2004-01-01T19:48:21+00:00"),
    ("wellformed/rss/item_enclosure_multiple.xml", lambda r: r["media_count"] == 2),
    ("wellformed/namespace/rss2.0withAtomNS.xml",
     lambda r: r["account"] == "wearehugh" and r["hashtags"] == ["rsync", "vfat", "windows", "linux", "mount"]),
    ("wellformed/namespace/atomthreadingwithentry.xml",
     lambda r: r["kind"] == "comment" and r["account"] == "John"
     and r["reply_to"] == "http://salmon-test.blogspot.com/2009/10/test-post.html"),
    ("encoding/double-encoded-html.xml", lambda r: r["text"] == "\u2026"),
    ("illformed/rss_item_link_corrupted_ampersands.xml", lambda r: r["url"] == "http://link/get?a=1&b=2"),
])
def test_entry_values(samples: Path, name: str, check) -> None:
    log = ImportLog()
    rows = list(feeds.read(open_archive(samples / "feeds" / name), "", log))
    assert len(rows) == 1 and check(rows[0]), rows


@pytest.mark.parametrize("entities", [
    "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 9)),
    '<!ENTITY l8 SYSTEM "file:///etc/passwd">',
])
def test_feeds_declaring_entities_are_refused(tmp_path: Path, entities: str) -> None:
    bomb = tmp_path / "bomb.rss"
    bomb.write_text(f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{entities}]>'
                    "<rss><channel><item><title>&l8;</title><description>x</description></item></channel></rss>")
    with pytest.raises(SourceError, match="declares XML entities") as caught:
        _import(bomb)
    assert "root:" not in str(caught.value)


def test_a_post_quoting_an_entity_declaration_as_text_is_read(tmp_path: Path) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_text('<rss version="2.0"><channel><title>t</title><item><title>XXE</title><description>'
                    "&lt;!ENTITY x SYSTEM &quot;file:///etc/passwd&quot;&gt; is how it starts</description>"
                    "</item></channel></rss>")
    frame, _, _ = _import(feed)
    assert list(frame["text"]) == ['<!ENTITY x SYSTEM "file:///etc/passwd"> is how it starts']


def test_notes_of_the_parser_child_reach_the_log() -> None:
    log = ImportLog()
    assert feed_rows.parse(b"<rss><channel><title>t</title></channel></rss>", "f.rss", log).rows == []
    assert log.notes == ["f.rss: the feed has no entries"]


def test_an_entrys_language_is_the_one_its_text_declares(samples: Path, tmp_path: Path) -> None:
    """Atom's xml:lang on an entry's content is its language; else the RSS channel's <language>; a long xml:lang
    inherited by every entry is no language tag, and is not copied onto each row."""
    frame, _, _ = _import(samples / "feeds/wellformed/sanitize/large_atom_feed_that_needs_css_sanitisation.xml")
    assert frame["language"].tolist() == ["ru"] * 15  # each <content type="html" xml:lang="ru">; the feed has none
    frame, _, _ = _import(samples / "feeds/wellformed/namespace/rss2.0noNSwithModules.xml")
    assert frame["language"].tolist() == ["en-gb"]
    feed = tmp_path / "mixed.atom"
    feed.write_text(f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>t</title>'
                    '<entry><id>urn:a</id><title>a</title><content>Bonjour</content></entry>'
                    '<entry><id>urn:b</id><title>b</title><content xml:lang="de">Guten Tag</content></entry>'
                    f'<entry xml:lang="{"x" * 100}"><id>urn:c</id><title>c</title><content>?</content></entry>'
                    "</feed>", encoding="utf-8")
    frame, _, _ = _import(feed)
    assert dict(zip(frame["post_id"], frame["language"], strict=True)) == {
        "blog:urn:a": "fr", "blog:urn:b": "de", "blog:urn:c": "fr"}


def test_reading_a_feed_file_imports_no_http_client(samples: Path) -> None:
    """Archive detection imports every connector, feeds too: a feed file (and any archive) is read without requests,
    which only the live walk (`connectors.feed_walk`) imports."""
    code = ("import sys; from auditor.pipeline.sources import open_source; import connectors; "
            "connectors.all_connectors(); [list(f.rows()) for f in open_source(sys.argv[1])]; "
            "assert 'requests' not in sys.modules, 'requests imported'; "
            "import connectors.feed_walk; assert 'requests' in sys.modules")
    feed = samples / "feeds" / "wellformed" / "rss" / "item_title.xml"
    subprocess.run([sys.executable, "-c", code, str(feed)], check=True, cwd=Path(__file__).resolve().parents[2])


# --- live feeds over real HTTP -------------------------------------------------------------------------------

@pytest.fixture
def server():
    with FeedServer() as running:
        yield running


def _rss(items: list[tuple[str, str]], extra: str = "", generator: str = "") -> str:
    body = "".join(f"<item><title>{t}</title><guid>urn:{g}</guid><pubDate>{_day(g)}</pubDate>"
                   f"<description>&lt;p&gt;Post {t} &lt;a href='https://ex.org/{g}'&gt;l&lt;/a&gt;&lt;/p&gt;</description>"
                   "</item>" for g, t in items)
    gen = f"<generator>{generator}</generator>" if generator else ""
    return (f'<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            f"<title>Mon blogue</title>{gen}{extra}{body}</channel></rss>")


def _day(guid: str) -> str:
    return f"Mon, {int(guid[1:]):02d} Jan 2024 10:00:00 +0000"


def _atom(entries: list[str], links: str = "", generator: str = "") -> str:
    body = "".join(f"<entry><id>urn:{e}</id><title>{e}</title><published>2024-02-{int(e[1:]):02d}T10:00:00Z"
                   f"</published><content type='html'>Billet {e} déjà</content></entry>" for e in entries)
    return (f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom blog</title><id>tag:x</id>'
            f"{f'<generator>{generator}</generator>' if generator else ''}{links}{body}</feed>")


@pytest.mark.parametrize(("name", "outcome"), [
    ("encoding/bozo_http_text_plain.xml", "NonXMLContentType"),
    ("illformed/http_high_bit_date.xml", "CharacterEncodingOverride"),
    ("encoding/http_text_xml_charset_overrides_encoding.xml", 0),
    ("wellformed/base/http_item_description_base_docuri.xml", "/relative/uri"),
    ("wellformed/base/http_entry_content_base_content_location.xml", "http://example.com/relative/uri"),
])
def test_http_headers_apply(samples: Path, server: FeedServer, name: str, outcome: int | str) -> None:
    url = server.add_file(f"/tests/{name}", samples / "feeds" / name)
    log = ImportLog()
    if outcome in ("NonXMLContentType", "CharacterEncodingOverride"):
        with pytest.raises(SourceError, match=outcome):
            feed_walk.fetch(url, log=log)
    elif outcome == 0:
        assert feed_walk.fetch(url, log=log).rows == [] and log.skipped == []
    else:
        (row,) = feed_walk.fetch(url, log=log).rows
        expected = server.url(outcome) if outcome.startswith("/") else outcome
        assert row["links"] == [expected]
    assert server.hits[f"/tests/{name}"] == 1


def _archived(server: FeedServer) -> str:
    server.add("/archive/1", _atom(["e1", "e2"]), "application/atom+xml")
    server.add("/archive/2", _atom(["e3", "e4"], '<link rel="prev-archive" href="/archive/1"/>'),
               "application/atom+xml")
    return server.add("/feed", _atom(["e5", "e6"], '<link rel="prev-archive" href="/archive/2"/>'),
                      "application/atom+xml", etag='"v1"')


def test_three_page_archived_feed_imports_every_page(server: FeedServer) -> None:
    log = ImportLog()
    result = feed_walk.fetch(_archived(server), log=log)
    assert sorted(r["title"] for r in result.rows) == ["e1", "e2", "e3", "e4", "e5", "e6"]
    assert {p: server.hits[p] for p in ("/feed", "/archive/2", "/archive/1")} == {
        "/feed": 1, "/archive/2": 1, "/archive/1": 1}
    row = next(r for r in result.rows if r["title"] == "e5")
    assert row["post_id"] == "blog:urn:e5" and row["text"] == "Billet e5 déjà" and row["account"] == "Atom blog"
    assert row["created_at"].isoformat() == "2024-02-05T10:00:00+00:00"
    assert result.state["etag"] == '"v1"' and result.state["newest"] == "2024-02-06T10:00:00+00:00"
    assert log.skipped == []
    user_agents = {headers.get("User-Agent", "") for _, headers in server.requests}
    assert all(ua.startswith("auditor/") for ua in user_agents)


def test_second_fetch_with_state_gets_only_new_entries(server: FeedServer) -> None:
    first = feed_walk.fetch(_archived(server), log=ImportLog())
    before = len(server.requests)
    server.add("/feed", _atom(["e7", "e5", "e6"], '<link rel="prev-archive" href="/archive/2"/>'),
               "application/atom+xml", etag='"v2"')
    log = ImportLog()
    second = feed_walk.fetch(server.url("/feed"), since=first.state, log=log)
    assert [r["title"] for r in second.rows] == ["e7"]
    assert server.hits["/archive/1"] == 1  # the old history is not walked again
    assert server.requests[before] == ("/feed", server.requests[before][1])
    assert server.requests[before][1].get("If-None-Match") == '"v1"'
    assert second.state["newest"] == "2024-02-07T10:00:00+00:00" and "blog:urn:e1" in second.state["ids"]
    third = feed_walk.fetch(server.url("/feed"), since=second.state, log=log)
    assert third.rows == [] and third.state == second.state
    assert any("not modified" in note for note in log.notes)


def test_wordpress_paged_feed_until_404(server: FeedServer) -> None:
    wp = "https://wordpress.org/?v=6.5"
    url = server.add("/wp/feed/", _rss([("g3", "three"), ("g4", "four")], generator=wp))
    server.add("/wp/feed/?paged=2", _rss([("g1", "one"), ("g2", "two")], generator=wp))
    log = ImportLog()
    result = feed_walk.fetch(url, log=log)
    assert [r["title"] for r in result.rows] == ["three", "four", "one", "two"]
    assert result.rows[0]["links"] == ["https://ex.org/g3"] and result.rows[0]["text"] == "Post three l"
    assert server.hits["/wp/feed/?paged=3"] == 1 and log.skipped == []


def test_blogger_start_index_until_empty(server: FeedServer) -> None:
    url = server.add("/feeds/posts/default", _atom(["e4", "e3"], generator="Blogger"), "application/atom+xml")
    server.add("/feeds/posts/default?start-index=3", _atom(["e2", "e1"], generator="Blogger"), "application/atom+xml")
    server.add("/feeds/posts/default?start-index=5", _atom([], generator="Blogger"), "application/atom+xml")
    result = feed_walk.fetch(url, log=ImportLog())
    assert [r["title"] for r in result.rows] == ["e4", "e3", "e2", "e1"]
    assert server.hits["/feeds/posts/default?start-index=5"] == 1 and len(server.requests) == 3


def test_paging_is_bounded_and_stops_on_a_repeated_page(server: FeedServer) -> None:
    wp = "https://wordpress.org/?v=6.5"
    url = server.add("/wp/feed/", _rss([("g3", "three")], generator=wp))
    server.add("/wp/feed/?paged=2", _rss([("g1", "one")], generator=wp))
    log = ImportLog()
    assert len(feed_walk.fetch(url, max_pages=1, log=log).rows) == 1
    assert any("stopped after 1 pages" in n for n in log.notes) and len(server.requests) == 1
    log = ImportLog()
    assert len(feed_walk.fetch(url, max_text=10, log=log).rows) == 1
    assert log.notes == [f"{server.url('/wp/feed/?paged=2')}: stopped after 0 MB of text; older entries were not "
                         "fetched"] and len(server.requests) == 2
    loop = server.add("/loop", _atom(["e1"], '<link rel="prev-archive" href="/loop"/>'), "application/atom+xml")
    assert len(feed_walk.fetch(loop, log=ImportLog()).rows) == 1 and server.hits["/loop"] == 1


def test_a_broken_later_page_is_a_skip_and_the_rest_is_kept(server: FeedServer) -> None:
    server.add("/old", b"<rss><channel", "application/rss+xml")
    url = server.add("/feed", _atom(["e2"], '<link rel="prev-archive" href="/old"/>'), "application/atom+xml")
    log = ImportLog()
    assert [r["title"] for r in feed_walk.fetch(url, log=log).rows] == ["e2"]
    assert [s.where for s in log.skipped] == [server.url("/old")] and "not a readable feed" in log.skipped[0].reason


def test_an_older_page_that_failed_is_read_by_a_later_run(server: FeedServer) -> None:
    url = _archived(server)
    server.routes["/archive/1"].failures = 1
    log = ImportLog()
    first = feed_walk.fetch(url, log=log)
    assert sorted(r["title"] for r in first.rows) == ["e3", "e4", "e5", "e6"]
    assert [(s.where, s.reason) for s in log.skipped] == [(server.url("/archive/1"),
                                                           "HTTP 500 Internal Server Error")]
    assert first.state["pending"] == server.url("/archive/1") and first.state["newest"] is None
    log = ImportLog()
    second = feed_walk.fetch(url, since=first.state, log=log)
    assert sorted(r["title"] for r in second.rows) == ["e1", "e2"] and log.skipped == []
    assert server.requests[-3][1].get("If-None-Match") is None  # a pending page: no "not modified" answer
    assert "pending" not in second.state and second.state["newest"] == "2024-02-06T10:00:00+00:00"
    assert feed_walk.fetch(url, since=second.state, log=log).rows == [] and server.hits["/archive/1"] == 2


def test_reading_back_to_a_pending_page_stops_at_the_old_watermark(server: FeedServer) -> None:
    url = server.add("/feed", _atom(["e1", "e2"]), "application/atom+xml")
    before = feed_walk.fetch(url, log=ImportLog()).state
    server.add("/p3", _atom(["e1", "e2"], '<link rel="next" href="/p4"/>'), "application/atom+xml")
    server.add("/p2", _atom(["e3", "e4"], '<link rel="next" href="/p3"/>'), "application/atom+xml", failures=1)
    server.add("/feed", _atom(["e5", "e6"], '<link rel="next" href="/p2"/>'), "application/atom+xml")
    gap = feed_walk.fetch(url, since=before, log=ImportLog())
    assert [r["title"] for r in gap.rows] == ["e5", "e6"] and gap.state["newest"] == before["newest"]
    log = ImportLog()
    filled = feed_walk.fetch(url, since=gap.state, log=log)
    assert [r["title"] for r in filled.rows] == ["e3", "e4"] and log.skipped == []
    assert log.notes[0] == f"{url}: reading back to {server.url('/p2')}, an older page an earlier run could not read"
    assert server.hits["/p3"] == 1 and server.hits["/p4"] == 0
    assert filled.state["newest"] == "2024-02-06T10:00:00+00:00" and "pending" not in filled.state


@pytest.mark.parametrize(("path", "problem"), [
    ("/missing", "HTTP 404"),
    ("/redirect", "redirects to file:///etc/passwd, which is neither http:// nor https://: not fetched"),
    ("/bozo-empty", "not a readable feed"),
])
def test_unreadable_live_feeds_raise_with_the_reason(server: FeedServer, path: str, problem: str) -> None:
    server.add("/redirect", b"", status=302, headers={"Location": "file:///etc/passwd"})
    server.add("/bozo-empty", b"<rss><chan", "application/rss+xml")
    with pytest.raises(SourceError, match=problem):
        feed_walk.fetch(server.url(path), log=ImportLog())


def test_only_http_urls_are_fetched() -> None:
    with pytest.raises(SourceError, match="only http"):
        feed_walk.fetch("file:///etc/passwd", log=ImportLog())


def test_an_ill_formed_live_feed_keeps_its_entries_and_notes_the_problem(server: FeedServer) -> None:
    url = server.add("/bozo", "<rss><channel><title>T</title><item><title>a &amp b</title></item></channel>")
    log = ImportLog()
    (row,) = feed_walk.fetch(url, log=log).rows
    assert row["title"] == "a & b" and row["platform"] == "blog"
    assert len([n for n in log.notes if "ill-formed feed" in n]) == 1 and log.skipped == []


# Found by the property tests (tests/property): feedparser reads year 0001 and 9999 dates, which no frame can hold.
@pytest.mark.parametrize("date", ["Mon, 01 Jan 0001 00:00:00 +1400", "Fri, 31 Dec 9999 23:59:59 -1200"])
def test_a_date_no_frame_can_hold_leaves_the_entry_undated(tmp_path: Path, date: str) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(f'<rss version="2.0"><channel><title>t</title><item><guid>urn:a</guid><title>far</title>'
                    f"<pubDate>{date}</pubDate></item></channel></rss>")
    frame, _, _ = _import(feed)
    assert frame["post_id"].tolist() == ["blog:urn:a"] and frame["created_at"].isna().all()
