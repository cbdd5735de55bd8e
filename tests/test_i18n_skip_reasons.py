"""Every skip reason and import note a connector writes has a French template: each connector is made to take each
of its skip and note paths by broken exports written here (entries of the wrong type, missing ids and times, bad
dates, bytes that are not UTF-8, values over the limits, wrong top-level shapes, damaged archives and profile files),
read by the real import (`read_archive`), and every message it gave (skip reasons, notes, and why no profile was found
where it looked) must be one `translate` writes in French, nested reasons too. The live sources are read from local
servers: a feed whose older pages fail every way a page can (`read_feed`), and a Mastodon account whose statuses,
paging and server misbehave (`mastodon_api.sync`, its progress lines too).

Each case also names the templates its import must have produced, so a case that stops reaching a path fails
rather than passing on fewer messages.
"""

from __future__ import annotations

import ast
import io
import json
import os
import stat
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from auditor.i18n import strings
from auditor.i18n.messages import _NESTED, _templates, translate
from auditor.pipeline.imports import LiveOptions, SourceResult, read_archive, read_feed
from auditor.pipeline.sources import open_source
from auditor.store.database import Store
from connectors.archive import Limits
from connectors.base import ImportLog
from connectors.mastodon_api import sync
from connectors.profile_fields import FOUND
from tests.connectors.test_bluesky import Link, _car, _cid, _encode, _repo
from tests.servers.feed_server import FeedServer
from tests.servers.mastodon_server import Fault, MastodonServer

DEEP = b"[" * 10_000 + b"]" * 10_000
TWEET_TIME = "Sun Sep 29 19:08:50 +0000 2024"
ISO = "2024-09-29T19:08:50Z"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
#: templates whose nested value is another library's or the server's words (feedparser's exception, an HTTP status
#: or a network error), not a message of ours
FOREIGN_NESTED = {"msg.feed_ill_formed", "msg.progress_retry"}


def _template(message: str) -> tuple[str, dict[str, str]] | None:
    """The key of the English template `message` fits, and its values (as `translate` finds them)."""
    for pattern, key in _templates():
        found = pattern.fullmatch(message)
        if found:
            return key, found.groupdict()
    return None


def _untranslated(message: str, keys: set[str]) -> list[str]:
    """What of `message` no French template fits: itself, or a reason nested in it; `keys` gets every template
    that fits it or a reason nested in it."""
    fit = _template(message)
    if translate(message, "fr") is None or fit is None:
        return [message]
    key, values = fit
    keys.add(key)
    if key in FOREIGN_NESTED:
        return []
    return [lost for name, value in values.items() if name in _NESTED for lost in _untranslated(value, keys)]


def _messages(source: Path, limits: Limits | None = None) -> list[str]:
    """Every skip reason, import note, archive refusal and word on the profile the real import of `source` gave."""
    return _said(read_archive(str(source), open_source(str(source), limits)))


def _said(result: SourceResult) -> list[str]:
    """The skip reasons and notes of an import, and why it found no profile where it looked (a place where it found
    one is said by the fields it gave, not in words)."""
    profiles = [looked.detail for log in result.logs for looked in log.profile.looked
                if looked.state != FOUND and looked.detail]
    return [skip.reason for skip in result.skipped] + [note for log in result.logs for note in log.notes] + profiles


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def _zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


# --- X/Twitter (modern archive) ------------------------------------------------------------------------------------

def _tweet(tweet_id: str, text: str = "Nice weather", **extra: object) -> bytes:
    return json.dumps({"tweet": {"id_str": tweet_id, "created_at": TWEET_TIME, "full_text": text, **extra}}).encode()


def _ytd(kind: str, *elements: bytes, end: bytes = b"]") -> bytes:
    return f"window.YTD.{kind}.part0 = [".encode() + b",\n".join(elements) + end


def twitter_broken_entries(where: Path) -> Path:
    """Entries of the wrong type, without an id or a readable time, undecodable, and a file cut short."""
    data = where / "x" / "data"
    edits = {"edit_info": {"initial": {"editTweetIds": ["10", "11"]}}}
    _write(data / "tweets.js", _ytd(
        "tweets", _tweet("1"), b"5", json.dumps({"tweet": {"created_at": TWEET_TIME}}).encode(),
        _tweet("3", created_at="yesterday"), _tweet("4", full_text=7), DEEP, b'{"tweet": tru}', b"1" * 5000,
        _tweet("10", **edits), _tweet("11", **edits), _tweet("12", "Long words here…"),
        end=b""))  # no closing bracket: the file is cut short
    _write(data / "like.js", _ytd("like", b'{"like": {"fullText": "no id"}}', b'{"like": {"tweetId": "5"}}'))
    notes = [{"core": {}},  # no text
             {"tweetId": "99", "createdAt": ISO, "core": {"text": "a long post"}},  # its tweet is not here
             {"tweetId": "99", "createdAt": ISO, "core": {"text": "again"}},  # a second one for it
             {"core": {"text": "neither id nor time"}},
             {"createdAt": "2020-01-01T00:00:00Z", "core": {"text": "no tweet of its time"}},
             {"createdAt": ISO, "core": {"text": "Long words here and then A"}},  # both begin tweet 12's cut text
             {"createdAt": ISO, "core": {"text": "Long words here and then B"}}]
    _write(data / "note-tweet.js", _ytd("note_tweet", *(json.dumps({"noteTweet": n}).encode() for n in notes)))
    _write(data / "protected-history.js", _ytd("protected_history", b'{"protectedHistory": {"action": "Protect"}}'))
    return where / "x"


def twitter_damaged_files(where: Path) -> Path:
    """A manifest that declares more than the files hold, bytes that are not UTF-8, a missing comma, no array."""
    data = where / "x" / "data"
    manifest = {"userInfo": {"userName": "me"},
                "dataTypes": {"tweets": {"files": [{"globalName": "YTD.tweets.part0", "count": "40"}]}}}
    _write(data / "manifest.js", "window.__THAR_CONFIG = " + json.dumps(manifest))
    _write(data / "tweets.js", _ytd("tweets", _tweet("1", "caf\xe9").replace(b"caf\\u00e9", b"caf\xe9")))
    _write(data / "tweets-part1.js", b"window.YTD.tweets.part1 = [" + _tweet("2") + b" " + _tweet("3") + b"]")
    _write(data / "like.js", b'window.YTD.like.part0 = "no array here"')
    edits = {"edit_info": {"initial": {"editTweetIds": ["20", "21", "22"]}}}
    _write(data / "community-tweet.js", _ytd("community_tweet", *(_tweet(n, **edits) for n in ("20", "21", "22"))))
    undated = b'{"protectedHistory": {"action": "Protect"}}'
    _write(data / "protected-history.js", _ytd("protected_history", undated, undated))
    return where / "x"


