"""Bad input in X's own files (issue 16): mixed line endings, a UTF-8 BOM, UTF-16 and a file that ends mid-record,
for the modern `tweets.js`, a Grailbird month file and `tweets.csv`, each made from the real samples in tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

from auditor.core.frame import to_frame
from connectors import twitter, twitter_legacy
from connectors.archive import open_archive
from connectors.base import ImportLog

#: layout: (sample file under samples/twitter, where the copy goes, the connector that reads it)
LAYOUTS: dict[str, tuple[str, str, ModuleType]] = {
    "tweets.js": ("milahu104/tweets.js", "tweets.js", twitter),
    "month.js": ("grailbird_2015_JAForbes/data/js/tweets/2014_10.js", "data/js/tweets/2014_10.js", twitter_legacy),
    "tweets.csv": ("grailbird_2015_JAForbes/tweets.csv", "tweets.csv", twitter_legacy),
}


def mixed_endings(data: bytes) -> bytes:
    """Every other line ending made `\\r\\n` (a file edited or re-saved on Windows), the rest left `\\n`."""
    lines = data.split(b"\n")
    return b"".join(line + (b"\r\n" if i % 2 else b"\n") for i, line in enumerate(lines[:-1])) + lines[-1]


def utf16(data: bytes, encoding: str) -> bytes:
    return data.decode("utf-8").encode(encoding)


VARIANTS: dict[str, Callable[[bytes], bytes]] = {
    "mixed line endings": mixed_endings,
    "UTF-8 BOM": lambda data: b"\xef\xbb\xbf" + data,
    "UTF-16 with BOM": lambda data: utf16(data, "utf-16"),
    "UTF-16-BE without BOM": lambda data: utf16(data, "utf-16-be"),
    "UTF-16 with BOM, CRLF": lambda data: utf16(data.replace(b"\n", b"\r\n"), "utf-16"),
}


def read(folder: Path, module: ModuleType) -> tuple[pd.DataFrame, ImportLog]:
    archive, log = open_archive(folder), ImportLog()
    rows = [r for root in module.find(archive) for r in module.read(archive, root, log)]
    return to_frame(rows), log


def write(folder: Path, member: str, data: bytes) -> Path:
    (folder / member).parent.mkdir(parents=True, exist_ok=True)
    (folder / member).write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def originals(samples: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    """Each layout's rows from its sample file as X wrote it (UTF-8, `\\n`)."""
    frames = {}
    for layout, (sample, member, module) in LAYOUTS.items():
        folder = write(tmp_path_factory.mktemp(layout), member, (samples / "twitter" / sample).read_bytes())
        frames[layout], log = read(folder, module)
        assert log.skipped == []
    return frames


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_same_rows_whatever_the_encoding_or_line_endings(samples: Path, originals: dict[str, pd.DataFrame],
                                                             tmp_path: Path, layout: str, variant: str) -> None:
    sample, member, module = LAYOUTS[layout]
    data = VARIANTS[variant]((samples / "twitter" / sample).read_bytes())
    frame, log = read(write(tmp_path, member, data), module)
    assert log.skipped == []
    assert not [n for n in log.notes if "not valid" in n]
    pd.testing.assert_frame_equal(frame, originals[layout])


def test_line_breaks_inside_text_read_alike_from_every_layout(originals: dict[str, pd.DataFrame]) -> None:
    # some clients posted "\r" (Windows Phone) and a re-saved CSV turns "\n" into "\r\n": every break reads "\n"
    csv = originals["tweets.csv"].set_index("post_id")["text"]
    month = originals["month.js"].set_index("post_id")["text"]
    assert not csv.str.contains("\r").any() and not month.str.contains("\r").any()
    assert csv["twitter:519786940770447362"].startswith("Bugs and problems I run into are never type related.  ")
    broken = month[month.str.contains("\n")]
    assert len(broken) == 37 and csv.loc[broken.index].to_dict() == broken.to_dict()


def first(frame: pd.DataFrame, count: int) -> pd.DataFrame:
    """The rows of the first `count` entries of the file (the frame itself is sorted by time)."""
    entry = frame["source"].str.rsplit("#", n=1).str[-1].astype(int)
    return frame[entry < count].reset_index(drop=True)


def _starts(data: bytes, marker: bytes) -> list[int]:
    positions, pos = [], data.find(marker)
    while pos >= 0:
        positions.append(pos)
        pos = data.find(marker, pos + 1)
    return positions


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le"])
def test_tweets_js_ending_mid_record(samples: Path, originals: dict[str, pd.DataFrame], tmp_path: Path,
                                     encoding: str) -> None:
    data = (samples / "twitter" / "milahu104" / "tweets.js").read_bytes()
    cut = data[:_starts(data, b'\n  {\n    "tweet"')[100] + 300]  # inside the 101st tweet
    data = cut.decode("utf-8", "ignore").encode(encoding)
    data = data[:-1] if encoding != "utf-8" else data  # UTF-16 cut at an odd byte: half a character
    frame, log = read(write(tmp_path, "tweets.js", data), twitter)
    pd.testing.assert_frame_equal(frame, first(originals["tweets.js"], 100))
    (skip,) = log.skipped
    assert (skip.where, skip.reason) == (f"{tmp_path}/tweets.js", "the array ends early (the file is truncated); "
                                                                  "100 entries were read, the rest of the file is lost")
    if encoding != "utf-8":
        assert log.notes[-1:] == [f"{tmp_path}/tweets.js: 1 characters were not valid UTF-16 (a lone surrogate, or a "
                             "byte cut off at the end); they read as \ufffd"]


