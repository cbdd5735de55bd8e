"""Nothing lost (auditor.pipeline.accounting): for every file read, records = rows imported + entries skipped +
duplicates merged, on exports written here with duplicates, CRLF line ends and multi-line fields, through the real scan.

"Records in the file" is counted here from the file itself (the csv module, json), never by the connector.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.core.frame import build
from auditor.core.records import FileCount
from auditor.pipeline import accounting
from auditor.pipeline.imports import SourceResult, open_all, read_archive
from connectors import facebook
from connectors.base import ImportLog

ME = "Me"


def _json(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    """A CSV as the platforms write it: CRLF after each record, quoted fields holding their own line breaks."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows([header, *rows])
    return path


def csv_records(path: Path, **dialect: str) -> int:
    """Records after the header, as the csv module reads the whole file."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return sum(1 for row in csv.reader(handle, **dialect) if row) - 1


def json_records(path: Path, key: str | None = None) -> int:
    """Elements of a file's records array (the file itself, or the array under `key`)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return len(data if key is None else data[key])


def read(source: Path) -> SourceResult:
    """One source read as `auditor scan` reads it (the identity is checked there: strict in the tests)."""
    return read_archive(str(source), open_all([str(source)])[str(source)])


def counts(result: SourceResult) -> dict[str, tuple[int, int, int, int]]:
    """(records, imported, skipped, merged) of each file the source's exports read."""
    return {name: (c.records, c.imported, c.skipped, c.merged) for log in result.logs for name, c in log.files.items()}


def _post(stamp: int, text: str) -> dict:
    return {"timestamp": stamp, "data": [{"post": text}]}


def _comment(stamp: int, text: str) -> dict:
    return {"timestamp": stamp, "title": "Me commented on a post.",
            "data": [{"comment": {"timestamp": stamp, "comment": text, "author": ME}}]}


def facebook_export(folder: Path) -> Path:
    """A Facebook export with a post listed twice, a comment posted three times (the same second, the same words)
    and an empty entry."""
    _json(folder / "posts" / "your_posts_1.json", [
        _post(1600000000, "Listed twice by Meta"), _post(1600000100, "Once"), _post(1600000000, "Listed twice by Meta"),
        {"timestamp": 1600000200},
    ])
    _json(folder / "comments" / "comments.json", {"comments_v2": [
        _comment(1600000300, "Posted three times\nwith a second line"), _comment(1600000400, "Once"),
        _comment(1600000300, "Posted three times\nwith a second line"),
        _comment(1600000300, "Posted three times\nwith a second line"),
    ]})
    return folder


def test_a_facebook_post_listed_twice_and_a_comment_posted_three_times_are_merged_and_counted(tmp_path: Path) -> None:
    folder = facebook_export(tmp_path / "facebook")
    result = read(folder)
    assert json_records(folder / "posts" / "your_posts_1.json") == 4
    assert json_records(folder / "comments" / "comments.json", "comments_v2") == 4
    assert counts(result) == {"your_posts_1.json": (4, 2, 1, 1), "comments.json": (4, 2, 0, 2)}
    (log,) = result.logs
    assert [(m.where, m.identical) for m in log.merged] == [
        ("your_posts_1.json#0", True), ("comments.json#0", True), ("comments.json#2", True)]
    repeated = result.frame["text"].str.contains("Listed|three")
    assert {m.into for m in log.merged} == set(result.frame["post_id"][repeated])
    assert not [n for n in log.notes if "different content" in n]  # exact duplicates are counted, not explained


SHARES = ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]
LINK = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{}"


def test_a_linkedin_share_listed_once_per_media_and_a_comment_posted_three_times_in_crlf_files(tmp_path: Path) -> None:
    folder = tmp_path / "linkedin"
    words = "Three photos from the conference.\r\n\r\nSecond paragraph, after a blank line."
    shares = _csv(folder / "Shares.csv", SHARES, [
        ["2024-05-01 10:00:00", LINK.format(1), words, "", f"https://media.licdn.com/{n}.jpg", "PUBLIC"]
        for n in range(3)
    ] + [["2024-05-02 10:00:00", LINK.format(2), "One line", "", "", "PUBLIC"]])
    message = "Congratulations!\r\nWell deserved."
    comments = _csv(folder / "Comments.csv", ["Date", "Link", "Message"], [
        ["2024-05-03 09:00:00", LINK.format(9), message], ["2024-05-03 09:00:00", LINK.format(9), message],
        ["2024-05-03 09:00:00", LINK.format(9), message], ["2024-05-04 09:00:00", LINK.format(9), "Another"],
    ])
    assert b"\r\n" in shares.read_bytes() and csv_records(shares) == 4 and csv_records(comments) == 4
    result = read(folder)
    assert counts(result) == {"Shares.csv": (4, 2, 0, 2), "Comments.csv": (4, 2, 0, 2)}
    assert all(m.identical for m in result.logs[0].merged)
    shared = result.frame.set_index("post_id").loc["linkedin:urn:li:share:1", "text"]
    assert shared.startswith("Three photos") and shared.endswith("after a blank line.")  # one record, whole