def twitter_unreadable_manifest(where: Path) -> Path:
    """manifest.js that is not JSON, and a tweets file re-saved as UTF-16 with a lone surrogate in it."""
    data = where / "x" / "data"
    _write(data / "manifest.js", "window.__THAR_CONFIG = {not json")
    utf16 = _ytd("tweets", _tweet("1")).decode().encode("utf-16-le")
    _write(data / "tweets.js", b"\xff\xfe" + utf16[:-2] + b"\x00\xd8" + utf16[-2:])
    return where / "x"


# --- X/Twitter (2012-2018 archive: month JS files, or tweets.csv) ---------------------------------------------------

CSV_HEADER = ("tweet_id,in_reply_to_status_id,in_reply_to_user_id,timestamp,source,text,retweeted_status_id,"
              "retweeted_status_user_id,retweeted_status_timestamp,expanded_urls\n")


def _csv_tweet(tweet_id: str, timestamp: str = "2013-01-05 10:00:00 +0000", text: str = "hello",
               retweet: str = "") -> str:
    return f'{tweet_id},,,{timestamp},web,"{text}",{retweet},,,\n'


def legacy_months(where: Path) -> Path:
    """A month file with tweets without an id or a time, and a user_details.js that is not JSON."""
    top = where / "legacy"
    tweets = [{"id_str": "1", "created_at": "2013-01-05 10:00:00 +0000", "text": "ok"},
              {"created_at": "2013-01-05 10:00:00 +0000", "text": "no id"},
              {"id_str": "3", "created_at": "someday", "text": "bad time"}, 5]
    _write(top / "data/js/tweets/2013_01.js", "Grailbird.data.tweets_2013_01 = " + json.dumps(tweets))
    _write(top / "data/js/user_details.js", "var user_details = {broken")
    return top


def legacy_csv(where: Path) -> Path:
    """tweets.csv rows without an id or a readable time, of the wrong width, too long, and a quote never closed."""
    rows = [_csv_tweet("1"), _csv_tweet(""), _csv_tweet("3", "someday"), "4,,,2013-01-05 10:00:00 +0000\n",
            _csv_tweet("5", text="x" * (1024**2 + 10)), '6,,,2013-01-05 10:00:00 +0000,web,"a"b,,,,\n',
            '8,,,2013-01-05 10:00:00 +0000,web,"two\nlines"x,,,,\n', _csv_tweet("9", text="open quote").replace(
                '"open quote"', '"open quote')]
    _write(where / "csv" / "tweets.csv", CSV_HEADER + "".join(rows))
    return where / "csv"


def legacy_csv_cut(where: Path) -> Path:
    """Retweets X cut at 140 characters, and a last record without its line break."""
    rows = [_csv_tweet("1", text="RT @a: long words …", retweet="9"), _csv_tweet("2").rstrip("\n")]
    _write(where / "cut" / "tweets.csv", CSV_HEADER + "".join(rows))
    return where / "cut"


def legacy_csv_flood(where: Path) -> Path:
    """More damaged records than any real export has, and a record over the limit that runs to the end."""
    rows = ["x\n"] * 10_002
    _write(where / "flood" / "tweets.csv", CSV_HEADER + "".join(rows))
    return where / "flood"


def legacy_csv_overlong(where: Path) -> Path:
    """Records over the record limit, on one line or several: whole, with text after a closing quote, and with a
    quote never closed (in two files: such a record runs to the end of its file)."""
    huge = "y" * (4 * 1024**2 + 10)
    rows = [_csv_tweet("1"), f'2,,,2013-01-05 10:00:00 +0000,web,"{huge}"z,,,,\n', _csv_tweet("3"),
            f'4,,,2013-01-05 10:00:00 +0000,web,"{huge}",,,,\n', f'5,,,2013-01-05 10:00:00 +0000,web,"a\n{huge}",,,,\n',
            f'6,,,2013-01-05 10:00:00 +0000,web,"a\n{huge}"z,,,,\n', _csv_tweet("7"),
            f'8,,,2013-01-05 10:00:00 +0000,web,"{huge}\n']
    _write(where / "long" / "tweets.csv", CSV_HEADER + "".join(rows))
    _write(where / "long2" / "tweets.csv",
           CSV_HEADER + _csv_tweet("1") + f'2,,,2013-01-05 10:00:00 +0000,web,"a\n{huge}\n')
    return where


def legacy_csv_header(where: Path) -> Path:
    """A header whose last field opens a quote that is never closed: the file cannot be read."""
    _write(where / "head" / "tweets.csv", CSV_HEADER.rstrip("\n") + ',"extra\n1,2\n')
    return where / "head"


# --- Mastodon -------------------------------------------------------------------------------------------------------

def _outbox(folder: Path, items: list[bytes], end: bytes = b"]}") -> Path:
    _write(folder / "outbox.json", b'{"@context": "https://www.w3.org/ns/activitystreams", '
                                   b'"type": "OrderedCollection", "orderedItems": [' + b",\n".join(items) + end)
    return folder


def _create(n: int, content: str = "<p>ok</p>", published: object = ISO) -> bytes:
    return json.dumps({"type": "Create", "to": [PUBLIC], "published": published,
                       "object": {"id": f"https://m.example/{n}", "content": content, "published": published}}).encode()


def mastodon_broken_activities(where: Path) -> Path:
    """Activities that are not objects or not posts, without an id, object or time, undecodable; no actor.json;
    a lone surrogate; and the file cut short."""
    items = [_create(1), b"5", b'{"type": "Like", "object": "https://x.example/1"}', b'{"type": "Announce"}',
             b'{"type": "Create"}', b'{"type": "Create", "object": {"content": "no id"}}',
             json.dumps({"type": "Create", "object": {"id": "https://m.example/7"}}).encode(),
             _create(8, published="someday"), _create(9).replace(b"<p>ok", b"<p>half \\udc00"), b'{"type": tru}',
             b"1" * 5000, DEEP]
    return _outbox(where / "m", items, end=b"")


def mastodon_unreadable_actor(where: Path) -> Path:
    """actor.json that is not JSON, and a missing comma between two activities."""
    folder = _outbox(where / "m", [_create(1) + b" " + _create(2)])
    _write(folder / "actor.json", b"{not json")
    return folder


# --- Facebook, Instagram, Threads ----------------------------------------------------------------------------------

