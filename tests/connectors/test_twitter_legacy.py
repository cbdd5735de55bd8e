"""The legacy Grailbird X archive connector, on the real JAForbes export and on copies made in tmp_path."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from auditor.core.errors import SourceError
from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import twitter, twitter_legacy
from connectors.archive import open_archive

HEADER = ('"tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text",'
          '"retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp","expanded_urls"\n')


@pytest.fixture(scope="module")
def grailbird(samples: Path) -> Path:
    return samples / "twitter" / "grailbird_2015_JAForbes"


def load(path: Path) -> tuple[pd.DataFrame, list]:
    """Import a source the way the CLI does; only the Grailbird imports are kept."""
    imports = [i for i in open_source(str(path)) if i.connector is twitter_legacy]
    return to_frame(row for i in imports for row in i.rows()), imports


@pytest.fixture(scope="module")
def frame(grailbird: Path) -> pd.DataFrame:
    return load(grailbird)[0]


def csv_only(grailbird: Path, target: Path) -> Path:
    """A copy of the archive without the month JS files: only tweets.csv and user_details.js."""
    (target / "data" / "js").mkdir(parents=True)
    (target / "tweets.csv").write_bytes((grailbird / "tweets.csv").read_bytes())
    details = grailbird / "data" / "js" / "user_details.js"
    (target / "data" / "js" / "user_details.js").write_bytes(details.read_bytes())
    return target


def test_counts_from_the_month_files(grailbird: Path) -> None:
    frame, imports = load(grailbird)
    assert [i.root for i in imports] == [""]
    assert imports[0].log.skipped == [] and imports[0].log.notes == []
    # payload_details.js claims 3002; the month files hold 2994, and the CSV is not read beside them
    assert len(frame) == 2994
    assert frame["source"].str.fullmatch(r"20\d\d_\d\d\.js#\d+").all()
    counts = frame["kind"].value_counts()
    assert {k: int(v) for k, v in counts.items() if v} == {"post": 1954, "reply": 560, "repost": 480}
    assert set(frame["account"]) == {"james_a_forbes"} and set(frame["visibility"]) == {"public"}
    assert frame["reply_to"].notna().sum() == 560 and frame["quoted"].notna().sum() == 480
    assert int(frame["media_count"].sum()) == 322
    assert not frame["text"].str.contains("&amp;|&gt;|&lt;").any()


EXPECTED = {
    "twitter:106013608282030080": {  # a retweet keeps its own "RT @" text and points at the original
        "kind": "repost", "created_at": pd.Timestamp("2011-08-23 14:43:08", tz="UTC"),
        "text": "RT @BRKeogh: .@kot_au commenters make me think the internet is going to be okay.",
        "quoted": "https://x.com/BRKeogh/status/105817599715184640",
        "url": "https://x.com/james_a_forbes/status/106013608282030080",
    },
    "twitter:100490341811101697": {
        "kind": "reply", "created_at": pd.Timestamp("2011-08-08 08:55:39", tz="UTC"),
        "text": "@notch good luck and congratulations", "mentions": ["notch"],
        "reply_to": "https://x.com/notch/status/100451239829057536", "source": "2011_08.js#24",
    },
    "twitter:154523743484526592": {  # t.co expanded from the entities
        "kind": "post", "hashtags": ["ld48"],
        "text": "Hey @sgtquad your game doesn't seem to run.  Any ideas how to get it working, the title screen "
                "looks pretty nice #ld48 http://www.ludumdare.com/compo/ludum-dare-22/?action=rate&uid=4116",
        "links": ["http://www.ludumdare.com/compo/ludum-dare-22/?action=rate&uid=4116"],
    },
    "twitter:483155976820752384": {  # issue 16: X cut the retweet's own text; retweeted_status holds it whole
        "kind": "repost", "media_count": 1, "hashtags": ["character", "design"],
        "text": "RT @ZoeAppleseed: Here's and old #character #design. I am much happier with the new photos of them "
                "for the website! more vibrant!",  # the photo's t.co link is dropped, as from every tweet's text
        "quoted": "https://x.com/ZoeAppleseed/status/483146616161845248",
    },
    "twitter:524011998447558656": {  # two photos behind one media link, dropped from the text
        "text": "Will somebody show me a Sin?\n\nhttp://codepen.io/JAForbes/pen/kxamI?editors=001", "media_count": 2,
    },
}


@pytest.mark.parametrize("post_id", sorted(EXPECTED))
def test_row_values(frame: pd.DataFrame, post_id: str) -> None:
    row = frame.set_index("post_id").loc[post_id]
    for column, expected in EXPECTED[post_id].items():
        assert row[column] == expected, column


def test_zip_with_an_extra_top_folder(grailbird: Path, frame: pd.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "twitter.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for file in sorted(grailbird.rglob("*")):
            if file.is_file():
                z.write(file, "JAForbes-archive/" + file.relative_to(grailbird).as_posix())
    zipped, imports = load(path)
    assert [i.root for i in imports] == ["JAForbes-archive"]
    pd.testing.assert_frame_equal(zipped, frame)


def test_csv_only_copy(grailbird: Path, frame: pd.DataFrame, tmp_path: Path) -> None:
    rows, imports = load(csv_only(grailbird, tmp_path / "csv"))
    assert imports[0].log.skipped == []
    assert rows["source"].str.fullmatch(r"tweets\.csv#\d+").all()
    js, csv = frame.set_index("post_id"), rows.set_index("post_id")
    assert sorted(csv.index) == sorted(js.index)
    csv = csv.loc[js.index]
    for column in ("kind", "created_at", "url", "links"):
        assert (csv[column].astype(str) == js[column].astype(str)).all(), column
    # the CSV has no screen name of the replied account: same status, by x.com/i/status/<id>
    assert (csv["reply_to"].str.rsplit("/", n=1).str[-1].fillna("") ==
            js["reply_to"].str.rsplit("/", n=1).str[-1].fillna("")).all()
    # the CSV holds no retweeted_status: only retweets X cut short ('…', or ' ...' before 2012) stay cut there
    differ = csv["text"] != js["text"]
    assert int(differ.sum()) == 182
    assert (js.loc[differ, "kind"] == "repost").all()
    assert csv.loc[differ, "text"].str.endswith(("…", " ...")).all()
    # two originals themselves end with '…' or ' ...': the note counts what it cannot tell apart
    assert imports[0].log.notes == [f"{tmp_path}/csv/tweets.csv: 184 retweets end with '…' or ' ...', as X cut "
                                    "retweets at 140 characters; the CSV does not hold the originals' whole text "
                                    "(the month JS files do)"]
    row = csv.loc["twitter:130635971397029888"]
    assert row["text"] == ("http://www.youtube.com/watch?v=gIcqb9hHQ3E  I had to watch this 3 times.\n"
                           "Dylan Ratigan losing it on air.  MSNBC #OWS")
    assert row["hashtags"] == ["OWS"] and row["source"] == "tweets.csv#2850"
    assert csv.loc["twitter:106013608282030080", "quoted"] == "https://x.com/i/status/105817599715184640"


def test_broken_csv_rows_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "tweets.csv").write_text(HEADER + (
        '"1","","","2015-04-07 09:59:58 +0000","web","multi\nline http://t.co/abcdefghij","","","",'
        '"http://example.org/a,b,http://example.org/a,b"\n'
        '"2","","","yesterday","web","bad time","","","",""\n'
        '"","","","2015-04-07 09:59:58 +0000","web","no id","","","",""\n'), encoding="utf-8")
    frame, imports = load(tmp_path)
    assert list(frame["text"]) == ["multi\nline http://example.org/a,b"]
    assert list(frame["links"]) == [["http://example.org/a,b"]]  # a comma inside a URL, and a duplicate
    assert [s.where for s in imports[0].log.skipped] == [f"{tmp_path}/tweets.csv#1", f"{tmp_path}/tweets.csv#2"]
    assert all(s.reason.startswith("row without a usable tweet_id or timestamp") for s in imports[0].log.skipped)


def test_undecodable_csv_names_file_and_encoding(tmp_path: Path) -> None:
    (tmp_path / "tweets.csv").write_bytes(HEADER.encode() + b'"1","","","2015-04-07 09:59:58 +0000","w","caf\xe9"\n')
    (imp,) = [i for i in open_source(str(tmp_path)) if i.connector is twitter_legacy]
    with pytest.raises(SourceError, match=r"tweets\.csv: is not valid UTF-8 text"):
        list(imp.rows())


def test_truncated_month_file(grailbird: Path, tmp_path: Path) -> None:
    month = (grailbird / "data" / "js" / "tweets" / "2015_04.js").read_bytes()
    (tmp_path / "data" / "js" / "tweets").mkdir(parents=True)
    (tmp_path / "data" / "js" / "tweets" / "2015_04.js").write_bytes(month[:len(month) // 2])
    frame, imports = load(tmp_path)
    (skip,) = imports[0].log.skipped
    assert skip.where == f"{tmp_path}/data/js/tweets/2015_04.js"
    assert skip.reason.startswith("the array ends early (the file is truncated);")
    assert len(frame) == int(skip.reason.split("; ")[1].split()[0]) > 0
    assert set(frame["account"]) == {"james_a_forbes"}


def test_each_connector_finds_only_its_own(grailbird: Path, samples: Path) -> None:
    assert twitter.find(open_archive(grailbird)) == []
    assert twitter_legacy.find(open_archive(samples / "twitter" / "milahu104")) == []


# Issue 14: one field over the csv module's 128 KiB limit aborted the scan and lost every good row.
def test_a_tweet_over_the_field_limit_is_one_skip_and_the_rows_around_it_are_read(tmp_path: Path) -> None:
    from connectors.csvsafe import FIELD_MAX

    row = '"{}","","","2015-04-07 09:59:58 +0000","web","{}","","","",""\n'
    (tmp_path / "tweets.csv").write_text(HEADER + row.format(1, "first") + row.format(2, "word " * (FIELD_MAX // 4))
                                         + row.format(3, "third"), encoding="utf-8")
    frame, imports = load(tmp_path)
    assert list(frame["text"]) == ["first", "third"]
    assert [(s.where, s.reason.split(" holds")[0]) for s in imports[0].log.skipped] == [
        (f"{tmp_path}/tweets.csv#1", "field 'text'")]


def test_language_where_grailbird_has_it(frame: pd.DataFrame, tmp_path: Path) -> None:
    # the 2015 sample's month files hold no `lang`; later Grailbird archives do, on the tweet and on the original
    assert frame["language"].isna().all()
    month = tmp_path / "data" / "js" / "tweets"
    month.mkdir(parents=True)
    base = {"created_at": "2015-04-07 09:59:58 +0000", "user": {"screen_name": "me"}}
    tweets = [{**base, "id_str": "1", "text": "Bonjour à tous", "lang": "fr"},
              {**base, "id_str": "2", "text": "RT @a: Guten Tag …", "lang": "und"},
              {**base, "id_str": "3", "text": "RT @a: Guten …",
               "retweeted_status": {"id_str": "9", "text": "Guten Tag, alle zusammen", "lang": "de",
                                    "user": {"screen_name": "a"}}}]
    (month / "2015_04.js").write_text("Grailbird.data.tweets_2015_04 = \n" + json.dumps(tweets), encoding="utf-8")
    rows = load(tmp_path)[0].set_index("post_id")
    assert rows["language"].dropna().to_dict() == {"twitter:1": "fr", "twitter:3": "de"}
    assert rows.loc["twitter:3", "text"] == "RT @a: Guten Tag, alle zusammen"


def test_rows_before_undecodable_csv_text_are_kept(tmp_path: Path) -> None:
    import io

    from connectors.base import ImportLog
    from connectors.csvsafe import Dialect, table

    good = "".join(f'"{i}","","","2015-04-07 09:59:58 +0000","w","fine {i}","","","",""\n' for i in range(1, 3000))
    data = HEADER.encode() + good.encode() + b'"0","","","2015-04-07 09:59:58 +0000","w","caf\xe9","","","",""\n'
    (tmp_path / "tweets.csv").write_bytes(data)
    records = []  # what the CSV reader gives before it stops at the byte that is not UTF-8
    with pytest.raises(SourceError):
        records.extend(r for _, r in table(io.BytesIO(data), Dialect(), "f", "f", ImportLog()))
    assert 0 < len(records) < 2999
    (imp,) = [i for i in open_source(str(tmp_path)) if i.connector is twitter_legacy]
    rows = []
    with pytest.raises(SourceError, match=r"tweets\.csv: is not valid UTF-8 text"):
        rows.extend(imp.rows())
    assert [r["text"] for r in rows] == [r["text"] for r in records]  # the last one too, though it was held back
