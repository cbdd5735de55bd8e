"""Profiles met while reading the posts (a Bluesky profile record, a feed's or blog's channel), the live sources'
profiles (Mastodon's account, a feed's first page), and the exports that hold none (Reddit, Threads)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.pipeline.sources import open_source
from auditor.store.database import Store
from connectors import feed_walk
from connectors.base import ImportLog
from connectors.mastodon_api import sync
from tests.servers.feed_server import FeedServer
from tests.servers.mastodon_server import MastodonServer


def read(path: Path, platform: str | None = None):
    """(fields as (field, value), places looked at as (state, detail)) of every import of a source."""
    imports = [i for i in open_source(str(path)) if platform is None or platform == i.connector.PLATFORM]
    for imp in imports:
        list(imp.rows())
        imp.read_profile()
    fields = [(f["field"], f["value"]) for i in imports for f in i.log.profile.fields]
    looked = [(lk.state, lk.detail) for i in imports for lk in i.log.profile.looked]
    return fields, looked, imports


@pytest.mark.parametrize(("name", "profile"), [
    ("msttest-03-setprofile.car", True), ("msttest-04-firstpost.car", True), ("msttest-06-reply.car", True),
])
def test_the_real_bluesky_profile_record(samples: Path, name: str, profile: bool) -> None:
    fields, looked, imports = read(samples / "bluesky" / "dnproto_msttest_2025" / name)
    assert fields == [("name", "msttest"), ("bio", "hello")]
    assert looked == [("found", "name, bio")]
    assert {f["account"] for f in imports[0].log.profile.fields} == {"did:plc:tyme6enconikdp7rnxkywdcg"}
    assert imports[0].log.profile.looked[0].where.endswith(f"{name}#app.bsky.actor.profile/self")


@pytest.mark.parametrize(("path", "expected"), [
    ("wordpress/wordpress-importer-fixtures/small-export.xml",
     [("title", "trunk"), ("description", "Just another WordPress site"), ("author", "admin"), ("author", "editor"),
      ("author", "author"), ("website", "http://localhost")]),
    ("wordpress/wordpress-importer-fixtures/theme-unit-test-data.xml",
     [("title", "Theme Unit Test Data"),
      ("description", "Just another WordPress website with a purposefully really long description"),
      ("author", "Theme Buster"), ("author", "Theme Reviewer"), ("website", "https://wpthemetestdata.wordpress.com")]),
    ("blogger/google-blog-converters/blogger-sample2.xml",
     [("title", "JJ's Favorite Things"), ("author", "JJ"),
      ("website", "http://www.blogger.com/blogspot/jjsfavoritethings")]),
    ("feeds/wellformed/namespace/rss2.0noNSwithModules.xml",
     [("title", "RSS Tests - RSS2.0 no NS"),
      ("description", "A set of test RSS files for examining the state of extension support in RSS aggregators"),
      ("author", "sf@zaks.demon.co.uk"), ("website", "http://www.pocketsoap.com/rssTests/rss2.0noNSwithModules.xml")]),
    ("feeds/wellformed/namespace/atomthreadingwithentry.xml",
     [("title", "Comments on salmon-test: Test post"), ("author", "John"),
      ("website", "http://salmon-test.blogspot.com/2009/10/test-post.html")]),
])
def test_the_channel_of_real_blog_exports_and_feeds(samples: Path, path: str, expected: list) -> None:
    fields, looked, _ = read(samples / path)
    assert fields == expected
    assert [state for state, _ in looked] == ["found"]


def test_a_blogger_backup_names_the_blog_by_its_settings(tmp_path: Path) -> None:
    kind = "http://schemas.google.com/blogger/2008/kind#"
    entry = ("<entry><id>tag:blogger.com,1999:blog-1.settings.{key}</id><category scheme='http://schemas.google."
             "com/g/2005#kind' term='" + kind + "settings'/><title>x</title><content>{value}</content></entry>")
    post = ("<entry><id>tag:blogger.com,1999:blog-1.post-1</id><category scheme='http://schemas.google.com/g/2005"
            "#kind' term='" + kind + "post'/><published>2020-01-01T00:00:00Z</published><title>p</title>"
            "<content type='html'>hello</content></entry>")
    (tmp_path / "blog.xml").write_text(
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>Untitled</title>"
        + entry.format(key="BLOG_NAME", value="Notes d'une analyste")
        + entry.format(key="BLOG_DESCRIPTION", value="Analyste des politiques, Santé Canada. Opinions personnelles.")
        + post + "</feed>", encoding="utf-8")
    fields, _, _ = read(tmp_path / "blog.xml")
    assert fields[:2] == [("title", "Notes d'une analyste"),
                          ("description", "Analyste des politiques, Santé Canada. Opinions personnelles.")]


def test_exports_without_profile_data_say_so(samples: Path, tmp_path: Path) -> None:
    _, looked, _ = read(samples / "threads" / "humutopia_2026")
    assert looked == [("none", "a Threads export holds no profile file auditor reads")]
    (tmp_path / "posts.csv").write_text("id,permalink,date,ip,subreddit,gildings,title,url,body\n"
                                        "a1,/r/x/comments/a1/t/,2023-01-15 12:34:56 UTC,,x,0,T,,B\n",
                                        encoding="utf-8")
    _, looked, _ = read(tmp_path)
    assert looked == [("none", "a Reddit data export holds no profile data")]


def test_an_export_whose_connector_found_no_profile_says_so(samples: Path) -> None:
    # a feed without a title, description, author or link: looked at, nothing there
    fields, looked, _ = read(samples / "feeds" / "wellformed" / "rss" / "item_title.xml")
    assert fields == [] and looked == [("empty", "no profile value in it")]


def test_the_first_page_of_a_live_feed_gives_its_profile() -> None:
    with FeedServer() as server:
        url = server.add("/feed", "<?xml version='1.0'?><rss version='2.0'><channel><title>Mon blogue</title>"
                                  "<description>Porte-parole, Parcs Canada</description><link>https://blog.example"
                                  "</link><item><title>a</title><guid>urn:a</guid></item></channel></rss>",
                         etag='"v1"')
        log = ImportLog(source=url, platform="blog")
        first = feed_walk.fetch(url, log=log)
        assert [(f["field"], f["value"]) for f in log.profile.fields] == [
            ("title", "Mon blogue"), ("description", "Porte-parole, Parcs Canada"), ("website", "https://blog.example")]
        again = ImportLog(source=url, platform="blog")
        feed_walk.fetch(url, since=first.state, log=again)  # not modified: nothing new to read, and that is said
        assert again.profile.fields == [] and [lk.state for lk in again.profile.looked] == ["missing"]


def test_a_live_mastodon_account_gives_its_profile_with_the_credentials_check(samples: Path, tmp_path: Path) -> None:
    folder = samples / "mastodon_api" / "derived"
    account = json.loads((folder / "verify_credentials.json").read_text(encoding="utf-8"))
    statuses = json.loads((folder / "own_statuses.json").read_text(encoding="utf-8"))
    spec = "mastodon:@mastodonpy_test@localhost"
    with MastodonServer(account, statuses, "tok") as server, Store.open(tmp_path / "s.sqlite") as store:
        log = ImportLog(source=spec, platform="mastodon")
        sync(spec, token="tok", store=store, log=log, api_base_url=server.url, backoff=0.01, timeout=2.0,
             page_size=40)
        asked = [path for path in server.requests if "/accounts/" in path and "/statuses" not in path]
    assert ("bio", "I walk funny") in [(f["field"], f["value"]) for f in log.profile.fields]
    assert {f["account"] for f in log.profile.fields} == {"mastodonpy_test@localhost"}
    assert len(asked) == 1 and "verify_credentials" in asked[0]  # no request made for the profile alone
