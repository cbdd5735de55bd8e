"""The modern X archive connector, on the real milahu104 export (as a folder and zipped three ways) and on copies
the tests break or extend in tmp_path."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from auditor.core import frame as frame_module
from auditor.core.frame import COLUMNS, to_frame
from auditor.pipeline.sources import open_source
from connectors import twitter, twitter_tweet
from connectors.archive import open_archive
from connectors.base import ImportLog, in_frame
from connectors.twitter_tweet import tweet_time

TWEET_FILES = ("tweets.js", "community-tweet.js", "deleted-tweets.js", "like.first40.js", "manifest.js",
               "note-tweet.js", "tweet-headers.js", "deleted-tweet-headers.js", "README.txt")


@pytest.fixture(scope="module")
def milahu(samples: Path) -> Path:
    """The real export: a folder holding the data/*.js files themselves."""
    return samples / "twitter" / "milahu104"


def load(path: Path) -> tuple[pd.DataFrame, list]:
    """Import a source through the same path the CLI takes; only the modern X imports are kept."""
    imports = [i for i in open_source(str(path)) if i.connector is twitter]
    frame = to_frame(row for i in imports for row in i.rows())
    return frame, imports


@pytest.fixture(scope="module")
def frame(milahu: Path) -> pd.DataFrame:
    return load(milahu)[0]


def rows_from(frame: pd.DataFrame, file: str) -> pd.DataFrame:
    return frame[frame["source"].str.startswith(file + "#")]


def copy_sample(milahu: Path, target: Path, **replace: bytes) -> Path:
    """Write the sample's files into `target` (the tests' own copy), replacing some contents."""
    target.mkdir(parents=True)
    for name in TWEET_FILES:
        (target / name).write_bytes(replace.get(name.replace("-", "_").replace(".", "_"), (milahu / name).read_bytes()))
    return target


def test_counts_by_file(milahu: Path) -> None:
    frame, imports = load(milahu)
    assert [i.root for i in imports] == [""]
    log = imports[0].log
    assert log.skipped == []
    # no edit chains in this archive: every one of the 2045 tweets in tweets.js is the last version of itself
    assert len(rows_from(frame, "tweets.js")) == 2045
    assert "earlier version" not in " ".join(log.notes)
    assert len(rows_from(frame, "community-tweet.js")) == 3
    deleted = rows_from(frame, "deleted-tweets.js")
    assert len(deleted) == 47 and deleted["deleted"].all()
    assert frame["deleted"].sum() == 47
    likes = rows_from(frame, "like.first40.js")
    assert len(likes) == 40 and (likes["kind"] == "like").all() and likes["created_at"].isna().all()
    assert len(frame) == 2045 + 3 + 47 + 40
    assert dict(log.read_counts) == {"tweets": 2045, "community_tweet": 3, "deleted_tweets": 47, "like": 40}
    assert "manifest.js declares 6708 like entries; the files held 40 readable ones" in log.notes


@pytest.mark.parametrize(("file", "kinds"), [
    ("tweets.js", {"reply": 1780, "repost": 239, "quote": 1, "post": 25}),
    ("community-tweet.js", {"reply": 3}),
    ("deleted-tweets.js", {"reply": 43, "repost": 4}),
    ("like.first40.js", {"like": 40}),
])
def test_kinds(frame: pd.DataFrame, file: str, kinds: dict[str, int]) -> None:
    counts = rows_from(frame, file)["kind"].value_counts()
    assert {k: int(v) for k, v in counts.items() if v} == kinds


def test_account_visibility_and_ids(frame: pd.DataFrame) -> None:
    assert set(frame["account"]) == {"milahu104"}
    assert frame["post_id"].is_unique
    tweets = frame[frame["kind"] != "like"]
    assert (tweets["visibility"] == "public").all()
    assert tweets["url"].str.fullmatch(r"https://x\.com/milahu104/status/\d{15,20}").all()
    assert (tweets["post_id"].str.removeprefix("twitter:") == tweets["url"].str.rsplit("/", n=1).str[-1]).all()
    assert int(frame["media_count"].sum()) == 25
    assert not frame["text"].str.contains("&amp;|&gt;|&lt;").any()


EXPECTED = {
    "twitter:2029905358261502168": {  # first entry: a self-reply whose t.co points at a status (reply beats quote)
        "kind": "reply", "created_at": pd.Timestamp("2026-03-06 13:02:05", tz="UTC"),
        "text": "@SamaHoole https://x.com/milahu104/status/2027739112069878026",
        "reply_to": "https://x.com/milahu104/status/2029903943413772741",
        "quoted": "https://x.com/milahu104/status/2027739112069878026",
        "links": ["https://x.com/milahu104/status/2027739112069878026"], "mentions": ["SamaHoole"],
        "likes": 0, "language": None, "source": "tweets.js#0",
    },
    "twitter:2027339914283565420": {  # &gt; unescaped, t.co expanded
        "kind": "reply", "created_at": pd.Timestamp("2026-02-27 11:07:56", tz="UTC"),
        "text": "@SamaHoole > that the land needs rest, that the animal needs to move\n\nHolistic Planned Grazing. "
                "by Allan Savory\n\nhttps://savory.global/holistic-planned-grazing/",
        "url": "https://x.com/milahu104/status/2027339914283565420",
        "reply_to": "https://x.com/SamaHoole/status/2027333754885173258",
        "links": ["https://savory.global/holistic-planned-grazing/"], "language": "en",
    },
    "twitter:2011451209341919557": {  # an expanded link keeps its own & as they are
        "text": "@Jvnior hand drilling noises\n\nhttps://duckduckgo.com/?q=Hand+Drill+Method&ia=images&iax=images",
        "likes": 2, "reposts": 0, "source": "tweets.js#1712",
    },
    "twitter:2001571772517253131": {  # a retweet: &amp; unescaped, the cut t.co left as X cut it
        "kind": "repost", "created_at": pd.Timestamp("2025-12-18 08:34:32", tz="UTC"), "reply_to": None,
        "text": "RT @infobeautiful: Uppers, downers, trips & tranqs 💊 All the world's major drugs, in one "
                "easy-to-swallow #infographic https://t.co/JOu0ax97…",
    },
    "twitter:2029903943413772741": {  # the media t.co is dropped from the text
        "text": "@SamaHoole Doctor: Try to eat some vegetables.\n\nSama Hoole:", "media_count": 1, "links": [],
    },
    "twitter:2029113669670334850": {  # a quote tweet: the last link is a status URL
        "kind": "quote", "quoted": "https://x.com/UnshadowedShow/status/2029076181236994546",
        "hashtags": ["blackout", "iceagefarmer", "Unshadowed", "CyberPandemic"],
    },
    "twitter:2011460031385047365": {  # a retweeted photo names the original status
        "kind": "repost", "text": "RT @elonmusk:", "quoted": "https://x.com/i/status/1476437555717541893",
    },
    "twitter:2024501936435655121": {"deleted": True, "kind": "reply", "source": "deleted-tweets.js#39"},
    "twitter:like:2029894586810667242": {
        "kind": "like", "created_at": pd.NaT, "visibility": "unknown",
        "text": "@SamaHoole #oxalate #kidneystones \nhttps://t.co/al9UuLawYv",
        "quoted": "https://twitter.com/i/web/status/2029894586810667242",
        "mentions": ["SamaHoole"], "hashtags": ["oxalate", "kidneystones"], "source": "like.first40.js#0",
    },
}


@pytest.mark.parametrize("post_id", sorted(EXPECTED))
def test_row_values(frame: pd.DataFrame, post_id: str) -> None:
    row = frame.set_index("post_id").loc[post_id]
    for column, expected in EXPECTED[post_id].items():
        actual = row[column]
        if expected is None or expected is pd.NaT:
            assert pd.isna(actual), column
        else:
            assert actual == expected, column


@pytest.mark.parametrize("prefix", ["", "data/", "twitter-2026-03-06/data/"])
def test_zip_layouts_give_the_same_rows(milahu: Path, frame: pd.DataFrame, tmp_path: Path, prefix: str) -> None:
    path = tmp_path / "twitter-2026-03-06.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(prefix + "Your archive.html", "<html></html>")
        for name in TWEET_FILES:
            z.write(milahu / name, prefix + name)
    zipped, imports = load(path)
    assert [i.root for i in imports] == [prefix.rstrip("/")]
    pd.testing.assert_frame_equal(zipped, frame)


def broken_copy(milahu: Path, target: Path) -> Path:
    """A copy with one corrupted element in tweets.js and deleted-tweets.js cut in the middle of its element #10."""
    tweets = (milahu / "tweets.js").read_bytes()
    starts = _element_starts(tweets)
    bad = tweets[:starts[5]] + tweets[starts[5]:].replace(b'"full_text" : ', b'"full_text" : :', 1)
    deleted = (milahu / "deleted-tweets.js").read_bytes()
    cut = deleted[:_element_starts(deleted)[10] + 200]
    return copy_sample(milahu, target, tweets_js=bad, deleted_tweets_js=cut)


def test_a_single_tweets_js_given_directly(milahu: Path, frame: pd.DataFrame) -> None:
    single, imports = load(milahu / "tweets.js")
    assert [i.root for i in imports] == [""]
    # without manifest.js or account.js the handle is unknown, so URLs take X's handle-free form
    assert single["url"].str.fullmatch(r"https://x\.com/i/status/\d+").all()
    assert list(single["post_id"]) == list(rows_from(frame, "tweets.js")["post_id"])


def test_broken_copy_is_skipped_and_counted(milahu: Path, tmp_path: Path) -> None:
    broken = broken_copy(milahu, tmp_path / "broken")
    frame, imports = load(broken)
    log = imports[0].log
    assert len(log.skipped) == 2
    first, second = log.skipped
    assert first.where == f"{broken}/tweets.js#5" and first.reason.startswith("undecodable entry (invalid JSON")
    assert second.where == f"{broken}/deleted-tweets.js"
    assert second.reason == "the array ends early (the file is truncated); 10 entries were read, the rest of the " \
                            "file is lost"
    assert len(rows_from(frame, "tweets.js")) == 2044
    assert len(rows_from(frame, "deleted-tweets.js")) == 10
    assert len(frame) == 2044 + 3 + 10 + 40


def _element_starts(data: bytes) -> list[int]:
    """Byte offsets where each top-level `{"tweet" …}` element of an X file begins (X pretty-prints them)."""
    starts, pos = [], data.find(b"\n  {\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = data.find(b"\n  {\n", pos + 1)
    return starts


def _first_tweet(milahu: Path) -> dict:
    data = (milahu / "tweets.js").read_bytes()
    return json.loads(data[data.index(b"[") + 1:_element_starts(data)[1]].rstrip().rstrip(b","))["tweet"]


def _write_ytd(folder: Path, name: str, global_name: str, elements: list) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"window.YTD.{global_name} = {json.dumps(elements, indent=2)}", encoding="utf-8")


def _version(base: dict, tweet_id: str, chain: list[str], created: str, text: str) -> dict:
    return {"tweet": {**base, "id_str": tweet_id, "id": tweet_id, "created_at": created, "full_text": text,
                      "entities": {"urls": []}, "edit_info": {"initial": {"editTweetIds": chain}}}}


def test_edits_keep_the_last_version(milahu: Path, tmp_path: Path) -> None:
    base = _first_tweet(milahu)
    chain = ["100", "101", "102"]
    folder = tmp_path / "edits"
    _write_ytd(folder, "tweets.js", "tweets.part0", [
        _version(base, "100", chain, "Mon Jan 05 10:00:00 +0000 2026", "first"),
        _version(base, "7", ["7"], "Mon Jan 05 09:00:00 +0000 2026", "unedited"),
        _version(base, "102", chain, "Mon Jan 05 10:20:00 +0000 2026", "third"),
        _version(base, "101", chain, "Mon Jan 05 10:10:00 +0000 2026", "second"),
    ])
    frame, imports = load(folder)
    assert list(frame["post_id"]) == ["twitter:7", "twitter:102"]
    kept = frame.set_index("post_id").loc["twitter:102"]
    assert kept["text"] == "third"
    assert kept["created_at"] == pd.Timestamp("2026-01-05 10:00", tz="UTC")
    assert kept["edited_at"] == pd.Timestamp("2026-01-05 10:20", tz="UTC")
    assert imports[0].log.skipped == []
    assert "2 earlier versions of edited tweets were left out; the last version is kept" in imports[0].log.notes


def test_parts_singular_name_notes_account_and_protection(milahu: Path, tmp_path: Path) -> None:
    base = {**_first_tweet(milahu), "full_text": "a long post cut sh…"}
    folder = tmp_path / "older"
    _write_ytd(folder, "tweet.js", "tweet.part0", [{"tweet": base}])
    bare = {**base, "id_str": "8", "created_at": "Tue Jan 06 10:00:00 +0000 2026"}
    _write_ytd(folder, "tweets-part1.js", "tweets.part1", [bare])  # bare objects without the wrapper
    _write_ytd(folder, "note-tweet.js", "note_tweet.part0", [{"noteTweet": {
        "noteTweetId": "1", "createdAt": "2026-03-06T13:02:05.000Z",
        "core": {"text": "a long post cut short &amp; then whole", "hashtags": [{"text": "whole"}]}}}])
    _write_ytd(folder, "account.js", "account.part0", [{"account": {"email": "me@example.invalid",
                                                                    "username": "someone"}}])
    _write_ytd(folder, "protected-history.js", "protected_history.part0", [
        {"protectedHistory": {"protectedAt": "2025-01-01T00:00:00.000Z", "action": "Unprotect"}},
        {"protectedHistory": {"protectedAt": "2025-06-01T00:00:00.000Z", "action": "Protect"}}])
    frame, imports = load(folder)
    by_id = frame.set_index("post_id")
    assert len(frame) == 2 and imports[0].log.skipped == []
    assert by_id.loc["twitter:2029905358261502168", "text"] == "a long post cut short & then whole"
    assert by_id.loc["twitter:2029905358261502168", "hashtags"] == ["whole"]
    assert by_id.loc["twitter:8", "url"] == "https://x.com/someone/status/8"
    assert set(frame["visibility"]) == {"followers"}
    assert not frame.astype(str).apply(lambda col: col.str.contains("example.invalid")).any().any()


@pytest.mark.parametrize(("value", "expected"), [
    ("Fri Feb 20 09:10:58 +0000 2026", "2026-02-20T09:10:58+00:00"),
    ("Fri Feb 20 09:10:58 +0200 2026", "2026-02-20T07:10:58+00:00"),
    ("2014-06-30 12:18:28 +0000", "2014-06-30T12:18:28+00:00"),
])
def test_tweet_time(value: str, expected: str) -> None:
    assert tweet_time(value).isoformat() == expected


def _slices_time(value: str) -> datetime:
    """The reference tweet_time's ISO fast path replaces: X's fixed-width layout read by slices."""
    return in_frame(datetime(int(value[26:30]), twitter_tweet._MONTHS[value[4:7]], int(value[8:10]),
                             int(value[11:13]), int(value[14:16]), int(value[17:19]), tzinfo=UTC))


def _outcome(read, value: str) -> tuple:
    try:
        stamp = read(value)
    except (ValueError, TypeError, OverflowError) as exc:
        return ("error", type(exc), str(exc))
    return ("time", stamp, stamp.tzinfo is UTC)


# fields of X's layout: mostly digits, with what a damaged file may hold instead (signs, spaces, other digits)
_FIELD = st.text(alphabet="0123456789 +-_.:١²０T", min_size=1)


@given(day=_FIELD, hour=_FIELD, minute=_FIELD, second=_FIELD, year=_FIELD, seps=st.sampled_from([":", ".", "0"]),
       month=st.sampled_from(["Jan", "Feb", "Jun", "Dec"]), digits=st.booleans())
@settings(max_examples=400, deadline=None)
@example(day="30", hour="12", minute="00", second="00", year="2012", seps=":", month="Feb", digits=False)
@example(day="01", hour="24", minute="00", second="00", year="2012", seps=":", month="Jan", digits=False)
@example(day="01", hour="00", minute="00", second="00", year="1500", seps=":", month="Jan", digits=False)
def test_tweet_time_reads_xs_layout_as_the_slices_did(day: str, hour: str, minute: str, second: str, year: str,
                                                     seps: str, month: str, digits: bool) -> None:
    if digits:  # well-formed fields, the usual tweet
        day, hour, minute, second = (f"{int(x) % 100:02d}" if x.isascii() and x.isdigit() else "07"
                                     for x in (day, hour, minute, second))
        year = f"{int(year) % 10000:04d}" if year.isascii() and year.isdigit() else "2020"
    value = f"Sun {month} {day[:2]:>2} {hour[:2]:>2}{seps}{minute[:2]:>2}{seps}{second[:2]:>2} +0000 {year[:4]:>4}"
    assert len(value) == 30
    assert _outcome(tweet_time, value) == _outcome(_slices_time, value)


@given(st.one_of(st.text(alphabet="enfrESIWqmeztu-_ 419", max_size=12), st.none(), st.integers(), st.booleans()))
@settings(max_examples=300, deadline=None)
def test_language_held_reads_as_worked_out(lang: object) -> None:
    # twice: the first call works the tag out (and holds it), the second reads it held
    assert twitter_tweet._language(lang) == twitter_tweet.language_tag(lang)
    assert twitter_tweet._language(lang) == twitter_tweet.language_tag(lang)


@pytest.mark.parametrize("content", [b"\x00\xff\xfe binary", b"var x = 1;", b"window.YTDx = [", b""])
def test_find_ignores_foreign_files(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "tweets.js").write_bytes(content)
    assert twitter.find(open_archive(tmp_path)) == []


def test_cli_scan_reports_the_skips(milahu: Path, tmp_path: Path) -> None:
    cli = pytest.importorskip("auditor.cli")
    from click.testing import CliRunner

    broken = broken_copy(milahu, tmp_path / "broken")
    result = CliRunner().invoke(cli.main, ["scan", str(broken), "--out", str(tmp_path / "report.html"),
                                           "--store", str(tmp_path / "store.sqlite")])
    assert result.exit_code == 0, result.output
    assert "Skipped in this scan, 2 entries" in result.output
    assert "undecodable entry" in result.output and "the array ends early" in result.output


# Found by the property tests (tests/property): damaged values where the archive normally has text or objects.
def _read_folder(folder: Path) -> tuple[list[dict], ImportLog]:
    archive = open_archive(folder)
    log = ImportLog()
    rows = [row for root in twitter.find(archive) for row in twitter.read(archive, root, log)]
    return rows, log


def test_damaged_values_are_skips_or_absent_never_a_crash(tmp_path: Path) -> None:
    tweets = [
        {"tweet": {"id_str": "1", "created_at": "Fri Feb 20 09:10:58 +0000 2026", "full_text": "kept",
                   "entities": {"urls": [7, {"url": "https://t.co/a", "expanded_url": 5}], "hashtags": [{"text": 3}],
                                "user_mentions": "me"},
                   "extended_entities": {"media": [None, {"url": 9}]}, "lang": ["en"],
                   "favorite_count": "1" * 30, "retweet_count": "-4"}},
        {"tweet": {"id_str": "2", "created_at": "Fri Feb 20 09:10:58 +0000 9999", "full_text": "year 9999"}},
        {"tweet": {"id_str": "3", "created_at": "Sat Dec 31 23:59:59 -2359 9999", "full_text": "overflows UTC"}},
        {"tweet": {"id_str": "4", "created_at": ["Fri"], "full_text": "time is a list"}},
        {"tweet": {"id_str": "5", "created_at": "Fri Feb 20 09:10:58 +0000 2026", "full_text": 12}},
    ]
    _write_ytd(tmp_path, "tweets.js", "tweets.part0", tweets)
    _write_ytd(tmp_path, "like.js", "like.part0", [{"like": {"tweetId": "9", "fullText": 3, "expandedUrl": {}}}])
    notes = [{"noteTweet": {"createdAt": "now", "core": {"text": "x"}}}]
    _write_ytd(tmp_path, "note-tweet.js", "note_tweet.part0", notes)
    (tmp_path / "manifest.js").write_text('window.__THAR_CONFIG = {"userInfo": [1], "dataTypes": {"like": '
                                          '{"files": [3, {"globalName": "YTD.like.part0", "count": "²"}]}}}')
    rows, log = _read_folder(tmp_path)
    kept = {r["post_id"]: r for r in rows}
    assert set(kept) == {"twitter:1", "twitter:like:9"}
    first = kept["twitter:1"]
    assert (first["links"], first["hashtags"], first["mentions"], first["media_count"]) == ([], [], [], 1)
    assert (first["language"], first["likes"], first["reposts"], first["account"]) == (None, None, None, "")
    assert (kept["twitter:like:9"]["text"], kept["twitter:like:9"]["url"]) == ("", None)
    assert len(log.skipped) == 5
    assert log.skipped[0].where == f"{tmp_path}/note-tweet.js#0"  # an unreadable time can join no tweet: counted
    assert log.skipped[0].reason.startswith("long post with neither a tweetId nor a readable createdAt")
    to_frame(rows)


def test_a_manifest_nested_too_deeply_is_a_note(tmp_path: Path) -> None:
    _write_ytd(tmp_path, "tweets.js", "tweets.part0", [])
    (tmp_path / "manifest.js").write_text("window.__THAR_CONFIG = " + "[" * 100_000)
    rows, log = _read_folder(tmp_path)
    assert rows == [] and log.skipped == [] and any("manifest.js was not read" in n for n in log.notes)


# Issue 15 needs each post's own language: X's `lang` tag, where it names one.
@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "en"), ("de", "de"), ("FR", "fr"), ("pt-BR", "pt-br"), ("fr ", "fr"),
    ("in", "id"), ("iw", "he"),  # the ISO codes X still writes, withdrawn in 1989
    ("und", None), ("zxx", None), ("qme", None), ("qam", None), ("qht", None), ("qct", None), ("qst", None),
    ("qaa", None), ("", None), ("x", None), ("e1", None), (7, None), (None, None),
])
def test_language_tag(milahu: Path, tmp_path: Path, lang: object, expected: str | None) -> None:
    _write_ytd(tmp_path, "tweets.js", "tweets.part0", [{"tweet": {**_first_tweet(milahu), "lang": lang}}])
    (row,), _ = _read_folder(tmp_path)
    assert row["language"] == expected


@pytest.mark.parametrize("file", ["tweets.js", "deleted-tweets.js", "community-tweet.js"])
def test_every_tweet_carries_its_own_lang(milahu: Path, frame: pd.DataFrame, file: str) -> None:
    data = (milahu / file).read_text(encoding="utf-8")
    raw = {e["tweet"]["id_str"]: e["tweet"]["lang"] for e in json.loads(data[data.index("["):])}
    languages = rows_from(frame, file).set_index("post_id")["language"]
    expected = {f"twitter:{i}": {"in": "id"}.get(lang, lang) for i, lang in raw.items()
                if lang not in ("und", "zxx", "qme", "qam")}
    assert languages.dropna().to_dict() == expected


def test_the_latest_protected_history_event_by_instant_not_by_text(tmp_path: Path) -> None:
    # the same second written two ways: as text "…00Z" sorts after "…00.999Z", though it is earlier
    _write_ytd(tmp_path, "tweets.js", "tweets.part0", [{"tweet": {"id_str": "1", "full_text": "hi",
                                                                 "created_at": "Fri Feb 20 09:10:58 +0000 2026"}}])
    _write_ytd(tmp_path, "protected-history.js", "protected_history.part0", [
        {"protectedHistory": {"protectedAt": "2025-06-01T00:00:00Z", "action": "Protect"}},
        {"protectedHistory": {"protectedAt": "2025-06-01T00:00:00.999Z", "action": "Unprotect"}},
        {"protectedHistory": {"protectedAt": "someday", "action": "Protect"}}])
    (row,), log = _read_folder(tmp_path)
    assert row["visibility"] == "public"
    assert "1 protected-history event has no readable protectedAt" in log.notes[-1]


def test_tweet_rows_carry_every_canonical_key_so_the_frame_reads_them_at_once(milahu: Path) -> None:
    rows = [row for i in open_source(str(milahu)) if i.connector is twitter for row in i.rows()]
    tweets = [row for row in rows if row["kind"] != "like"]
    assert len(tweets) > 2000 and all(sorted(row) == sorted(COLUMNS) for row in rows)
    likes = [row for row in rows if row["kind"] == "like"]
    assert likes and all(list(row) == list(COLUMNS) for row in likes)  # in the frame's order too
    # the keys a like has not hold what the frame filled in when a like row had only these: the same frame
    own = ("post_id", "platform", "account", "kind", "created_at", "text", "url", "quoted", "visibility", "links",
           "mentions", "hashtags", "source")
    assert frame_module._tuples(likes) == [tuple(map({k: row[k] for k in own}.get, frame_module._NAMES,
                                                     frame_module._FILL)) for row in likes]
