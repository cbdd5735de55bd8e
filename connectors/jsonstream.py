"""Stream the elements of a large JSON array with the C decoder, one element at a time, in bounded memory.

Exports such as X's `tweets.js` or Mastodon's `outbox.json` can be gigabytes; `json.load` would hold the whole
document and its objects at once. Here the stream is read in blocks and each array element is decoded on its own
with `json.JSONDecoder.raw_decode`, so memory stays near one block plus one element.

Text that is not valid Unicode (a stray byte that is not UTF-8, a lone `\\udXXX` escape) never stops the stream:
the element is kept with U+FFFD in place of each bad character, and counted in a `Repairs` the caller turns
into one note per file.

Runs of elements already in the window are decoded together by msgspec (`_Reader.batch`), ~1.6-1.7x faster than
one scanner call each (generated 1M-post archive, CPU medians of three: 100,000 tweets 0.86 -> 0.50 s, 50,000
Mastodon activities 0.66 -> 0.42 s). A run is only what the scanner would read the same way: it ends where the
first two elements were separated (that separator and the next element's first key), and holds no suspect text
(repairs stay the scanner's). msgspec keeps integers of any size as the scanner does and refuses nesting at the
same recursion limit (orjson, as fast, turns integers past 64 bits into floats and nests 1,024 deep whatever that
limit: the checks it needed cost more than it saved); a run msgspec refuses (a bad element, a raw control
character, NaN, the separator inside an element) is read again by the scanner, element by element.

Once the decoded text runs short, runs are cut from the file's bytes before they are decoded (`_Reader.raw_batch`):
msgspec reads UTF-8 itself, so the text of a run need not be made a str first (and made UTF-8 again for msgspec).
msgspec refuses bytes that are not UTF-8 and lone \\udXXX escapes, so such a run, as any run it refuses, is decoded
as text and goes the way above. What it buys (generated 100,000-post archive, CPU medians of five, 2026-12-07):
outbox.json's 50,000 activities (111 MB) 0.515 -> 0.376 s, tweets.js's 50,000 tweets (43 MB) 0.284 -> 0.204 s.
"""

from __future__ import annotations

import bisect
import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

import msgspec

BLOCK = 64 * 1024  # small blocks: one emoji makes a decoded block 4 bytes a character, not the whole file
MAX_ELEMENT = 64 * 1024 * 1024  # one post bigger than this is skipped, not buffered forever

# strict=False: a raw control character inside a string (a NUL, a tab pasted into a tweet) breaks the JSON
# grammar but not the post; it is kept, and the report shows it as a visible token rather than losing the post
_DECODER = json.JSONDecoder(strict=False)
# the C scanner itself: raw_decode only adds a Python frame and a whitespace match, and the reader skips spaces
_SCAN = _DECODER.scan_once
_SPACE = " \t\r\n"
# in the raw text: a byte that was not UTF-8 (kept by surrogateescape as U+DC80..U+DCFF) or a surrogate escape
_SUSPECT = re.compile(r"[\ud800-\udfff]|\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")  # in decoded strings: what UTF-8 cannot hold
_SURROGATE_ESCAPE = re.compile(r"\\u[dD]")  # one regex pass is cheaper than two str.find passes
AHEAD = 16 * 1024  # read on before decoding an element this close to the end: a failed try costs a scan of the text
GROWTH_CAP = 8 * 1024 * 1024  # a huge element is re-decoded after reads of at most this much
BATCH = 32 * 1024  # at most this much text per msgspec call: runs of ~40 posts, well inside one block
_BATCH = msgspec.json.Decoder()
REPLACEMENT = "\ufffd"
SHOWN_INDEXES = 5  # the note lists the first few repaired elements, not a million of them
_ERRORS = "auditor-jsonstream"
_bad_bytes_seen = [0]  # how often the decoder met a bad byte: scanning for them costs only when there were some
_surrogateescape = codecs.lookup_error("surrogateescape")


def _escape_and_count(exc: UnicodeError) -> tuple[str, int]:
    _bad_bytes_seen[0] += 1
    return _surrogateescape(exc)


codecs.register_error(_ERRORS, _escape_and_count)


@dataclass
class BadElement:
    """An element that could not be decoded: its index and the reason; the stream goes on after it when it can."""

    index: int
    reason: str


