"""A read-only view over a folder, zip, tar(.gz) or single file: nothing is ever extracted to disk.

Every connector reads its files through an `Archive`, so the defences against hostile exports live here once:
paths that try to escape, links, members that claim or expand to absurd sizes (zip bombs), truncated archives
and nesting depth.
"""

from __future__ import annotations

import io
import os
import posixpath
import stat
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import BinaryIO

from auditor.errors import SourceError

NESTED_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar")


@dataclass(frozen=True)
class Limits:
    """Caps that keep a hostile archive from exhausting memory or disk."""

    member_bytes: int = 2 * 1024**3  # one member, uncompressed
    total_bytes: int = 16 * 1024**3  # all members, uncompressed
    ratio: int = 200  # uncompressed / compressed, checked for members over ratio_floor
    ratio_floor: int = 16 * 1024**2
    nested_bytes: int = 512 * 1024**2  # a zip inside a zip is read into memory, so it is smaller
    nested_depth: int = 2
    members: int = 1_000_000


class LimitExceeded(SourceError):
    """A member is larger than the limits allow, or expands beyond what it declared."""


@dataclass
class Archive:
    """Uniform access to the regular files of one source, by relative posix path."""

    name: str
    limits: Limits = field(default_factory=Limits)
    depth: int = 0
    #: entries that were not made available, as (member, reason): reported as skipped, never silently dropped
    problems: list[tuple[str, str]] = field(default_factory=list)

    def members(self) -> list[str]:
        """Relative posix paths of every readable regular file."""
        raise NotImplementedError

    def size(self, member: str) -> int:
        """Declared uncompressed size of a member."""
        raise NotImplementedError

    def _open(self, member: str) -> BinaryIO:
        raise NotImplementedError

    def open(self, member: str) -> BinaryIO:
        """A binary stream of the member that raises `LimitExceeded` past the member cap."""
        declared = self.size(member)
        if declared > self.limits.member_bytes:
            raise LimitExceeded(
                self.where(member),
                f"claims {_human(declared)} uncompressed, over the {_human(self.limits.member_bytes)} limit",
            )
        return _BoundedReader(self._open(member), self.limits.member_bytes, self.where(member))

    def read_bytes(self, member: str) -> bytes:
        """The whole member, within the member cap."""
        with self.open(member) as stream:
            return stream.read()

    def read_text(self, member: str, encoding: str = "utf-8-sig") -> str:
        """The member decoded; an undecodable file raises a `SourceError` that names the encoding."""
        data = self.read_bytes(member)
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise SourceError(self.where(member), f"is not valid {encoding} text (byte {exc.start})") from None

    def where(self, member: str) -> str:
        """A human location for messages: the source name and the member inside it."""
        return f"{self.name}/{member}" if member else self.name

    def find(self, pattern: str) -> list[str]:
        """Members whose basename matches a glob pattern, sorted (layouts move; names are stabler)."""
        return sorted(m for m in self.members() if fnmatch(posixpath.basename(m), pattern))

    def nested(self) -> Iterator[Archive]:
        """Archives stored inside this one (a folder of zips, a zip of zips), within the depth limit."""
        if self.depth >= self.limits.nested_depth:
            return
        for member in self.members():
            if not member.lower().endswith(NESTED_SUFFIXES):
                continue
            if self.size(member) > self.limits.nested_bytes:
                self.problems.append((member, f"nested archive over {_human(self.limits.nested_bytes)}, not opened"))
                continue
            try:
                yield self._open_nested(member)
            except SourceError as exc:
                self.problems.append((member, exc.problem))

    def _open_nested(self, member: str) -> Archive:
        data = self.read_bytes(member)
        name = self.where(member)
        return _archive_from_bytes(data, name, self.limits, self.depth + 1, member)

    def close(self) -> None:
        """Release file handles."""


