"""The CSV export: one row per flag with its post's fields, then one row per skipped entry."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from auditor.audit import Audit
from reports import rows
from reports.files import private_file

HEADER = ("record", "ruleset_version", *rows.FLAG_FIELDS, *rows.POST_FIELDS,
          *(f"skip_{name}" for name in rows.SKIP_FIELDS))
# A spreadsheet runs a cell starting with one of these as a formula: post text is hostile input (CSV injection).
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def render(audit: Audit, path: str | os.PathLike) -> Path:
    """Write every flag (with its post) and every skipped entry to `path` as CSV, owner-only; return the path."""
    version = audit.ruleset_version
    with private_file(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        blank_skip = [""] * len(rows.SKIP_FIELDS)
        for record in rows.records(rows.flag_table(audit)):
            fields = [cell(record.get(name)) for name in (*rows.FLAG_FIELDS, *rows.POST_FIELDS)]
            writer.writerow(["flag", version, *fields, *blank_skip])
        blank_flag = [""] * (len(rows.FLAG_FIELDS) + len(rows.POST_FIELDS))
        for skip in rows.skip_records(audit):
            writer.writerow(["skipped", version, *blank_flag, *(cell(skip[name]) for name in rows.SKIP_FIELDS)])
    return Path(path)


def cell(value: object) -> str | int | float:
    """A value as a spreadsheet-safe cell: lists and dicts as compact JSON, text that could be a formula quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "'" + text if text.startswith(_FORMULA) else text
