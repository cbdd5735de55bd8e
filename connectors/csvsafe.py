"""CSV read one bounded record at a time: an overlong or broken record is one counted skip, never the whole file.

Python's csv module aborts a file at the first field over its limit (`_csv.Error: field larger than field
limit`), so one long field lost every row; and readers over the whole file read as text held it twice. Here the
text is streamed, each line is read with a cap, and a record that grows past it is passed over to where it really
ends (its quotes are followed), so the rows before and after it read normally. Every reader of a platform's CSV
(Reddit, LinkedIn, X's tweets.csv) goes through `table`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from auditor.errors import SourceError
from connectors.base import ImportLog

FIELD_MAX = 1024**2  # characters in one field: 26 times the longest real post (a Reddit self-post, 40,000)
RECORD_MAX = 4 * FIELD_MAX  # characters in one record: its line, parser buffer and fields stay under ~50 MB
DAMAGED_MAX = 10_000  # damaged records in one file before the rest of it is refused: no real export is that broken
_CHUNK = 1024**2  # how much of an overlong record is read at a time while passing over it


@dataclass(frozen=True)
class Dialect:
    """How a platform writes its CSV."""

    encoding: str = "utf-8-sig"
    delimiter: str = ","
    escapechar: str | None = None

    @property
    def label(self) -> str:
        """The encoding as a person knows it: `UTF-8`, `UTF-16`."""
        return self.encoding.upper().removesuffix("-SIG")


class _Counted(io.RawIOBase):
    """Bytes read so far, so a decoding error can say where it is in the file, not in the chunk being decoded."""

    def __init__(self, inner: BinaryIO) -> None:
        self._inner, self.before, self.after = inner, 0, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self._inner.read(len(buffer))
        buffer[: len(chunk)] = chunk
        self.before, self.after = self.after, self.after + len(chunk)
        return len(chunk)


class _TooLong(Exception):
    """The record being read is over RECORD_MAX characters."""


class _Lines:
    """The lines of a text stream as csv.reader pulls them, each record capped at RECORD_MAX characters.

    It follows quotes (each quote opens or closes a quoted field; `""` and escaped quotes change nothing), so a
    record that is cut short can be passed over to its real end: a line end outside quotes.
    """

    def __init__(self, text: io.TextIOBase, dialect: Dialect) -> None:
        self._text = text
        self._escapechar = dialect.escapechar
        self._escaped = re.compile(re.escape(dialect.escapechar) + ".", re.S) if dialect.escapechar else None
        self.line = 0  # lines begun so far
        self.first = 1  # the line the current record began on
        self.at_end = False
        self.quoted = False  # inside a quoted field, at the end of what was read
        self._size = 0  # characters of the current record so far
        self._line_open = False  # what was read ends inside a line

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        piece = self._read(RECORD_MAX + 1 - self._size)
        if not piece:
            raise StopIteration
        if self._size > RECORD_MAX:
            raise _TooLong
        return piece

    def begin(self) -> None:
        """The next record starts with the next line."""
        self._size, self.quoted, self.first = 0, False, self.line + 1

    def pass_record(self) -> None:
        """Read on to where the current record ends (or to the end of the file), keeping none of it."""
        while (self.quoted or self._line_open) and self._read(_CHUNK):
            pass

    def _read(self, limit: int) -> str:
        piece = self._text.readline(limit)
        if self._escapechar and piece.endswith(self._escapechar):
            piece += self._text.read(1)  # an escape and the character it escapes are never split
        if not piece:
            self.at_end = True
            return piece
        if not self._line_open:
            self.line += 1
        self._line_open = not piece.endswith(("\n", "\r"))
        self._size += len(piece)
        unescaped = self._escaped.sub("", piece) if self._escaped else piece
        self.quoted ^= unescaped.count('"') % 2 == 1
        return piece


def table(stream: BinaryIO, dialect: Dialect, source: str, name: str, log: ImportLog, *, first: int = 1,
          header: Callable[[list[str]], list[str]] = list) -> Iterator[tuple[int, dict[str, str]]]:
    """(index, fields by header name) of each record after the header, indexed from `first`.

    A record of the wrong width, over the limits or unreadable is one skip at `name#index`, with its reason, and
    reading goes on after it; blank lines are not records. Text that is not valid in the dialect's encoding
    raises one `SourceError` naming `source` and the line.
    """
    csv.field_size_limit(RECORD_MAX)  # why: the default, 131,072, failed on the first longer field; _Lines caps
    counted = _Counted(stream)
    lines = _Lines(io.TextIOWrapper(counted, encoding=dialect.encoding, newline=""), dialect)
    reader = csv.reader(lines, delimiter=dialect.delimiter, escapechar=dialect.escapechar)
    try:
        yield from _rows(reader, lines, (source, name), log, first, header)
    except UnicodeDecodeError as exc:
        raise SourceError(source, f"is not valid {dialect.label} text (byte {counted.before + exc.start})") from None


def _rows(reader: Iterator[list[str]], lines: _Lines, names: tuple[str, str], log: ImportLog, first: int,
          header: Callable[[list[str]], list[str]]) -> Iterator[tuple[int, dict[str, str]]]:
    source, name = names
    columns: list[str] | None = None
    index, damaged = first - 1, 0
    for fields, problem in _records(reader, lines):
        if columns is None:
            if problem:
                log.skip(name, f"header {problem}: the file was not read")
                return
            columns = header(fields)
            continue
        index += 1
        log.record(source, index)
        problem = problem or _misfit(fields, columns)
        if problem is None:
            yield index, dict(zip(columns, fields, strict=True))
            continue
        damaged += 1
        if damaged > DAMAGED_MAX:
            log.skip(f"{name}#{index}", f"more than {DAMAGED_MAX:,} damaged records: this one and the rest of the "
                                        "file were not read")
            return
        log.skip(f"{name}#{index}", problem)


def _records(reader: Iterator[list[str]], lines: _Lines) -> Iterator[tuple[list[str], str | None]]:
    """(fields, None) for each record, or ([], why) for one that was passed over."""
    while True:
        lines.begin()
        try:
            fields = next(reader, None)
        except _TooLong:
            fields, problem = [], f"over {RECORD_MAX:,} characters"
        except csv.Error as exc:
            fields, problem = [], f"unreadable ({exc})"
        else:
            if fields is None:
                return
            if not fields:  # a blank line
                continue
            yield fields, None
            continue
        start = lines.first
        lines.pass_record()
        span = f"line {start}" if lines.line == start else f"lines {start}-{lines.line}"
        ending = "; it runs to the end of the file (a quote never closed?)" if lines.at_end and lines.quoted else ""
        yield fields, f"record {problem} ({span}), passed over{ending}"


def _misfit(fields: list[str], columns: list[str]) -> str | None:
    if len(fields) != len(columns):
        return f"has {len(fields)} fields where the header has {len(columns)}"
    longest = max(range(len(fields)), key=lambda i: len(fields[i]))
    if len(fields[longest]) > FIELD_MAX:
        return f"field {columns[longest]!r} holds {len(fields[longest]):,} characters, over the {FIELD_MAX:,} limit"
    return None
