"""CSV read one bounded record at a time: an overlong or broken record is one counted skip, never the whole file.

Python's csv module aborts a file at the first field over its limit (`_csv.Error: field larger than field
limit`), so one long field lost every row; and readers over the whole file read as text held it twice. Here the
text is streamed, each line is read with a cap, and a record that grows past it is passed over to where it really
ends (its quotes are followed), so the rows before and after it read normally. Every reader of a platform's CSV
(Reddit, LinkedIn, X's tweets.csv) goes through `table`.

A `Dialect` says how a platform writes its CSV, quirks included: LinkedIn's unquoted multi-line messages
(`record_start`), its per-line quoting of posts (`line_quoted`) and Windows line breaks (`newline`). A file's
byte-order mark decides its encoding whatever the dialect says; where records end is decided in
`connectors.csvsafe_records`, the fields by the csv module, strictly: a quote closed mid-field is damage, not text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import BinaryIO

from auditor.core.errors import SourceError
from connectors.base import ImportLog
from connectors.bom import HEAD, encoding_of
from connectors.csvsafe_records import Assembler, Raw

FIELD_MAX = 1024**2  # characters in one field: 26 times the longest real post (a Reddit self-post, 40,000)
RECORD_MAX = 4 * FIELD_MAX  # characters in one record: its line, parser buffer and fields stay under ~50 MB
DAMAGED_MAX = 10_000  # damaged records in one file before the rest of it is refused: no real export is that broken
_CHUNK = 1024**2  # how much of an overlong record is read at a time while passing over it


@dataclass(frozen=True)
class Dialect:
    """How a platform writes its CSV, quirks included."""

    encoding: str = "utf-8-sig"  # a byte-order mark in the file overrides it
    delimiter: str = ","
    escapechar: str | None = None
    #: a line (outside quotes) must match this to start a record; one that does not, and holds no delimiter and no
    #: quote, continues the record before it, its line break kept (LinkedIn writes a multi-line message unquoted
    #: when it holds no comma or quote); any other line is a record of its own, read and checked as one
    record_start: re.Pattern[str] | None = None
    line_quoted: bool = False  # a field whose every line is wrapped in its own quotes is unwrapped (LinkedIn)
    newline: str | None = None  # line breaks inside fields become this; None keeps them as the file has them

    @property
    def label(self) -> str:
        """The encoding as a person knows it: `UTF-8`, `UTF-16`."""
        return self.encoding.upper().removesuffix("-SIG")


@dataclass(frozen=True)
class Sniffed:
    """What a CSV file's first bytes say: its encoding (from a byte-order mark), delimiter and header line."""

    encoding: str
    delimiter: str
    header: str


_BREAK = re.compile(r"\r\n|\r|\n")


def sniff(head: bytes) -> Sniffed:
    """Encoding from the byte-order mark (UTF-8 without one), and a tab delimiter when the header line has a tab."""
    encoding = encoding_of(head) or "utf-8-sig"
    line = _BREAK.split(head.decode(encoding, errors="replace"), maxsplit=1)[0]
    return Sniffed(encoding, "\t" if "\t" in line else ",", line)


def undo_line_quoting(value: str) -> str:
    """Undo LinkedIn's wrapping of every line of a multi-line post in its own quotes (`a"\\n""\\n"b` → `a\\n\\nb`).

    Lines may end in `\\n`, `\\r\\n` or `\\r` (a file saved on Windows), each kept as it is.
    """
    lines = _BREAK.split(value)
    if len(lines) < 2 or not _is_line_quoted(lines):
        return value
    breaks, last = _BREAK.findall(value), len(lines) - 1
    unwrapped = [line[1 if i else 0: len(line) - 1 if i < last else None] for i, line in enumerate(lines)]
    return "".join(line + end for line, end in zip(unwrapped, [*breaks, ""], strict=True))


def _is_line_quoted(lines: list[str]) -> bool:
    return (lines[0].endswith('"') and lines[-1].startswith('"')
            and all(len(line) >= 2 and line[0] == '"' and line[-1] == '"' for line in lines[1:-1]))


class _Counted(io.RawIOBase):
    """Bytes read so far, so a decoding error can say where it is in the file, not in the chunk being decoded.

    The first bytes, read to look for a byte-order mark, are given back first.
    """

    def __init__(self, inner: BinaryIO, head: bytes = b"") -> None:
        self._inner, self._head, self.before, self.after = inner, head, 0, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            chunk, self._head = self._head[: len(buffer)], self._head[len(buffer):]
        else:
            chunk = self._inner.read(len(buffer))
        buffer[: len(chunk)] = chunk
        self.before, self.after = self.after, self.after + len(chunk)
        return len(chunk)


