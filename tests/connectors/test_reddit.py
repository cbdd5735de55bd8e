"""Reddit GDPR export: no real sample exists, so each test writes header-accurate CSVs (FORMATS.md §8)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from auditor.core.errors import SourceError
from auditor.core.frame import to_frame
from connectors import reddit
from connectors.archive import open_archive
from connectors.base import ImportLog

POSTS_HEADER = ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]
COMMENTS_2026 = ["id", "permalink", "date", "ip", "subreddit", "gildings", "gildings_silver", "gildings_supergold",
                 "link", "parent", "body", "media"]
POSTS = [
    ["abc12", "https://www.reddit.com/r/ottawa/comments/abc12/vive_le_velo/", "2023-01-15 12:34:56 UTC",
     "203.0.113.7", "ottawa", "0", "Vive le vélo 🚲", "https://www.reddit.com/r/ottawa/comments/abc12/vive_le_velo/",
     "Pistes cyclables\nsur Bank, voir https://ottawa.ca/velo"],
    ["def34", "/r/canada/comments/def34/budget/", "2022-11-01 08:00:00 UTC", "", "canada", "1",
     "Budget thoughts", "https://news.example.ca/budget-2022", ""],
    ["ghi56", "/r/AskReddit/comments/ghi56/gone/", "2021-05-05 05:05:05 UTC", "", "AskReddit", "0",
     "Deleted later", "", "[deleted]"],
]
COMMENTS = [
    ["c1", "/r/ottawa/comments/abc12/vive_le_velo/c1/", "2023-01-16 09:00:00 UTC", "198.51.100.2", "ottawa", "0",
     "0", "0", "https://www.reddit.com/r/ottawa/comments/abc12/vive_le_velo/", "t3_abc12",
     "D'accord — \"absolument\", c'est *génial* [lien](https://example.org/a)", ""],
    ["c2", "https://www.reddit.com/r/canada/comments/def34/budget/c2/", "2022-11-02 10:00:00 UTC", "", "canada",
     "0", "0", "0", "/r/canada/comments/def34/budget/", "t1_c0", "with a picture", "https://i.redd.it/x.png"],
    ["c3", "/r/canada/comments/def34/budget/c3/", "2022-11-03 10:00:00 UTC", "", "canada", "0", "0", "0",
     "/r/canada/comments/def34/budget/", "t3_def34", "[removed]", ""],
]


def _csv(path: Path, header: list[str], rows: list[list[str]], bom: bool = True) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8"))


def _export(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    _csv(folder / "posts.csv", POSTS_HEADER, POSTS[:2])
    _csv(folder / "posts_1.csv", POSTS_HEADER, POSTS[2:], bom=False)
    _csv(folder / "comments.csv", COMMENTS_2026, COMMENTS)
    _csv(folder / "post_votes.csv", ["id", "permalink", "direction"], [["zz9", "/r/x/comments/zz9/", "up"]])
    return folder


def _read(path: Path) -> tuple[pd.DataFrame, ImportLog, list[str]]:
    archive = open_archive(path)
    roots = reddit.find(archive)
    log = ImportLog(platform="reddit")
    rows = [row for root in roots for row in reddit.read(archive, root, log)]
    return to_frame(rows), log, roots


def test_counts_and_skips(tmp_path: Path) -> None:
    frame, log, roots = _read(_export(tmp_path / "export"))
    assert roots == [""]
    assert frame["kind"].value_counts()[["post", "comment"]].tolist() == [3, 2]
    assert [(s.where, s.reason) for s in log.skipped] == [
        ("comments.csv#3", "comment body is [removed] in the export: nothing left to audit")]


def test_post_values(tmp_path: Path) -> None:
    rows = _read(_export(tmp_path / "export"))[0].set_index("post_id")
    self_post = rows.loc["reddit:t3_abc12"]
    assert self_post["text"] == "Vive le vélo 🚲\n\nPistes cyclables\nsur Bank, voir https://ottawa.ca/velo"
    assert self_post["title"] == "Vive le vélo 🚲"
    assert self_post["links"] == ["https://ottawa.ca/velo"]  # its own url is the self-post, not a link out
    assert self_post["created_at"] == datetime(2023, 1, 15, 12, 34, 56, tzinfo=UTC)
    assert (self_post["visibility"], self_post["mentions"]) == ("public", ["r/ottawa"])
    link_post = rows.loc["reddit:t3_def34"]
    assert link_post["text"] == "Budget thoughts"
    assert link_post["links"] == ["https://news.example.ca/budget-2022"]
    assert link_post["url"] == "https://www.reddit.com/r/canada/comments/def34/budget/"  # relative permalink
    gone = rows.loc["reddit:t3_ghi56"]
    assert (gone["text"], bool(gone["deleted"]), gone["source"]) == ("Deleted later", True, "posts_1.csv#1")


def test_comment_values(tmp_path: Path) -> None:
    rows = _read(_export(tmp_path / "export"))[0].set_index("post_id")
    first = rows.loc["reddit:t1_c1"]
    assert first["text"] == "D'accord — \"absolument\", c'est *génial* [lien](https://example.org/a)"
    assert (first["kind"], first["reply_to"]) == ("comment", "t3_abc12")
    assert first["quoted"] == "https://www.reddit.com/r/ottawa/comments/abc12/vive_le_velo/"
    assert first["url"] == "https://www.reddit.com/r/ottawa/comments/abc12/vive_le_velo/c1/"
    assert first["links"] == ["https://example.org/a"]
    second = rows.loc["reddit:t1_c2"]
    assert (second["media_count"], second["reply_to"]) == (1, "t1_c0")
    assert second["quoted"] == "https://www.reddit.com/r/canada/comments/def34/budget/"


def test_ip_is_never_kept(tmp_path: Path) -> None:
    archive = open_archive(_export(tmp_path / "export"))
    rows = list(reddit.read(archive, "", ImportLog()))
    assert all("ip" not in row for row in rows)
    values = " ".join(str(value) for row in rows for value in row.values())
    assert "203.0.113.7" not in values and "198.51.100.2" not in values


def test_broken_rows_are_skipped_and_counted(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    _csv(folder / "comments.csv", COMMENTS_2026,
         [COMMENTS[0], COMMENTS[1][:5], [*COMMENTS[1][:2], "last tuesday", *COMMENTS[1][3:]], ["", *COMMENTS[1][1:]]])
    frame, log, _ = _read(folder)
    assert frame["post_id"].tolist() == ["reddit:t1_c1"]
    assert [(s.where, s.reason) for s in log.skipped] == [
        ("comments.csv#2", "has 5 fields where the header has 12"),
        ("comments.csv#3", "no id or unreadable date 'last tuesday'"),
        ("comments.csv#4", "no id or unreadable date '2022-11-02 10:00:00 UTC'"),
    ]


def _tabbed(data: bytes) -> str:
    """The file as a spreadsheet saves it as "Unicode text": tab-separated."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter="\t", lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def _values(frame: pd.DataFrame) -> list[tuple]:
    return sorted(zip(frame["post_id"], frame["text"], frame["created_at"], frame["reply_to"].fillna(""),
                      frame["links"].map(tuple), strict=True))


