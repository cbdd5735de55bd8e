"""Every connector against arbitrary exports: only the tool's own errors escape, rows are canonical, none lost.

For each connector in `connectors.REGISTRY` and each level of damage (see tests/property/exports.py): `find()` must
not raise on any content, `read()` may raise only an `AuditorError` (an unreadable file), every row it yields must have
canonical keys and types, `auditor.core.frame.to_frame` must accept the rows, and where the records are countable each
must become one row or one counted skip.
"""

from __future__ import annotations

import io
import posixpath
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.core.errors import AuditorError
from auditor.core.frame import (
    COLUMNS,
    COUNT_COLUMNS,
    KINDS,
    LIST_COLUMNS,
    PLATFORMS,
    STRING_COLUMNS,
    to_frame,
    validate,
)
from auditor.core.records import FileCount
from auditor.pipeline.sources import open_source
from connectors import REGISTRY, connector
from connectors.archive import Limits, ZipArchive
from connectors.base import ImportLog, file_of, from_iso
from tests.property.conftest import PROPERTY
from tests.property.exports import EXPORTS, LEVELS, Export

INT64 = 2**63
VISIBILITIES = ("public", "unlisted", "followers", "direct", "unknown")


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _time_ok(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, datetime):
        return value.tzinfo is not None and value.utcoffset() is not None
    return (
        isinstance(value, str)
        and from_iso(value).tzinfo is not None
        and ("+" in value[10:] or "-" in value[10:] or value.endswith("Z"))
    )


def check_row(row: dict, platform: str) -> None:
    """Canonical keys only, each with the type the frame expects (DESIGN §4, the connector contract)."""
    assert set(row) <= set(COLUMNS), f"unknown keys {set(row) - set(COLUMNS)}"
    assert isinstance(row.get("post_id"), str) and row["post_id"], row.get("post_id")
    assert row["platform"] == platform and platform in PLATFORMS
    assert row.get("kind") in KINDS, row.get("kind")
    assert row.get("visibility", "unknown") in VISIBILITIES, row.get("visibility")
    for name in STRING_COLUMNS:
        assert row.get(name) is None or isinstance(row[name], str), f"{name}={row[name]!r}"
    for name in LIST_COLUMNS:
        value = row.get(name)
        assert value is None or (isinstance(value, list) and all(isinstance(v, str) for v in value)), (
            f"{name}={value!r}"
        )
    for name in COUNT_COLUMNS:
        value = row.get(name)
        assert value is None or (type(value) is int and 0 <= value < INT64), f"{name}={value!r}"
    assert type(row.get("media_count", 0)) is int and 0 <= row.get("media_count", 0) < 2**31, row.get("media_count")
    assert type(row.get("deleted", False)) is bool
    for name in ("created_at", "edited_at"):
        assert _time_ok(row.get(name)), f"{name}={row.get(name)!r}"


def read_all(name: str, export: Export) -> tuple[list[dict], ImportLog, bool, list[str]]:
    """find() then read() every root (the natural root when find declines), as the CLI would; rows are checked."""
    module = connector(name)
    archive = ZipArchive(io.BytesIO(_zip(export.files)), "export.zip", Limits())
    roots = module.find(archive)
    assert isinstance(roots, list) and all(isinstance(r, str) for r in roots)
    log = ImportLog(source="export.zip", platform=module.PLATFORM)
    rows: list[dict] = []
    refused = False
    roots = roots or [EXPORTS[name][1]]
    for root in roots:
        try:
            for row in module.read(archive, root, log):
                check_row(row, module.PLATFORM)
                rows.append(row)
        except AuditorError:  # an unreadable file: the one failure a connector may raise
            refused = True
    frame = to_frame(rows)
    validate(frame)
    assert len(frame) == len({r["post_id"] for r in rows})
    return rows, log, refused, roots


def check_counted(rows: list[dict], log: ImportLog, counted: dict[str, int], roots: list[str]) -> None:
    """Each countable record became one row, one skip or one merge: none dropped silently, none doubled. The log's
    accounting of the file (`ImportLog.files`) says so too: the connector read as many records as the export holds
    (besides any damage it could not read as a record), and they add up (rows here are counted before the frame
    merges any: auditor.pipeline.accounting counts those)."""
    for path, expected in counted.items():
        if not any(root in ("", path) or path.startswith(root + "/") for root in roots):
            continue  # find() placed the export elsewhere (this file did not look like one): it is not read
        file = posixpath.basename(path)
        made = sum(1 for r in rows if file_of(r.get("source") or "") == file)
        count = log.files.get(file, FileCount(file))
        read = count.records - count.unread
        assert (read, made + count.skipped - count.unread + count.merged) == (expected, expected), (
            f"{path}: {read} records read, {made} rows + {count.skipped - count.unread} skips + {count.merged} "
            f"merged for {expected}: {count} {log.skipped}"
        )


def test_every_registered_connector_has_export_strategies() -> None:
    assert set(EXPORTS) == set(REGISTRY)


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("name", list(REGISTRY))
@PROPERTY
@given(data=st.data())
def test_arbitrary_export_reads_cleanly(name: str, level: str, data: st.DataObject) -> None:
    export = data.draw(EXPORTS[name][0](level), label="export")
    rows, log, refused, roots = read_all(name, export)
    if not refused and level != "bytes":
        check_counted(rows, log, export.counted, roots)


@PROPERTY
@given(
    st.lists(st.sampled_from(sorted(REGISTRY)), min_size=1, max_size=3, unique=True).flatmap(
        lambda names: st.tuples(st.just(names), st.tuples(*(EXPORTS[n][0]("records") for n in names)))
    ),
    st.booleans(),
)
def test_open_source_reads_a_folder_or_zip_of_exports_like_the_cli(chosen, zipped: bool) -> None:
    names, exports = chosen
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "export"
        for name, export in zip(names, exports, strict=True):
            for path, data in export.files.items():
                target = folder / name / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        source = folder
        if zipped:
            source = Path(tmp) / "export.zip"
            source.write_bytes(
                _zip(
                    {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
                )
            )
        try:
            imports = open_source(str(source))
        except AuditorError:  # nothing recognisable in the damaged files: one clear error, as the CLI shows it
            return
        rows = []
        for imp in imports:
            try:
                for row in imp.rows():
                    check_row(row, imp.connector.PLATFORM)
                    rows.append(row)
            except AuditorError:
                continue
        validate(to_frame(rows))
        for imp in imports:
            imp.archive.close()


# Found by the property tests: jsonstream let json's ValueError for an integer past Python's 4300-digit limit escape
# every streamed connector (fixed in connectors/jsonstream.py by its owner); now one counted skip.
@pytest.mark.parametrize(
    ("name", "files"),
    [
        ("twitter", {"data/tweets.js": b"window.YTD.tweets.part0 = [" + b"1" * 5000 + b"]"}),
        ("twitter_legacy", {"data/js/tweets/2014_06.js": b"Grailbird.data.tweets_2014_06 = [" + b"1" * 5000 + b"]"}),
        ("mastodon", {"outbox.json": b'{"type": "OrderedCollection", "orderedItems": [' + b"1" * 5000 + b"]}"}),
    ],
)
def test_a_number_past_4300_digits_is_a_skip(name: str, files: dict[str, bytes]) -> None:
    rows, log, _, _ = read_all(name, Export(files))
    assert rows == [] and len(log.skipped) == 1
