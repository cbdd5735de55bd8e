"""A tar or tar.gz listed one header at a time, so neither a bomb nor a million entries is read before a limit stops it.

`tarfile.getmembers()` reads the whole member table first (1.5 million empty members: 1 GB) and skips member data
by decompressing it unchecked. Here the gzip layer is a `GuardedStream`, each entry is judged as it is listed, and
only (data offset, size) is kept per member; a member is then read as a slice of that stream.
"""

from __future__ import annotations

import gzip
import io
import tarfile
from collections.abc import Callable
from typing import BinaryIO

from connectors.archive_limits import DAMAGE, Budget, GuardedStream, LimitExceeded, human

HEADER_BYTES = 1024**2  # a long-name or pax header is read whole by tarfile: real ones are under 1 KB
_WHOLE_HEADERS = (tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK, tarfile.XHDTYPE, tarfile.XGLTYPE,
                  tarfile.SOLARIS_XHDTYPE)

Index = dict[str, tuple[int, int]]  # member -> (offset of its data in the uncompressed stream, size)
Judge = Callable[[tarfile.TarInfo, Index], tuple[str, str | None]]  # (member name, reason to refuse it)


class _Header(tarfile.TarInfo):
    """tarfile's header, refusing a long-name or pax header too large to be real before it is read into memory."""

    def _proc_member(self, tarfile_: tarfile.TarFile) -> tarfile.TarInfo:
        if self.type in _WHOLE_HEADERS and self.size > HEADER_BYTES:
            raise tarfile.HeaderError(f"an extended header claims {human(self.size)}")
        return super()._proc_member(tarfile_)


def open_stream(raw: BinaryIO, budget: Budget, where: str) -> GuardedStream:
    """The uncompressed tar stream of `raw` (gzip or plain), guarded by the source's limits while it is read."""
    head = raw.read(2)
    raw.seek(0)
    cap = budget.limits.total_bytes - budget.total
    if head == b"\x1f\x8b":
        return GuardedStream(gzip.GzipFile(fileobj=raw, mode="rb"), raw, budget.limits, cap, where)
    return GuardedStream(raw, None, budget.limits, cap, where)


def open_tar(stream: GuardedStream) -> tarfile.TarFile:
    """A `TarFile` over the stream, its first header read; raises what a damaged archive raises."""
    return tarfile.open(fileobj=stream, mode="r:", tarinfo=_Header)


def list_members(tar: tarfile.TarFile, stream: GuardedStream, budget: Budget, judge: Judge,
                 refuse: Callable[[str, str], None]) -> tuple[Index, tuple[str, str] | None]:
    """The regular files `judge` accepts, by the name it gives (the others are `refuse`d with its reason), and
    why listing stopped early: at the first limit or damage, as (entry, problem); what came before is kept."""
    index: Index = {}
    while True:
        try:
            info = tar.next()
        except (LimitExceeded, *DAMAGE) as exc:
            return index, ("", f"an entry header cannot be read ({_why(exc)}); the rest of the archive was not read")
        tar.members.clear()  # why: tarfile keeps every header it reads; the index keeps two numbers per member
        if info is None:
            return index, None
        if not budget.take_entry():
            return index, (info.name, f"the source holds more than {budget.limits.members:,} entries: this one "
                                      "and the rest of the archive were not read")
        key, reason = judge(info, index)
        if reason:
            refuse(info.name, reason)
        elif info.isreg():
            index[key] = (info.offset_data, info.size)
        try:
            _pass_data(stream, tar)
        except (LimitExceeded, *DAMAGE) as exc:
            if not reason and info.isreg():
                del index[key]
            return index, (info.name, f"{_why(exc)}; it and the rest of the archive were not read")


def _pass_data(stream: GuardedStream, tar: tarfile.TarFile) -> None:
    """Read through the last entry's data up to the next header: a bomb or a cut is found here, not later."""
    if tar.offset > stream.tell():
        stream.seek(tar.offset - 1)
        if not stream.read(1):
            raise EOFError("the archive ends inside this member's data")


def _why(exc: BaseException) -> str:
    return exc.problem if isinstance(exc, LimitExceeded) else f"truncated or damaged: {exc}"


class TarMember(io.RawIOBase):
    """One member's bytes: a slice of the tar's uncompressed stream, which it seeks before every read."""

    def __init__(self, stream: GuardedStream, offset: int, size: int) -> None:
        self._stream, self._offset, self._size, self._pos = stream, offset, size, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view, filled = memoryview(buffer), 0
        while filled < len(view) and self._pos < self._size:
            self._stream.seek(self._offset + self._pos)
            chunk = self._stream.read(min(len(view) - filled, self._size - self._pos))
            if not chunk:
                raise EOFError("unexpected end of data")
            view[filled: filled + len(chunk)] = chunk
            filled += len(chunk)
            self._pos += len(chunk)
        return filled
