"""What the store keeps of profiles: the latest profile of each account, replaced whole, in a store of schema v3
(a v2 store is upgraded in place)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from auditor.profiles import stored
from auditor.profiles.table import ProfileField, gather
from auditor.store.database import Store
from auditor.store.schema import MIGRATIONS, schema_version
from connectors.base import ImportLog

EARLY, LATE = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)


def field(account: str, name: str, value: str, read_at: datetime = EARLY, **extra) -> ProfileField:
    return ProfileField("twitter", account, name, value, read_at=read_at, source="profile.js", **extra)


def test_the_latest_profile_of_each_account_replaces_the_last(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite") as store:
        stored.keep(store, [field("me", "bio", "Analyst"), field("me", "website", "https://a.example"),
                            field("you", "bio", "Hello")])
        stored.keep(store, [field("me", "bio", "Director", LATE, when=datetime(2025, 3, 1, tzinfo=UTC))])
        kept = stored.load(store)
    assert [(f.account, f.field, f.value) for f in kept] == [("you", "bio", "Hello"), ("me", "bio", "Director")]
    assert kept[1].read_at == LATE and kept[1].when == datetime(2025, 3, 1, tzinfo=UTC)


def test_a_scan_without_profile_fields_keeps_what_was_there(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite") as store:
        stored.keep(store, [field("me", "bio", "Analyst")])
        stored.keep(store, [])
        assert [f.value for f in stored.load(store)] == ["Analyst"]


def test_a_version_2_store_is_upgraded_and_keeps_its_posts(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Store.open(path, migrations=MIGRATIONS[:2]) as old:
        assert schema_version(old.connection) == 2
    with Store.open(path) as store:
        assert schema_version(store.connection) == len(MIGRATIONS) == 3
        stored.keep(store, [field("me", "bio", "Analyst")])
        assert len(stored.load(store)) == 1


def test_gather_reads_each_import_logs_profile_with_the_time_it_was_read() -> None:
    log = ImportLog(source="x.zip", platform="twitter")
    log.profile.add("me", "bio", "  Analyst  ", source="x.zip/profile.js")
    log.profile.found("x.zip/profile.js", ["bio"])
    empty = ImportLog(source="r.zip", platform="reddit")
    empty.profile.none("r.zip", "no profile")
    table = gather([log, empty], read_at=LATE)
    assert table.fields == [ProfileField("twitter", "me", "bio", "Analyst", source="x.zip/profile.js", read_at=LATE)]
    assert [(s.source, s.has_data) for s in table.sources] == [("x.zip", True), ("r.zip", False)]
