"""The JSON export: the flags with their posts' fields, the skipped entries, the duplicates merged and the run's
counts (per platform in `coverage`, per file read in `files`).

Both languages, whatever the report's: each flag's `explanation`, `guidance_url` and `guidance_title` are English
(as they always were) and `explanation_fr`, `guidance_url_fr` and `guidance_title_fr` French; each adjustment and
factor has `reason` and `reason_fr`; a role change's lines are `because` and `because_fr`; a skipped entry's
`reason_fr` and the list `notes_fr` are the French of the importers' messages (null, or the English, where none)."""

from __future__ import annotations

import json
import os
from json.encoder import encode_basestring
from pathlib import Path

import pandas as pd
import pyarrow as pa

import auditor
from auditor.core import gcpause
from auditor.core.audit import Audit
from auditor.core.counts import counts
from auditor.i18n.messages import say, translate
from reports import profiles, rows, values
from reports.files import private_file

SCHEMA = 1  # bump when a field is renamed or removed, so readers can tell


def render(audit: Audit, path: str | os.PathLike) -> Path:
    """Write the flags, skipped entries and counts of `audit` to `path` as JSON, owner-only; return the path."""
    version = audit.ruleset_version
    numbers = counts(audit)
    head = {
        "schema": SCHEMA, "tool_version": auditor.__version__, "ruleset_version": version,
        "generated_at": values.iso(values.when(audit.generated_at)), "sources": list(audit.sources),
        "posts_read": numbers.posts, "bands": audit.band_counts(),
        "to_review": audit.band_counts(exclude_reviewed=True), "reviewed": numbers.decided + numbers.dismissed,
        "previous_scan_at": values.iso(values.when(audit.previous_scan_at)) or None,
        "new_posts": numbers.new or 0,
        "counts": numbers.as_dict(),  # every number the terminal and the report show (auditor.core.counts)
        "coverage": [values.plain(vars(c)) for c in audit.coverage],
        "languages": audit.languages(),
        "files": rows.file_records(audit),
    }
    tail = {"skipped": _skips(audit), "merged": rows.merge_records(audit), "notes": list(audit.notes),
            "notes_fr": [say(note, "fr") for note in audit.notes]}
    if audit.profiles is not None:
        tail["profiles"] = profiles.records(audit)
    if audit.role_change is not None:
        tail["role_change"] = {"rises": [vars(c) for c in audit.role_change.rises],
                               "drops": [vars(c) for c in audit.role_change.drops],
                               "profile_next": audit.role_change.profile_next}
    # hundreds of thousands of cells, none of them cyclic: no collection while they are made
    with private_file(path) as handle, gcpause.paused():
        handle.write("{\n")
        for key, value in head.items():
            handle.write(f" {_dumps(key)}: {_dumps(value)},\n")
        handle.write(' "flags": [')
        # one flag per line, unindented: the C encoder (json.dumps without indent) is ~10x faster than indenting;
        # _LINES flags at a time, joined, encoded and written (every flag's line at once, or the whole joined table,
        # would be held beside the audit)
        lead = "\n  "
        for piece in rows.flag_pieces(audit, french=True, size=_LINES):
            handle.write(lead + ",\n  ".join(flag_lines(piece, version)))
            lead = ",\n  "
        handle.write("\n ],\n")
        handle.write(",\n".join(f" {_dumps(key)}: {_dumps(value)}" for key, value in tail.items()))
        handle.write("\n}\n")
    return Path(path)


_LINES = 5_000  # a piece's rows and cells are what the writer holds; smaller pieces cost no time at 100k posts


def _skips(audit: Audit) -> list[dict]:
    """The skipped entries, each reason in English and, where the importer's message has a French template, in
    French (`reason_fr`, else null)."""
    return [record | {"reason_fr": translate(record["reason"], "fr")} for record in rows.skip_records(audit)]


def flag_lines(table: pd.DataFrame, version: object) -> list[str]:
    """Each flag as `_dumps({"ruleset_version": version, **record})` writes it (records: rows.records), built a
    column at a time: each column's values encoded, then one %-template per line."""
    keys = ["ruleset_version", *table.columns]
    template = "{" + ", ".join(_dumps(str(key)).replace("%", "%%") + ": %s" for key in keys) + "}"
    columns = [[_dumps(version)] * len(table), *(texts(table[name]) for name in table.columns)]
    return [template % row for row in zip(*columns, strict=True)]


def texts(column: pd.Series) -> list[str]:
    """`_dumps(v)` of each value of `rows.plain_column(column)`, with fast paths for the common types."""
    if isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow":
        return rows.per_distinct(column, _strings, "null")
    if column.dtype == object:
        seen: dict[int, str] = {}  # a post's lists are one object in each of its flags' rows (held by the column)
        out = []
        for value in column:
            text = seen.get(id(value))
            if text is None:
                text = seen[id(value)] = _encode(value) if type(value) is list and rows.is_plain(value) \
                    else _dumps(values.plain(value))
            out.append(text)
        return out
    return [_text(value) for value in rows.plain_column(column)]


def _strings(text: pa.Array) -> list[str]:
    """`_dumps` of each string (no NA)."""
    return [encode_basestring(value) for value in text.to_pylist()]


def _text(value: object) -> str:
    """`_dumps(value)` of one JSON-ready value, without json.dumps's cost per call for the common types."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    if kind is float and value - value == 0:  # finite: json writes float.__repr__ (NaN, Infinity are not)
        return float.__repr__(value)
    return _dumps(value)


_encode = rows.encoder(", ", ": ")  # json.dumps's default separators


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
