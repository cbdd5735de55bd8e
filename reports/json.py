"""The JSON export: the flags with their posts' fields, the skipped entries and the run's counts."""

from __future__ import annotations

import json
import os
from pathlib import Path

import auditor
from auditor.audit import Audit
from reports import rows, values
from reports.files import private_file

SCHEMA = 1  # bump when a field is renamed or removed, so readers can tell


def render(audit: Audit, path: str | os.PathLike) -> Path:
    """Write the flags, skipped entries and counts of `audit` to `path` as JSON, owner-only; return the path."""
    version = audit.ruleset_version
    head = {
        "schema": SCHEMA, "tool_version": auditor.__version__, "ruleset_version": version,
        "generated_at": values.iso(values.when(audit.generated_at)), "sources": list(audit.sources),
        "posts_read": len(audit.posts), "bands": audit.band_counts(),
        "to_review": audit.band_counts(exclude_reviewed=True), "reviewed": int(audit.reviewed().sum()),
        "previous_scan_at": values.iso(values.when(audit.previous_scan_at)) or None,
        "new_posts": int(audit.is_new().sum()) if audit.new_posts is None else int(audit.new_posts),
        "coverage": [values.plain(vars(c)) for c in audit.coverage],
    }
    flags = ({"ruleset_version": version, **record} for record in rows.records(rows.flag_table(audit)))
    tail = {"skipped": rows.skip_records(audit), "notes": list(audit.notes)}
    with private_file(path) as handle:
        handle.write("{\n")
        for key, value in head.items():
            handle.write(f" {_dumps(key)}: {_dumps(value)},\n")
        handle.write(' "flags": [')
        # one flag per line, compact: the C encoder (json.dumps without indent) is ~10x faster than indenting
        for i, flag in enumerate(flags):
            handle.write(("\n  " if i == 0 else ",\n  ") + _dumps(flag))
        handle.write("\n ],\n")
        handle.write(",\n".join(f" {_dumps(key)}: {_dumps(value)}" for key, value in tail.items()))
        handle.write("\n}\n")
    return Path(path)


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
