"""LinkedIn export: the real modern Shares/Comments, a 2018 UTF-16 tab fixture, articles and broken copies."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from auditor.core.errors import SourceError
from auditor.core.frame import to_frame
from connectors import linkedin
from connectors.archive import open_archive
from connectors.base import ImportLog
from connectors.csvsafe import undo_line_quoting

FIRST_SHARE = "linkedin:urn:li:share:7345821826846990338"


def _read(path: Path) -> tuple[pd.DataFrame, ImportLog, list[str]]:
    archive = open_archive(path)
    roots = linkedin.find(archive)
    log = ImportLog(platform="linkedin")
    rows = [row for root in roots for row in linkedin.read(archive, root, log)]
    return to_frame(rows), log, roots


@pytest.fixture(scope="module")
def sample(samples: Path) -> tuple[pd.DataFrame, ImportLog, list[str]]:
    return _read(samples / "linkedin" / "sanand0_2025")


def test_sample_counts(sample: tuple[pd.DataFrame, ImportLog, list[str]]) -> None:
    frame, log, roots = sample
    assert roots == [""]
    # 202 share rows hold 198 shares (one share is written five times); all 323 comment records parse
    assert frame["kind"].value_counts()[["post", "repost", "comment"]].tolist() == [184, 14, 323]
    assert log.skipped == []
    assert set(frame["visibility"]) == {"followers", "unknown"}  # MEMBER_NETWORK shares; comments say nothing


def test_first_share_values(sample: tuple[pd.DataFrame, ImportLog, list[str]]) -> None:
    row = sample[0].set_index("post_id").loc[FIRST_SHARE]
    assert row["text"].startswith("I'm off for a 10-day Vipassana meditation program.\n\n"
                                  "𝗪𝗛𝗔𝗧? A 10-day residential meditation.")  # bold letters kept as they are
    assert row["text"].endswith("so you'll still see stuff. But I won't be replying.")
    assert '"' not in row["text"]
    assert row["created_at"] == datetime(2025, 7, 1, 14, 33, 22, tzinfo=UTC)
    assert row["url"] == "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826846990338"
    assert row["links"] == ["https://www.dhamma.org/", "https://lnkd.in/geGVFynY"]
    assert (row["kind"], row["visibility"], row["source"]) == ("post", "followers", "Shares.csv#1")


def test_every_multiline_share_is_unquoted_exactly(samples: Path,
                                                   sample: tuple[pd.DataFrame, ImportLog, list[str]]) -> None:
    with (samples / "linkedin" / "sanand0_2025" / "Shares.csv").open(encoding="utf-8-sig", newline="") as f:
        records = list(csv.DictReader(f))
    raw = {r["ShareLink"]: r["ShareCommentary"] for r in records}
    shares = sample[0][sample[0]["source"].str.startswith("Shares")]
    multiline = shares[shares["text"].str.contains("\n")]
    assert len(multiline) == 169  # 173 rows in the file, less the four repeats of one share
    assert all(row.text == undo_line_quoting(raw[row.url]).strip() for row in multiline.itertuples())
    quoted = [r["ShareCommentary"] for r in records if "\n" in r["ShareCommentary"]]
    assert len(quoted) == 173
    # re-quoting every line gives back exactly what the file holds: nothing lost, nothing left over
    assert all('"\n"'.join(undo_line_quoting(value).split("\n")) == value for value in quoted)
    second = shares.set_index("post_id").loc["linkedin:urn:li:share:7345736358277103616", "text"]
    assert second.startswith('If someone asked me, "What\'s changed this year in LLMs", here\'s my list:\n\n'
                             "Prompt engineering is out. Evals are in. https://lnkd.in/gfF-6giV\n")


def _texts(frame: pd.DataFrame) -> list[tuple[str, str, object]]:
    return list(zip(frame["post_id"], frame["text"], frame["created_at"], strict=True))


# Issue 16: a copy saved on Windows kept every line's quotes (`…"\r\n""\r\n"…`); other encodings and endings too.
@pytest.mark.parametrize("change", [
    pytest.param(lambda data: data.replace(b"\n", b"\r\n"), id="crlf"),
    pytest.param(lambda data: data.replace(b"\n", b"\r"), id="cr"),
    pytest.param(lambda data: re.sub(rb"\n(?=[^\n]*\n[^\n]*\n)", b"\r\n", data, count=400), id="mixed"),
    pytest.param(lambda data: b"\xef\xbb\xbf" + data, id="utf8-bom"),
    pytest.param(lambda data: data.decode("utf-8").encode("utf-16"), id="utf16"),
])
def test_copies_with_other_line_breaks_and_encodings_read_the_same(samples: Path, tmp_path: Path, change,
                                                                   sample: tuple[pd.DataFrame, ImportLog,
                                                                                 list[str]]) -> None:
    for name in ("Shares.csv", "Comments.csv"):
        (tmp_path / name).write_bytes(change((samples / "linkedin" / "sanand0_2025" / name).read_bytes()))
    frame, log, roots = _read(tmp_path)
    assert roots == [""] and log.skipped == [] and log.notes == []
    assert _texts(frame) == _texts(sample[0])
    assert not frame["text"].str.contains("\r").any()
    assert not frame["text"].str.contains('"\n"', regex=False).any()


# The 2021 Comments.csv layout quotes a message only when it holds a comma or a quote (seen in real 2021 exports):
# a multi-line message without either runs over several unquoted lines, blank ones included.
COMMENTS_2021 = (
    "Date,Link,Message\n"
    "2021-06-16 03:28:40,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,\"Quoted, as it has a comma.\n"
    "Second line\"\n"
    "2021-04-05 21:22:41,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2,Bravo pour la promotion\n"
    "Très mérité 🎉\n"
    "2021-03-31 21:25:50,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A3,Congrats Michel\n"
    "\n"
    "2019-10-21 21:33:37,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A4,Not this again \n"
    "\n"
    "Please do not blame a generation for one person\n"
    "2019-10-21 18:46:07,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A5,Thanks\n"
)


def test_2021_comments_with_unquoted_multiline_messages_stay_whole(tmp_path: Path) -> None:
    (tmp_path / "Comments.csv").write_text(COMMENTS_2021, encoding="utf-8")
    frame, log, _ = _read(tmp_path)
    frame = frame.sort_values("source")
    assert log.skipped == [] and log.notes == []
    assert frame["text"].tolist() == [
        "Quoted, as it has a comma.\nSecond line", "Bravo pour la promotion\nTrès mérité 🎉", "Congrats Michel",
        "Not this again \n\nPlease do not blame a generation for one person", "Thanks"]
    assert frame["source"].tolist() == [f"Comments.csv#{i}" for i in range(1, 6)]
    assert frame["created_at"].iloc[3] == datetime(2019, 10, 21, 21, 33, 37, tzinfo=UTC)


def test_2021_layout_a_line_that_is_no_message_is_not_joined(tmp_path: Path) -> None:
    broken = COMMENTS_2021.replace("Très mérité 🎉\n", 'Très mérité 🎉\nnot a date,"a, b",c\n')
    (tmp_path / "Comments.csv").write_text(broken, encoding="utf-8")
    frame, log, _ = _read(tmp_path)
    assert len(frame) == 5
    assert [(s.where, s.reason) for s in log.skipped] == [("Comments.csv#3", "unreadable date 'not a date'")]


def test_a_file_that_ends_mid_record_loses_only_that_record(samples: Path, tmp_path: Path) -> None:
    data = (samples / "linkedin" / "sanand0_2025" / "Comments.csv").read_bytes()
    (tmp_path / "Comments.csv").write_bytes(data[: data.rindex(b"There's a bunch")])
    frame, log, _ = _read(tmp_path)
    assert len(frame) == 322
    assert [(s.where, s.reason) for s in log.skipped] == [
        ("Comments.csv#323", "record runs to the end of the file inside a quoted field (lines 496-497): the file "
                             "ends mid-record, or a quote was never closed")]


def test_a_file_cut_after_an_unquoted_line_is_noted(tmp_path: Path) -> None:
    (tmp_path / "Comments.csv").write_text(COMMENTS_2021.removesuffix("\n"), encoding="utf-8")
    frame, log, _ = _read(tmp_path)
    assert len(frame) == 5 and log.skipped == []
    assert log.notes == ["Comments.csv ends without a line break after its last record (#5): if the file was cut "
                         "short there, that record may be incomplete"]


def test_ids_from_urns(sample: tuple[pd.DataFrame, ImportLog, list[str]]) -> None:
    ids = set(sample[0]["post_id"])
    assert "linkedin:urn:li:groupPost:9186332-6985503444988043264" in ids
    assert sum(i.startswith("linkedin:urn:li:ugcPost:") for i in ids) == 19


def test_backslash_quoted_comments_stay_whole(sample: tuple[pd.DataFrame, ImportLog, list[str]]) -> None:
    comments = sample[0][sample[0]["kind"] == "comment"]
    quoted = comments[comments["text"].str.contains('"2.5 Pro for planning"', regex=False)].iloc[0]
    assert quoted["text"] == ('Nirant Kasliwal Hm... "2.5 Pro for planning" - let me give that a shot. '
                              "I've been defaulting to O3 so far. Thanks!")
    assert quoted["reply_to"] == "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7328606785555050498"
    assert quoted["created_at"] == datetime(2025, 5, 16, 1, 6, 30, tzinfo=UTC)
    assert not comments["text"].str.contains('\\"', regex=False).any()


def test_repost_has_no_text(sample: tuple[pd.DataFrame, ImportLog, list[str]]) -> None:
    reposts = sample[0][sample[0]["kind"] == "repost"]
    assert (reposts["text"] == "").all()
    assert reposts["post_id"].str.startswith("linkedin:urn:li:").all()


def test_broken_copy_skips_bad_rows(samples: Path, tmp_path: Path) -> None:
    original = (samples / "linkedin" / "sanand0_2025" / "Comments.csv").read_bytes()
    header, rest = original.split(b"\n", 1)
    bad = (b"2025-07-14 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,one,two\n"
           b"yesterday,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2,when?\n")
    (tmp_path / "Comments.csv").write_bytes(header + b"\n" + bad + rest)
    frame, log, _ = _read(tmp_path)
    assert len(frame) == 323
    assert [(s.where, s.reason) for s in log.skipped] == [
        ("Comments.csv#1", "has 4 fields where the header has 3"),
        ("Comments.csv#2", "unreadable date 'yesterday'"),
    ]


LEGACY = (
    '"Date"\t"Share Title"\t"Share Description"\t"Share Link"\t"Share Commentary"\t"Shared URL"\t"Media URL"'
    '\t"Type"\t"Visibility"\r\n'
    '"2017/06/08 08:15:44 UTC"\t"Budget 2017"\t"Un aperçu"\t"urn:li:activity:6278000000000000000"'
    '\t"Très fier de notre équipe 🎉 #fonctionpublique\nDeuxième ligne"\t"https://example.gc.ca/budget"\t""'
    '\t"Homepage"\t"Public"\r\n'
    '"2017/06/09 09:00:00 UTC"\t""\t""\t"urn:li:activity:6278000000000000001"\t""\t"https://example.org/x"'
    '\t"https://media.licdn.com/a.jpg"\t"Homepage"\t"Connections"\r\n'
)


def test_legacy_utf16_tab_layout(tmp_path: Path) -> None:
    (tmp_path / "Shares.csv").write_bytes(b"\xff\xfe" + LEGACY.encode("utf-16-le"))
    frame, log, roots = _read(tmp_path)
    assert roots == [""] and log.skipped == []
    rows = frame.set_index("post_id")
    post = rows.loc["linkedin:urn:li:activity:6278000000000000000"]
    assert post["text"] == "Très fier de notre équipe 🎉 #fonctionpublique\nDeuxième ligne"
    assert post["created_at"] == datetime(2017, 6, 8, 8, 15, 44, tzinfo=UTC)
    assert (post["title"], post["visibility"], post["kind"]) == ("Budget 2017", "public", "post")
    assert post["url"] == "https://www.linkedin.com/feed/update/urn:li:activity:6278000000000000000"
    assert post["links"] == ["https://example.gc.ca/budget"]
    assert post["hashtags"] == ["fonctionpublique"]
    repost = rows.loc["linkedin:urn:li:activity:6278000000000000001"]
    assert (repost["kind"], repost["visibility"], repost["quoted"]) == ("repost", "followers", "https://example.org/x")
    assert repost["media_count"] == 1


def test_suffixed_names_and_articles(tmp_path: Path) -> None:
    (tmp_path / "Shares_7789716.csv").write_text(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        '2024-01-02 03:04:05,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A42,"Bonjour",,,PUBLIC\n',
        encoding="utf-8")
    folder = tmp_path / "Articles" / "Articles"
    folder.mkdir(parents=True)
    (folder / "2019-03-05 10:12:33.0-Mon-article.html").write_text(
        "<html><head><title>Mon article</title></head><body><h1>Mon article</h1><p>Le <b>télétravail</b> "
        '&amp; moi.</p><p>Voir <a href="https://example.com/t">ceci</a>.</p></body></html>', encoding="utf-8")
    (folder / "undated.html").write_text("<html><body><h1>Sans date</h1><p>Publié 2020-05-06 07:08</p></body></html>")
    frame, log, roots = _read(tmp_path)
    assert roots == [""] and log.skipped == []
    assert frame.set_index("post_id").loc["linkedin:urn:li:share:42"]["visibility"] == "public"
    articles = frame[frame["kind"] == "article"].set_index("title")
    article = articles.loc["Mon article"]
    assert article["text"] == "Mon article\n\nLe télétravail & moi.\n\nVoir ceci."
    assert article["created_at"] == datetime(2019, 3, 5, 10, 12, 33, tzinfo=UTC)
    assert article["links"] == ["https://example.com/t"]
    assert articles.loc["Sans date"]["created_at"] == datetime(2020, 5, 6, 7, 8, tzinfo=UTC)


def test_undecodable_csv_names_file_and_encoding(tmp_path: Path) -> None:
    (tmp_path / "Shares.csv").write_bytes(b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
                                          b"2024-01-02 03:04:05,x,caf\xe9,,,PUBLIC\n")
    archive = open_archive(tmp_path)
    with pytest.raises(SourceError, match=r"Shares\.csv: is not valid UTF-8 text \(byte 86\)"):
        list(linkedin.read(archive, "", ImportLog()))


@pytest.mark.parametrize(("name", "content"), [
    ("Shares.csv", b"id,permalink,date,ip,subreddit\n"),
    ("Comments.csv", b"\x00\x01\x02 binary"),
    ("Notes.csv", b"Date,ShareLink,ShareCommentary\n"),
    ("Reactions.csv", b"Date,Type,Link\n"),
])
def test_find_ignores_foreign_files(tmp_path: Path, name: str, content: bytes) -> None:
    (tmp_path / name).write_bytes(content)
    assert linkedin.find(open_archive(tmp_path)) == []


@pytest.mark.parametrize(("raw", "expected"), [
    ('a"\n""\n"b', "a\n\nb"),
    ('one"\n"two"\n"three', "one\ntwo\nthree"),
    ('He said "hi"\nand left', 'He said "hi"\nand left'),  # not the quirk: left alone
    ("single line", "single line"),
    ('"quoted start"', '"quoted start"'),
    ('a"\n"', "a\n"),
])
def test_undo_line_quoting(raw: str, expected: str) -> None:
    assert undo_line_quoting(raw) == expected


def test_cli_scan_reports_the_bad_rows(samples: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from auditor.cli import main

    original = (samples / "linkedin" / "sanand0_2025" / "Shares.csv").read_bytes()
    header, rest = original.split(b"\n", 1)
    (tmp_path / "Shares.csv").write_bytes(header + b"\nnot a date,https://x,hello,,,PUBLIC\n" + rest)
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--out", str(tmp_path / "report.html"),
                                       "--store", str(tmp_path / "store.sqlite")])
    assert result.exit_code == 0, result.output
    assert "Skipped in this scan, 1" in result.output and "unreadable date 'not a date'" in result.output


# Found by the property tests (tests/property): a date the frame cannot hold made to_frame refuse the whole import.
@pytest.mark.parametrize("date", ["2263-01-01 00:00:00", "0001/01/01 00:00:00 UTC", "1600-02-29 00:00:00"])
def test_a_date_no_frame_can_hold_is_a_skip(tmp_path: Path, date: str) -> None:
    (tmp_path / "Comments.csv").write_text(f"Date,Link,Message\r\n2025-07-01 14:33:22,,kept\r\n{date},,far\r\n")
    frame, log, _ = _read(tmp_path)
    assert frame["text"].tolist() == ["kept"]
    assert [s.where for s in log.skipped] == ["Comments.csv#2"]


# Issue 14: one field over the csv module's 128 KiB limit aborted the scan and lost every good row.
def test_a_share_over_the_field_limit_is_one_skip_and_the_rows_around_it_are_read(samples: Path,
                                                                                  tmp_path: Path) -> None:
    from connectors.csvsafe import FIELD_MAX

    original = (samples / "linkedin" / "sanand0_2025" / "Comments.csv").read_bytes()
    header, rest = original.split(b"\n", 1)
    huge = b'2025-07-14 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,"' + \
        b'a \\"quoted\\" line\n' * (FIELD_MAX // 10) + b'"\n'
    (tmp_path / "Comments.csv").write_bytes(header + b"\n" + huge + rest)
    frame, log, _ = _read(tmp_path)
    assert len(frame) == 323  # every real comment, after the skipped one
    assert [(s.where, s.reason.split(" holds")[0]) for s in log.skipped] == [("Comments.csv#1", "field 'message'")]


def test_an_article_page_over_the_limit_is_one_skip(samples: Path, tmp_path: Path) -> None:
    (tmp_path / "Comments.csv").write_bytes((samples / "linkedin" / "sanand0_2025" / "Comments.csv").read_bytes())
    (tmp_path / "Articles").mkdir()
    with (tmp_path / "Articles" / "2020-01-01 10:00:00.0-huge.html").open("wb") as page:
        page.truncate(linkedin.ARTICLE_MAX + 1)  # sparse: nothing is written to disk
    frame, log, _ = _read(tmp_path)
    assert len(frame) == 323
    assert [(s.where, s.reason) for s in log.skipped] == [
        ("Articles/2020-01-01 10:00:00.0-huge.html", "article of 16,777,217 bytes, over the 16,777,216 limit for one "
                                                     "article")]


# Found checking the connectors for encodings (issue 16): one article page not in UTF-8 ended the whole scan with
# "is not valid utf-8-sig text" and nothing imported; now it is one skip, and a page saved as UTF-16 is read.
def test_an_article_page_in_another_encoding_is_one_skip(samples: Path, tmp_path: Path) -> None:
    (tmp_path / "Comments.csv").write_bytes((samples / "linkedin" / "sanand0_2025" / "Comments.csv").read_bytes())
    (tmp_path / "Articles").mkdir()
    page = "<html><body><h1>Café</h1><p>Publié le 2020-05-06 07:08</p></body></html>"
    (tmp_path / "Articles" / "2020-05-06 07:08:00.0-latin.html").write_bytes(page.encode("latin-1"))
    (tmp_path / "Articles" / "2020-05-07 07:08:00.0-utf16.html").write_bytes(page.encode("utf-16"))
    frame, log, _ = _read(tmp_path)
    assert len(frame) == 324
    assert frame.loc[frame["kind"] == "article", "title"].tolist() == ["Café"]
    assert [(s.where, s.reason) for s in log.skipped] == [
        ("Articles/2020-05-06 07:08:00.0-latin.html", "article is not valid UTF-8 text (byte 19)")]  # the é of Café
