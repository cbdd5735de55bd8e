"""The import log: every skip counted, the first of each file and reason listed, the rest counted in one; and
per file, each record read accounted for as a row imported, an entry skipped or a duplicate merged."""

from __future__ import annotations

import pytest

from auditor.core.records import FileCount, Merge, Skip, skip_count
from connectors.base import LISTED, ImportLog, file_of


def test_skips_past_the_listed_ones_are_counted_in_one_per_file_and_reason() -> None:
    log = ImportLog(platform="twitter")
    for i in range(LISTED + 2_500):
        log.skip(f"data/tweets.js#{i}", "not a tweet")
    log.skip("data/like.js#1", "not a tweet")
    log.skip("data/tweets.js#9", "nested too deeply")
    assert log.skip_count() == LISTED + 2_500 + 2 and len(log.skipped) == LISTED + 3
    assert log.skipped[LISTED] == Skip("data/tweets.js", "not a tweet", "twitter", count=2_500)
    assert log.reasons() == {"not a tweet": LISTED + 2_501, "nested too deeply": 1}
    assert skip_count([Skip("a", "r"), Skip("b", "r", count=7)]) == 8


@pytest.mark.parametrize(("where", "file"), [
    ("/home/me/twitter-2024.zip/data/tweets.js#812", "tweets.js"),
    ("tweets.js#812", "tweets.js"),
    ("tweets.js", "tweets.js"),
    ("/exports/blog.xml#item3/comment2", "blog.xml"),
    ("/exports/feed.xml:12", "feed.xml"),
    ("repo.car#app.bsky.feed.post/3kabc", "repo.car"),
    ("Articles/2020-01-02 My article.html", "2020-01-02 My article.html"),
])
def test_a_location_names_its_file_however_long_or_short(where: str, file: str) -> None:
    assert file_of(where) == file


def test_each_record_read_ends_as_a_row_a_skip_or_a_merge_counted_in_its_file() -> None:
    log = ImportLog(platform="twitter")
    for index in range(4):
        log.record("export.zip/data/tweets.js", index)
    log.skip("export.zip/data/tweets.js#3", "tweet without a usable id")  # the record just read: not one more
    log.merge("tweets.js#1", into="twitter:9", identical=False)  # rows name their file shortly: the same file
    log.add_imported("tweets.js", 2)
    assert log.files == {"tweets.js": FileCount("export.zip/data/tweets.js", "twitter", records=4, imported=2,
                                                skipped=1, merged=1)}
    assert log.unaccounted() == [] and log.merge_count() == 1
    assert log.merged == [Merge("tweets.js#1", "twitter:9", "twitter", identical=False)]


def test_a_skip_of_nothing_read_stands_for_itself_as_one_record() -> None:
    log = ImportLog(platform="mastodon")
    log.record("a/outbox.json", 0)
    log.add_imported("outbox.json", 1)
    log.skip("a/outbox.json#1", "the rest of the file is unreadable")  # not the record being read
    log.skip("a/likes.json", "not valid JSON")  # a whole file
    count = log.files["outbox.json"]
    assert (count.records, count.imported, count.skipped, count.unread) == (2, 1, 1, 1)
    assert log.files["likes.json"] == FileCount("a/likes.json", "mastodon", records=1, skipped=1, unread=1)
    assert log.unaccounted() == []


def test_a_record_neither_imported_skipped_nor_merged_is_unaccounted() -> None:
    log = ImportLog(platform="bluesky")
    log.record("repo.car", "app.bsky.feed.post/1")
    log.record("repo.car", "app.bsky.feed.post/2")
    log.add_imported("repo.car#app.bsky.feed.post/2", 1)
    assert [c.unaccounted for c in log.unaccounted()] == [1]


def test_merges_past_the_listed_ones_are_only_counted() -> None:
    log = ImportLog(platform="facebook")
    for i in range(LISTED + 10):
        log.record("your_posts_1.json", i)
        log.merge(f"your_posts_1.json#{i}", into="facebook:h:1")
    assert log.merge_count() == LISTED + 10 and len(log.merged) == LISTED
    assert log.files["your_posts_1.json"].merged == LISTED + 10


def test_two_files_of_one_name_are_counted_together_under_that_name() -> None:
    log = ImportLog(platform="facebook")
    for folder in ("new", "old", "older"):
        log.record(f"export/{folder}/your_posts_1.json", 0)
    log.add_imported("your_posts_1.json", 3)
    assert log.files == {"your_posts_1.json": FileCount("your_posts_1.json", "facebook", records=3, imported=3)}
