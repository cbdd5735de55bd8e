"""Every real sample the connectors read, file by file: records in the file = rows imported + entries skipped +
duplicates merged (auditor.pipeline.accounting).

"Records in the file" is counted here from the file itself, with a small counter per format that shares nothing with
the connectors: the elements of a `window.YTD…`/Grailbird JS array, of a JSON array, CSV records by the csv module,
the `$type`d blocks of a CAR (libipld), `<item>`/`<entry>` elements of XML. Where the connector leaves records out
by design (Bluesky profiles and follows, WordPress attachments and menu items, other people's comments, Blogger
settings), it says so in a note with a count, and the test adds that count back: nothing may be left out silently.
Damage a connector reads past without reading it as a record (XML read in recovery mode) is one entry skipped and
one record of the file on the connector's side (`FileCount.unread`).

Each sample is read as a person passes it to `auditor scan` (its folder; each feed file alone, since an unreadable
one fails its whole source): so the Bluesky folder's successive snapshots of one repo, and the WordPress fixtures
that share posts, show duplicates merged across files.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from pathlib import Path

import libipld
import pytest
from lxml import etree

from auditor.core.errors import SourceError
from auditor.core.records import FileCount
from auditor.pipeline.imports import SourceResult, open_all, read_archive
from connectors.base import file_of
from tests.connectors.test_feeds import EXPECTED as FEED_FILES


def ytd_entries(path: Path) -> int:
    """Elements of the JS array after `window.YTD.x.part0 =` (or `Grailbird.data.tweets_YYYY_MM =`)."""
    text = path.read_text(encoding="utf-8-sig")
    return len(json.loads(text[text.index("=") + 1:].strip().rstrip(";")))


def json_array(key: str | None = None) -> Callable[[Path], int]:
    """Elements of the file's JSON array, or of the array under `key`."""
    def count(path: Path) -> int:
        data = json.loads(path.read_text(encoding="utf-8"))
        return len(data if key is None else data[key])
    return count


def outbox_items(path: Path) -> int:
    """Activities in an ActivityStreams outbox's `orderedItems`."""
    return len(json.loads(path.read_text(encoding="utf-8"))["orderedItems"])


def csv_records(**dialect: str) -> Callable[[Path], int]:
    """Records after the header, by the csv module reading the whole file (`dialect`: the platform's, FORMATS)."""
    def count(path: Path) -> int:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = [row for row in csv.reader(handle, **dialect) if row]
        assert len({len(row) for row in rows}) == 1, "records of different widths: the dialect is not the file's"
        return len(rows) - 1
    return count


def car_records(path: Path) -> int:
    """Blocks of a CAR that are atproto records (a `$type`), however the repo's tree reaches them."""
    _, blocks = libipld.decode_car(path.read_bytes())
    return sum(1 for block in blocks.values() if isinstance(block, dict) and "$type" in block)


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in element if isinstance(c.tag, str) and etree.QName(c).localname == name]


def _parsed(path: Path) -> etree._Element:
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False)
    return etree.parse(str(path), parser).getroot()


def wxr_records(path: Path) -> int:
    """A WordPress export's items and the comments inside them."""
    items = [i for channel in _children(_parsed(path), "channel") for i in _children(channel, "item")]
    return len(items) + sum(len(_children(item, "comment")) for item in items)


def atom_entries(path: Path) -> int:
    """A Blogger export's entries (posts, pages, comments, settings, template)."""
    return len(_children(_parsed(path), "entry"))