class FolderArchive(Archive):
    """A folder on disk; links are never followed, so nothing outside it is read."""

    def __init__(self, root: Path, name: str, limits: Limits, depth: int = 0) -> None:
        super().__init__(name=name, limits=limits, depth=depth)
        self.root = root
        self._sizes: dict[str, int] | None = None

    def _scan(self) -> dict[str, int]:
        sizes: dict[str, int] = {}
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False, onerror=self._walk_error):
            rel_dir = Path(dirpath).relative_to(self.root).as_posix()
            for dirname in list(dirnames):
                if (Path(dirpath) / dirname).is_symlink():
                    dirnames.remove(dirname)
                    self.problems.append((_join(rel_dir, dirname), "symbolic link, not followed"))
            dirnames.sort()
            for filename in sorted(filenames):
                rel = _join(rel_dir, filename)
                info = os.lstat(Path(dirpath) / filename)
                if stat.S_ISLNK(info.st_mode):
                    self.problems.append((rel, "symbolic link, not followed"))
                elif not stat.S_ISREG(info.st_mode):
                    self.problems.append((rel, "not a regular file"))
                elif len(sizes) >= self.limits.members:
                    self.problems.append((rel, f"more than {self.limits.members} files, not read"))
                else:
                    sizes[rel] = info.st_size
        return sizes

    def _walk_error(self, exc: OSError) -> None:
        self.problems.append((str(exc.filename or ""), f"cannot be read ({exc.strerror})"))

    def _sizes_map(self) -> dict[str, int]:
        if self._sizes is None:
            self._sizes = self._scan()
        return self._sizes

    def members(self) -> list[str]:
        return list(self._sizes_map())

    def size(self, member: str) -> int:
        return self._sizes_map()[member]

    def _open(self, member: str) -> BinaryIO:
        try:
            return open(self.root / member, "rb")
        except OSError as exc:
            raise SourceError(self.where(member), f"cannot be read ({exc.strerror})") from None


class ZipArchive(Archive):
    """A zip file, read member by member; bombs, links and escaping paths are refused."""

    def __init__(self, file: BinaryIO | Path, name: str, limits: Limits, depth: int = 0) -> None:
        super().__init__(name=name, limits=limits, depth=depth)
        try:
            self._zip = zipfile.ZipFile(file)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise SourceError(name, f"is not a readable zip file (truncated or damaged: {exc})") from None
        self._infos: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in self._zip.infolist():
            if info.is_dir():
                continue
            rel, reason = _safe_member_name(info.filename)
            if reason is None and stat.S_ISLNK(info.external_attr >> 16):
                reason = "symbolic link, not followed"
            if reason is None and info.file_size > limits.member_bytes:
                reason = f"claims {_human(info.file_size)} uncompressed, over the {_human(limits.member_bytes)} limit"
            if reason is None and _is_bomb(info.file_size, info.compress_size, limits):
                reason = f"compression ratio over {limits.ratio}:1 (a zip bomb?)"
            if reason is None and total + info.file_size > limits.total_bytes:
                reason = f"archive total over {_human(limits.total_bytes)}, not read"
            if reason is None and len(self._infos) >= limits.members:
                reason = f"more than {limits.members} members, not read"
            if reason is None and rel in self._infos:
                reason = "duplicate member name; the first was kept"
            if reason:
                self.problems.append((info.filename, reason))
                continue
            total += info.file_size
            self._infos[rel] = info

    def members(self) -> list[str]:
        return list(self._infos)

    def size(self, member: str) -> int:
        return self._infos[member].file_size

    def _open(self, member: str) -> BinaryIO:
        try:
            return self._zip.open(self._infos[member])
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
            raise SourceError(self.where(member), f"cannot be read from the zip ({exc})") from None

    def close(self) -> None:
        self._zip.close()


class TarArchive(Archive):
    """A tar or tar.gz (older Mastodon archives); only regular files with safe names are readable."""

    def __init__(self, file: BinaryIO | Path, name: str, limits: Limits, depth: int = 0) -> None:
        super().__init__(name=name, limits=limits, depth=depth)
        try:
            if isinstance(file, Path):
                self._tar = tarfile.open(file, mode="r:*")  # noqa: SIM115 - kept open for reads
            else:
                self._tar = tarfile.open(fileobj=file, mode="r:*")  # noqa: SIM115 - kept open for reads
            raw_members = self._tar.getmembers()
        except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
            raise SourceError(name, f"is not a readable tar archive (truncated or damaged: {exc})") from None
        self._infos: dict[str, tarfile.TarInfo] = {}
        total = 0
        for info in raw_members:
            if info.isdir():
                continue
            rel, reason = _safe_member_name(info.name)
            if reason is None and not info.isreg():
                reason = "link or special file, not followed"
            if reason is None and info.size > limits.member_bytes:
                reason = f"claims {_human(info.size)}, over the {_human(limits.member_bytes)} limit"
            if reason is None and total + info.size > limits.total_bytes:
                reason = f"archive total over {_human(limits.total_bytes)}, not read"
            if reason is None and rel in self._infos:
                reason = "duplicate member name; the first was kept"
            if reason:
                self.problems.append((info.name, reason))
                continue
            total += info.size
            self._infos[rel] = info

    def members(self) -> list[str]:
        return list(self._infos)

    def size(self, member: str) -> int:
        return self._infos[member].size

    def _open(self, member: str) -> BinaryIO:
        try:
            stream = self._tar.extractfile(self._infos[member])
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise SourceError(self.where(member), f"cannot be read from the tar ({exc})") from None
        if stream is None:
            raise SourceError(self.where(member), "is not a regular file")
        return stream

    def close(self) -> None:
        self._tar.close()


