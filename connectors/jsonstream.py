"""Stream the elements of a large JSON array with the C decoder, one element at a time, in bounded memory.

Exports such as X's `tweets.js` or Mastodon's `outbox.json` can be gigabytes; `json.load` would hold the whole
document and its objects at once. Here the stream is read in blocks and each array element is decoded on its own
with `json.JSONDecoder.raw_decode`, so memory stays near one block plus one element.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

BLOCK = 8 * 1024 * 1024
MAX_ELEMENT = 64 * 1024 * 1024  # one post bigger than this is skipped, not buffered forever

_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"


@dataclass
class BadElement:
    """An element that could not be decoded: its index and the reason; the stream goes on after it when it can."""

    index: int
    reason: str


class JSONStreamError(ValueError):
    """The array itself cannot be followed any further (truncated, or not an array)."""


def iter_array(stream: BinaryIO, start: int = 0, encoding: str = "utf-8") -> Iterator[object | BadElement]:
    """Yield each element of the JSON array that begins at or after character `start` of the decoded stream.

    A text prefix before the `[` (X's `window.YTD.tweets.part0 =`) is skipped. Elements that fail to decode
    (invalid JSON, nesting too deep) come out as `BadElement` and reading resumes at the next top-level comma.
    """
    reader = _Reader(stream, encoding)
    pos = reader.seek_char("[", start) + 1
    index = 0
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
        value, pos = reader.decode(pos, index)
        yield value
        index += 1


class _Reader:
    """A growing text window over the stream; consumed text is dropped so memory stays bounded."""

    def __init__(self, stream: BinaryIO, encoding: str) -> None:
        import codecs

        self._stream = stream
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._text = ""
        self._offset = 0  # absolute position of self._text[0]
        self._eof = False

    def _more(self) -> bool:
        if self._eof:
            return False
        block = self._stream.read(BLOCK)
        if not block:
            self._eof = True
            self._text += self._decoder.decode(b"", final=True)
            return False
        self._text += self._decoder.decode(block)
        return True

    def _drop_before(self, pos: int) -> None:
        cut = pos - self._offset
        if cut > BLOCK:
            self._text = self._text[cut:]
            self._offset = pos

    def char(self, pos: int) -> str:
        while pos - self._offset >= len(self._text):
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
        while self.char(pos) in _SPACE and self.char(pos) != "":
            pos += 1
        return pos

    def decode(self, pos: int, index: int) -> tuple[object | BadElement, int]:
        self._drop_before(pos)
        while True:
            local = pos - self._offset
            try:
                value, end = _DECODER.raw_decode(self._text, local)
            except RecursionError:
                return BadElement(index, "nested too deeply"), self._resume(pos)
            except json.JSONDecodeError as exc:
                if len(self._text) - local > MAX_ELEMENT:
                    return BadElement(index, f"element larger than {MAX_ELEMENT // 2**20} MB"), self._resume(pos)
                if not self._more():  # only at the end of the stream is an undecodable element truly bad
                    return BadElement(index, f"invalid JSON ({exc.msg})"), self._resume(pos)
                continue
            if not isinstance(value, dict | list) and end >= len(self._text) and self._more():
                continue  # a bare number may go on in the next block
            return value, end + self._offset

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
