"""The CSV export: one row per flag with its post's fields, then one row per profile flag (`record` is
`profile_flag`: see reports/profiles.py), then one row per skipped entry."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from itertools import repeat
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from auditor.core import gcpause
from auditor.core.audit import Audit
from auditor.core.safe_text import FORMULA_START
from reports import profiles, rows, values
from reports.files import private_file

HEADER = ("record", "ruleset_version", *rows.FLAG_FIELDS, *rows.POST_FIELDS,
          *(f"skip_{name}" for name in rows.SKIP_FIELDS))
# A spreadsheet runs a cell starting with one of these as a formula: post text is hostile input (CSV injection).
_FORMULA = FORMULA_START
_FORMULA_AT_START = "^[" + re.escape("".join(FORMULA_START)) + "]"
# what makes csv.writer (excel dialect, QUOTE_MINIMAL) quote a cell: the delimiter, the quote, a line break
_SPECIAL = '[,"\r\n]'
_special = re.compile(_SPECIAL).search


def render(audit: Audit, path: str | os.PathLike, lang: str = "en") -> Path:
    """Write every flag (with its post) and every skipped entry to `path` as CSV, owner-only; return the path.
    What a person reads (explanations, guidance, reasons) is in `lang`; the header and the codes (bands,
    categories, rule ids) are the same in both languages, for the programs that read the file."""
    version = audit.ruleset_version
    # hundreds of thousands of cells, none of them cyclic: no collection while they are made
    with private_file(path, newline="") as handle, gcpause.paused():
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        first = _row(["flag", version])
        # _LINES flags at a time, joined and written, so that only one piece's rows and cells are held (all the
        # cells at once, a million-post audit's CSV took 3 GB; the whole joined table, 0.4 GB): each column's cells
        # as the csv module writes them, then one line per flag (its first two cells and the empty skip fields
        # around them)
        for piece in rows.flag_pieces(audit, lang, size=_LINES):
            columns = [[first] * len(piece),
                       *(fields(piece[name]) if name in piece.columns else [""] * len(piece)
                         for name in (*rows.FLAG_FIELDS, *rows.POST_FIELDS)),
                       *([""] * len(piece) for _ in rows.SKIP_FIELDS)]
            handle.write(lines(columns))
        blank_skip = [""] * len(rows.SKIP_FIELDS)
        for row in profiles.csv_rows(audit, lang):  # after the post flags: one row per profile flag, marked as such
            writer.writerow([profiles.CSV_RECORD, f"profiles-{audit.profiles.version}",
                             *(cell(values.plain(row.get(name))) for name in (*rows.FLAG_FIELDS, *rows.POST_FIELDS)),
                             *blank_skip])
        blank_flag = [""] * (len(rows.FLAG_FIELDS) + len(rows.POST_FIELDS))
        for skip in rows.skip_records(audit, lang):
            writer.writerow(["skipped", version, *blank_flag, *(cell(skip[name]) for name in rows.SKIP_FIELDS)])
    return Path(path)


_LINES = 5_000  # a piece's rows and cells are what the writer holds; smaller pieces cost no time at 100k posts


def lines(columns: list[list[str]]) -> str:
    """The rows of `columns` (each column's cells as written, all of one length) as CSV lines, each ended by CRLF.

    A run of columns with one value in every row (the record kind and version, the empty skip fields, a first
    audit's empty review fields, a piece's one platform) is joined once, not in every row: fewer cells to join."""
    if not columns or not columns[0]:
        return "\r\n".join(map(",".join, zip(*columns, strict=True))) + "\r\n"
    height = len(columns[0])
    if any(len(column) != height for column in columns):
        raise ValueError("columns of different lengths")
    merged: list[list[str] | str] = []  # a str: a run of columns with one value, joined
    for column in columns:
        if column.count(column[0]) == len(column):
            if merged and type(merged[-1]) is str:
                merged[-1] += "," + column[0]
            else:
                merged.append(column[0])
        else:
            merged.append(column)
    if len(merged) == 1 and type(merged[0]) is str:  # every row the same
        return (merged[0] + "\r\n") * height
    start = merged.pop(0) + "," if type(merged[0]) is str else ""
    end = "," + merged.pop() if type(merged[-1]) is str else ""
    cells = (repeat(column) if type(column) is str else column for column in merged)  # zip ends with the lists
    out = list(map(",".join, zip(*cells, strict=False)))
    # the first line's start and the last one's end added to them, not to the joined text: no copy of megabytes
    out[0] = start + out[0]
    out[-1] += end + "\r\n"
    return (end + "\r\n" + start).join(out)


def _row(cells: list[object]) -> str:
    """One row as csv.writer writes it, without its line end."""
    line = io.StringIO()
    csv.writer(line).writerow(cells)
    return line.getvalue().removesuffix("\r\n")


def fields(column: pd.Series) -> list[str]:
    """Each cell of a column as csv.writer (excel dialect) writes it: `cells`, then quoted where it must be."""
    if isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow":
        return rows.per_distinct(column, _arrow_fields, "")
    if isinstance(column.dtype, pd.CategoricalDtype) and column.cat.categories.dtype == "str":
        return rows.per_distinct(column.astype(column.cat.categories.dtype), _arrow_fields, "")
    if isinstance(column.dtype, np.dtype) and column.dtype.kind == "i":
        return list(map(str, column.tolist()))
    if isinstance(column.dtype, np.dtype) and column.dtype.kind == "f":
        return ["" if value != value else repr(value) for value in column.tolist()]  # NaN: an empty cell
    if column.dtype == object:
        return _object_fields(column)
    return _quoted(cells(column))


def _object_fields(column: pd.Series) -> list[str]:
    """`fields` of an object column, each distinct object converted once: a post's categories and factors are
    the same list object in each of its flags' rows (the column holds them all, so their ids stay theirs). An empty
    list (most flags' adjustments and factors) is "[]", and a list of strings (categories) is converted once per
    distinct content: a million-post audit has a few dozen of each."""
    by_id: dict[int, str] = {}
    by_strings: dict[tuple[str, ...], str] = {}
    out = []
    append = out.append
    for value in column:
        if type(value) is list:
            if not value:
                append("[]")
                continue
            # evidence and adjustments (lists of dicts) are converted once per list object, below
            if type(value[0]) is not dict and all(type(item) is str for item in value):
                key = tuple(value)
                text = by_strings.get(key)
                if text is None:
                    text = by_strings[key] = _field(value)
                append(text)
                continue
        text = by_id.get(id(value))
        if text is None:
            text = by_id[id(value)] = _field(value)
        append(text)
    return out


def _field(value: object) -> str:
    """One value's `fields` cell: `cell(values.plain(value))`, quoted as csv.writer does."""
    if type(value) is list and rows.is_plain(value):  # already JSON-ready: skip values.plain's copy
        text = _encode(value)
        if text.startswith(_FORMULA):
            text = "'" + text
        return f'"{text.replace(chr(34), chr(34) * 2)}"' if _special(text) else text
    return _quoted([cell(values.plain(value))])[0]


def _arrow_fields(text: pa.Array) -> list[str]:
    """`fields` of strings (no NA), vectorised: the formula quote, then the CSV quotes."""
    def literal(value: str) -> pa.Scalar:
        return pa.scalar(value, type=text.type)  # string or large_string, as the column is

    text = pc.if_else(pc.match_substring_regex(text, _FORMULA_AT_START),
                      pc.binary_join_element_wise(literal("'"), text, literal("")), text)
    quoted = pc.binary_join_element_wise(literal('"'), pc.replace_substring(text, '"', '""'), literal('"'),
                                         literal(""))
    text = pc.if_else(pc.match_substring_regex(text, _SPECIAL), quoted, text)
    return text.to_pylist()


def _quoted(values: list[str | int | float]) -> list[str]:
    """Cells as text the way csv.writer (QUOTE_MINIMAL) writes them: floats by repr, the rest by str, in quotes
    (inner quotes doubled) when they hold a comma, a quote or a line break."""
    out = []
    for value in values:
        text = value if type(value) is str else repr(value) if isinstance(value, float) else str(value)
        out.append(f'"{text.replace(chr(34), chr(34) * 2)}"' if _special(text) else text)
    return out


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
        elif kind is list and rows.is_plain(value):  # already JSON-ready: skip values.plain's copy
            text = _encode(value)
            append("'" + text if text.startswith(_FORMULA) else text)
        else:
            append(cell(values.plain(value)))
    return out


_encode = rows.encoder(",", ":")  # compact, one C encoder for every cell


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
