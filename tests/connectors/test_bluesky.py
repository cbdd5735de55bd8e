"""Bluesky repo CARs: the real samples, synthetic repos for what they lack, and broken copies of the samples."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import libipld
import pandas as pd
import pytest

from auditor.core.errors import SourceError
from auditor.core.frame import to_frame
from connectors import bluesky
from connectors.archive import open_archive
from connectors.base import ImportLog
from connectors.bluesky_car import is_car_header
from connectors.bluesky_time import parse_datetime, tid_time

DID = "did:plc:tyme6enconikdp7rnxkywdcg"
ME = "did:plc:abcdefghijklmnopqrstuvwx"
FIRST_POST = f"bluesky:at://{DID}/app.bsky.feed.post/3malwzvfmmk2t"


class Link(bytes):
    """A CID that must be written as a DAG-CBOR link (tag 42), not as a byte string."""


def _encode(obj: object) -> bytes:
    links: list[bytes] = []

    def mark(value: object) -> object:
        if isinstance(value, Link):
            links.append(bytes(value))
            return b"\x00" + bytes(value)
        if isinstance(value, dict):
            return {k: mark(v) for k, v in value.items()}
        if isinstance(value, list):
            return [mark(v) for v in value]
        return value

    raw = libipld.encode_dag_cbor(mark(obj))
    for cid in links:  # libipld writes bytes as a byte string: add the tag-42 prefix that makes it a link
        raw = raw.replace(b"\x58\x25\x00" + cid, b"\xd8\x2a\x58\x25\x00" + cid)
    return raw


def _relink(obj: object) -> object:
    """Decoded blocks give links as bare CID bytes: mark them again so they re-encode as links."""
    if isinstance(obj, bytes) and len(obj) == 36 and obj[:4] in (b"\x01\x71\x12\x20", b"\x01\x55\x12\x20"):
        return Link(obj)
    if isinstance(obj, dict):
        return {k: _relink(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_relink(v) for v in obj]
    return obj


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not n:
            return bytes(out)


def _cid(data: bytes) -> bytes:
    return b"\x01\x71\x12\x20" + hashlib.sha256(data).digest()


def _car(root: bytes, blocks: list[tuple[bytes, bytes]]) -> bytes:
    header = _encode({"version": 1, "roots": [Link(root)]})
    body = b"".join(_varint(len(cid) + len(data)) + cid + data for cid, data in blocks)
    return _varint(len(header)) + header + body


def _repo(records: dict[str, dict], did: str = ME) -> bytes:
    """A CAR with one flat MST node (prefix-compressed keys) and a commit, as a PDS would write it."""
    blocks, entries, previous = [], [], b""
    for key in sorted(records):
        data = _encode(records[key])
        blocks.append((_cid(data), data))
        raw = key.encode()
        shared = next((i for i, (a, b) in enumerate(zip(previous, raw, strict=False)) if a != b),
                      min(len(previous), len(raw)))
        entries.append({"p": shared, "k": raw[shared:], "v": Link(_cid(data)), "t": None})
        previous = raw
    node = _encode({"l": None, "e": entries})
    commit = _encode({"did": did, "version": 3, "data": Link(_cid(node)), "rev": "3malx3qqwws2k", "prev": None,
                      "sig": b"\x01" * 64})
    return _car(_cid(commit), [(_cid(commit), commit), (_cid(node), node), *blocks])


def _read(path: Path) -> tuple[object, ImportLog, list[str]]:
    archive = open_archive(path)
    roots = bluesky.find(archive)
    log = ImportLog(platform="bluesky")
    rows = [row for root in roots for row in bluesky.read(archive, root, log)]
    return to_frame(rows), log, roots


def _vectors(samples: Path, name: str) -> list[str]:
    text = (samples / "bluesky" / "atproto-interop-tests" / name).read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line and not line.startswith("#")]


@pytest.mark.parametrize(("name", "posts", "likes", "replies"), [
    ("msttest-03-setprofile.car", 0, 0, 0),
    ("msttest-04-firstpost.car", 1, 0, 0),
    ("msttest-05-firstlike.car", 1, 1, 0),
    ("msttest-06-reply.car", 1, 1, 1),
])
def test_each_sample_car(samples: Path, name: str, posts: int, likes: int, replies: int) -> None:
    frame, log, roots = _read(samples / "bluesky" / "dnproto_msttest_2025" / name)
    assert roots == [name]
    counts = frame["kind"].value_counts()
    assert (counts["post"], counts["like"], counts["reply"]) == (posts, likes, replies)
    assert log.skipped == []
    assert log.notes == ["1 records that are not posts, reposts or likes were not imported (app.bsky.actor.profile: 1)"]


def test_reply_sample_values(samples: Path) -> None:
    frame, _, _ = _read(samples / "bluesky" / "dnproto_msttest_2025" / "msttest-06-reply.car")
    row = frame.set_index("post_id").loc[f"bluesky:at://{DID}/app.bsky.feed.post/3malx3qc2es2t"]
    assert row["text"] == "and a quick reply"
    assert row["kind"] == "reply"
    assert row["reply_to"] == FIRST_POST.removeprefix("bluesky:")
    assert row["created_at"] == datetime(2025, 12, 22, 19, 16, 25, 160000, tzinfo=UTC)
    assert row["url"] == f"https://bsky.app/profile/{DID}/post/3malx3qc2es2t"
    assert (row["account"], row["language"], row["visibility"]) == (DID, "en", "public")
    like = frame[frame["kind"] == "like"].iloc[0]
    assert like["quoted"] == "at://did:plc:watmxkxfjbwyxfuutganopfk/app.bsky.feed.post/3makfv3vx5s24"
    assert like["text"] == ""
    assert pd.isna(like["url"])


def test_folder_of_cars_keeps_one_row_per_record(samples: Path) -> None:
    frame, log, roots = _read(samples / "bluesky" / "dnproto_msttest_2025")
    assert len(roots) == 4
    assert len(frame) == 3  # successive snapshots of one repo: the same records, de-duplicated by at-uri
    assert log.skipped == []


def test_facets_embeds_labels_and_tags(tmp_path: Path) -> None:
    text = "Été 🌞 voir example.com/lo… avec @alice.test #Vote"
    start = len("Été 🌞 voir ".encode())  # facet offsets are UTF-8 bytes: the accent and emoji shift them
    at = text.encode().index(b"@alice")
    post = {
        "$type": "app.bsky.feed.post", "text": text, "createdAt": "2024-03-05T10:11:12.5+01:00", "langs": ["fr", "en"],
        "facets": [
            {"index": {"byteStart": start, "byteEnd": start + len("example.com/lo…".encode())},
             "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://example.com/long/path"}]},
            {"index": {"byteStart": at, "byteEnd": at + 12},
             "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:alice"}]},
            {"index": {"byteStart": at + 13, "byteEnd": at + 18},
             "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "Vote"}]},
        ],
        "tags": ["élection"],
        "labels": {"$type": "com.atproto.label.defs#selfLabels", "values": [{"val": "graphic-media"}]},
        "embed": {"$type": "app.bsky.embed.recordWithMedia",
                  "record": {"$type": "app.bsky.embed.record", "record": {"uri": "at://did:plc:bob/app.bsky.feed.post/3k"}},
                  "media": {"$type": "app.bsky.embed.images",
                            "images": [{"alt": "une affiche"}, {"alt": ""}]}},
    }
    external = {"$type": "app.bsky.feed.post", "text": "", "createdAt": "2024-03-06T00:00:00Z",
                "embed": {"$type": "app.bsky.embed.external", "external": {"uri": "https://news.example/a"}}}
    repost = {"$type": "app.bsky.feed.repost", "createdAt": "2024-03-07T00:00:00Z",
              "subject": {"uri": "at://did:plc:bob/app.bsky.feed.post/3z", "cid": "bafy"}}
    path = tmp_path / "repo.car"
    path.write_bytes(_repo({"app.bsky.feed.post/3kaaaaaaaaaa2": post, "app.bsky.feed.post/3kaaaaaaaaab2": external,
                            "app.bsky.feed.repost/3kaaaaaaaaac2": repost}))
    frame, log, _ = _read(path)
    rows = frame.set_index("post_id")
    quote = rows.loc[f"bluesky:at://{ME}/app.bsky.feed.post/3kaaaaaaaaaa2"]
    assert quote["kind"] == "quote"
    assert quote["text"] == "Été 🌞 voir https://example.com/long/path avec @alice.test #Vote"
    assert quote["links"] == ["https://example.com/long/path"]
    assert quote["mentions"] == ["did:plc:alice"]
    assert quote["hashtags"] == ["Vote", "élection"]
    assert quote["quoted"] == "at://did:plc:bob/app.bsky.feed.post/3k"
    assert (quote["media_count"], quote["media_alt"]) == (2, "une affiche")
    assert (quote["language"], quote["content_warning"]) == ("fr", "graphic-media")
    assert quote["created_at"] == datetime(2024, 3, 5, 9, 11, 12, 500000, tzinfo=UTC)
    assert rows.loc[f"bluesky:at://{ME}/app.bsky.feed.post/3kaaaaaaaaab2"]["links"] == ["https://news.example/a"]
    shared = rows.loc[f"bluesky:at://{ME}/app.bsky.feed.repost/3kaaaaaaaaac2"]
    assert (shared["kind"], shared["quoted"]) == ("repost", "at://did:plc:bob/app.bsky.feed.post/3z")
    assert log.skipped == [] and log.notes == []


def test_bad_created_at_falls_back_to_the_tid(tmp_path: Path) -> None:
    records = {
        "app.bsky.feed.post/3malwzvfmmk2t": {"$type": "app.bsky.feed.post", "text": "mois 13",
                                             "createdAt": "1985-13-12T23:20:50.123Z"},
        "app.bsky.feed.post/3jzfcijpj2z2a": {"$type": "app.bsky.feed.post", "text": "an 985",
                                             "createdAt": "0985-04-12T23:20:50.123-07:00"},
        "app.bsky.feed.like/notatid": {"$type": "app.bsky.feed.like", "createdAt": "0000-01-01T00:00:00+01:00",
                                       "subject": {"uri": "at://x/app.bsky.feed.post/1"}},
    }
    path = tmp_path / "dates.car"
    path.write_bytes(_repo(records))
    frame, log, _ = _read(path)
    times = dict(zip(frame["text"].where(frame["kind"] != "like", "like"), frame["created_at"], strict=True))
    assert times["mois 13"] == tid_time("3malwzvfmmk2t")
    assert times["an 985"] == tid_time("3jzfcijpj2z2a")  # outside what the frame can hold, so the TID wins
    assert pd.isna(times["like"])  # no TID key either: kept without a date
    assert log.skipped == []
    assert log.notes == ["2 records had an unusable createdAt: their time is their record key's",
                         "1 records had no usable time at all: they are kept without a date"]


@pytest.mark.parametrize(("cut", "rows", "reasons"), [
    (5, 3, ["truncated or damaged CAR"]),  # the profile block is cut: every post survives
    (200, 2, ["truncated or damaged CAR", "record block missing"]),  # the first post is lost
])
def test_truncated_sample_keeps_what_was_read(samples: Path, tmp_path: Path, cut: int, rows: int,
                                              reasons: list[str]) -> None:
    data = (samples / "bluesky" / "dnproto_msttest_2025" / "msttest-06-reply.car").read_bytes()
    path = tmp_path / "cut.car"
    path.write_bytes(data[:-cut])
    frame, log, _ = _read(path)
    assert len(frame) == rows
    assert [s.reason.split(" (")[0] for s in log.skipped] == reasons
    assert log.skipped[0].where.startswith(f"{path}#byte ")


def test_mst_pointing_back_at_itself_is_skipped_not_followed(samples: Path, tmp_path: Path) -> None:
    data = (samples / "bluesky" / "dnproto_msttest_2025" / "msttest-06-reply.car").read_bytes()
    header, blocks = libipld.decode_car(data)
    root = header["roots"][0]
    top = blocks[root]["data"]
    blocks[top] = {**blocks[top], "l": top}  # the CAR format does not check hashes, so a cycle can be written
    path = tmp_path / "cycle.car"
    path.write_bytes(_car(root, [(cid, _encode(_relink(block))) for cid, block in blocks.items()]))
    frame, log, _ = _read(path)
    assert len(frame) == 3
    assert len(log.skipped) == 1
    assert "points back at itself" in log.skipped[0].reason
    assert log.skipped[0].where == f"{path}#mst:{libipld.encode_cid(top)}"


def test_car_without_its_commit_is_one_skip(tmp_path: Path) -> None:
    node = _encode({"l": None, "e": []})
    path = tmp_path / "nocommit.car"
    path.write_bytes(_car(_cid(b"absent"), [(_cid(node), node)]))
    frame, log, _ = _read(path)
    assert frame.empty
    assert [s.reason for s in log.skipped] == [
        "its root block is not in the file (a partial CAR, not a whole repository export): its records cannot be "
        "located"]


# Issue 16: a file that is no repository at all was reported as "no repo commit block (truncated CAR?)".
def _header(samples: Path) -> bytes:
    data = (samples / "bluesky" / "dnproto_msttest_2025" / "msttest-06-reply.car").read_bytes()
    return data[: data.index(b"version") + len("version") + 1]  # the varint, the map, its roots and version 1


@pytest.mark.parametrize(("tail", "reason"), [
    (b"", "no CAR block could be read after its header: not a repository export, or damaged from its start"),
    (b"Date,Link,Message\r\n2021-04-05 21:22:41,https://l/1,hello\r\n",
     "no CAR block could be read after its header: not a repository export, or damaged from its start (at byte 59: "
     "truncated or damaged CAR (block declares 68 bytes, 57 remain; libipld: Failed to read CID of block. Invalid "
     "CID))"),
])
def test_a_car_header_followed_by_no_blocks_is_not_a_repository(samples: Path, tmp_path: Path, tail: bytes,
                                                                 reason: str) -> None:
    path = tmp_path / "header.car"
    path.write_bytes(_header(samples) + tail)
    frame, log, roots = _read(path)
    assert roots == ["header.car"] and frame.empty
    assert [(s.where, s.reason) for s in log.skipped] == [(str(path), reason)]


def test_a_car_of_something_else_is_not_a_repository(tmp_path: Path) -> None:
    block = _encode({"Links": [], "Data": b"a file stored in IPFS"})
    path = tmp_path / "ipfs.car"
    path.write_bytes(_car(_cid(block), [(_cid(block), block)]))
    frame, log, _ = _read(path)
    assert frame.empty
    assert [s.reason for s in log.skipped] == [
        "its root block is not a repository commit: a CAR of something else, not a Bluesky repository"]


def test_a_car_cut_before_its_commit_says_so(tmp_path: Path) -> None:
    data = _repo({"app.bsky.feed.post/3aaaaaaaaaaa2": {"$type": "app.bsky.feed.post", "text": "a",
                                                       "createdAt": "2024-01-01T00:00:00Z"}})
    header, blocks = libipld.decode_car(data)
    commit = blocks[header["roots"][0]]
    others = [(cid, _encode(_relink(block))) for cid, block in blocks.items() if block is not commit]
    path = tmp_path / "cut.car"
    path.write_bytes(_car(header["roots"][0], others)[:-5])  # commit written last, and the file cut before it
    frame, log, _ = _read(path)
    assert frame.empty
    assert [s.reason.split(" (")[0] for s in log.skipped] == [
        "truncated or damaged CAR",
        "the repo commit block is not among the blocks read before the damage: its records cannot be located"]


@pytest.mark.parametrize("head", [b"", b"\x00", b"\x05hello", b"PK\x03\x04", b'{"version": 1}', b"\xff" * 20,
                                  _varint(9) + _encode({"version": 2, "roots": []})[:9]])
def test_foreign_bytes_are_not_a_car(head: bytes) -> None:
    assert not is_car_header(head)


def test_find_ignores_other_files_and_undecodable_header_raises(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "repo.car").write_bytes(_repo({}))
    assert bluesky.find(open_archive(tmp_path)) == ["repo.car"]
    broken = tmp_path / "broken.car"
    broken.write_bytes(b"\x30" + b"\xa2" * 10)
    with pytest.raises(SourceError, match="not a readable CAR"):
        list(bluesky.read(open_archive(broken), "broken.car", ImportLog()))


def test_datetime_vectors_valid(samples: Path) -> None:
    for line in _vectors(samples, "datetime_syntax_valid.txt"):
        stamp = parse_datetime(line)
        if line.startswith("0000-"):
            assert stamp is None, line  # year 0 is outside Python's calendar: the TID is used instead
        else:
            assert stamp is not None and stamp.utcoffset().total_seconds() == 0, line


@pytest.mark.parametrize("name", ["datetime_syntax_invalid.txt", "datetime_parse_invalid.txt"])
def test_datetime_vectors_invalid(samples: Path, name: str) -> None:
    accepted = [line for line in _vectors(samples, name) if parse_datetime(line) is not None]
    assert accepted == []


@pytest.mark.parametrize(("text", "expected"), [
    ("1985-04-12T23:20:50.123Z", datetime(1985, 4, 12, 23, 20, 50, 123000, tzinfo=UTC)),
    ("1985-04-12T23:20:50Z", datetime(1985, 4, 12, 23, 20, 50, tzinfo=UTC)),
    ("1985-04-12T23:20:50.123456789012Z", datetime(1985, 4, 12, 23, 20, 50, 123456, tzinfo=UTC)),
    ("1985-04-12T23:20:50.123-07:00", datetime(1985, 4, 13, 6, 20, 50, 123000, tzinfo=UTC)),
    ("1985-04-12T23:20:50.123+01:45", datetime(1985, 4, 12, 21, 35, 50, 123000, tzinfo=UTC)),
    ("0123-01-01T00:00:00.000Z", datetime(123, 1, 1, tzinfo=UTC)),
    ("1985-04-12T23:20:50.123-00:00", None),
    ("1985-04-12 23:20:50.123Z", None),
    ("1985-04-12T23:20:50.123", None),
    ("0000-01-01T00:00:00+01:00", None),
    (None, None),
])
def test_datetime_values(text: str | None, expected: datetime | None) -> None:
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(("rkey", "expected"), [
    ("3malwzvfmmk2t", datetime(2025, 12, 22, 19, 15, 23, 410000, tzinfo=UTC)),  # createdAt was .411
    ("2222222222222", datetime(1970, 1, 1, tzinfo=UTC)),
    ("self", None),
    ("3MALWZVFMMK2T", None),
    ("kaaaaaaaaaaaa", None),  # high bit set: not a TID
])
def test_tid_time(rkey: str, expected: datetime | None) -> None:
    assert tid_time(rkey) == expected


def test_every_tid_vector_decodes(samples: Path) -> None:
    assert all(tid_time(line) is not None for line in _vectors(samples, "tid_syntax_valid.txt"))


def test_cli_scan_reports_the_truncated_car(samples: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from auditor.cli import main

    data = (samples / "bluesky" / "dnproto_msttest_2025" / "msttest-06-reply.car").read_bytes()
    path = tmp_path / "cut.car"
    path.write_bytes(data[:-200])
    result = CliRunner().invoke(main, ["scan", str(path), "--out", str(tmp_path / "report.html"),
                                       "--store", str(tmp_path / "store.sqlite")])
    assert result.exit_code == 0, result.output
    assert "Skipped in this scan, 2" in result.output and "truncated or damaged CAR" in result.output


# Found by the property tests (tests/property): a reply, quote or subject URI that is not text reached the row.
def test_uris_that_are_not_text_are_absent(tmp_path: Path) -> None:
    stamp = "2024-01-01T00:00:00Z"
    records = {
        "app.bsky.feed.post/3aaaaaaaaaaa2": {"$type": "app.bsky.feed.post", "text": "a", "createdAt": stamp,
                                              "reply": {"parent": {"uri": 5}}, "embed": {
                                                  "$type": "app.bsky.embed.record", "record": {"uri": ["x"]}}},
        "app.bsky.feed.repost/3aaaaaaaaaaa3": {"$type": "app.bsky.feed.repost", "createdAt": stamp,
                                                "subject": {"uri": {"k": 1}}},
    }
    path = tmp_path / "repo.car"
    path.write_bytes(_repo(records))
    frame, log, _ = _read(path)
    assert frame["kind"].astype(str).tolist() == ["post", "repost"]
    assert frame["reply_to"].isna().all() and frame["quoted"].isna().all() and log.skipped == []