class JSONStreamError(ValueError):
    """The array itself cannot be followed any further (truncated, or not an array)."""


@dataclass
class Repairs:
    """Elements kept with U+FFFD where their text was not valid Unicode: how many, which first, how many characters.

    A tweet with one bad byte is still the person's tweet, and may still be the risky one: skipping it would hide
    it from the audit. So it is kept, the bad characters show as U+FFFD, and the file gets one counted note.
    """

    elements: int = 0
    characters: int = 0
    first: list[int] = field(default_factory=list)

    def add(self, index: int, characters: int) -> None:
        """Count one repaired element."""
        self.elements += 1
        self.characters += characters
        if len(self.first) < SHOWN_INDEXES:
            self.first.append(index)

    def note(self, where: str) -> str | None:
        """One line for the import log naming the file and the counts, or None when nothing was repaired."""
        if not self.elements:
            return None
        first = ", ".join(f"#{i}" for i in self.first) + (", …" if self.elements > len(self.first) else "")
        return (f"{where}: {self.elements} entries held {self.characters} characters that are not valid text "
                f"(bytes that are not UTF-8, or broken \\u escapes); the entries are kept, with {REPLACEMENT} "
                f"in their place ({first})")


def iter_array(stream: BinaryIO, start: int = 0, encoding: str = "utf-8",
               repairs: Repairs | None = None) -> Iterator[object | BadElement]:
    """Yield each element of the JSON array that begins at or after character `start` of the decoded stream.

    A text prefix before the `[` (X's `window.YTD.tweets.part0 =`) is skipped. Elements that fail to decode
    (invalid JSON, nesting too deep) come out as `BadElement` and reading resumes at the next top-level comma.
    Elements whose text is not valid Unicode are yielded repaired and counted in `repairs`.
    """
    reader = _Reader(stream, encoding, repairs if repairs is not None else Repairs())
    pos = reader.seek_char("[", start) + 1
    index = first_end = 0
    while True:
        pos = reader.skip_space(pos)
        char = reader.char(pos)
        if char == "]":
            return
        if char == "":
            raise JSONStreamError("the array ends early (the file is truncated)")
        if index and char == ",":
            pos = reader.skip_space(pos + 1)
        elif index:
            raise JSONStreamError(f"expected ',' or ']' after element {index - 1}")
        if index == 1:
            reader.learn(first_end, pos)
        run, end = reader.batch(pos)
        if run:
            yield from run
            index += len(run)
            pos = end
            continue
        value, pos = reader.decode(pos, index)
        first_end = pos
        yield value
        index += 1


