"""CSV records found in a text stream line by line, each bounded, before any field is parsed.

`csvsafe.table` parses each record this module hands it. Finding where a record ends is done here, not by the
csv module, for three reasons: a record over the limits must be passed over to its real end (its quotes
followed as csv would follow them); a file that ends inside a quoted field must be told apart from a record
that ended; and LinkedIn writes multi-line messages unquoted, so with a dialect's `record_start` a line that
cannot start a record, and could only be the rest of an unquoted field (no delimiter, no quote), continues the
record before it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from connectors.csvsafe import Dialect

#: states of the quote scanner between pieces of text, as the csv module's own parser has them
START, FIELD, QUOTED, CLOSED, END = range(5)
_BREAKS = ("\r\n", "\n", "\r")
_WHOLE_MAX = 64 * 1024  # characters of a line read in one regex match; longer ones are followed field by field
_PLACEHOLDERS = [chr(c) for c in range(0xFDD0, 0xFDF0)]  # Unicode non-characters: absent from any real text


@dataclass
class Raw:
    """One record's text as read, where it is, and why it cannot be read when it cannot.

    `text` has each line break that a continuation line follows replaced by `placeholder`; `joined` holds those
    breaks, in order, so the fields can be given them back.
    """

    text: str
    first: int
    last: int
    problem: str | None = None
    joined: list[str] = field(default_factory=list)
    placeholder: str = ""
    ended: bool = True  # False: the file ends right after it, without a line break

    @property
    def span(self) -> str:
        """`line 3` or `lines 3-5`."""
        return f"line {self.first}" if self.first == self.last else f"lines {self.first}-{self.last}"


class _Scanner:
    """Follows quotes as the csv module does: a quote opens a field only at its start; `""` and escapes inside."""

    def __init__(self, dialect: Dialect) -> None:
        e = re.escape(dialect.escapechar) if dialect.escapechar else ""
        d = re.escape(dialect.delimiter)
        # runs written unrolled (`a*(?:b a*)*`): the regex engine keeps state per repetition of a group, so
        # `(?:a|b)*` over a 4 MB field took 600 MB; here a group repeats once per escape or doubled quote only
        quoted, plain = (f'[^"{e}]*(?:{e}.[^"{e}]*)*', f"[^{d}{e}\r\n]*(?:{e}.[^{d}{e}\r\n]*)*") if e else \
            ('[^"]*', f"[^{d}\r\n]*")
        self._quoted, self._unquoted = re.compile(quoted, re.S), re.compile(plain, re.S)
        # whole fields at once, for the usual line: a quoted field or an unquoted one; a line they take up to its
        # line break ends the record (anything odd, such as text after a closing quote, is followed field by field)
        inside = f'[^"{e}]*(?:(?:""|{e}.)[^"{e}]*)*' if e else '[^"]*(?:""[^"]*)*'
        first = f'(?:[^"{d}{e}\r\n]|{e}.)' if e else f'[^"{d}\r\n]'
        closed = f'"(?![^{d}\\r\\n])'  # a closing quote followed by a delimiter or the line's end only
        field = f'(?:"{inside}{closed}|{first}{plain}|)'
        self._from_start = re.compile(f"{field}(?:{d}{field})*", re.S)
        self._from_quoted = re.compile(f"{inside}{closed}(?:{d}{field})*", re.S)
        self._delimiter = dialect.delimiter
        self._special = ('"', dialect.escapechar) if dialect.escapechar else ('"',)
        self.stray = False  # text followed a closing quote (`"a"b`): a quote meant to open, or never closed

    def is_plain(self, piece: str) -> bool:
        """Whether a line could be the rest of an unquoted field: it holds no delimiter and no quote."""
        return self._delimiter not in piece and '"' not in piece

    def scan(self, piece: str, state: int) -> int:
        """The state after `piece` (one line, or part of one) read from `state`; END when a line break ended it."""
        if not any(s in piece for s in self._special):  # most lines: no quote, no escape
            if state == QUOTED:
                return QUOTED
            return END if piece.endswith(_BREAKS) else FIELD if piece else state
        whole = self._from_start if state == START else self._from_quoted if state == QUOTED else None
        match = whole.match(piece) if whole and len(piece) <= _WHOLE_MAX else None
        if match and match.end() < len(piece) and piece[match.end()] in "\r\n":
            return END
        pos, size = 0, len(piece)
        while pos < size:
            if state == QUOTED:
                pos = self._quoted.match(piece, pos).end()
                if pos < size:  # a quote: the field's end, or the first of a doubled one
                    state, pos = CLOSED, pos + 1
            elif state in (START, CLOSED) and piece[pos] == '"':
                state, pos = QUOTED, pos + 1  # a field opened, or `""` inside one
            else:
                if state == CLOSED and piece[pos] not in (self._delimiter, "\r", "\n"):
                    self.stray = True
                    pos += 1  # the csv module keeps the character after a closing quote as it is, an escape too
                pos = self._unquoted.match(piece, pos).end()
                if pos == size:
                    return FIELD  # the line goes on in the next piece (or an escaped line break)
                if piece[pos] != self._delimiter:
                    return END
                state, pos = START, pos + 1
        return state


class Assembler:
    """Records of a text stream: lines joined while a quote is open or, with `record_start`, while the next line
    cannot start a record; blank lines between records are not records."""

    def __init__(self, text: io.TextIOBase, dialect: Dialect, record_max: int, chunk: int) -> None:
        self._text, self._scanner, self._start = text, _Scanner(dialect), dialect.record_start
        self._escapechar, self._delimiter = dialect.escapechar, dialect.delimiter
        self._max, self._chunk = record_max, chunk
        self.line = 0  # lines begun so far
        self._line_open = False  # what was read ends inside a line
        self._ahead: tuple[str, int] | None = None  # a line read ahead that starts the next record, and its number

    def records(self) -> Iterator[Raw]:
        """The header, then each record; only records after the header are continued by later lines."""
        joining = False
        while (first := self._first_line()) is not None:
            yield self._record(*first, joining=joining)
            joining = self._start is not None

    def _first_line(self) -> tuple[str, int] | None:
        if self._ahead:
            ahead, self._ahead = self._ahead, None
            return ahead
        while piece := self._read(self._max + 1):
            if not self._is_blank(piece):
                return piece, self.line
        return None

    def _is_blank(self, piece: str) -> bool:
        """A line of nothing but spaces (a run of them past the cap is a record, and too long); a tab delimiter
        is not a space: a line of tabs is a record of empty fields."""
        return not piece.strip() and self._delimiter not in piece and (piece.endswith(_BREAKS)
                                                                          or len(piece) <= self._max)

    def _record(self, piece: str, first: int, *, joining: bool) -> Raw:
        rec = _Building(first=first, max=self._max)
        self._scanner.stray = False
        rec.add(piece, self.line)
        state = self._finish(rec, self._scanner.scan(piece, START))
        orphan = joining and self._continues(piece)
        if joining and state == END:
            state = self._continue(rec)
        return rec.done(state, orphan, stray=self._scanner.stray)

    def _finish(self, rec: _Building, state: int) -> int:
        """Read on to the end of the physical record: a closing quote, then a line break outside quotes."""
        while state != END:
            piece = self._read(self._chunk if rec.over else self._max + 1 - rec.size)
            if not piece:
                break
            rec.add(piece, self.line)
            state = self._scanner.scan(piece, state)
        return state

    def _continue(self, rec: _Building) -> int:
        """Join the lines that cannot start a record (and blank lines between them) to the record before them."""
        blanks: list[tuple[str, int]] = []
        held = 0  # characters of the blank lines held: joined only if a continuation line follows them
        while piece := self._read(self._max + 1):
            if self._is_blank(piece):
                held += len(piece)
                if rec.size + held <= self._max:
                    blanks.append((piece, self.line))
                else:
                    blanks.clear()  # too many to join: should a continuation line follow, the record is too long
                continue
            if not self._continues(piece):
                self._ahead = (piece, self.line)
                break  # blank lines before the next record belong to neither
            if rec.size + held > self._max:
                rec.overflow()
            for blank, number in blanks:
                rec.join(blank, number)
            blanks, held = [], 0
            rec.join(piece, self.line)
            state = self._finish(rec, self._scanner.scan(piece, FIELD))
            if state != END:
                return state
        return END

    def _continues(self, piece: str) -> bool:
        """A line that cannot start a record and could only be the rest of an unquoted field before it."""
        return not self._start.match(piece) and self._scanner.is_plain(piece)

    def _read(self, limit: int) -> str:
        piece = self._text.readline(limit)
        if self._escapechar and piece.endswith(self._escapechar):
            piece += self._text.read(1)  # an escape and the character it escapes are never split
        if piece and not self._line_open:
            self.line += 1
        self._line_open = bool(piece) and not piece.endswith(_BREAKS)
        return piece


@dataclass
class _Building:
    """A record being read: its lines (none once it is over the limit), size and where it is."""

    first: int
    max: int
    parts: list[str] = field(default_factory=list)
    soft: list[int] = field(default_factory=list)  # parts whose line break a continuation line follows
    size: int = 0
    last: int = 0
    over: bool = False

    def add(self, piece: str, line: int) -> None:
        self.size += len(piece)
        self.last = line
        if self.size > self.max:
            self.overflow()
        elif not self.over:
            self.parts.append(piece)

    def join(self, piece: str, line: int) -> None:
        if self.parts:
            self.soft.append(len(self.parts) - 1)
        self.add(piece, line)

    def overflow(self) -> None:
        self.over, self.parts, self.soft = True, [], []

    def done(self, state: int, orphan: bool, *, stray: bool) -> Raw:
        raw = Raw("", self.first, self.last, ended=state == END)
        if self.over:
            raw.problem = f"record over {self.max:,} characters ({raw.span}), passed over"
            if state == QUOTED:
                raw.problem += "; it runs to the end of the file (a quote never closed?)"
            elif stray:
                raw.problem += "; text follows a closing quote in it (a quote never closed?)"
        elif state == QUOTED:
            raw.problem = (f"record runs to the end of the file inside a quoted field ({raw.span}): the file ends "
                           "mid-record, or a quote was never closed")
        elif orphan:
            raw.problem = (f"{raw.span}: text that cannot start a record (no first field) and follows no record "
                           "it could continue")
        else:
            self._fill(raw)
        return raw

    def _fill(self, raw: Raw) -> None:
        if self.soft:
            raw.placeholder = next((p for p in _PLACEHOLDERS if not any(p in part for part in self.parts)), "")
            if not raw.placeholder:
                raw.problem = f"record holds every character the reader could mark line breaks with ({raw.span})"
                return
            for i in self.soft:
                end = next(b for b in _BREAKS if self.parts[i].endswith(b))
                raw.joined.append(end)
                self.parts[i] = self.parts[i][: -len(end)] + raw.placeholder
        raw.text = "".join(self.parts)