def facebook_broken_records(where: Path) -> Path:
    """Posts and comments of the wrong type, empty, with unusable timestamps, nested too deeply; a file cut short;
    a profile file that is not JSON."""
    fb = where / "fb"
    posts = [b'{"timestamp": 1700000000, "data": [{"post": "ok"}]}', b"5", b'{"timestamp": 1700000000}',
             b'{"timestamp": "today", "data": [{"post": "bad time"}]}',
             b'{"timestamp": 1e11, "data": [{"post": "far future"}]}',
             b'{"timestamp": 1e300, "data": [{"post": "out of range"}]}', DEEP]
    _write(fb / "your_posts_1.json", b"[" + b",\n".join(posts) + b",\n" + b'{"timestamp": 1700000001, "da')
    _write(fb / "comments.json", b'{"comments_v2": [5, {"timestamp": 1700000000}, '
                                 b'{"timestamp": 1700000000, "data": [{"comment": {"comment": "ok"}}]}]}')
    _write(fb / "your_posts_2.json", b'{"junk": tru, "status_updates": [], "timestamp": 1}')  # not JSON
    _write(fb / "your_posts_3.json", b'{"status_updates": 5, "timestamp": 1}')  # not a list where one is expected
    _write(fb / "profile_information.json", b"{not json")
    return fb


def instagram_broken_records(where: Path) -> Path:
    """Posts without caption or media, of the wrong type, with an unusable time; comments without text."""
    ig = where / "ig"
    _write(ig / "posts_1.json", json.dumps([{"media": []}, 5, {"media": [{"title": "x",
                                                                           "creation_timestamp": "bad"}]},
                                            {"media": [{"title": "ok", "creation_timestamp": 1700000000}]}]))
    _write(ig / "post_comments_1.json", json.dumps([{"string_map_data": {"Comment": {"value": ""},
                                                                         "Time": {"timestamp": 1700000000}}}]))
    return ig


def threads_broken_records(where: Path) -> Path:
    """Threads posts of the wrong type and without caption or media."""
    _write(where / "th" / "threads_and_replies.json", json.dumps({"text_post_app_text_posts": [
        5, {"media": []}, {"media": [{"title": "ok", "creation_timestamp": 1700000000, "uri": ""}]}]}))
    return where / "th"


# --- LinkedIn, Reddit ----------------------------------------------------------------------------------------------

def linkedin_broken(where: Path) -> Path:
    """Shares and comments with unreadable dates, text that cannot start a record, and articles too big or not
    UTF-8."""
    li = where / "li"
    _write(li / "Shares.csv", "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
                              "2024-01-02 10:00:00,https://l.example/1,ok,,,PUBLIC\n"
                              "yesterday,https://l.example/2,bad date,,,PUBLIC\n")
    every = "".join(chr(c) for c in range(0xFDD0, 0xFDF0))  # the characters the reader marks line breaks with
    _write(li / "Comments.csv", "Date,Link,Message\nnot a date,https://l.example/3,hello\n"
                                "2024-01-02 10:00:00,https://l.example/4\nwords on a second line\n"
                                '2024-01-02 10:00:00,https://l.example/5,"x"y\nmore words\n'
                                f"2024-01-02 10:00:00,https://l.example/6,{every}\nand more\n")
    _write(li / "Articles" / "bad.html", b"<html><body>caf\xe9</body></html>")
    with open(_write(li / "Articles" / "huge.html", b"<html>"), "ab") as f:
        f.truncate(16 * 1024**2 + 1)
    return li


def linkedin_orphan_line(where: Path) -> Path:
    """Comments.csv files whose first record is a line (or two) that starts no record and follows none."""
    _write(where / "li2" / "Comments.csv", "Date,Link,Message\nloose words\n"
                                           "2024-01-02 10:00:00,https://l.example/3,hello\n")
    _write(where / "li3" / "Comments.csv", "Date,Link,Message\nloose words\nand more of them\n"
                                           "2024-01-02 10:00:00,https://l.example/3,hello\n")
    return where


def reddit_broken(where: Path) -> Path:
    """Posts without an id or with an unreadable date; comments whose body Reddit removed."""
    rd = where / "rd"
    head = "id,permalink,date,subreddit,title,body,url\n"
    _write(rd / "posts.csv", head + "a1,/r/x/1,2023-01-15 12:34:56 UTC,x,Title,body,\n"
                                    ",/r/x/2,2023-01-15 12:34:56 UTC,x,No id,body,\n"
                                    "a3,/r/x/3,someday,x,Bad date,body,\n"
                                    "a4,/r/x/4,2023-01-15 12:34:56 UTC,x\n")
    _write(rd / "comments.csv", "id,permalink,date,subreddit,body,parent,link\n"
                                "c1,/r/x/c1,2023-01-15 12:34:56 UTC,x,[deleted],,\n"
                                "c2,/r/x/c2,2023-01-15 12:34:56 UTC,x,[removed],,\n"
                                "c3,/r/x/c3,2023-01-15 12:34:56 UTC,x,fine,,")
    return rd


# --- Bluesky -------------------------------------------------------------------------------------------------------

def _post(text: str, created: object = ISO) -> dict:
    return {"$type": "app.bsky.feed.post", "text": text, "createdAt": created}


def bluesky_records(where: Path) -> Path:
    """Records that are not posts, with an unusable createdAt (a TID key, and a key that is not one), and a record
    whose block is missing."""
    records = {"app.bsky.feed.post/3malwzvfmmk2t": _post("ok"), "app.bsky.feed.post/3malwzvfmmk2u": _post("x", 5),
               "app.bsky.feed.post/self": _post("y", "never"), "app.bsky.graph.follow/3malwzvfmmk2v": {"a": 1}}
    car = _repo(records)
    missing = _encode(_post("gone"))
    data = _encode({"l": None, "e": [{"p": 0, "k": b"app.bsky.feed.post/3malwzvfmmk2w", "v": Link(_cid(missing)),
                                      "t": None}]})
    commit = _encode({"did": "did:plc:x", "version": 3, "data": Link(_cid(data)), "rev": "r", "prev": None})
    _write(where / "repo.car", car)
    _write(where / "gone.car", _car(_cid(commit), [(_cid(commit), commit), (_cid(data), data)]))
    return where