def test_the_same_reddit_id_with_different_words_keeps_the_last_and_says_so(tmp_path: Path) -> None:
    header = ["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"]
    base = ["c1", "/r/x/comments/p/_/c1/", "2023-01-15 12:34:56 UTC", "", "x", "0", "", "", "", ""]
    path = _csv(tmp_path / "reddit" / "comments.csv", header, [
        [*base[:8], "first words\r\nover two lines", ""], [*base[:8], "edited words", ""],
        ["c2", *base[1:8], "[deleted]", ""],
    ])
    result = read(path.parent)
    assert csv_records(path) == 3
    assert counts(result) == {"comments.csv": (3, 1, 1, 1)}
    (log,) = result.logs
    assert [(m.where, m.into, m.identical) for m in log.merged] == [("comments.csv#1", "reddit:t1_c1", False)]
    assert result.frame["text"].tolist() == ["edited words"]
    assert any("different content" in n and "comments.csv#1" in n and "comments.csv#2" in n for n in log.notes)


def _tweet(tweet_id: str, created: str, text: str, chain: list[str] | None = None) -> dict:
    tweet = {"id_str": tweet_id, "id": tweet_id, "created_at": created, "full_text": text, "entities": {}}
    if chain:
        tweet["edit_info"] = {"initial": {"editTweetIds": chain}}
    return {"tweet": tweet}


def test_earlier_versions_of_an_edited_tweet_and_a_tweet_listed_twice_are_merges(tmp_path: Path) -> None:
    folder = tmp_path / "x" / "data"
    folder.mkdir(parents=True)
    chain = ["100", "101", "102"]
    tweets = [_tweet("100", "Mon Jan 05 10:00:00 +0000 2026", "first", chain),
              _tweet("7", "Mon Jan 05 09:00:00 +0000 2026", "twice"),
              _tweet("102", "Mon Jan 05 10:20:00 +0000 2026", "third", chain),
              _tweet("101", "Mon Jan 05 10:10:00 +0000 2026", "second", chain),
              _tweet("7", "Mon Jan 05 09:00:00 +0000 2026", "twice")]
    (folder / "tweets.js").write_text(f"window.YTD.tweets.part0 = {json.dumps(tweets, indent=1)}", encoding="utf-8")
    result = read(folder)
    assert counts(result) == {"tweets.js": (5, 2, 0, 3)}
    merged = {(m.where, m.into, m.identical) for m in result.logs[0].merged}
    assert merged == {("tweets.js#0", "twitter:102", False), ("tweets.js#3", "twitter:102", False),
                      ("tweets.js#1", "twitter:7", True)}


def test_the_same_export_named_twice_is_kept_from_the_source_named_last(tmp_path: Path) -> None:
    folder = facebook_export(tmp_path / "facebook")
    zipped = tmp_path / "facebook.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        for path in sorted(folder.rglob("*.json")):
            archive.write(path, path.relative_to(folder).as_posix())
    report = tmp_path / "report.html"
    outcome = CliRunner().invoke(main, ["scan", str(folder), str(zipped), "--out", str(report), "--no-store",
                                        "--format", "html,json"])
    assert outcome.exit_code == 0, outcome.output
    document = json.loads(report.with_suffix(".json").read_text(encoding="utf-8"))
    files = {(f["where"], f["records"], f["imported"], f["skipped"], f["merged"]) for f in document["files"]}
    assert files == {
        (f"{folder}/posts/your_posts_1.json", 4, 0, 1, 3), (f"{folder}/comments/comments.json", 4, 0, 0, 4),
        (f"{zipped}/posts/your_posts_1.json", 4, 2, 1, 1), (f"{zipped}/comments/comments.json", 4, 2, 0, 2),
    }
    (facebook_row,) = document["coverage"]
    assert {k: facebook_row[k] for k in ("posts", "records", "imported", "skipped", "merged")} == {
        "posts": 4, "records": 16, "imported": 4, "skipped": 2, "merged": 10}
    assert "The files read hold 16 records = 4 imported + 2 skipped + 10 duplicates merged." in outcome.output
    assert "  facebook          16 records = 4 imported + 2 skipped + 10 duplicates merged" in outcome.output