def test_month_js_ending_mid_record(samples: Path, originals: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    sample, member, _ = LAYOUTS["month.js"]
    data = (samples / "twitter" / sample).read_bytes()
    cut = data[:_starts(data, b'}, {\n  "source"')[3] + 40]  # inside the 5th tweet
    frame, log = read(write(tmp_path, member, cut), twitter_legacy)
    pd.testing.assert_frame_equal(frame, first(originals["month.js"], 4))
    assert [(s.where, s.reason.split(";")[0]) for s in log.skipped] == [
        (f"{tmp_path}/{member}", "the array ends early (the file is truncated)")]


CSV_HEAD = ('"tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text",'
            '"retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp","expanded_urls"\n')
CSV_ROW = '"{id}","","","2015-04-07 09:59:58 +0000","web","{text}","","","","{urls}"\n'
_CUT_SHORT = ("record runs to the end of the file inside a quoted field (line 4): the file ends mid-record, or a quote "
              "was never closed")


@pytest.mark.parametrize(("ending", "expected_skip"), [
    pytest.param('"3","","","2015-04-07 09:59:58 +0000","web","cut in the mi',
                 _CUT_SHORT, id="in the text"),
    # cut inside the last field: csv alone gives a whole-looking record with its link cut off
    pytest.param('"3","","","2015-04-07 09:59:58 +0000","web","cut in the link","","","","http://example.org/a-lo',
                 _CUT_SHORT, id="in the last field"),
    pytest.param('"3","","","2015-04-07 09:59:58 +0000","web","cut in the link","","","","http://example.org/a\n',
                 _CUT_SHORT, id="in the last field, at a newline"),
])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_tweets_csv_ending_mid_record(tmp_path: Path, ending: str, expected_skip: str, encoding: str) -> None:
    text = (CSV_HEAD + CSV_ROW.format(id=1, text="first", urls="http://example.org/1")
            + CSV_ROW.format(id=2, text='a ""quoted"" word', urls="") + ending)
    frame, log = read(write(tmp_path, "tweets.csv", text.encode(encoding)), twitter_legacy)
    assert list(frame["post_id"]) == ["twitter:1", "twitter:2"]
    assert list(frame["links"]) == [["http://example.org/1"], []]
    assert [(s.where, s.reason) for s in log.skipped] == [(f"{tmp_path}/tweets.csv#2", expected_skip)]


def test_tweets_csv_whose_last_record_is_whole_without_a_final_newline(tmp_path: Path) -> None:
    text = CSV_HEAD + CSV_ROW.format(id=1, text="only", urls="http://example.org/1").rstrip("\n")
    frame, log = read(write(tmp_path, "tweets.csv", text.encode()), twitter_legacy)
    assert list(frame["links"]) == [["http://example.org/1"]] and log.skipped == []


def test_tweets_csv_cut_in_a_utf16_character(tmp_path: Path) -> None:
    text = CSV_HEAD + CSV_ROW.format(id=1, text="first", urls="") + CSV_ROW.format(id=2, text="é" * 20, urls="")
    data = text.encode("utf-16")[:-41]  # inside the second record's text, half of a character
    frame, log = read(write(tmp_path, "tweets.csv", data), twitter_legacy)
    assert list(frame["post_id"]) == ["twitter:1"]
    assert [s.where for s in log.skipped] == [f"{tmp_path}/tweets.csv#1"]
    assert any("1 characters were not valid UTF-16" in n for n in log.notes)


def test_manifest_and_user_details_in_utf16(samples: Path, tmp_path: Path) -> None:
    modern = write(tmp_path / "modern", "tweets.js", (samples / "twitter" / "milahu104" / "tweets.js").read_bytes())
    manifest = (samples / "twitter" / "milahu104" / "manifest.js").read_bytes()
    write(modern, "manifest.js", utf16(manifest, "utf-16"))
    frame, log = read(modern, twitter)
    assert set(frame["account"]) == {"milahu104"} and log.skipped == []
    legacy = tmp_path / "legacy"  # tweets.csv names no author: the handle comes from user_details.js alone
    sample = samples / "twitter" / "grailbird_2015_JAForbes"
    write(legacy, "tweets.csv", (sample / "tweets.csv").read_bytes())
    write(legacy, "data/js/user_details.js", utf16((sample / "data/js/user_details.js").read_bytes(), "utf-16"))
    frame, log = read(legacy, twitter_legacy)
    assert set(frame["account"]) == {"james_a_forbes"}
    assert not [n for n in log.notes if "user_details.js" in n]