def bluesky_damaged(where: Path) -> Path:
    """CARs damaged in every way the reader names: no block after the header, a root that is not a commit or is
    not in the file, a commit lost to damage, MST nodes missing, malformed, cyclic and too deep."""
    header_only = _car(_cid(b"x"), [])
    _write(where / "0.car", header_only)
    _write(where / "a.car", header_only + b"\x05\x01\x02")  # a block that claims more bytes than remain
    other = _encode({"hello": "world"})
    _write(where / "b.car", _car(_cid(other), [(_cid(other), other)]))  # the root is not a commit
    stray = _encode({"x": 1})
    _write(where / "c.car", _car(_cid(b"not here"), [(_cid(stray), stray)]))  # the root is not in the file
    _write(where / "d.car", _car(_cid(b"lost"), [(_cid(stray), stray)]) + b"\x40\x01")  # damaged before the root
    bad = b"\xa1\x61"  # a CBOR map cut inside its first key: one undecodable block between framed ones
    _write(where / "e.car", _car(_cid(stray), [(_cid(stray), stray), (_cid(bad), bad)]))

    def commit_of(node: bytes) -> bytes:
        return _encode({"did": "did:plc:x", "version": 3, "data": Link(_cid(node)), "rev": "r", "prev": None})

    def repo(node: bytes, *blocks: bytes) -> bytes:
        commit = commit_of(node)
        return _car(_cid(commit), [(_cid(commit), commit), *((_cid(b), b) for b in blocks)])

    _write(where / "f.car", repo(_encode({"l": None, "e": []})))  # the MST root node is missing
    _write(where / "g.car", repo(n := _encode({"l": None, "e": [5]}), n))  # a malformed entry
    leaf = _encode({"l": None, "e": []})
    chain = [leaf]
    for _ in range(130):  # deeper than any real tree
        chain.append(_encode({"l": Link(_cid(chain[-1])), "e": []}))
    _write(where / "h.car", repo(chain[-1], *chain))
    _write(where / "i.car", repo(k := _encode({"l": None, "e": [{"p": 0, "k": b"a/b", "v": Link(_cid(b"v")),
                                                                 "t": None}]}), k))
    return where


def bluesky_cycle(where: Path) -> Path:
    """Two MST nodes that point at each other."""
    # a node cannot hold its own CID: the cycle goes through the left pointer of a second node built from the
    # first's CID, and the first is written as a block under the CID the second points at
    inner = _encode({"l": None, "e": []})
    outer = _encode({"l": Link(_cid(inner)), "e": []})
    cyclic = _encode({"l": Link(_cid(outer)), "e": []})
    commit = _encode({"did": "did:plc:x", "version": 3, "data": Link(_cid(outer)), "rev": "r", "prev": None})
    _write(where / "j.car", _car(_cid(commit), [(_cid(commit), commit), (_cid(outer), outer),
                                                (_cid(inner), cyclic)]))
    return where


# --- WordPress, Blogger, feeds -------------------------------------------------------------------------------------

WXR = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" '
       'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Blog</title>'
       '<link>https://blog.example</link><wp:author><wp:author_id>1</wp:author_id><wp:author_login>me'
       '</wp:author_login><wp:author_email>me@blog.example</wp:author_email></wp:author>')


def _item(status: str, post_type: str = "post", extra: str = "") -> str:
    return (f"<item><title>t</title><wp:post_type>{post_type}</wp:post_type><wp:status>{status}</wp:status>"
            f"<wp:post_date_gmt>2024-01-02 10:00:00</wp:post_date_gmt><content:encoded>words</content:encoded>"
            f"{extra}</item>")


def _comment(user: str, approved: str) -> str:
    return (f"<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_user_id>{user}</wp:comment_user_id>"
            f"<wp:comment_approved>{approved}</wp:comment_approved><wp:comment_content>hi</wp:comment_content>"
            "<wp:comment_date_gmt>2024-01-02 10:00:00</wp:comment_date_gmt></wp:comment>")


def wordpress_broken(where: Path) -> Path:
    """Drafts, pending, trashed, private and non-post items; comments by others and unapproved own ones; then XML
    that breaks off."""
    items = [_item("publish", extra=_comment("1", "0") + _comment("7", "1")), _item("draft"), _item("auto-draft"),
             _item("pending"), _item("trash"), _item("private"), _item("inherit", "attachment")]
    _write(where / "wp" / "site.xml", WXR + "".join(items) + "<item><title>cut</titl")
    _write(where / "wp" / "other.xml", WXR + _item("publish") + "<item><title>x</title>&bogus; <b></item>"
                                       "</channel></rss>")
    return where / "wp"


BLOGGER = ('<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
           'xmlns:blogger="http://schemas.google.com/blogger/2018"><title>Blog</title>'
           '<link rel="alternate" href="https://b.example"/><author><name>me</name><uri>https://me.example</uri>'
           '</author>')


def _entry(kind: str, status: str, author: str = "https://me.example") -> str:
    return (f"<entry><id>tag:{kind}{status}{author}</id><blogger:type>{kind}</blogger:type>"
            f"<blogger:status>{status}</blogger:status><published>2024-01-02T10:00:00Z</published>"
            f"<title>t</title><content>words</content><author><name>x</name><uri>{author}</uri></author></entry>")


def blogger_broken(where: Path) -> Path:
    """Drafts, scheduled, trashed, deleted and unknown statuses; settings and comments by other people."""
    entries = [_entry("POST", "LIVE"), _entry("POST", "DRAFT"), _entry("POST", "SCHEDULED"),
               _entry("POST", "SOFT_TRASHED"), _entry("PAGE", "DELETED"), _entry("POST", "IMPORTED"),
               _entry("SETTINGS", "LIVE"), _entry("COMMENT", "LIVE", "https://other.example")]
    _write(where / "blog.atom", BLOGGER + "".join(entries) + "</feed>")
    return where


