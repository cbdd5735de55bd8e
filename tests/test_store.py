"""The local store: owner-only file, faithful round trip, upsert counts, sync state, scans, migrations, crashes."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.core.errors import StoreError
from auditor.core.frame import COLUMNS, empty_frame, to_frame, validate
from auditor.store import codec as store_codec
from auditor.store.database import Store, UpsertCounts, default_store_path
from auditor.store.schema import MIGRATIONS

ROOT = Path(__file__).resolve().parent.parent


def _row(n: int, **extra: object) -> dict:
    row = {
        "post_id": f"mastodon:https://h.example/users/me/statuses/{n}", "platform": "mastodon", "account": "me",
        "kind": "post", "created_at": f"2024-03-0{1 + n % 9}T10:00:{n % 60:02d}.123456789Z", "text": f"post {n}",
        "url": f"https://h.example/@me/{n}", "visibility": "public", "links": [], "likes": n % 3, "source": "api",
    }
    row.update(extra)
    return row


def _rich_frame() -> pd.DataFrame:
    return to_frame([
        _row(1, text='quotes " and \\ back\nslash, émoji 🎉, NUL-free', links=["https://a.example/?q=1&r=\"x\""],
             mentions=["@you@else.example"], hashtags=["élection", "tag"], likes=None, title=None),
        _row(2, kind="repost", visibility="direct", quoted="https://x.example/1", content_warning="cw",
             edited_at="2024-04-01T00:00:00Z", deleted=True, media_count=2, media_alt="a\nb", language="fr"),
        _row(3, created_at=None, platform="twitter", kind="like", visibility="unknown", reposts=10**12),
        _row(4, created_at="2024-03-05T10:00:04.123456789Z"),  # same time as 5: import order must survive
        _row(5, created_at="2024-03-05T10:00:04.123456789Z", reply_to="@x", replies=0),
    ])


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "data" / "store.sqlite") as opened:
        yield opened


def test_default_path_is_in_the_user_data_dir() -> None:
    path = default_store_path()
    assert path.parts[-2:] == ("auditor", "auditor.sqlite")
    assert path.is_absolute()


def test_files_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new" / "store.sqlite"
    with Store.open(path) as store:
        store.upsert(_rich_frame())
        for created in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert stat.S_IMODE(created.stat().st_mode) == 0o600, created
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_loosened_file_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    Store.open(path).close()
    path.chmod(0o644)
    Store.open(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_round_trip_is_identical(store: Store) -> None:
    frame = _rich_frame()
    assert store.upsert(frame) == UpsertCounts(new=5, changed=0, unchanged=0)
    loaded = store.frame()
    validate(loaded)
    pd.testing.assert_frame_equal(loaded, frame)


def test_reopened_store_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    with Store.open(path) as store:
        store.upsert(_rich_frame())
    with Store.open(path) as store:
        pd.testing.assert_frame_equal(store.frame(), _rich_frame())


_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.tuples(_text, st.lists(_text, max_size=3), st.none() | _text), min_size=1, max_size=5))
def test_any_text_round_trips(tmp_path: Path, texts: list) -> None:
    frame = to_frame(_row(n, text=t, hashtags=tags, content_warning=cw) for n, (t, tags, cw) in enumerate(texts))
    with Store.open(tmp_path / f"h{time.monotonic_ns()}.sqlite") as store:
        store.upsert(frame)
        pd.testing.assert_frame_equal(store.frame(), frame)
    with Store.open(store.path) as reopened:  # decoded from the file, not taken from the frame held in memory
        pd.testing.assert_frame_equal(reopened.frame(), frame)


def test_reimport_never_duplicates_and_counts_changes(store: Store) -> None:
    store.upsert(to_frame([_row(1), _row(2), _row(3)]))
    counts = store.upsert(to_frame([_row(1), _row(2, text="edited"), _row(3, likes=99), _row(4)]))
    assert counts == UpsertCounts(new=1, changed=1, unchanged=2)  # likes are reach, not content
    loaded = store.frame().set_index("post_id")
    assert store.count() == 4
    assert loaded.loc[_row(2)["post_id"], "text"] == "edited"
    assert loaded.loc[_row(3)["post_id"], "likes"] == 99


def test_content_hashes_are_those_existing_stores_hold(store: Store) -> None:
    # digests written by earlier versions: were they to change, every stored post would count as changed
    store.upsert(_rich_frame())
    store.upsert(to_frame([_row(6, text="0", content_warning="0", likes=0, reposts=None, account="", source="0")]))
    hashes = dict(store.connection.execute("SELECT post_id, content_hash FROM posts"))
    assert {post_id.rsplit("/", 1)[1]: digest for post_id, digest in hashes.items()} == {
        "1": "9dca7eee13978e28be3e4a187fcf5b13", "2": "e21d747bae9130b735724cba44fcb91c",
        "3": "4fb6022c8ecea449a3f8352490dbfaac", "4": "cfabee3ab6d82e93dbc4a3bc039ed182",
        "5": "75f32edec731aaeac20975798fb583c0", "6": "318e24649f821db35d6633f02cd4e631",
    }


def test_missing_values_are_null_and_zeros_are_values(store: Store) -> None:
    store.upsert(to_frame([_row(6, text="0", content_warning="0", likes=0, reposts=None, account="", source="0")]))
    stored = store.connection.execute(
        "SELECT text, typeof(text), content_warning, likes, typeof(likes), typeof(reposts), account, title, "
        "typeof(title), source, typeof(edited_at) FROM posts").fetchall()
    assert stored == [("0", "text", "0", 0, "integer", "null", "", None, "null", "0", "null")]
    assert store.upsert(to_frame([_row(6, text="0", content_warning="0", likes=0, reposts=None, account="",
                                       source="0")])) == UpsertCounts(new=0, changed=0, unchanged=1)


def test_a_second_archive_and_a_mixed_reimport_are_counted(store: Store) -> None:
    twitter = [_row(n, post_id=f"twitter:{n}", platform="twitter") for n in range(3)]
    assert store.upsert(to_frame([_row(1), _row(2)])) == UpsertCounts(new=2, changed=0, unchanged=0)
    assert store.upsert(to_frame(twitter)) == UpsertCounts(new=3, changed=0, unchanged=0)
    again = to_frame([_row(1, likes=None), _row(2, text="edited"), twitter[0], {**twitter[1], "text": "x"}, _row(9)])
    assert store.upsert(again) == UpsertCounts(new=1, changed=2, unchanged=2)
    pd.testing.assert_frame_equal(store.frame(), _decoded(store.path), check_exact=True)


def test_new_rows_next_to_earlier_ones_are_all_in_the_frame(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    with Store.open(path) as earlier:
        earlier.upsert(to_frame([_row(1), _row(2)]))
    with Store.open(path) as store:
        assert store.upsert(to_frame([_row(3), _row(4)])).new == 2  # all new, but not all that is stored
        assert len(store.frame()) == 4
        pd.testing.assert_frame_equal(store.frame(), _decoded(path), check_exact=True)


def _decoded(path: Path) -> pd.DataFrame:
    with Store.open(path) as fresh:  # a new connection holds nothing: every row is decoded from the file
        return fresh.frame()


def test_the_frame_held_in_memory_is_the_decoded_store(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    with Store.open(path) as earlier:
        earlier.upsert(_rich_frame())
        earlier.upsert(to_frame([_row(n, created_at=None if n % 4 == 0 else _row(n)["created_at"])
                                 for n in range(6, 12)]))
    with Store.open(path) as store:
        store.upsert(to_frame([_row(2, text="edited"), _row(7, likes=50), *(_row(n) for n in range(20, 30)),
                               _row(31, created_at=None)]))
        with store.transaction():
            store.upsert(to_frame([_row(31, text="again"), _row(32), _row(9, hashtags=["new"])]))
        fetched = []
        store.rows_of = lambda ids: fetched.extend(ids) or Store.rows_of(store, ids)
        held = store.frame()
        assert held["post_id"].nunique() == store.count() == 23
        assert len(fetched) == 8  # only the posts this connection did not write were read from the file
        pd.testing.assert_frame_equal(held, _decoded(path), check_exact=True)
        held.loc[held["post_id"] == _row(22)["post_id"], "hashtags"].item().append("changed by the caller")
        pd.testing.assert_frame_equal(store.frame(), _decoded(path), check_exact=True)


def _by_time(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("created_at", kind="stable", na_position="first").reset_index(drop=True)


@pytest.mark.parametrize("case", ["first import", "re-import", "from the file"])
def test_in_stored_order_is_the_same_posts_unsorted(tmp_path: Path, case: str) -> None:
    path = tmp_path / "store.sqlite"
    with Store.open(path) as store:
        store.upsert(_rich_frame())
        store.upsert(to_frame([_row(n) for n in range(6, 12)]))  # their times fall between the first frame's
        if case != "first import":  # a changed post keeps its place; a new one comes last
            store.upsert(to_frame([_row(2, text="edited"), _row(4, likes=9), _row(13)]))
        if case == "from the file":
            store.forget_frames()
        stored = store.frame(by_time=False)
        rowids = [row[0] for row in store._conn.execute("SELECT post_id FROM posts ORDER BY rowid")]
        assert stored["post_id"].tolist() == rowids
        assert stored["post_id"].tolist() != store.frame()["post_id"].tolist()
        pd.testing.assert_frame_equal(_by_time(stored), store.frame(), check_exact=True)
        pd.testing.assert_frame_equal(_by_time(stored), _decoded(path), check_exact=True)


def test_in_stored_order_a_first_import_is_not_copied(store: Store) -> None:
    frames = [to_frame([_row(n) for n in range(1, 6)]), to_frame([_row(n) for n in range(6, 12)])]
    for frame in frames:
        store.upsert(frame)
    stored = store.frame(by_time=False)

    def data_buffers(frame: pd.DataFrame) -> list[int]:
        return [chunk.buffers()[-1].address for chunk in frame["text"].array.__arrow_array__().chunks]

    assert data_buffers(stored) == [address for frame in frames for address in data_buffers(frame)]
    assert stored["links"][0] is frames[0]["links"][0]  # read only: the lists are the held frame's


def test_held_rows_give_way_to_another_writer_a_rollback_and_caller_edits(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    with Store.open(path) as store:
        frame = to_frame([_row(1), _row(2), _row(3)])
        store.upsert(frame)
        frame.loc[0, "text"] = "edited by the caller after the upsert"
        with pytest.raises(RuntimeError), store.transaction():
            store.upsert(to_frame([_row(2, text="rolled back")]))
            raise RuntimeError("interrupted")
        with Store.open(path) as other:
            other.upsert(to_frame([_row(3, text="from another connection")]))
        texts = store.frame().set_index("post_id")["text"]
        assert texts[_row(1)["post_id"]] == "post 1"
        assert texts[_row(2)["post_id"]] == "post 2"
        assert texts[_row(3)["post_id"]] == "from another connection"
        pd.testing.assert_frame_equal(store.frame(), _decoded(path), check_exact=True)


def test_since_and_until_select_by_time(store: Store) -> None:
    store.upsert(to_frame([_row(n) for n in range(9)]))
    picked = store.frame(since="2024-03-03", until=datetime(2024, 3, 5, tzinfo=UTC))
    assert sorted(picked["created_at"].dt.day) == [3, 4]
    assert len(store.frame(since=pd.Timestamp("2024-03-09"))) == 1
    validate(picked)


def test_sync_state_is_json_per_source(store: Store) -> None:
    assert store.get_state("mastodon:@me@h.example") is None
    store.set_state("mastodon:@me@h.example", {"newest_id": "12", "backfill": None})
    store.set_state("feed:https://b.example/rss", {"etag": "x"})
    store.set_state("mastodon:@me@h.example", {"newest_id": "15", "backfill": None})
    assert store.get_state("mastodon:@me@h.example") == {"newest_id": "15", "backfill": None}
    assert store.get_state("feed:https://b.example/rss") == {"etag": "x"}


def test_scans_mark_what_they_imported_and_changed(store: Store) -> None:
    store.upsert(to_frame([_row(1), _row(2)]))
    first = store.record_scan(["a.zip"], "rules-1", {"posts": 2})
    store.upsert(to_frame([_row(1), _row(2, text="edited"), _row(3)]))
    second = store.record_scan(["a.zip", "mastodon:@me@h.example"], "rules-2", {"posts": 3})
    assert store.post_scans(_row(1)["post_id"]) == (first, first)
    assert store.post_scans(_row(2)["post_id"]) == (first, second)
    assert store.post_scans(_row(3)["post_id"]) == (second, second)
    scans = store.scans()
    assert [(s.scan_id, s.sources, s.ruleset_version, s.counts) for s in scans] == [
        (first, ("a.zip",), "rules-1", {"posts": 2}),
        (second, ("a.zip", "mastodon:@me@h.example"), "rules-2", {"posts": 3}),
    ]
    assert scans[0].recorded_at.tzinfo is not None


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_bytes(b"these are my notes, not a database" * 200)
    with pytest.raises(StoreError, match="is not an auditor store") as caught:
        Store.open(junk)
    assert "\n" not in str(caught.value)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="another program's database"):
        Store.open(other)


def test_a_v1_file_is_migrated_and_a_newer_one_refused(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    with Store.open(path, migrations=MIGRATIONS[:1]) as v1:
        v1.upsert(_rich_frame())
        v1.set_state("s", {"k": 1})
    with Store.open(path) as current:  # every later migration (v2 adds decisions) runs on the v1 file
        pd.testing.assert_frame_equal(current.frame(), _rich_frame())
        assert current.get_state("s") == {"k": 1}
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 2
        assert conn.execute("SELECT count(*) FROM decisions").fetchone()[0] == 0
    newer = rf"newer auditor \(store schema v{len(MIGRATIONS)}, this one knows up to v1\)"
    with pytest.raises(StoreError, match=newer):
        Store.open(path, migrations=MIGRATIONS[:1])


def test_a_failed_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    Store.open(path, migrations=MIGRATIONS[:1]).close()
    with pytest.raises(StoreError, match="could not upgrade the store to schema v2"):
        Store.open(path, migrations=(*MIGRATIONS[:1], "CREATE TABLE d (x); CREATE TABLE posts (y);"))
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert not conn.execute("SELECT name FROM sqlite_schema WHERE name = 'd'").fetchall()


def test_an_error_inside_a_transaction_writes_nothing(store: Store) -> None:
    store.upsert(to_frame([_row(1)]))
    store.set_state("s", {"page": 1})
    with pytest.raises(RuntimeError), store.transaction():
        store.upsert(to_frame([_row(2), _row(3)]))
        store.set_state("s", {"page": 2})
        raise RuntimeError("interrupted")
    assert store.count() == 1
    assert store.get_state("s") == {"page": 1}


_WRITER = textwrap.dedent("""
    import sys, time
    from auditor.core.frame import to_frame
    from auditor.store.database import Store
    rows = lambda a, b: [{"post_id": f"x:{n}", "platform": "blog", "kind": "article",
                          "created_at": "2024-01-01T00:00:00Z", "text": "words " * 80} for n in range(a, b)]
    with Store.open(sys.argv[1]) as store:
        with store.transaction():
            store.upsert(to_frame(rows(0, 1000)))
            store.set_state("s", {"upto": 1000})
        with store.transaction():
            store.upsert(to_frame(rows(1000, 150000)))  # ~70 MB: more than the page cache, so it spills to disk
            store.set_state("s", {"upto": 150000})
            print("inside", flush=True)
            time.sleep(60)
