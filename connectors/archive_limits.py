"""The caps that keep a hostile archive from exhausting memory, disk or time, and the streams that enforce them.

Declared sizes are checked when an archive is listed; what a member or a compressed stream actually produces is
checked while it is read, because a header can lie and a gzip stream's ratio is only known by decompressing it.
One `Budget` is shared by an archive and every archive nested in it, so nesting cannot multiply the limits.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from auditor.core.errors import SourceError


@dataclass(frozen=True)
class Limits:
    """Caps for one source (an archive and the archives nested in it)."""

    member_bytes: int = 2 * 1024**3  # one member, uncompressed: larger than any real export file
    total_bytes: int = 16 * 1024**3  # all members of the source together, uncompressed (and a tar stream's length)
    ratio: int = 200  # uncompressed / compressed: real text compresses 3-30:1, a bomb of zeros ~1000:1
    ratio_floor: int = 16 * 1024**2  # the ratio is judged per 16 MB produced: small files can compress very well
    nested_bytes: int = 256 * 1024**2  # archives inside an archive are read into memory: all of them together
    nested_depth: int = 2  # a folder of zips of zips; deeper is not an export layout
    nested_count: int = 100  # archives opened in one source: a folder of exports, an export split in parts
    # entries listed in one source: zipfile keeps ~500 bytes per entry and tarfile lists ~60,000 a second; a heavy
    # export (photos, messages) holds tens of thousands of files
    members: int = 500_000
    problems: int = 1_000  # entries refused one by one per source; past that, one line counts the rest


class LimitExceeded(SourceError):
    """A member is larger than the limits allow, or expands beyond what it declared."""


# what reading a damaged zip, tar or gzip stream raises (BadGzipFile is an OSError)
DAMAGE = (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, zlib.error, ValueError)


@dataclass
class Budget:
    """What one source has used so far: shared by an archive and the archives nested in it."""

    limits: Limits
    entries: int = 0  # entries listed, whatever became of them
    total: int = 0  # uncompressed bytes of the members made available
    nested: int = 0  # nested archives opened
    nested_bytes: int = 0  # nested archives read into memory
    refused: int = 0  # entries refused one by one (past `limits.problems`, only counted)

    def take_entry(self) -> bool:
        """Count one more listed entry; False once the source has as many as the limit allows."""
        self.entries += 1
        return self.entries <= self.limits.members

    def take_bytes(self, size: int) -> bool:
        """Count a member's size into the source's total; False (and nothing counted) when it would exceed it."""
        if self.total + size > self.limits.total_bytes:
            return False
        self.total += size
        return True


def human(n: float) -> str:
    """A byte count for messages: `512 bytes`, `1.5 MB`, `16.0 GB`."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


class BoundedReader(io.RawIOBase):
    """Counts bytes actually produced, so a member that lies about its size is stopped at the cap."""

    def __init__(self, inner: BinaryIO, cap: int, where: str) -> None:
        self._inner = inner
        self._left = cap
        self._cap = cap
        self._where = where

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        want = len(buffer)
        try:
            chunk = self._inner.read(min(want, self._left + 1))
        except SourceError:
            raise
        except DAMAGE as exc:
            raise SourceError(self._where, f"is damaged ({exc})") from None
        if len(chunk) > self._left:
            raise LimitExceeded(self._where, f"expands beyond the {human(self._cap)} limit")
        self._left -= len(chunk)
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            whole = io.BytesIO()  # why: its value is handed over without a copy; joining chunks held two copies
            while chunk := super().read(1024 * 1024):
                whole.write(chunk)
            return whole.getvalue()
        return super().read(size)

    def close(self) -> None:
        self._inner.close()
        super().close()


class GuardedStream(io.RawIOBase):
    """A seekable decompressed stream (a tar.gz's gzip layer) that stops when it expands too far or too fast.

    `compressed` is the file being decompressed: its position says how much input produced the output so far;
    `cap` is what the source's total leaves for this stream. Forward seeks are read through here, so a skipped
    member is judged like a read one.
    """

    CHUNK = 1024 * 1024

    def __init__(self, inner: BinaryIO, compressed: BinaryIO | None, limits: Limits, cap: int, where: str) -> None:
        self._inner, self._compressed, self._limits, self._cap, self._where = inner, compressed, limits, cap, where
        self._pos = 0
        self._mark = (0, 0)  # (output, input) positions where the current ratio window began

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self._inner.read(min(len(buffer), self.CHUNK))
        buffer[: len(chunk)] = chunk
        self._pos += len(chunk)
        self._check()
        return len(chunk)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        target = {io.SEEK_SET: offset, io.SEEK_CUR: self._pos + offset}.get(whence)
        if target is None or target < 0:
            raise OSError(f"unsupported seek ({offset}, {whence})")
        if target < self._pos:  # gzip rewinds and decompresses again up to a point this stream already passed
            self._pos = self._inner.seek(target)
            self._mark = (self._pos, self._input())
        while self._pos < target:
            if not self.read(min(target - self._pos, self.CHUNK)):
                break  # past the end: like a file, reading there gives nothing
        return self._pos

    def _input(self) -> int:
        return self._compressed.tell() if self._compressed is not None else self._pos

    def _check(self) -> None:
        if self._pos > self._cap:
            raise LimitExceeded(self._where, f"expands past {human(self._cap)}, what the source's total limit "
                                             f"({human(self._limits.total_bytes)}) leaves for this archive")
        out, read = self._pos - self._mark[0], self._input() - self._mark[1]
        if out < self._limits.ratio_floor:
            return
        if out > self._limits.ratio * max(read, 1):
            raise LimitExceeded(self._where, f"expands more than {self._limits.ratio}:1 while decompressing "
                                             f"(a compression bomb?)")
        self._mark = (self._pos, self._input())

    def close(self) -> None:
        self._inner.close()
        super().close()