# Issue 16: a copy re-saved on Windows, as UTF-16 or with mixed line breaks reads as the export itself.
@pytest.mark.parametrize("change", [
    pytest.param(lambda data: data.replace(b"\r\n", b"\n"), id="lf"),
    pytest.param(lambda data: data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), id="crlf-everywhere"),
    pytest.param(lambda data: data.replace(b"\r\n", b"\r"), id="cr"),
    pytest.param(lambda data: data.replace(b"\r\n", b"\n", 2), id="mixed"),
    pytest.param(lambda data: data.decode("utf-8-sig").encode("utf-16"), id="utf16"),
    pytest.param(lambda data: _tabbed(data).encode("utf-16"), id="utf16-tabs"),
])
def test_copies_with_other_line_breaks_and_encodings_read_the_same(tmp_path: Path, change) -> None:
    original = _read(_export(tmp_path / "export"))[0]
    copy = tmp_path / "copy"
    copy.mkdir()
    for file in (tmp_path / "export").iterdir():
        (copy / file.name).write_bytes(change(file.read_bytes()))
    frame, log, roots = _read(copy)
    assert roots == [""] and _values(frame) == _values(original)
    assert [s.where for s in log.skipped] == ["comments.csv#3"] and log.notes == []


def test_a_file_that_ends_mid_record_loses_only_that_record(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    _csv(folder / "posts.csv", POSTS_HEADER, POSTS[:2])
    data = (folder / "posts.csv").read_bytes()
    (folder / "posts.csv").write_bytes(data + data[data.index(b"abc12"): data.index(b"sur Bank")])  # cut in its body
    frame, log, _ = _read(folder)
    assert sorted(frame["post_id"]) == ["reddit:t3_abc12", "reddit:t3_def34"]
    assert [(s.where, s.reason) for s in log.skipped] == [
        ("posts.csv#3", "record runs to the end of the file inside a quoted field (line 5): the file ends "
                        "mid-record, or a quote was never closed")]


def test_zipped_export_in_a_top_folder(tmp_path: Path) -> None:
    folder = _export(tmp_path / "export")
    path = tmp_path / "reddit.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for file in folder.iterdir():
            zf.write(file, f"export_me_20240101/{file.name}")
    frame, log, roots = _read(path)
    assert roots == ["export_me_20240101"]
    assert len(frame) == 5 and len(log.skipped) == 1


def test_undecodable_file_names_encoding(tmp_path: Path) -> None:
    (tmp_path / "posts.csv").write_bytes(b"id,permalink,date,ip,subreddit,gildings,title,url,body\n"
                                         b"a1,/r/x/comments/a1/,2023-01-01 00:00:00 UTC,,x,0,caf\xe9,,\n")
    with pytest.raises(SourceError, match=r"posts\.csv: is not valid UTF-8 text \(byte 108\)"):
        list(reddit.read(open_archive(tmp_path), "", ImportLog()))


@pytest.mark.parametrize(("name", "header"), [
    ("posts.csv", "Date,ShareLink,ShareCommentary"),
    ("comments.csv", "Date,Link,Message"),
    ("post_votes.csv", "id,permalink,date,ip,subreddit"),
    ("saved_posts.csv", "id,permalink"),
])
def test_find_ignores_foreign_csvs(tmp_path: Path, name: str, header: str) -> None:
    (tmp_path / name).write_text(header + "\n", encoding="utf-8")
    assert reddit.find(open_archive(tmp_path)) == []


def test_cli_scan_reports_the_skipped_comment(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from auditor.cli import main

    folder = _export(tmp_path / "export")
    result = CliRunner().invoke(main, ["scan", str(folder), "--out", str(tmp_path / "report.html"),
                                       "--store", str(tmp_path / "store.sqlite")])
    assert result.exit_code == 0, result.output
    assert "Skipped in this scan, 1" in result.output and "comment body is [removed]" in result.output


# Found by the property tests (tests/property): a date the frame cannot hold made to_frame refuse the whole import.
@pytest.mark.parametrize("date", ["2263-01-01 00:00:00 UTC", "0001-01-01 00:00:00 UTC", "1677-01-01 00:00:00"])
def test_a_date_no_frame_can_hold_is_a_skip(tmp_path: Path, date: str) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    far = ["zz1", "/r/x/comments/zz1/", date, "", "x", "0", "T", "", "b"]
    _csv(folder / "posts.csv", POSTS_HEADER, [POSTS[0], far])
    frame, log, _ = _read(folder)
    assert frame["post_id"].tolist() == ["reddit:t3_abc12"]
    assert [s.where for s in log.skipped] == ["posts.csv#2"]


# Issue 14: one body over the csv module's 128 KiB field limit aborted the scan and lost every good row.
def test_a_body_over_the_field_limit_is_one_skip_and_the_rows_around_it_are_read(tmp_path: Path) -> None:
    from connectors.csvsafe import FIELD_MAX

    folder = tmp_path / "export"
    folder.mkdir()
    long = ["big", "/r/x/comments/big/", "2023-01-15 12:34:56 UTC", "", "x", "0", "T", "", "word " * (FIELD_MAX // 4)]
    self_post = [*POSTS[1][:8], "a 40,000-character self-post " * 1380]  # Reddit's longest: read as it is
    _csv(folder / "posts.csv", POSTS_HEADER, [POSTS[0], long, self_post])
    frame, log, _ = _read(folder)
    assert sorted(frame["post_id"]) == ["reddit:t3_abc12", "reddit:t3_def34"]  # 3 records = 2 rows + 1 skip
    assert [(s.where, s.reason.split(",")[0]) for s in log.skipped] == [("posts.csv#2", "field 'body' holds 1")]
