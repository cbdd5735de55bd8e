"""Hostile content inside known formats, connector by connector: bad text, NUL, deep nesting, duplicated keys.

The command-line view of the same cases is tests/test_hostile_scan.py; here the rows, skips and notes are exact.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

from auditor.core.errors import SourceError
from auditor.core.frame import to_frame
from connectors import bluesky, facebook, mastodon_archive, twitter
from connectors.archive import open_archive
from connectors.base import ImportLog
from connectors.bluesky_car import is_car_header
from reports.highlight import clipped
from reports.html import printable
from tests.connectors.test_bluesky import _cid, _repo, _varint

DEEP = b"[" * 10_000 + b"]" * 10_000
TIME = "Sun Sep 29 19:08:50 +0000 2024"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


def _read(module: ModuleType, path: Path) -> tuple[pd.DataFrame, ImportLog]:
    archive = open_archive(path)
    log = ImportLog(platform=module.PLATFORM)
    rows = [row for root in module.find(archive) for row in module.read(archive, root, log)]
    return to_frame(rows), log


def _tweet(tweet_id: str, text: bytes) -> bytes:
    return b'{"tweet": {"id_str": "%s", "created_at": "%s", "full_text": "%s"}}' % (
        tweet_id.encode(), TIME.encode(), text)


def _x(folder: Path, *elements: bytes, manifest: bytes | None = None) -> Path:
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "tweets.js").write_bytes(b"window.YTD.tweets.part0 = [" + b",".join(elements) + b"]")
    if manifest is not None:
        (folder / "data" / "manifest.js").write_bytes(b"window.__THAR_CONFIG = " + manifest)
    return folder


@pytest.mark.parametrize(("raw", "text"), [
    (b"caf\xe9 \xff", "caf\ufffd \ufffd"),  # Latin-1 and a byte no encoding uses
    (b"broken \\ud83d emoji", "broken \ufffd emoji"),  # half a surrogate pair, valid JSON
])
def test_x_invalid_text_is_kept_replaced_and_noted(tmp_path: Path, raw: bytes, text: str) -> None:
    frame, log = _read(twitter, _x(tmp_path, _tweet("1", b"fine"), _tweet("2", raw)))
    assert frame.set_index("post_id")["text"].to_dict() == {"twitter:1": "fine", "twitter:2": text}
    assert log.skipped == []
    characters = text.count("\ufffd")
    assert [n for n in log.notes if "not valid text" in n] == [
        f"{tmp_path}/data/tweets.js: 1 entries held {characters} characters that are not valid text (bytes that "
        "are not UTF-8, or broken \\u escapes); the entries are kept, with \ufffd in their place (#1)"]


def test_x_nul_and_controls_are_kept_in_the_text(tmp_path: Path) -> None:
    frame, log = _read(twitter, _x(tmp_path, _tweet("1", b"esc\\u0000aped"), _tweet("2", b"raw\x00\x07")))
    assert frame["text"].tolist() == ["esc\x00aped", "raw\x00\x07"]
    assert log.skipped == []


def test_x_deep_entry_is_one_skip_and_the_rest_is_read(tmp_path: Path) -> None:
    frame, log = _read(twitter, _x(tmp_path, DEEP, _tweet("2", b"after")))
    assert frame["text"].tolist() == ["after"]
    assert [(s.where, s.reason) for s in log.skipped] == [
        (f"{tmp_path}/data/tweets.js#0", "undecodable entry (nested too deeply)")]


def test_x_deep_manifest_is_a_note(tmp_path: Path) -> None:
    frame, log = _read(twitter, _x(tmp_path, _tweet("1", b"hello"), manifest=b'{"userInfo": ' + DEEP + b"}"))
    assert frame["text"].tolist() == ["hello"] and log.skipped == []
    assert any(n.startswith(f"{tmp_path}/data/manifest.js was not read (maximum recursion") for n in log.notes)


def test_x_duplicated_keys_keep_the_last(tmp_path: Path) -> None:
    tweet = _tweet("1", b"first").replace(b'"}}', b'", "full_text": "second"}}')
    frame, _ = _read(twitter, _x(tmp_path, tweet))
    assert frame["text"].tolist() == ["second"]


def test_x_ten_megabyte_tweet_is_read_whole(tmp_path: Path) -> None:
    text = b"word " * (2 * 1024 * 1024)
    frame, log = _read(twitter, _x(tmp_path, _tweet("1", text), _tweet("2", b"short")))
    assert frame.set_index("post_id")["text"].str.len().to_dict() == {"twitter:1": len(text), "twitter:2": 5}
    assert log.skipped == []


def _outbox(folder: Path, contents: list[bytes], actor: bytes | None = None) -> Path:
    folder.mkdir()
    items = [b'{"type": "Create", "to": ["%s"], "object": {"id": "https://m.example/%d", "content": "%s", '
             b'"published": "2024-01-0%dT00:00:00Z"}}' % (PUBLIC.encode(), n, c, n + 1)
             for n, c in enumerate(contents)]
    (folder / "outbox.json").write_bytes(b'{"@context": "https://www.w3.org/ns/activitystreams", '
                                         b'"type": "OrderedCollection", "orderedItems": [' + b",".join(items) + b"]}")
    if actor is not None:
        (folder / "actor.json").write_bytes(actor)
    return folder


def test_mastodon_lone_surrogate_is_kept_replaced_and_noted(tmp_path: Path) -> None:
    frame, log = _read(mastodon_archive, _outbox(tmp_path / "m", [b"<p>ok</p>", b"<p>half \\udc00</p>"]))
    assert frame["text"].tolist() == ["ok", "half \ufffd"]
    assert log.skipped == []
    notes = [n for n in log.notes if "not valid text" in n]
    assert len(notes) == 1 and notes[0].startswith(f"{tmp_path}/m/outbox.json: 1 entries held 1 characters")
    assert notes[0].endswith("(#1)")


def test_mastodon_deep_actor_is_a_note_and_posts_are_read(tmp_path: Path) -> None:
    frame, log = _read(mastodon_archive, _outbox(tmp_path / "m", [b"<p>ok</p>"], actor=DEEP))
    assert frame["text"].tolist() == ["ok"] and frame["account"].tolist() == [""]
    assert log.skipped == [] and any("actor.json cannot be read (maximum recursion" in n for n in log.notes)


def _facebook(folder: Path, data: bytes) -> Path:
    folder.mkdir()
    (folder / "your_posts_1.json").write_bytes(data)
    return folder


def test_meta_deep_record_is_skipped_and_the_others_read(tmp_path: Path) -> None:
    before = b'{"timestamp": 1600000000, "data": [{"post": "before"}]}'
    after = b'{"timestamp": 1600000001, "data": [{"post": "after"}]}'
    frame, log = _read(facebook, _facebook(tmp_path / "fb", b"[" + before + b"," + DEEP + b"," + after + b"]"))
    assert sorted(frame["text"]) == ["after", "before"]
    assert [(s.where, s.reason) for s in log.skipped] == [
        (f"{tmp_path}/fb/your_posts_1.json#1", "undecodable record (nested too deeply)")]


def test_meta_file_that_is_not_utf8_names_the_file_and_encoding(tmp_path: Path) -> None:
    folder = _facebook(tmp_path / "fb", b'[{"timestamp": 1600000000, "data": [{"post": "caf\xe9"}]}]')
    with pytest.raises(SourceError, match=r"your_posts_1\.json: is not valid utf-8 text \(byte 49\)"):
        _read(facebook, folder)


def test_bluesky_deep_block_is_counted_and_the_rest_is_read(tmp_path: Path) -> None:
    data = _repo({"app.bsky.feed.post/3aaaaaaaaaaab": {"$type": "app.bsky.feed.post", "text": "hello",
                                                       "createdAt": "2024-01-01T00:00:00Z"}})
    deep = b"\x81" * 10_000 + b"\x00"
    path = tmp_path / "repo.car"
    path.write_bytes(data + _varint(len(_cid(deep)) + len(deep)) + _cid(deep) + deep)
    frame, log = _read(bluesky, path)
    assert frame["text"].tolist() == ["hello"]
    assert [s.reason.split(" (")[0] for s in log.skipped] == ["undecodable block"]


def test_bluesky_deep_header_is_not_a_car() -> None:
    header = b"\xa1\x61a" + b"\x81" * 1015 + b"\x00"  # fits the header cap, nests past libipld's limit
    assert not is_car_header(_varint(len(header)) + header)


def test_frame_replaces_text_no_utf8_can_hold() -> None:
    row = {"post_id": "x:\ud800", "platform": "twitter", "kind": "post", "created_at": datetime(2024, 1, 1, tzinfo=UTC),
           "text": "a\udce9b", "links": ["https://e.example/\udfff"], "hashtags": ["ok"]}
    frame = to_frame([row])
    assert frame.loc[0, ["post_id", "text"]].tolist() == ["x:\ufffd", "a\ufffdb"]
    assert frame.loc[0, "links"] == ["https://e.example/\ufffd"] and frame.loc[0, "hashtags"] == ["ok"]
    json.dumps(frame.astype(str).to_dict()).encode("utf-8")  # everything is now writable as UTF-8


@pytest.mark.parametrize(("value", "expected"), [
    ("twitter:1\x002\x07", "twitter:1\ufffd2\ufffd"),
    ("tab\tnew\nline\r", "tab\tnew\nline\r"),
    ("c1\x85", "c1\ufffd"),
    (42, 42),
])
def test_report_prints_no_control_characters(value: object, expected: object) -> None:
    assert printable(value) == expected


def test_report_clips_a_huge_text_but_keeps_late_evidence() -> None:
    text = "start " + "x" * 100_000 + " EVIDENCE " + "y" * 100_000
    at = text.index("EVIDENCE")
    html = str(clipped(text, [(0, 5), (at, at + 8)], 1000, more="… ({n} more)"))
    assert html.startswith("<mark>start</mark>") and "<mark>EVIDENCE</mark>" in html
    assert html.count('<span class="more"> … </span>') == 1
    shown = 1000 + 120 + 8 + 120
    assert html.endswith(f'<span class="more">… ({len(text) - shown:,} more)</span>')
    assert len(html) < 2000 + 500
