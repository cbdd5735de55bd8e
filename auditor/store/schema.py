"""The store's SQLite schema: numbered migrations, and the checks that a file is our store at a version we know.

A store file is marked with `PRAGMA application_id` (so another program's database is refused) and carries its
schema version in `PRAGMA user_version`. Migration N turns version N-1 into N; each runs in the transaction that
also bumps `user_version`, so a crash mid-migration leaves the previous version intact.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from auditor.core.errors import StoreError

#: "AUDT": marks a SQLite file as an auditor store
APPLICATION_ID = 0x41554454

# Every canonical column is stored as it is in the frame: text, lists as JSON, times as fixed-width ISO UTC
# (so that string order is time order), counts as integers. The extra columns serve "new or changed since the
# last audit": `content_hash` of what the post says, `first_seen_scan`, and `changed_scan` (NULL while a scan
# that has not been recorded yet is importing or changing the post; `record_scan` fills both in). No index beyond
# the primary key: each one slowed a million-post import by seconds, and reads scan the whole table anyway.
_V1 = """
CREATE TABLE posts (
    post_id TEXT NOT NULL PRIMARY KEY,
    platform TEXT NOT NULL,
    account TEXT,
    kind TEXT NOT NULL,
    created_at TEXT,
    text TEXT,
    title TEXT,
    url TEXT,
    visibility TEXT NOT NULL,
    reply_to TEXT,
    quoted TEXT,
    links TEXT NOT NULL,
    mentions TEXT NOT NULL,
    hashtags TEXT NOT NULL,
    media_count INTEGER NOT NULL,
    media_alt TEXT,
    likes INTEGER,
    reposts INTEGER,
    replies INTEGER,
    language TEXT,
    content_warning TEXT,
    source TEXT,
    deleted INTEGER NOT NULL,
    edited_at TEXT,
    content_hash TEXT NOT NULL,
    first_seen_scan INTEGER REFERENCES scans(scan_id),
    changed_scan INTEGER REFERENCES scans(scan_id)
);

CREATE TABLE sync_state (
    source_key TEXT NOT NULL PRIMARY KEY,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE scans (
    scan_id INTEGER PRIMARY KEY AUTOINCREMENT,
    recorded_at TEXT NOT NULL,
    sources TEXT NOT NULL,
    ruleset_version TEXT NOT NULL,
    counts TEXT NOT NULL
);
"""

# Decisions on flags (auditor.review.decisions), the rule digests each rule-set version had (so a decisions file from an
# older report can be tied to the rule definitions it was made under), and the backup of every post the tool
# deleted on a platform (auditor.review.mastodon_delete), written before the deletion.
_V2 = """
CREATE TABLE decisions (
    flag_id TEXT NOT NULL PRIMARY KEY,
    post_id TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('keep', 'delete', 'edit', 'not_a_problem')),
    note TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL,
    ruleset_version TEXT NOT NULL,
    rule_digest TEXT
);

CREATE TABLE rule_digests (
    ruleset_version TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    PRIMARY KEY (ruleset_version, rule_id)
);

CREATE TABLE removed_posts (
    post_id TEXT NOT NULL PRIMARY KEY,
    platform_id TEXT NOT NULL,
    post TEXT NOT NULL,
    status TEXT,
    backed_up_at TEXT NOT NULL,
    deleted_at TEXT
);
"""

# The latest profile read of each account (auditor.profiles.stored): its fields in the order read, replaced whole
# when a scan reads that account's profile again, so the report shows every account imported so far, as last seen.
_V3 = """
CREATE TABLE profile_fields (
    platform TEXT NOT NULL,
    account TEXT NOT NULL,
    position INTEGER NOT NULL,
    field TEXT NOT NULL,
    label TEXT NOT NULL,
    value TEXT NOT NULL,
    at TEXT,
    source TEXT NOT NULL,
    read_at TEXT NOT NULL,
    PRIMARY KEY (platform, account, position)
);
"""

#: migrations[i] brings a store from version i to version i + 1; append, never edit a released one
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version written in the file (0 for a new, empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_ours(conn: sqlite3.Connection, path: Path, migrations: tuple[str, ...]) -> int:
    """The file's schema version, or a `StoreError` when it is another program's database or newer than we know."""
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = conn.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: is not an auditor store ({exc}); choose another file with --store") from None
    version = schema_version(conn)
    if app_id != APPLICATION_ID and (app_id or tables or version):
        raise StoreError(f"{path}: is not an auditor store (another program's database); choose another --store")
    if version > len(migrations):
        raise StoreError(f"{path}: was written by a newer auditor (store schema v{version}, this one knows up to "
                         f"v{len(migrations)}); upgrade auditor or choose another --store")
    return version


def migrate(conn: sqlite3.Connection, path: Path, migrations: tuple[str, ...] = MIGRATIONS) -> int:
    """Bring the store up to the newest version, one migration per transaction; returns the version reached."""
    version = check_ours(conn, path, migrations)
    for number in range(version + 1, len(migrations) + 1):
        try:
            # executescript commits first; BEGIN inside the script makes the step and its version bump one unit
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{migrations[number - 1]}\n"
                f"PRAGMA application_id = {APPLICATION_ID};\nPRAGMA user_version = {number};\nCOMMIT;"
            )
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"{path}: could not upgrade the store to schema v{number} ({exc})") from None
    return len(migrations)
