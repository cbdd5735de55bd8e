"""The local store (DESIGN §2): one owner-only SQLite file with every imported post, sync state and scans.

Posts are upserted by `post_id`, so a re-import never duplicates; every write runs in one transaction, so a run
that is interrupted leaves the store as it was before that write.
"""

from __future__ import annotations

import json
import operator
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import platformdirs

from auditor.core import gcpause, memory
from auditor.core.errors import StoreError
from auditor.core.frame import COLUMNS, validate
from auditor.store import codec as store_codec
from auditor.store.schema import MIGRATIONS, check_ours, migrate

_STORED = (*COLUMNS, "content_hash")
_COLS = ", ".join(_STORED)
# posts none of which the store holds, each once: no conflict to look for (measured: 10% less time in SQLite)
_INSERT = f"INSERT INTO posts ({_COLS}) VALUES ({', '.join(store_codec.PLACEHOLDERS.get(c, '?') for c in _STORED)})"
# Rows whose stored values all match are left alone, so a re-import of a big archive rewrites nothing.
_UPSERT = f"""
{_INSERT}
ON CONFLICT(post_id) DO UPDATE SET {", ".join(f"{c} = excluded.{c}" for c in _STORED[1:])},
    changed_scan = CASE WHEN posts.content_hash = excluded.content_hash THEN posts.changed_scan ELSE NULL END
WHERE posts.content_hash != excluded.content_hash OR posts.likes IS NOT excluded.likes
    OR posts.reposts IS NOT excluded.reposts OR posts.replies IS NOT excluded.replies
    OR posts.source IS NOT excluded.source
"""
_LOOKUP_CHUNK = 5000
#: rows encoded for SQLite at a time by `upsert`
ENCODE_ROWS = 50_000
# what is compared to decide that a stored row is already up to date (content hash first), read back in the form
# `store_codec.encode` sends it
_CURRENT = ("content_hash", "likes", "reposts", "replies", "source")
_CURRENT_SQL = ", ".join(map(store_codec.stored_value, _CURRENT))
_current = operator.itemgetter(*(_STORED.index(c) for c in _CURRENT))


def _rows(columns: list[list], known: dict[str, tuple]) -> Iterator[tuple]:
    """The rows to send SQLite (module-level so that tests can watch them go by): all of them, or when some are
    stored, only those not stored as they are (a re-imported archive is mostly rows already stored)."""
    rows = zip(*columns, strict=True)
    return (r for r in rows if known.get(r[0]) != _current(r)) if known else rows


def default_store_path() -> Path:
    """Where the store lives unless --store says otherwise: the user's data directory."""
    return Path(platformdirs.user_data_dir("auditor", appauthor=False)) / "auditor.sqlite"


@dataclass(frozen=True)
class UpsertCounts:
    """What one upsert did: posts never seen, posts whose content changed, posts that were already there as-is."""

    new: int
    changed: int
    unchanged: int


@dataclass(frozen=True)
class ScanRecord:
    """One recorded `auditor scan`: when, which sources, which rule-set version, and its counts."""

    scan_id: int
    recorded_at: datetime
    sources: tuple[str, ...]
    ruleset_version: str
    counts: dict


