"""The CSV export: one row per flag with its post's fields, then one row per skipped entry."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pandas as pd

from auditor.audit import Audit
from reports import rows, values
from reports.files import private_file

HEADER = ("record", "ruleset_version", *rows.FLAG_FIELDS, *rows.POST_FIELDS,
          *(f"skip_{name}" for name in rows.SKIP_FIELDS))
# A spreadsheet runs a cell starting with one of these as a formula: post text is hostile input (CSV injection).
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def render(audit: Audit, path: str | os.PathLike) -> Path:
    """Write every flag (with its post) and every skipped entry to `path` as CSV, owner-only; return the path."""
    from auditor.scoring import gcpause  # here: the scorer is loaded by then, a report alone stays light

    version = audit.ruleset_version
    with gcpause.paused():  # hundreds of thousands of cells, none of them cyclic
        table = rows.flag_table(audit)
        # a column at a time: one list of cells per field, then one C writerows
        columns = [cells(table[name]) if name in table.columns else [""] * len(table)
                   for name in (*rows.FLAG_FIELDS, *rows.POST_FIELDS)]
    blank_skip = [""] * len(rows.SKIP_FIELDS)
    with private_file(path, newline="") as handle, gcpause.paused():
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(["flag", version, *fields, *blank_skip] for fields in zip(*columns, strict=True))
        blank_flag = [""] * (len(rows.FLAG_FIELDS) + len(rows.POST_FIELDS))
        for skip in rows.skip_records(audit):
            writer.writerow(["skipped", version, *blank_flag, *(cell(skip[name]) for name in rows.SKIP_FIELDS)])
    return Path(path)


def cells(column: pd.Series) -> list[str | int | float]:
    """`cell(v)` of each JSON-ready value of a column (rows.plain_column), with fast paths for the common types."""
    out: list[str | int | float] = []
    append = out.append
    for value in rows.plain_column(column) if column.dtype != object else column:
        kind = type(value)
        if kind is str:
            append("'" + value if value.startswith(_FORMULA) else value)
        elif kind is int:
            append(value)
        elif value is None:
            append("")
        elif kind is list and _is_plain(value):  # already JSON-ready: skip values.plain's copy
            text = _encode(value)
            append("'" + text if text.startswith(_FORMULA) else text)
        else:
            append(cell(values.plain(value)))
    return out


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder, not one per cell
_SCALARS = frozenset({str, int, type(None)})


def _is_plain(items: list) -> bool:
    """True for a list of strings, ints and dicts of them with string keys: what values.plain returns unchanged."""
    for item in items:
        kind = type(item)
        if kind is dict:
            for key, value in item.items():
                if type(key) is not str or type(value) not in _SCALARS:
                    return False
        elif kind not in _SCALARS:
            return False
    return True


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