def feeds_broken(where: Path) -> Path:
    """An ill-formed feed with an entry, and a well-formed one with none."""
    _write(where / "a.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
                            "<title>one</title><description>words</description></item><item><title>x</rss>")
    _write(where / "b.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>')
    return where


# --- what every archive refuses ------------------------------------------------------------------------------------

GOOD_TWEETS = _ytd("tweets", _tweet("1"))
ZEROS = b"\0" * (40 * 1024**2)  # compresses about 1000:1


def _zip_bytes(members: list[tuple[str, bytes]], compression: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buffer.getvalue()


def _tar_bytes(members: list[tuple[str | tarfile.TarInfo, bytes]], mode: str = "w:gz",
               fmt: int = tarfile.PAX_FORMAT) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode, format=fmt) as tar:
        for name, data in members:
            info = name if isinstance(name, tarfile.TarInfo) else tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def archive_zip_names(where: Path) -> Path:
    """A zip with a member climbing out, an absolute path, a symbolic link, a repeated name, and a file named like
    an archive that is not one."""
    link = zipfile.ZipInfo("data/link.js")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(where / "x.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", GOOD_TWEETS)
        zf.writestr("../../escaped.txt", b"pwned")
        zf.writestr("/abs/olute.txt", b"pwned")
        zf.writestr(link, b"/etc/passwd")
        with pytest.warns(UserWarning):  # zipfile warns of the repeated name it is told to write
            zf.writestr("data/tweets.js", b"again")
        zf.writestr("fake.zip", b"not a zip at all")
    return where / "x.zip"


def archive_zip_bomb(where: Path) -> Path:
    """A zip member that compresses a thousand to one."""
    return _zip(where / "bomb.zip", [("data/tweets.js", GOOD_TWEETS), ("zeros.bin", ZEROS)])


def archive_zip_sizes(where: Path) -> Path:
    """Members over the member limit and past the source's total (limits made small)."""
    return _zip(where / "sizes.zip", [("data/tweets.js", GOOD_TWEETS), ("a.bin", b"a" * 3000),
                                      ("b.bin", b"b" * 5000)])


def archive_nested(where: Path) -> Path:
    """Zips nested deeper than the limit, more nested zips than the limit, nested zips that are damaged, cut short,
    encrypted or of an unknown method, and a tar.gz that is not one."""
    deepest = _zip_bytes([("data/tweets.js", GOOD_TWEETS)])
    for _ in range(3):
        deepest = _zip_bytes([("inner.zip", deepest)])
    inner = _zip_bytes([("note.txt", b"hello " * 50)])
    bad_crc = _zip_bytes([("inner.zip", inner)])
    at = bad_crc.index(b"hello")
    bad_crc = bad_crc[:at] + b"J" + bad_crc[at + 1:]  # the stored data no longer has its CRC
    encrypted = _flagged(_zip_bytes([("secret.zip", inner)]))
    members = [("data/tweets.js", GOOD_TWEETS), ("a/deep.zip", deepest), ("b/crc.zip", bad_crc),
               ("c/cut.zip", inner[: len(inner) // 2]), ("d/lock.zip", encrypted), ("e/fake.tar.gz", b"\x1f\x8bnot")]
    members += [(f"f/part{i}.zip", _zip_bytes([("note.txt", b"x")])) for i in range(8)]
    return _zip(where / "n.zip", members)


def _flagged(data: bytes) -> bytes:
    """A zip whose members say they are encrypted (general purpose flag bit 0), in both headers."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = out.find(signature)
        while at >= 0:
            out[at + offset] |= 1
            at = out.find(signature, at + 4)
    return bytes(out)


def archive_nested_sizes(where: Path) -> Path:
    """Nested zips over the memory limit for nested archives, and one with more entries than the source may list."""
    many = _zip_bytes([(f"n{i}.txt", b"x") for i in range(40)])
    big = _zip_bytes([("pad.bin", os.urandom(6000))])
    return _zip(where / "ns.zip", [("data/tweets.js", GOOD_TWEETS), ("many.zip", many), ("big1.zip", big),
                                   ("big2.zip", big)])


def archive_tar_refusals(where: Path) -> Path:
    """A tar with a link, a device, a sparse file, a NUL in a name, a repeated name and a member over the limit."""
    link = tarfile.TarInfo("data/link.js")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    fifo = tarfile.TarInfo("data/fifo")
    fifo.type = tarfile.FIFOTYPE
    sparse = tarfile.TarInfo("data/sparse.bin")
    sparse.type = tarfile.GNUTYPE_SPARSE
    nul = tarfile.TarInfo("data/nul")
    nul.pax_headers = {"path": "data/n\x00l.js"}
    members = [("data/tweets.js", GOOD_TWEETS), ("data/tweets.js", b"again"), ("big.bin", b"z" * 5000),
               (link, b""), (fifo, b""), (nul, b"x")]
    data = _tar_bytes(members, "w") + _tar_bytes([(sparse, b"")], "w", tarfile.GNU_FORMAT)
    return _write(where / "x.tar", data)


def archive_tar_cut(where: Path) -> Path:
    """A tar.gz cut short inside its second member's data."""
    data = _tar_bytes([("data/tweets.js", GOOD_TWEETS), ("pad.bin", os.urandom(200_000))])
    return _write(where / "cut.tar.gz", data[: len(data) - 50_000])


def archive_tar_bomb(where: Path) -> Path:
    """A tar.gz whose second member expands a thousand to one."""
    return _write(where / "bomb.tar.gz", _tar_bytes([("data/tweets.js", GOOD_TWEETS), ("zeros.bin", ZEROS)]))


def archive_tar_sparse(where: Path) -> Path:
    """A GNU tar holding a sparse file."""
    sparse = tarfile.TarInfo("data/sparse.bin")
    sparse.type = tarfile.GNUTYPE_SPARSE
    return _write(where / "sparse.tar", _tar_bytes([("data/tweets.js", GOOD_TWEETS), (sparse, b"")], "w",
                                                   tarfile.GNU_FORMAT))


def archive_tar_header(where: Path) -> Path:
    """A tar whose long-name header is followed by a block that is no header at all."""
    first = tarfile.TarInfo("data/tweets.js")
    first.size = len(GOOD_TWEETS)
    body = first.tobuf(tarfile.GNU_FORMAT) + GOOD_TWEETS + b"\0" * (-len(GOOD_TWEETS) % 512)
    long_name = tarfile.TarInfo("data/" + "n" * 200 + ".js").tobuf(tarfile.GNU_FORMAT)
    return _write(where / "hdr.tar", body + long_name[:1024] + b"\x01" * 512 + b"\0" * 1024)


def archive_tar_many(where: Path) -> Path:
    """A tar with more entries than the source may list (limits made small)."""
    return _write(where / "many.tar", _tar_bytes([("data/tweets.js", GOOD_TWEETS)]
                                                 + [(f"n{i}.txt", b"x") for i in range(12)], "w"))


def archive_tar_total(where: Path) -> Path:
    """A tar.gz past the source's total (limits made small)."""
    return _write(where / "packed.tar.gz", _tar_bytes([("data/tweets.js", GOOD_TWEETS),
                                                       ("pad.bin", os.urandom(30_000))]))


def archive_folder_refusals(where: Path) -> Path:
    """A folder with symbolic links (to a file and to a folder), a named pipe, and more files than the limit."""
    top = where / "export"
    _write(top / "data" / "tweets.js", GOOD_TWEETS)
    (top / "data" / "like.js").symlink_to(where)
    (top / "elsewhere").symlink_to(where, target_is_directory=True)
    os.mkfifo(top / "data" / "pipe")
    for i in range(12):
        _write(top / "zz" / f"{i}.txt", b"x")
    for i in range(2):
        (top / "zz" / f"link{i}").symlink_to(where)
    return top


# --- profiles: files that are missing, too big, not UTF-8, not JSON, or of a layout auditor does not read ----------

def twitter_profiles(where: Path) -> Path:
    """X archives whose account.js is not JSON and profile.js not a list, not UTF-8 or over the size limit."""
    _write(where / "a" / "data" / "tweets.js", GOOD_TWEETS)
    _write(where / "a" / "data" / "account.js", "window.YTD.account.part0 = {broken")
    _write(where / "a" / "data" / "profile.js", "window.YTD.profile.part0 = 5")
    _write(where / "b" / "data" / "tweets.js", GOOD_TWEETS)
    _write(where / "b" / "data" / "profile.js", b"window.YTD.profile.part0 = [\xff]")
    _write(where / "c" / "data" / "tweets.js", GOOD_TWEETS)
    with open(_write(where / "c" / "data" / "profile.js", "window.YTD.profile.part0 = ["), "ab") as f:
        f.truncate(4 * 1024**2 + 1)
    return where


def legacy_profiles(where: Path) -> Path:
    """2012-2018 archives whose user_details.js holds a number, or its object without the `var … =` before it."""
    month = "Grailbird.data.tweets_2013_01 = " + json.dumps([{"id_str": "1", "created_at": "2013-01-05 10:00:00 +0000",
                                                              "text": "ok"}])
    for name, details in (("a", "var user_details = 5"), ("b", '{"screen_name": "me"}')):
        _write(where / name / "data/js/tweets/2013_01.js", month)
        _write(where / name / "data/js/user_details.js", details)
    return where


def facebook_profile(where: Path) -> Path:
    """A Facebook profile file of a layout auditor does not read."""
    _write(where / "fb" / "your_posts_1.json", b'[{"timestamp": 1700000000, "data": [{"post": "ok"}]}]')
    _write(where / "fb" / "profile_information.json", b'{"something": "else"}')
    return where / "fb"


def instagram_profile(where: Path) -> Path:
    """An Instagram personal information file of a layout auditor does not read."""
    _write(where / "ig" / "posts_1.json", json.dumps([{"media": [{"title": "ok", "creation_timestamp": 1700000000}]}]))
    _write(where / "ig" / "personal_information.json", b'{"something": "else"}')
    return where / "ig"


def mastodon_profile(where: Path) -> Path:
    """An actor.json that holds a number, not an actor."""
    folder = _outbox(where / "m", [_create(1)])
    _write(folder / "actor.json", b"5")
    return folder


def linkedin_profile(where: Path) -> Path:
    """A Profile.csv none of whose columns auditor reads."""
    li = where / "li"
    _write(li / "Shares.csv", "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
                              "2024-01-02 10:00:00,https://l.example/1,ok,,,PUBLIC\n")
    _write(li / "Profile.csv", "Colour,Shape\nred,round\n")
    return li


SMALL_SIZES = Limits(member_bytes=4000, total_bytes=2000)
#: connector -> (export builder, limits of the source, the templates (`msg.` left out) its import must have produced,
#: the messages' own and those of the reasons nested in them)
CASES: dict[str, list[tuple[Callable[[Path], Path], Limits | None, set[str]]]] = {
    "twitter": [
        (twitter_broken_entries, None, {
            "array_ends_early", "edit_dropped_one", "invalid_json", "like_no_id", "nested_too_deeply", "no_username",
            "not_object", "note_ambiguous", "note_no_text", "note_no_tweet", "note_second", "note_unjoinable",
            "note_unmatched", "number_too_long", "protected_undated_one", "rest_lost", "tweet_unusable_field",
            "tweet_unusable_value", "undecodable_entry"
        }),
        (twitter_damaged_files, None, {
            "edit_dropped", "expected_comma", "manifest_counts", "no_array", "protected_undated", "repaired",
            "rest_lost"
        }),
        (twitter_profiles, None, {
            "no_array", "no_username", "not_json", "profile_not_entries", "profile_not_utf8", "profile_too_big",
            "rest_lost"
        }),
        (twitter_unreadable_manifest, None, {
            "account_unread", "expected_comma", "no_username", "profile_empty", "profile_x_missing", "rest_lost",
            "utf16"
        }),
    ],
    "twitter_legacy": [
        (legacy_profiles, None, {"legacy_unread", "profile_no_marker", "profile_not_user_details"}),
        (legacy_months, None, {"legacy_tweet_unusable", "legacy_unread"}),
        (legacy_csv, None, {
            "csv_field_long", "csv_open_quote", "csv_row_unusable", "csv_unreadable", "csv_unreadable_lines",
            "csv_width"
        }),
        (legacy_csv_cut, None, {"csv_cut_retweets", "csv_no_line_end"}),
        (legacy_csv_flood, None, {"csv_damaged", "csv_width"}),
        (legacy_csv_overlong, None, {
            "csv_over", "csv_over_lines", "csv_over_open", "csv_over_open_lines", "csv_over_stray",
            "csv_over_stray_lines"
        }),
        (legacy_csv_header, None, {"csv_header", "csv_open_quote_lines"}),
    ],
    "mastodon": [
        (mastodon_broken_activities, None, {
            "activity_not_post", "actor_missing", "announce_no_id", "create_no_id", "create_no_object", "invalid_json",
            "no_published", "not_activity", "number_too_long", "published_unusable", "repaired",
            "rest_unreadable_truncated"
        }),
        (mastodon_profile, None, {"profile_not_actor"}),
        (mastodon_unreadable_actor, None, {"actor_unreadable", "rest_unreadable_comma"}),
    ],
    "facebook": [
        (facebook_profile, None, {"profile_no_v2"}),
        (facebook_broken_records, None, {
            "comment_without_text", "empty_timestamp_only", "epoch_out_of_range", "nested_too_deeply", "no_timestamp",
            "not_comment_record", "not_json", "not_post_record", "rest_unreadable_truncated", "time_outside_frame",
            "undecodable_record", "unknown_layout"
        }),
    ],
    "instagram": [
        (instagram_profile, None, {"profile_no_user_list"}),
        (instagram_broken_records, None, {
            "comment_without_text", "empty_no_caption", "no_timestamp", "not_post_record"
        }),
    ],
    "threads": [(threads_broken_records, None, {"empty_no_caption", "not_post_record", "profile_threads_none"})],
    "linkedin": [
        (linkedin_broken, None, {
            "article_not_text", "article_too_big", "csv_no_break_mark_lines", "csv_unreadable_joined",
            "csv_width_joined", "unreadable_date"
        }),
        (linkedin_profile, None, {"profile_no_columns"}),
        (linkedin_orphan_line, None, {"csv_orphan", "csv_orphan_lines"}),
    ],
    "reddit": [
        (reddit_broken, None, {"csv_no_line_end", "csv_width", "no_id_or_date", "profile_reddit_none", "reddit_body"}),
    ],
    "bluesky": [
        (bluesky_records, None, {
            "bluesky_key_time", "bluesky_no_time", "bluesky_others", "car_block_missing", "profile_bluesky_missing"
        }),
        (bluesky_damaged, None, {
            "bluesky_others", "car_block_undecodable", "car_commit_lost", "car_damaged", "car_no_blocks",
            "car_no_blocks_at", "car_root_missing", "car_root_not_commit", "mst_deep", "mst_malformed",
            "mst_node_missing", "profile_none_found"
        }),
        (bluesky_cycle, None, {"mst_cycle"}),
    ],
    "wordpress": [
        (wordpress_broken, None, {
            "draft", "in_trash", "merged_different", "pending_review", "wp_comment_unapproved", "wp_not_posts",
            "wp_others_comments", "wp_restricted", "xml_recovered"
        }),
    ],
    "blogger": [
        (blogger_broken, None, {"blog_not_own", "deleted", "draft", "in_trash", "scheduled", "status_not_published"}),
    ],
    "feeds": [(feeds_broken, None, {"feed_empty", "feed_ill_formed"})],
    "archive": [
        (archive_zip_names, None, {"absolute_path", "duplicate_member", "not_zip_or_tar", "symlink", "zip_slip"}),
        (archive_zip_bomb, None, {"zip_bomb"}),
        (archive_zip_sizes, SMALL_SIZES, {"archive_total", "claims_uncompressed"}),
        (archive_nested, Limits(nested_count=10), {
            "member_damaged", "nested_deep", "nested_many", "nor_more", "tar_unreadable", "zip_member_unreadable",
            "zip_unreadable"
        }),
        (archive_nested_sizes, Limits(nested_bytes=8000, members=30), {"nested_big", "nor_more", "zip_table_too_big"}),
        (archive_tar_refusals, Limits(member_bytes=4000), {
            "claims", "duplicate_member", "link_or_special", "nul_name"
        }),
        (archive_tar_sparse, None, {"sparse"}),
        (archive_tar_cut, None, {"tar_stopped", "truncated_damaged"}),
        (archive_tar_bomb, None, {"expands_ratio", "tar_stopped"}),
        (archive_tar_header, None, {"tar_header_unreadable", "truncated_damaged"}),
        (archive_tar_many, Limits(members=8), {"too_many_entries_tar"}),
        (archive_tar_total, Limits(total_bytes=20_000), {"archive_total", "expands_past_total", "tar_stopped"}),
        (archive_folder_refusals, Limits(members=12, problems=3), {
            "more_refused", "not_regular", "symlink", "too_many_files"
        }),
    ],
}


@pytest.mark.parametrize("connector", sorted(CASES))
def test_every_reason_and_note_of_a_broken_export_is_written_in_french(connector: str, tmp_path: Path) -> None:
    reached: set[str] = set()
    untranslated: list[str] = []
    missed: dict[str, list[str]] = {}
    for number, (build, limits, expected) in enumerate(CASES[connector]):
        folder = tmp_path / str(number)
        folder.mkdir()
        keys: set[str] = set()
        for message in dict.fromkeys(_messages(build(folder), limits)):
            untranslated += _untranslated(message, keys)
        if lost := sorted({f"msg.{name}" for name in expected} - keys):
            missed[build.__name__] = lost
        reached |= keys
    assert untranslated == [], "no French template fits these messages"
    assert missed == {}, "these exports no longer make the connector say these messages"
    print(f"{connector}: {len(reached)} templates reached")  # shown with -s


# --- live sources: a feed's older pages, a Mastodon account -------------------------------------------------------

def _atom(entries: list[str], links: str = "") -> str:
    body = "".join(f"<entry><id>urn:{e}</id><title>{e}</title><published>2024-02-{int(e[1:]):02d}T10:00:00Z"
                   f"</published><content type='html'>post {e}</content></entry>" for e in entries)
    return f'<feed xmlns="http://www.w3.org/2005/Atom"><title>blog</title><id>tag:x</id>{links}{body}</feed>'


def _next(href: str) -> str:
    return f'<link rel="next" href="{href}"/>'


def _expanding(base_kb: int, links: int) -> str:
    """A feed whose xml:base is joined onto every relative link: a few KB that read as megabytes of text."""
    base = f"http://b.example/{'b' * base_kb * 1024}/"
    return (f'<rss version="2.0"><channel xml:base="{base}"><title>t</title><item><title>x</title>'
            f"<description>{''.join(f'&lt;a href=q{n}&gt;l&lt;/a&gt;' for n in range(links))}</description>"
            "</item></channel></rss>")


def _feed_messages(server: FeedServer, path: str, runs: int = 1, follow: tuple[str, ...] = ()) -> list[str]:
    """Every skip reason and note of `runs` reads of the live feed at `path`, each from the state the last left."""
    messages, state = [], None
    for _ in range(runs):
        result, state = read_feed(server.url(path), state, LiveOptions(feed_timeout=1.0, follow_hosts=follow))
        messages += _said(result)
    return messages


def test_every_reason_and_note_of_a_live_feed_is_written_in_french() -> None:
    """Older pages that fail each way a page can (HTTP error, too slow, too large, another host, a redirect out of
    http, not http, no answer, unreadable, entities, expansion) are skips; a page an earlier run could not read, a
    feed not modified, ill-formed or empty are notes."""
    with FeedServer() as server:
        pages = {"/http": "/http2", "/slow": "/slow2", "/large": "/large2", "/elsewhere": "http://127.0.0.2:9/old",
                 "/redirect": "/redirect2", "/ftp": "ftp://x/old", "/closed": "http://127.0.0.1:9/old",
                 "/bad": "/bad2", "/entities": "/entities2", "/expands": "/expands2"}
        for path, older in pages.items():
            server.add(path, _atom([f"e{len(path)}"], _next(older)), "application/atom+xml")
        server.add("/http2", b"down", status=500)
        server.add("/slow2", _atom(["e1"]), "application/atom+xml", drip=0.05)
        server.add("/large2", b" " * (16 * 1024**2 + 1))
        server.add("/redirect2", b"", status=302, headers={"Location": "file:///etc/passwd"})
        server.add("/bad2", b"<rss><chan")
        server.add("/entities2", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "x">]><rss version="2.0"><channel>'
                                 "<title>&e;</title></channel></rss>")
        server.add("/expands2", _expanding(20, 2_000))
        server.add("/same", _atom(["e1"]), "application/atom+xml", etag='"v1"')
        server.add("/ill", '<rss version="2.0"><channel><title>t</title><item><title>one</title></item><item>'
                           "<title>x</rss>")
        server.add("/empty", '<rss version="2.0"><channel><title>t</title></channel></rss>')
        keys: set[str] = set()
        untranslated: list[str] = []
        messages = [m for path in pages for m in _feed_messages(server, path, runs=2 if path == "/http" else 1,
                                                                follow=("127.0.0.1:9",) if path == "/closed" else ())]
        messages += _feed_messages(server, "/same", runs=2) + _feed_messages(server, "/ill")
        messages += _feed_messages(server, "/empty")
    for message in dict.fromkeys(messages):
        untranslated += _untranslated(message, keys)
    assert untranslated == [], "no French template fits these messages"
    expected = {"http_status", "fetch_slow", "fetch_too_large", "off_host", "redirect_refused", "off_scheme",
                "not_http", "fetch_failed", "feed_unreadable", "feed_entities", "feed_expands", "feed_resume",
                "feed_not_modified", "profile_feed_not_modified", "feed_ill_formed", "feed_empty"}
    assert {f"msg.{name}" for name in expected} - keys == set()


ACCOUNT = {"id": "1", "username": "me", "acct": "me", "display_name": "Me", "note": "", "url": "", "fields": []}


def _status(number: int, **fields: object) -> dict:
    return {"id": str(number), "uri": f"https://m.example/users/me/statuses/{number}", "url": None,
            "created_at": f"2024-01-{number:02d}T10:00:00.000Z", "content": f"<p>post {number}</p>",
            "visibility": "public", "spoiler_text": "", "media_attachments": [], "mentions": [], "tags": [],
            "language": "en", "reblog": None, "in_reply_to_id": None, "in_reply_to_account_id": None,
            **fields}


def _sync(server: MastodonServer, store: Store, messages: list[str], **options: object) -> None:
    log = ImportLog(source="mastodon:@me@localhost", platform="mastodon")
    sync("mastodon:@me@localhost", token="t", store=store, log=log, api_base_url=server.url,
         on_progress=messages.append, backoff=0.01, timeout=2.0, page_size=2, **options)
    messages += [skip.reason for skip in log.skipped] + log.notes


def test_every_reason_note_and_progress_line_of_a_live_mastodon_account_is_written_in_french(tmp_path: Path) -> None:
    """Statuses without a uri or a time are skips; direct messages left out, a run cut at its page limit and a
    server that ignores the bounds asked are notes; a rate limit and a retry are progress lines."""
    statuses = [_status(1), _status(2, uri=None), _status(3, created_at=None), _status(4, visibility="direct"),
                _status(5)]
    messages: list[str] = []
    with MastodonServer(ACCOUNT, statuses, "t") as server:
        server.inject(Fault(429, seconds=0.2, path_part="/statuses"), Fault(500, path_part="/statuses"))
        with Store.open(tmp_path / "a.sqlite") as store:
            _sync(server, store, messages, exclude_direct=True)
        with Store.open(tmp_path / "b.sqlite") as store:
            _sync(server, store, messages, max_pages=1)
        server.ignore_bounds = True
        with Store.open(tmp_path / "c.sqlite") as store:
            _sync(server, store, messages)
    keys: set[str] = set()
    untranslated: list[str] = []
    for message in dict.fromkeys(messages):
        untranslated += _untranslated(message, keys)
    assert untranslated == [], "no French template fits these messages"
    expected = {"status_no_uri", "status_no_time", "direct_left_out", "mastodon_max_pages",
                "mastodon_ignores", "rate_limited", "progress_retry", "progress_fetched"}
    assert {f"msg.{name}" for name in expected} - keys == set()


# --- a cross-check from the code: every reason a connector writes, read from its source ----------------------------

CONNECTORS = Path(__file__).resolve().parents[1] / "connectors"
#: call -> which argument is a message a person reads (a skip, a note, a refusal, a profile's detail, a progress
#: line, or the exception whose words become one)
SAID_BY = {"skip": 1, "note": 0, "problem": 1, "unreadable": 1, "missing": 1, "none": 1, "_say": 0, "on_progress": 0,
           "_Broken": 0, "BrokenStatus": 0, "BadElement": 1, "JSONStreamError": 0, "FetchError": 1,
           "LimitExceeded": 1, "ProfileFileError": 0}
#: modules whose SourceError is a skip too: an archive nested in a source, an older page of a feed
SKIPPING_SOURCES = {"archive.py", "archive_limits.py", "archive_tar.py", "feed_paging.py", "feed_rows.py",
                    "sandbox.py"}
#: words said only in an error that ends the scan (a path that does not exist, an unreadable token file)
ERRORS = {"does not exist", "is not a file or folder", "cannot be read (permission denied", "it is not utf-8 text"}


def _said_in(tree: ast.AST, module: str) -> list[tuple[int, ast.expr]]:
    """(line, expression) of every message written in a module: the arguments of the calls that say one, the
    tuples appended to `problems`, and what is assigned to a `reason`, `problem` or `stopped`."""
    said = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            at = SAID_BY.get(name, 1 if name == "SourceError" and module in SKIPPING_SOURCES else None)
            if at is not None and len(node.args) > at:
                said.append((node.lineno, node.args[at]))
            elif name == "append" and node.args and isinstance(node.args[0], ast.Tuple) and len(node.args[0].elts) == 2:
                said.append((node.lineno, node.args[0].elts[1]))
        elif isinstance(node, ast.Assign | ast.AugAssign):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                if getattr(target, "attr", getattr(target, "id", "")) in ("reason", "problem", "stopped"):
                    said.append((node.lineno, node.value))
    return said


def _words(node: ast.expr) -> list[str]:
    """The fixed words of a message expression: its string constants and the literal parts of its f-strings."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [part.value for part in node.values if isinstance(part, ast.Constant)]
    if isinstance(node, ast.BinOp):
        return _words(node.left) + _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) + _words(node.orelse)
    return []


def test_the_words_of_every_message_written_in_a_connector_are_in_an_english_template() -> None:
    """A cross-check of the imports above from the code: a message added to a connector without its template (and so
    without French) fails here even before a broken export reaches it."""
    english = [text for key, text in strings("en").items() if key.startswith("msg.")]
    missing, seen = [], 0
    for path in sorted(CONNECTORS.glob("*.py")):
        for line, node in _said_in(ast.parse(path.read_text(encoding="utf-8")), path.name):
            for words in (piece.strip(" ;:,()") for piece in _words(node)):
                seen += len(words) >= 8
                if len(words) >= 8 and words not in ERRORS and not any(words in text for text in english):
                    missing.append(f"{path.name}:{line}: {words}")
    assert seen > 150, "the connectors' messages are no longer found where they are written"
    assert missing == []
