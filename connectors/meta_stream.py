"""Streaming a Meta JSON file's records: where its records array starts, and its elements one at a time.

A heavy user's Facebook posts or comments file can be hundreds of megabytes; decoded whole it held ten times that in
Python objects (measured: 987 MB resident for a 100 MB file, against 20 MB streamed). `connectors.meta.rows` reads
through here when a file's first bytes say where its records are, and whole otherwise.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from json.decoder import scanstring
from typing import BinaryIO

from auditor.core.errors import SourceError
from connectors.archive import Archive
from connectors.base import ImportLog
from connectors.bom import utf8_stream
from connectors.jsonstream import BLOCK, JSONStreamError, Repairs, iter_array

HEAD = 64 * 1024  # bytes read to find where a file's records array starts; a key further on means a whole read
_JSON_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace only (a byte-order mark is dropped before: connectors.bom)
_STEP = json.JSONDecoder().scan_once  # steps over a member's value that precedes the records key


class NoArray(Exception):
    """The records array breaks before its first element: nothing was read from it (the caller reads the file whole)."""


def head(archive: Archive, member: str) -> bytes:
    """A file's first HEAD bytes as UTF-8 (a byte-order mark dropped, UTF-16 re-encoded), for `records_start`."""
    with archive.open(member) as stream:
        return utf8_stream(stream, archive.where(member)).read(HEAD)


def records_start(head: bytes, keys: tuple[str, ...]) -> int | None:
    """Where the records array starts (a character offset) from a file's first bytes, or None when they cannot tell.

    A bare array starts at its `[`; a wrapping object at the `[` of the member named in `keys` that `records` picks
    (when a records key comes only after a value too big for the head, None: the file is read whole).
    """
    try:  # strict: a file that is not UTF-8 is refused by the whole-file path, with today's message
        text = codecs.getincrementaldecoder("utf-8")().decode(head)
    except UnicodeDecodeError:
        return None
    pos = _space(text, 0)
    if text.startswith("[", pos):
        return pos
    return _wrapped_start(text, pos + 1, keys) if text.startswith("{", pos) else None


def _wrapped_start(text: str, pos: int, keys: tuple[str, ...]) -> int | None:
    """The `[` of the records array among the members seen in `text`, chosen as `records` chooses.

    Values are stepped over until one is cut by the end of `text` (most often the records array itself).
    """
    found: dict[str, int] = {}
    while text.startswith('"', pos := _space(text, pos)):
        try:
            key, pos = scanstring(text, pos + 1)
        except ValueError:  # the key is cut by the end of the head
            break
        if not text.startswith(":", pos := _space(text, pos)):
            break
        pos = _space(text, pos + 1)
        found.pop(key, None)  # a repeated key: the last one counts, as in json.loads
        if key in keys and text.startswith("[", pos):
            found[key] = pos
        try:
            pos = _space(text, _STEP(text, pos)[1])
        except (ValueError, StopIteration, RecursionError):  # a value longer than the head
            break
        if not text.startswith(",", pos):
            break
        pos += 1
    return next((found[key] for key in keys if key in found), None)


def _space(text: str, pos: int) -> int:
    return _JSON_SPACE.match(text, pos).end()


def elements(archive: Archive, member: str, log: ImportLog, start: int) -> Iterator[tuple[int, object]]:
    """(index, element) of the array at character `start` (a `BadElement` for one that cannot be decoded).

    A break after some elements is one counted skip for the rest; a break before the first raises `NoArray`. A byte
    that is not UTF-8 anywhere in the file raises `SourceError`, as decoding the file whole did.
    """
    where, repairs, index = archive.where(member), Repairs(), -1
    with archive.open(member) as raw:
        stream = _Utf8Checked(utf8_stream(raw, where), where)
        try:
            for index, element in enumerate(iter_array(stream, start, repairs=repairs)):
                yield index, element
        except JSONStreamError as exc:
            if index < 0:
                raise NoArray(str(exc)) from None
            log.skip(f"{where}#{index + 1}", f"the rest of the file is unreadable: {exc}")
        stream.drain()
    if note := repairs.note(where):
        log.note(note)


class _Utf8Checked:
    """A byte stream that raises `SourceError` at the first byte that is not UTF-8, as decoding the file whole did.

    jsonstream keeps such bytes as U+FFFD; a Meta export is always UTF-8, so one that is not is refused by name.
    """

    def __init__(self, stream: BinaryIO, where: str) -> None:
        self._stream, self._where, self._seen = stream, where, 0
        self._decoder = codecs.getincrementaldecoder("utf-8")()

    def read(self, size: int = -1) -> bytes:
        """The next bytes, checked; the error names the byte's offset in the file."""
        data = self._stream.read(size)
        pending = len(self._decoder.getstate()[0])  # the start of a character cut by the previous read
        try:
            self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            byte = self._seen - pending + exc.start
            raise SourceError(self._where, f"is not valid utf-8 text (byte {byte})") from None
        self._seen += len(data)
        return data

    def drain(self) -> None:
        """Check the rest of the file (what follows the records array) without keeping it."""
        while self.read(BLOCK):
            pass