def feed_entries(path: Path) -> int:
    """`<item>` and `<entry>` elements, prefixed or not, by a regular expression over the bytes (ill-formed feeds are
    not XML a parser keeps whole)."""
    return len(re.findall(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]", path.read_bytes()))


#: source as a person names it -> {file in it: its counter}
READ: dict[str, dict[str, Callable[[Path], int]]] = {
    "twitter/milahu104": {name: ytd_entries for name in (
        "tweets.js", "community-tweet.js", "deleted-tweets.js", "like.first40.js", "note-tweet.js")},
    "twitter/grailbird_2015_JAForbes": {},  # every month file: filled in below
    "twitter/grailbird_2015_JAForbes/tweets.csv": {"tweets.csv": csv_records()},  # read alone: no month files
    "mastodon/darkpatern_mastodon.social_2026": {"outbox.json": outbox_items},
    "facebook/hunterhillis_2022_posts_your_posts_1": {"your_posts_1.json": json_array()},
    "instagram/yummyhopper_2024": {"posts_1.json": json_array(), "stories.json": json_array("ig_stories"),
                                   "post_comments_1.json": json_array()},
    "threads/humutopia_2026": {"threads_and_replies.EXCERPT.json": json_array("text_post_app_text_posts")},
    # LinkedIn writes some quotes as \" (FORMATS): the csv module needs the escape character to read it
    "linkedin/sanand0_2025": {"Shares.csv": csv_records(escapechar="\\"), "Comments.csv": csv_records(escapechar="\\")},
    "bluesky/dnproto_msttest_2025": {f"msttest-0{n}.car": car_records for n in (
        "3-setprofile", "4-firstpost", "5-firstlike", "6-reply")},
    "wordpress/wordpress-importer-fixtures": {f"{n}.xml": wxr_records for n in (
        "crazy-cdata", "crazy-cdata-escaped", "namespace-edge-cases", "post-content-blank-lines", "small-export",
        "theme-unit-test-data", "valid-wxr-1.0", "valid-wxr-1.1")},
    "wordpress/wxr_more": {f"{n}.xml": wxr_records for n in (
        "malformed-simple", "small-export", "valid-wxr-1.1", "wxr-utf-8-challenges")},
    "blogger/google-blog-converters": {"blogger-sample.xml": atom_entries, "blogger-sample2.xml": atom_entries},
}
READ["twitter/grailbird_2015_JAForbes"] = {
    f"data/js/tweets/{y}_{m:02}.js": ytd_entries for y, m in (
        (2008, 8), *((2011, m) for m in range(7, 13)), *((y, m) for y in (2012, 2013, 2014) for m in range(1, 13)),
        *((2015, m) for m in range(1, 5)))}
#: feed files, each its own source, but those a scan refuses whole (one clear error: their table is test_feeds')
FEEDS_REFUSED = {name for name, expected in FEED_FILES.items() if isinstance(expected, str)}
READ.update({f"feeds/{name}": {name.rsplit("/", 1)[-1]: feed_entries} for name in FEED_FILES
             if name not in FEEDS_REFUSED})

#: files of the samples no connector reads as records, and why
NOT_RECORDS = {
    "twitter/milahu104/tweet-headers.js": "ids and times of the tweets in tweets.js, nothing more",
    "twitter/milahu104/deleted-tweet-headers.js": "ids and times of the tweets in deleted-tweets.js",
    "twitter/milahu104/manifest.js": "the archive's description: read for the @username and its declared counts",
    "twitter/milahu104/profile.js": "the account's bio: not a post",
    "twitter/milahu104/README.txt": "X's description of every file",
    "twitter/grailbird_2015_JAForbes/tweets.csv": "the month files' tweets again, read only without them (above)",
    "twitter/grailbird_2015_JAForbes/README.txt": "X's description of the archive",
    "twitter/grailbird_2015_JAForbes/data/js/tweet_index.js": "which month file holds how many tweets",
    "twitter/grailbird_2015_JAForbes/data/js/payload_details.js": "the archive's declared tweet count",
    "twitter/grailbird_2015_JAForbes/data/js/user_details.js": "read for the @username",
    "mastodon/darkpatern_mastodon.social_2026/actor.json": "the account: read for its name",
    "mastodon/darkpatern_mastodon.social_2026/likes.json": "other people's posts liked: only their addresses",
    "mastodon/darkpatern_mastodon.social_2026/bookmarks.json": "other people's posts bookmarked: only addresses",
}
NOT_EXPORTS = ("bluesky/atproto-interop-tests/",  # datetime and TID test vectors (tests/connectors/test_bluesky.py)
               "mastodon_api/")  # a live account's recorded API answers: no file a scan reads (test_mastodon_api)


def _cases() -> list[tuple[str, str]]:
    return [(source, name) for source, files in READ.items() for name in files]


@pytest.fixture(scope="module")
def scanned(samples: Path) -> Callable[[str], SourceResult]:
    """Each source read once, as `auditor scan` reads it (the identity is checked there, strictly in the tests)."""
    done: dict[str, SourceResult] = {}

    def read(source: str) -> SourceResult:
        if source not in done:
            path = str(samples / source)
            done[source] = read_archive(path, open_all([path])[path])
        return done[source]
    return read


def accounted(result: SourceResult, path: Path) -> tuple[FileCount, list[str]]:
    """The count of one file (zeros when the connector read none of it) and the notes that may speak of it."""
    for log in result.logs:
        for count in log.files.values():
            if Path(count.where) == path:
                return count, log.notes
    notes = [n for log in result.logs if log.source in (str(path), "") for n in log.notes]
    return FileCount(str(path)), notes


def left_out(notes: list[str], path: Path) -> int:
    """Records a connector says it left out of this file by design (a note with a count per kind)."""
    total = 0
    for note in notes:
        if note.startswith(f"{path}: "):
            if kinds := re.search(r"so not imported: (.+)$", note):  # WordPress, Blogger
                total += sum(int(n) for n in re.findall(r"(?:^|, )(\d+) ", kinds[1]))
            elif others := re.search(r": (\d+) comment\(s\) by other people not imported$", note):  # WordPress
                total += int(others[1])
        elif others := re.match(r"(\d+) records that are not posts, reposts or likes were not imported", note):
            total += int(others[1])  # Bluesky, one log per CAR file
    return total


@pytest.mark.parametrize(("source", "name"), _cases(), ids=[f"{s}:{n}" for s, n in _cases()])
def test_every_record_of_a_sample_file_is_imported_skipped_or_merged(samples: Path, scanned, source: str,
                                                                     name: str) -> None:
    path = samples / source if source.endswith(name) else samples / source / name
    in_file = READ[source][name](path)
    count, notes = accounted(scanned(source), path)
    assert count.records == count.imported + count.skipped + count.merged, count
    assert in_file + count.unread == count.records + left_out(notes, path), (in_file, count, notes)


@pytest.mark.parametrize("name", sorted(FEEDS_REFUSED))
def test_a_feed_refused_whole_holds_no_entry_to_count(samples: Path, name: str) -> None:
    path = samples / "feeds" / name
    assert feed_entries(path) == 0
    with pytest.raises(SourceError):
        read_archive(str(path), open_all([str(path)])[str(path)])


def test_every_sample_file_is_counted_or_said_why_not(samples: Path) -> None:
    listed = {f"{s}/{n}" if not s.endswith(n) else s for s, n in _cases()} | set(NOT_RECORDS)
    listed |= {f"feeds/{name}" for name in FEEDS_REFUSED}
    on_disk = {p.relative_to(samples).as_posix() for p in samples.rglob("*") if p.is_file()
               and p.name not in ("PROVENANCE.md", "FORMATS.md") and not p.relative_to(samples).as_posix().startswith(
                   NOT_EXPORTS)}
    assert on_disk == listed


@pytest.mark.parametrize("file", sorted(NOT_RECORDS))
def test_files_that_hold_no_posts_are_not_counted_as_records(samples: Path, scanned, file: str) -> None:
    source = next(s for s in READ if file.startswith(s + "/") and not s.endswith(".csv"))
    assert file_of(file) not in {name for log in scanned(source).logs for name in log.files}