""")


def test_a_killed_writer_leaves_a_consistent_store(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "inside"
        assert Path(f"{path}-wal").stat().st_size > 1_000_000  # the uncommitted pages really are on disk
    finally:
        writer.kill()
        writer.wait(timeout=10)
    with Store.open(path) as store:
        assert store.count() == 1000
        assert store.get_state("s") == {"upto": 1000}
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.upsert(to_frame([_row(1)])).new == 1  # and it is writable again


def test_a_hundred_thousand_posts_upsert_quickly(store: Store) -> None:
    frame = to_frame(_row(n, text="A post of ordinary length, with a link https://e.example/a and #tag " * 2,
                          hashtags=["tag"], links=["https://e.example/a"]) for n in range(100_000))
    started = time.perf_counter()
    assert store.upsert(frame).new == 100_000
    elapsed = time.perf_counter() - started
    assert elapsed < 10, f"{elapsed:.1f} s for 100,000 posts; a million must stay well under 30 s"


def test_an_empty_store_gives_an_empty_canonical_frame(store: Store) -> None:
    assert store.upsert(empty_frame()) == UpsertCounts(new=0, changed=0, unchanged=0)
    loaded = store.frame()
    validate(loaded)
    pd.testing.assert_frame_equal(loaded, empty_frame())


def test_a_post_twice_in_one_frame_is_stored_once_as_its_last_row(store: Store) -> None:
    # a first import sends its rows without looking for conflicts: that must not hold when a post comes twice
    frame = pd.concat([to_frame([_row(1), _row(2)]), to_frame([_row(1, text="edited")])], ignore_index=True)
    assert store.upsert(frame) == UpsertCounts(new=2, changed=0, unchanged=0)
    with Store.open(store.path) as reopened:  # decoded from the file
        stored = reopened.frame().set_index("post_id")["text"].to_dict()
    assert stored == {_row(1)["post_id"]: "edited", _row(2)["post_id"]: "post 2"}



def test_rows_encoded_a_few_at_a_time_store_and_count_as_all_at_once(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # pieces of 2 rows: re-imported, changed and new rows in several pieces, and a post repeated in a later piece
    first = to_frame([_row(n) for n in range(1, 6)])
    again = pd.concat([to_frame([_row(1, likes=None), _row(2, text="edited"), _row(7)]),
                       to_frame([_row(3, likes=5), _row(8), _row(2, text="last")])], ignore_index=True)
    stored = {}
    for rows in (None, 2):
        if rows is not None:
            monkeypatch.setattr("auditor.store.database.ENCODE_ROWS", rows)
        with Store.open(tmp_path / f"store-{rows}.sqlite") as store:
            counts = (store.upsert(first), store.upsert(again))
            rows_stored = store.connection.execute("SELECT * FROM posts ORDER BY rowid").fetchall()
        stored[rows] = (counts, rows_stored, _decoded(tmp_path / f"store-{rows}.sqlite"))
    assert stored[2][1] == stored[None][1]
    assert stored[2][0] == stored[None][0]
    assert stored[2][0][1] == UpsertCounts(new=2, changed=1, unchanged=2)
    assert stored[2][2].set_index("post_id").loc[_row(2)["post_id"], "text"] == "last"
    pd.testing.assert_frame_equal(stored[2][2], stored[None][2], check_exact=True)


def _content_hashes_by_row(values: dict[str, np.ndarray], missing: dict[str, np.ndarray | None]) -> list[str]:
    """The content hash spelled out, one Python string per row: the stored texts of CONTENT_COLUMNS joined by \x1f,
    a missing value as \x00, a number (media_count, deleted) as its decimal text; blake2b of 16 bytes."""
    texts = [list(map(str, values[name].tolist())) if name in ("deleted", "media_count")
             else store_codec._filled(values[name], missing.get(name), "\x00") for name in store_codec.CONTENT_COLUMNS]
    return [hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
            for text in map("\x1f".join, zip(*texts, strict=True))]


_TEXTS = st.one_of(st.none(), st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=12))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.fixed_dictionaries({
    "text": st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=20), "title": _TEXTS,
    "reply_to": _TEXTS, "language": _TEXTS, "content_warning": _TEXTS, "media_count": st.integers(0, 10**6),
    "deleted": st.booleans(), "visibility": st.sampled_from(["public", "direct"]),
    "hashtags": st.lists(st.text(max_size=5), max_size=3), "edited_at": st.sampled_from([None, "2024-05-01T00:00Z"]),
}), min_size=1, max_size=8), st.integers(0, 3))
def test_content_hashes_are_those_of_the_row_by_row_reference(rows: list[dict], start: int) -> None:
    # the Arrow join must hash the very bytes the reference joins, for any text, missing value and frame slice
    frame = to_frame([_row(n, **fields) for n, fields in enumerate(rows)]).iloc[min(start, len(rows) - 1):]
    values = {name: store_codec._values(frame[name], name) for name in COLUMNS}
    missing = {name: store_codec._missing(frame[name]) for name in COLUMNS}
    assert store_codec.content_hashes(frame, values) == _content_hashes_by_row(values, missing)
    plain = frame.astype({name: object for name in ("text", "title")})  # a frame without Arrow strings
    assert store_codec.content_hashes(plain, values) == _content_hashes_by_row(values, missing)