class _Reader:
    """A growing text window over the stream; consumed text is dropped so memory stays bounded."""

    def __init__(self, stream: BinaryIO, encoding: str, repairs: Repairs) -> None:
        self._stream = stream
        # surrogateescape, not replace: a bad byte stays recognisable, so the element holding it can be counted
        self._decoder = codecs.getincrementaldecoder(encoding)(errors=_ERRORS)
        self._repairs = repairs
        self._suspects: list[int] = []  # absolute positions of suspect text, found once per block, not per element
        self._text = ""
        self._offset = 0  # absolute position of self._text[0]
        self._keep = 0  # absolute position of the oldest text still needed: the element being decoded
        self._eof = False
        self._scan_until = 0  # absolute position before which elements are read one by one (a run failed there)
        self._marker = ""  # what separates two elements at the top level, once seen (see `learn`)
        self._raw = b""  # bytes read but not decoded yet: they follow the text (see `raw_batch`)

    def _more(self) -> bool:
        if self._raw:  # bytes read ahead for a run: decoded now that text is wanted
            raw, self._raw = self._raw, b""
            self._append(raw, final=self._eof, drop=False)
            return True
        if self._eof:
            return False
        # an element longer than a block is re-decoded after each read: growing the read keeps that linear
        held = len(self._text) - (self._keep - self._offset)
        block = self._stream.read(min(max(BLOCK, held), GROWTH_CAP))
        if not block:
            self._eof = True
            self._append(b"", final=True)
            return False
        self._append(block)
        return True

    def _append(self, block: bytes, final: bool = False, drop: bool = True) -> None:
        seen = _bad_bytes_seen[0]
        if drop:
            self._drop_before(self._keep)  # consumed text goes when text is added: one copy of it per block
        seam = max(len(self._text) - 6, 0)  # a `\\udXXX` escape may straddle two blocks
        self._text += self._decoder.decode(block, final=final)
        if seen == _bad_bytes_seen[0] and not _SURROGATE_ESCAPE.search(self._text, seam):
            return  # the common case: nothing suspect in this block, and no regex run over it
        for match in _SUSPECT.finditer(self._text, seam):
            found = match.start() + self._offset
            if not self._suspects or found > self._suspects[-1]:
                self._suspects.append(found)

    def _has_suspect(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._suspects, start)
        return i < len(self._suspects) and self._suspects[i] < end

    def _drop_before(self, pos: int) -> None:
        cut = pos - self._offset
        if cut > 0:
            self._text = self._text[cut:]
            self._offset = pos
            del self._suspects[:bisect.bisect_left(self._suspects, pos)]

    def char(self, pos: int) -> str:
        while pos - self._offset >= len(self._text):
            at = pos - self._offset - len(self._text)
            if at < len(self._raw) and self._raw[:at + 1].isascii():
                return chr(self._raw[at])  # between runs read from bytes: a byte position is a character's
            if not self._more():
                return ""
        return self._text[pos - self._offset]

    def seek_char(self, wanted: str, start: int) -> int:
        searched = start
        while True:
            found = self._text.find(wanted, max(searched - self._offset, 0))
            if found >= 0:
                return found + self._offset
            searched = max(searched, self._offset + len(self._text))
            if not self._more():
                raise JSONStreamError(f"no JSON array found (no {wanted!r})")

    def skip_space(self, pos: int) -> int:
        local = pos - self._offset
        if local < len(self._text) and self._text[local] not in _SPACE:
            return pos  # the common case, compact JSON: no space to skip
        while self.char(pos) in _SPACE and self.char(pos) != "":
            pos += 1
        return pos

    def learn(self, end: int, start: int) -> None:
        """Take the text between the first element's `end` and the second's `start`, and the second's first key, as
        what separates elements at the top level (`,\n  {"tweet" :` in X's files): runs are cut there."""
        between, head = self.text(end, start), self.text(start, start + 16)
        if between.strip() == "," and head.startswith("{") and (colon := head.find(":")) > 0:
            self._marker = between + head[:colon + 1]

    def text(self, start: int, end: int) -> str:
        """The text from `start` to `end` (absolute positions still in the window)."""
        return self._text[start - self._offset:end - self._offset]

    def batch(self, pos: int) -> tuple[list, int]:
        """The elements from `pos` up to the last separator within BATCH characters, decoded at once by msgspec, and
        where they end; ([], pos) when the scanner is to read the next element instead."""
        if not self._marker or pos < self._scan_until:
            return [], pos
        self._keep = pos
        if len(self._text) - (pos - self._offset) < BATCH:
            run = self.raw_batch(pos)
            if run is not None:
                return run
            self._more()
        text, local = self._text, pos - self._offset
        cut = text.rfind(self._marker, local, local + BATCH)
        if cut <= local:
            return [], pos
        stop = cut + self._offset
        if self._suspects and self._has_suspect(pos, stop):
            self._scan_until = stop
            return [], pos
        try:
            return _BATCH.decode(f"[{text[local:cut]}]"), stop
        except (ValueError, RecursionError):  # a bad element, the separator inside one, or JSON only the scanner
            self._scan_until = stop             # reads (a raw control character, NaN, 1e400): msgspec's DecodeError
            return [], pos

    def raw_batch(self, pos: int) -> tuple[list, int] | None:
        """`batch` cut from the bytes that follow the text, not decoded first; None when msgspec refuses the run
        (or the text left holds something suspect): `batch` then decodes the bytes and reads the run as text."""
        local = pos - self._offset
        if self._suspects and self._has_suspect(pos, self._offset + len(self._text)):
            return None
        pending, _ = self._decoder.getstate()  # a character cut by the end of the last block decoded
        if pending:
            self._decoder.reset()
        if local < len(self._text) or pending:  # text left before the run: back to the bytes it was decoded from
            self._raw = self._text[local:].encode("utf-8") + pending + self._raw
            self._text, self._offset = "", pos
        at = pos - self._offset - len(self._text)  # the run starts this far into the bytes: only ASCII before it
        if not self._raw[:at].isascii():
            return None
        self._drop_before(pos)
        self._raw = self._raw[at:]
        self._text, self._offset = "", pos
        marker = self._marker.encode("utf-8")
        while len(self._raw) < BATCH + len(marker) and not self._eof:
            block = self._stream.read(BLOCK)
            if not block:
                self._eof = True
            self._raw += block
        cut = self._raw.rfind(marker, 0, BATCH)
        if cut <= 0:
            return None
        try:
            run = _BATCH.decode(b"[" + self._raw[:cut] + b"]")
        except (ValueError, RecursionError):  # as in `batch`; and bytes that are not UTF-8, lone \udXXX escapes
            return None
        self._raw = self._raw[cut:]
        self._offset = self._keep = pos + cut
        return run, pos + cut

    def decode(self, pos: int, index: int) -> tuple[object | BadElement, int]:
        self._keep = pos
        if len(self._text) - (pos - self._offset) < AHEAD:
            self._more()  # the element may end past the text: reading first spares a failed decode
        while True:
            local = pos - self._offset
            try:
                value, end = _SCAN(self._text, local)
            except RecursionError:
                return BadElement(index, "nested too deeply"), self._resume(pos)
            except (json.JSONDecodeError, StopIteration) as exc:
                if len(self._text) - local > MAX_ELEMENT:
                    return BadElement(index, f"element larger than {MAX_ELEMENT // 2**20} MB"), self._resume(pos)
                if not self._more():  # only at the end of the stream is an undecodable element truly bad
                    return BadElement(index, f"invalid JSON ({_message(exc)})"), self._resume(pos)
                continue
            except ValueError:  # an integer past Python's 4,300-digit conversion limit: not a value anyone posted
                return BadElement(index, "a number too long to read"), self._resume(pos)
            if not isinstance(value, dict | list) and end + 3 > len(self._text) and self._more():
                continue  # a bare number may go on in the next block ("1.5" then "e+3"): decide with 3 more chars
            if self._suspects and self._has_suspect(pos, end + self._offset):
                value = self._repaired(value, index)
            return value, end + self._offset

    def _repaired(self, value: object, index: int) -> object:
        fixed, count = repair(value)
        if count:
            self._repairs.add(index, count)
        return fixed

    def _resume(self, pos: int) -> int:
        """Skip a bad element: scan to the comma or bracket that closes it at depth zero, minding strings."""
        depth, in_string, escaped = 0, False, False
        while True:
            char = self.char(pos)
            if char == "":
                raise JSONStreamError("the array ends early (the file is truncated)")
            if in_string:
                if escaped:
                    escaped = False
                elif char == "\\":
                    escaped = True
                elif char == '"':
                    in_string = False
            elif char == '"':
                in_string = True
            elif char in "[{":
                depth += 1
            elif char in "]}":
                if depth == 0:
                    return pos
                depth -= 1
            elif char == "," and depth == 0:
                return pos
            pos += 1


def _message(exc: json.JSONDecodeError | StopIteration) -> str:
    # the scanner stops with StopIteration where no value starts; raw_decode called that "Expecting value"
    return exc.msg if isinstance(exc, json.JSONDecodeError) else "Expecting value"


def repair(value: object) -> tuple[object, int]:
    """The decoded value with every lone surrogate (in keys and strings, at any depth) replaced by U+FFFD.

    Iterative, not recursive: the value may be nested as deeply as the decoder allowed.
    """
    count = 0

    def fix(text: str) -> str:
        nonlocal count
        fixed, n = _SURROGATE.subn(REPLACEMENT, text)
        count += n
        return fixed

    if isinstance(value, str):
        return fix(value), count
    root: list[object] = [value]
    stack: list[tuple[list | dict, object]] = [(root, 0)]
    while stack:
        holder, key = stack.pop()
        item = holder[key]
        if isinstance(item, str):
            holder[key] = fix(item)
        elif isinstance(item, list):
            stack.extend((item, i) for i in range(len(item)))
        elif isinstance(item, dict):
            renamed = {fix(k) if isinstance(k, str) else k: v for k, v in item.items()}
            item.clear()
            item.update(renamed)
            stack.extend((item, k) for k in item)
    return root[0], count
