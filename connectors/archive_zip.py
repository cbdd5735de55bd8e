"""How many entries a zip's central directory holds, counted before `zipfile` parses it.

`zipfile.ZipFile` reads the whole table into objects (a million entries: 500 MB, from a 92 MB file or a 5 MB
compressed one nested in a tar.gz), so a table with more entries than the limit must be refused before it is
parsed. Only the fixed part of each entry is read here, a megabyte at a time.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

_END = struct.Struct("<4s4H2LH")  # end of central directory record
_END64 = struct.Struct("<4sQ2H2L4Q")  # zip64 end of central directory record
_LOCATOR = 20  # zip64 end locator, just before the end record
_ENTRY = 46  # fixed part of a central directory entry; then name, extra and comment
_TAIL = 65536 + _END.size  # the end record is within the last 64 KB (its comment is at most that long)
_BLOCK = 1024 * 1024


def count_entries(file: BinaryIO | Path, cap: int) -> int:
    """Entries in the central directory, counted up to `cap` (then `cap`); 0 when no table is found (the
    damaged zip is then refused by `zipfile` itself)."""
    if isinstance(file, Path):
        with open(file, "rb") as f:
            return count_entries(f, cap)
    where = _directory(file)
    if where is None:
        return 0
    start, size = where
    count, pos, buffer, base = 0, start, b"", start
    while pos < start + size and count < cap:
        if pos + _ENTRY > base + len(buffer):
            file.seek(pos)
            buffer, base = file.read(max(_BLOCK, _ENTRY)), pos
            if len(buffer) < _ENTRY or buffer[:4] != b"PK\x01\x02":
                return count
        at = pos - base
        if buffer[at: at + 4] != b"PK\x01\x02":
            return count
        name, extra, comment = struct.unpack_from("<3H", buffer, at + 28)
        pos += _ENTRY + name + extra + comment
        count += 1
    return count


def _directory(file: BinaryIO) -> tuple[int, int] | None:
    """(offset, size) of the central directory, found from the end record as `zipfile` finds it."""
    end = file.seek(0, 2)
    file.seek(max(0, end - _TAIL))
    tail = file.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _END.size:
        return None
    record = end - len(tail) + at
    size = _END.unpack_from(tail, at)[5]
    if at < _LOCATOR or tail[at - _LOCATOR: at - _LOCATOR + 4] != b"PK\x06\x07":  # no zip64 end locator
        return record - size, size
    z64 = record - _LOCATOR - _END64.size
    if z64 < 0:
        return None
    file.seek(z64)
    head = file.read(_END64.size)
    if len(head) < _END64.size or head[:4] != b"PK\x06\x06":
        return None
    size = _END64.unpack(head)[8]
    return z64 - size, size