class Store:
    """An open store; use `Store.open(path)`, ideally as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0
        # frames this connection upserted (committed, and in the open transaction), each with whether all its rows
        # were new: `frame()` takes their rows from memory instead of decoding them again, while PRAGMA
        # data_version says no other connection wrote since (posts are written only by `upsert`)
        self._held: list[tuple[pd.DataFrame, bool]] = []
        self._pending: list[tuple[pd.DataFrame, bool]] = []
        self._version = -1

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @classmethod
    def open(cls, path: Path | str, *, migrations: tuple[str, ...] = MIGRATIONS) -> Store:
        """Open (creating owner-only if needed) and migrate the store at `path`."""
        path = Path(path).expanduser()
        _create_owner_only(path)
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from None
        try:
            check_ours(conn, path, migrations)
            conn.execute("PRAGMA page_size = 16384")  # new files only: ~25% faster bulk imports of ~500-byte rows
            conn.execute("PRAGMA journal_mode = WAL")  # readers never block the writer; commits are cheap
            conn.execute("PRAGMA synchronous = NORMAL")  # in WAL mode still consistent after a crash
            # foreign_keys stays off: enforcing posts -> scans cost ~40% of a bulk import, and only record_scan
            # writes scan ids, taking them from the row it has just inserted
            conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: post ids arrive in random key order
            migrate(conn, path, migrations)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(f"{path}: cannot open the store ({exc})") from None
        except StoreError:
            conn.close()
            raise
        return cls(conn, path)

    @property
    def connection(self) -> sqlite3.Connection:
        """The open SQLite connection, for modules that keep their own tables here (decisions, removed posts)."""
        return self._conn

    def close(self) -> None:
        """Close the file; the store stays consistent whatever happened before."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one all-or-nothing unit; nested uses join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write to the store ({exc})") from None
        self._depth = 1
        try:
            yield
            self._conn.execute("COMMIT")
            self._held += self._pending
            self._version = self._data_version()
        except BaseException as exc:
            if self._conn.in_transaction:  # a Ctrl-C that lands just after COMMIT has nothing left to undo
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: cannot write to the store ({exc})") from None
            raise
        finally:
            self._depth = 0
            self._pending = []

    def upsert(self, frame: pd.DataFrame) -> UpsertCounts:
        """Store every row of a canonical frame by `post_id`, in one transaction."""
        validate(frame)
        with gcpause.paused():
            post_ids = frame["post_id"].tolist()
            unique = set(post_ids)
            incoming: dict[str, str] = {}  # the content hash sent for each stored post (the last row wins)
            with self.transaction():
                if self._held and self._data_version() != self._version:
                    self._held = []  # another connection wrote since: the held rows may no longer be what is stored
                known = self._known(unique, post_ids)
                # a first import, or an archive beside others: every row is new, no conflict to look for
                statement = _UPSERT if known or len(unique) < len(frame) else _INSERT
                # encoded ENCODE_ROWS rows at a time, all in this one transaction: every row's Python values at
                # once held ~1.4 KB per post (0.7 GB for a 500,000-post archive)
                for at in range(0, len(frame), ENCODE_ROWS):
                    columns = store_codec.encode(frame.iloc[at:at + ENCODE_ROWS])
                    self._conn.executemany(statement, _rows(columns, known))
                    if known:
                        incoming.update((post_id, digest) for post_id, digest in zip(columns[0], columns[-1],
                                                                                     strict=True) if post_id in known)
                    del columns
                new = len(unique) - len(known)
                # copy-on-write: later edits of `frame` do not reach it
                self._pending.append((frame.copy(deep=False), new == len(frame)))
        changed = sum(1 for post_id, stored in known.items() if incoming[post_id] != stored[0])
        unchanged = len(unique) - new - changed
        del post_ids, unique, incoming
        memory.give_back()  # what encoding freed
        return UpsertCounts(new=new, changed=changed, unchanged=unchanged)

    def _known(self, unique: set[str], post_ids: list[str]) -> dict[str, tuple]:
        """The `_CURRENT` values stored for those of `post_ids` (whose set is `unique`) the store already holds."""
        stored = self.count()
        if not stored or not post_ids:
            return {}
        # ids start with their platform, so another archive's ids lie outside this one's range: a range read of
        # the key index finds which ids are stored, and for a new archive next to others it reads nothing
        bounds = (min(post_ids), max(post_ids))
        in_range = self._conn.execute("SELECT post_id FROM posts WHERE post_id BETWEEN ? AND ?", bounds).fetchall()
        post_ids = list(unique.intersection(map(operator.itemgetter(0), in_range)))
        select = f"SELECT post_id, {_CURRENT_SQL} FROM posts"
        if len(post_ids) * 4 > stored:  # most of the store: one read in key order beats many index look-ups
            wanted = set(post_ids)
            # only the key range when other archives' rows lie outside it (measured re-importing one archive of two
            # 500,000-post ones: 1.4 CPU s, against 2.2 s reading every row)
            rows = self._conn.execute(f"{select} WHERE post_id BETWEEN ? AND ?", bounds) \
                if len(in_range) < stored else self._conn.execute(select)
            return {row[0]: row[1:] for row in rows if row[0] in wanted}
        known: dict[str, tuple] = {}
        for start in range(0, len(post_ids), _LOOKUP_CHUNK):
            chunk = post_ids[start:start + _LOOKUP_CHUNK]
            rows = self._conn.execute(f"{select} WHERE post_id IN ({', '.join('?' * len(chunk))})", chunk)
            known.update((row[0], row[1:]) for row in rows)
        return known

    def frame(self, *, since: object = None, until: object = None, by_time: bool = True) -> pd.DataFrame:
        """Every stored post as a canonical frame; `since` <= created_at < `until` when given.

        Ordered by time (posts with the same time in the order stored), or with `by_time=False` in the order stored
        and to be read only: its columns are then those of the frames the store still holds where it can (their
        lists too), not copies. For a caller that orders the posts itself, that saves a copy of every column
        (measured at a million posts: 0.75 GB, and 2 to 4 s)."""
        held = self._held + self._pending
        if since is None and until is None and held and self._data_version() == self._version:
            frames = [frame for frame, _ in held]
            with gcpause.paused():
                ids = None
                # rows that were all new when stored, as many as the store holds: the store is these rows, in order
                if not all(all_new for _, all_new in held) or self.count() != sum(map(len, frames)):
                    ids = [row[0] for row in self._conn.execute("SELECT post_id FROM posts ORDER BY rowid")]
                frame = store_codec.assemble(frames, ids, self.rows_of, by_time=by_time)
            if frame is not None:
                return frame
        where, params = [], []
        if since is not None:
            where.append("created_at >= ?")
            params.append(store_codec.time_key(since))
        if until is not None:
            where.append("created_at < ?")
            params.append(store_codec.time_key(until))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        with gcpause.paused():
            rows = self._conn.execute(f"SELECT {', '.join(COLUMNS)} FROM posts {clause} ORDER BY rowid", params)
            frame = store_codec.decode(rows.fetchall())
        if not by_time:
            return frame
        # stable, like auditor.core.frame.to_frame: posts with the same time stay in the order they were imported
        return frame.sort_values("created_at", kind="stable", na_position="first").reset_index(drop=True)

    def forget_frames(self) -> None:
        """Let go of the frames kept for `frame()` (it reads the file instead from then on)."""
        self._held, self._pending = [], []

    def rows_of(self, post_ids: list[str]) -> list[tuple]:
        """The stored rows (in `COLUMNS` order) of `post_ids`."""
        rows: list[tuple] = []
        for start in range(0, len(post_ids), _LOOKUP_CHUNK):
            chunk = post_ids[start:start + _LOOKUP_CHUNK]
            rows += self._conn.execute(
                f"SELECT {', '.join(COLUMNS)} FROM posts WHERE post_id IN ({', '.join('?' * len(chunk))})", chunk)
        return rows

    def _data_version(self) -> int:
        # changes only when another connection commits, so "unchanged" means the held rows are still what is stored
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def count(self) -> int:
        """How many posts the store holds."""
        return int(self._conn.execute("SELECT count(*) FROM posts").fetchone()[0])

    def get_state(self, source_key: str) -> dict | None:
        """The sync state saved for a source (e.g. `mastodon:@me@host`), or None before its first run."""
        row = self._conn.execute("SELECT state FROM sync_state WHERE source_key = ?", (source_key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set_state(self, source_key: str, state: dict) -> None:
        """Save a source's sync state (JSON); inside `transaction()` it commits together with the posts."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO sync_state (source_key, state, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(source_key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
                (source_key, json.dumps(state, sort_keys=True), _now()),
            )

    def record_scan(self, sources: list[str], ruleset_version: str, counts: dict) -> int:
        """Record a finished scan; posts it imported or changed are marked with its id. Returns the scan id."""
        with self.transaction():
            cursor = self._conn.execute(
                "INSERT INTO scans (recorded_at, sources, ruleset_version, counts) VALUES (?, ?, ?, ?)",
                (_now(), json.dumps(list(sources)), ruleset_version, json.dumps(counts, sort_keys=True)),
            )
            scan_id = int(cursor.lastrowid)
            self._conn.execute(
                "UPDATE posts SET first_seen_scan = coalesce(first_seen_scan, ?), changed_scan = ? "
                "WHERE changed_scan IS NULL", (scan_id, scan_id))
        return scan_id

    def scans(self) -> list[ScanRecord]:
        """Every recorded scan, oldest first."""
        rows = self._conn.execute(
            "SELECT scan_id, recorded_at, sources, ruleset_version, counts FROM scans ORDER BY scan_id")
        return [ScanRecord(scan_id=r[0], recorded_at=datetime.fromisoformat(r[1]), sources=tuple(json.loads(r[2])),
                           ruleset_version=r[3], counts=json.loads(r[4])) for r in rows]

    def post_scans(self, post_id: str) -> tuple[int | None, int | None]:
        """(first_seen_scan, changed_scan) of one post: which scan first imported it and which last changed it."""
        row = self._conn.execute(
            "SELECT first_seen_scan, changed_scan FROM posts WHERE post_id = ?", (post_id,)).fetchone()
        return (row[0], row[1]) if row else (None, None)


def _create_owner_only(path: Path) -> None:
    """Create the folder (0700) and file (0600) before SQLite does, so the posts are never readable by others.

    A symbolic link is followed to the file it names (a store kept on another volume): a dangling one gets its target
    created owner-only here, which SQLite would otherwise create with the umask's mode."""
    target = Path(os.path.realpath(path))
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        os.close(fd)
    except FileExistsError:
        if target.is_file() and target.stat().st_mode & 0o077:
            target.chmod(0o600)  # an older copy or a restore may have loosened it; the posts are private
    except OSError as exc:
        raise StoreError(f"{path}: cannot create the store ({exc.strerror})") from None


def _now() -> str:
    return datetime.now(UTC).isoformat()