def table(stream: BinaryIO, dialect: Dialect, source: str, name: str, log: ImportLog, *, first: int = 1,
          header: Callable[[list[str]], list[str]] = list) -> Iterator[tuple[int, dict[str, str]]]:
    """(index, fields by header name) of each record after the header, indexed from `first`.

    A record of the wrong width, over the limits, unreadable or cut short by the end of the file is one skip at
    `name#index`, with its reason and lines, and reading goes on after it; blank lines are not records. Text that
    is not valid in the file's encoding (its byte-order mark's, else the dialect's) raises one `SourceError`
    naming `source` and the byte.
    """
    csv.field_size_limit(RECORD_MAX)  # why: the default, 131,072, failed on the first longer field; records are capped
    head = stream.read(HEAD)
    encoding = encoding_of(head) or dialect.encoding
    if encoding != dialect.encoding:
        dialect = replace(dialect, encoding=encoding)
    counted = _Counted(stream, head)
    text = io.TextIOWrapper(counted, encoding=dialect.encoding, newline="")
    assembler = Assembler(text, dialect, RECORD_MAX, _CHUNK)
    try:
        yield from _rows(assembler.records(), dialect, (source, name), log, first, header)
    except UnicodeDecodeError as exc:
        raise SourceError(source, f"is not valid {dialect.label} text (byte {counted.before + exc.start})") from None


def _rows(records: Iterator[Raw], dialect: Dialect, names: tuple[str, str], log: ImportLog, first: int,
          header: Callable[[list[str]], list[str]]) -> Iterator[tuple[int, dict[str, str]]]:
    source, name = names
    columns: list[str] | None = None
    index, damaged, raw = first - 1, 0, None
    for raw in records:
        fields, problem = _fields(raw, dialect)
        if columns is None:
            if problem:
                log.skip(name, f"header {problem}: the file was not read")
                return
            columns = header(fields)
            continue
        index += 1
        log.record(source, index)
        problem = problem or _misfit(fields, columns, raw)
        if problem is None:
            yield index, dict(zip(columns, fields, strict=True))
            continue
        damaged += 1
        if damaged > DAMAGED_MAX:
            log.skip(f"{name}#{index}", f"more than {DAMAGED_MAX:,} damaged records: this one and the rest of the "
                                        "file were not read")
            return
        log.skip(f"{name}#{index}", problem)
    if raw is not None and not raw.ended and not raw.problem and columns is not None and index >= first:
        log.note(f"{name} ends without a line break after its last record (#{index}): if the file was cut "
                 "short there, that record may be incomplete")


def _fields(raw: Raw, dialect: Dialect) -> tuple[list[str], str | None]:
    """The fields of one record, its line breaks given back and LinkedIn's quirks undone; or ([], why)."""
    if raw.problem:
        return [], raw.problem
    try:
        rows = list(csv.reader([raw.text], delimiter=dialect.delimiter, escapechar=dialect.escapechar, strict=True))
    except csv.Error as exc:
        return [], f"record unreadable ({exc}) ({raw.span}{', joined as one record' if raw.joined else ''})"
    if len(rows) != 1:  # the scanner and the csv module disagree on where the record ends: never guess
        return [], f"record unreadable ({len(rows)} records where one was expected) ({raw.span})"
    fields = rows[0]
    if raw.joined:
        ends = iter(raw.joined)  # the placeholders come back in the order they were put in
        fields = [re.sub(raw.placeholder, lambda _: next(ends), f) if raw.placeholder in f else f for f in fields]
    if dialect.line_quoted:
        fields = [undo_line_quoting(f) if "\n" in f or "\r" in f else f for f in fields]
    if dialect.newline is not None:
        fields = [_BREAK.sub(dialect.newline, f) if "\r" in f or "\n" in f else f for f in fields]
    return fields, None


def _misfit(fields: list[str], columns: list[str], raw: Raw) -> str | None:
    if len(fields) != len(columns):
        joined = f" ({raw.span}, joined as one record)" if raw.joined else ""
        return f"has {len(fields)} fields where the header has {len(columns)}{joined}"
    if max(map(len, fields)) <= FIELD_MAX:
        return None
    longest = max(range(len(fields)), key=lambda i: len(fields[i]))
    if len(fields[longest]) > FIELD_MAX:
        return f"field {columns[longest]!r} holds {len(fields[longest]):,} characters, over the {FIELD_MAX:,} limit"
    return None