def test_the_summary_report_and_json_agree_on_merged_beside_skipped(tmp_path: Path) -> None:
    folder = facebook_export(tmp_path / "facebook")
    report = tmp_path / "rapport.html"
    outcome = CliRunner().invoke(main, ["scan", str(folder), "--out", str(report), "--store",
                                        str(tmp_path / "store.sqlite"), "--format", "html,json", "--lang", "fr"])
    assert outcome.exit_code == 0, outcome.output
    lines = outcome.output.splitlines()  # --lang fr: the terminal speaks French too
    assert "Enregistrements dans les fichiers lus : 8 = 4 importé(s) + 1 ignoré(s) + 3 doublon(s) fusionné(s)." in lines
    assert "Doublons fusionnés (3; une publication lue de nouveau, la dernière lue est gardée) :" in lines
    assert "       2 × comments.json (premier : comments.json#0 dans " in "\n".join(lines)
    page = report.read_text(encoding="utf-8")
    assert "Doublons fusionnés" in page and 'data-i18n="col.merged"' in page
    assert ("Les fichiers lus lors de cette analyse contiennent 8 enregistrements : 4 importés, 1 ignorés et 3 "
            "doublons fusionnés") in page
    document = json.loads(report.with_suffix(".json").read_text(encoding="utf-8"))
    (row,) = document["coverage"]
    assert (row["records"], row["imported"], row["skipped"], row["merged"]) == (8, 4, 1, 3)
    assert sum(f["merged"] for f in document["files"]) == 3 == len(document["merged"])
    assert sum(s["count"] for s in document["skipped"]) == 1


def test_a_record_lost_silently_fails_in_the_tests_and_is_noted_for_a_person(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = facebook_export(tmp_path / "facebook")
    real = facebook.read

    def losing(archive, root, log):
        log.record(f"{root}/posts/your_posts_1.json", 99)  # read, then neither yielded, skipped nor merged
        yield from real(archive, root, log)

    monkeypatch.setattr(facebook, "read", losing)
    with pytest.raises(accounting.AccountingError, match=r"your_posts_1.json: 5 records read, but 2 imported \+ "
                                                         r"1 skipped \+ 1 merged: 1 lost"):
        read(folder)
    monkeypatch.delenv(accounting.STRICT)
    (log,) = read(folder).logs
    assert any("1 lost. This is a bug in auditor" in note for note in log.notes)


def test_settle_counts_each_export_of_a_source_in_its_own_log() -> None:
    first, second = ImportLog(platform="mastodon"), ImportLog(platform="mastodon")
    rows = []
    for log, name, ids in ((first, "a/outbox.json", (1, 2)), (second, "b/outbox.json", (2, 3))):
        for index, n in enumerate(ids):
            log.record(name, index)
            rows.append({"post_id": f"mastodon:{n}", "platform": "mastodon", "kind": "post",
                         "created_at": f"2020-01-0{n}T00:00:00Z", "source": f"outbox.json#{index}"})
    origins = accounting.settle([first, second], [2, 2], build(rows))
    assert origins.tolist() == [0, 1, 1]
    assert first.files["outbox.json"] == FileCount("a/outbox.json", "mastodon", records=2, imported=1, merged=1)
    assert second.files["outbox.json"] == FileCount("b/outbox.json", "mastodon", records=2, imported=2)


def test_sources_of_different_platforms_are_not_compared(tmp_path: Path) -> None:
    log = ImportLog(platform="reddit")
    frame = build([{"post_id": "reddit:t1_a", "platform": "reddit", "kind": "comment", "source": "c.csv#1"}])
    other = build([{"post_id": "twitter:1", "platform": "twitter", "kind": "post", "source": "tweets.js#0"}])
    results = [SourceResult("a", frame.frame, [log], origins=accounting.settle([log], [1], frame)),
               SourceResult("b", other.frame, [ImportLog()], origins=accounting.settle([ImportLog()], [1], other))]
    accounting.settle_across(results)
    assert log.files["c.csv"].imported == 1 and log.merged == []


def test_two_copies_of_an_export_in_one_folder_are_counted_together_by_file_name(tmp_path: Path) -> None:
    facebook_export(tmp_path / "both" / "old")
    shutil.copytree(tmp_path / "both" / "old", tmp_path / "both" / "new")
    (log,) = read(tmp_path / "both").logs  # one export to Facebook's eyes: its files found in two folders
    assert {c.where: (c.records, c.imported, c.skipped, c.merged) for c in log.files.values()} == {
        "your_posts_1.json": (8, 2, 2, 4), "comments.json": (8, 2, 0, 6)}


def test_csv_records_counts_quoted_line_breaks_as_one_record() -> None:
    text = 'a,b\r\n1,"two\r\nlines"\r\n2,x\r\n'
    assert sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1 == 2