class FileArchive(Archive):
    """A single file given directly (a `tweets.js`, a `Shares.csv`, a `.car`, a feed)."""

    def __init__(self, path: Path, name: str, limits: Limits) -> None:
        super().__init__(name=name, limits=limits)
        self.path = path

    def members(self) -> list[str]:
        return [self.path.name]

    def size(self, member: str) -> int:
        return self.path.stat().st_size

    def where(self, member: str) -> str:
        return self.name

    def _open(self, member: str) -> BinaryIO:
        try:
            return open(self.path, "rb")
        except OSError as exc:
            raise SourceError(self.name, f"cannot be read ({exc.strerror})") from None


def open_archive(path: str | Path, limits: Limits | None = None) -> Archive:
    """Open a path as an archive, deciding by content (zip and tar magic), not by the file name."""
    limits = limits or Limits()
    p = Path(path)
    name = str(path)
    if not p.exists() and not p.is_symlink():
        raise SourceError(name, "does not exist")
    if p.is_dir():
        if not os.access(p, os.R_OK | os.X_OK):
            raise SourceError(name, "cannot be read (permission denied)")
        return FolderArchive(p, name, limits)
    if not p.is_file():
        raise SourceError(name, "is not a file or folder")
    try:
        with open(p, "rb") as f:
            head = f.read(512)
    except OSError as exc:
        raise SourceError(name, f"cannot be read ({exc.strerror})") from None
    if head.startswith(b"PK"):
        return ZipArchive(p, name, limits)
    if head.startswith(b"\x1f\x8b") or _looks_like_tar(head):
        return TarArchive(p, name, limits)
    return FileArchive(p, name, limits)


def _archive_from_bytes(data: bytes, name: str, limits: Limits, depth: int, member: str) -> Archive:
    if data.startswith(b"PK"):
        return ZipArchive(io.BytesIO(data), name, limits, depth)
    if data.startswith(b"\x1f\x8b") or _looks_like_tar(data[:512]):
        return TarArchive(io.BytesIO(data), name, limits, depth)
    raise SourceError(name, "is named like an archive but is not a zip or tar")


def _looks_like_tar(head: bytes) -> bool:
    return len(head) >= 262 and head[257:262] == b"ustar"


def _safe_member_name(raw: str) -> tuple[str, str | None]:
    """Normalise a member name; a name that is absolute or climbs out (zip-slip) gets a reason instead."""
    name = raw.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return name, "absolute path in archive, not read"
    if "\x00" in name:
        return name, "NUL byte in member name, not read"
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if any(part == ".." for part in parts):
        return name, "path climbs out of the archive (zip-slip), not read"
    return "/".join(parts), None


def _is_bomb(size: int, compressed: int, limits: Limits) -> bool:
    return size > limits.ratio_floor and size > limits.ratio * max(compressed, 1)


def _join(folder: str, name: str) -> str:
    return name if folder in ("", ".") else f"{folder}/{name}"


def _human(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


class _BoundedReader(io.RawIOBase):
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
        except (zipfile.BadZipFile, OSError, EOFError, tarfile.TarError) as exc:
            raise SourceError(self._where, f"is damaged ({exc})") from None
        if len(chunk) > self._left:
            raise LimitExceeded(self._where, f"expands beyond the {_human(self._cap)} limit")
        self._left -= len(chunk)
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            chunks = []
            while True:
                chunk = super().read(1024 * 1024)
                if not chunk:
                    return b"".join(chunks)
                chunks.append(chunk)
        return super().read(size)

    def close(self) -> None:
        self._inner.close()
        super().close()
