"""A read-only view over a folder, zip, tar(.gz) or single file: nothing is ever extracted to disk.

Every connector reads its files through an `Archive`, so the defences against hostile exports live here once:
paths that try to escape, links, members that claim or expand to absurd sizes (zip and tar bombs), too many
members, truncated archives, and nesting (depth, count and memory). The limits are in `archive_limits`.
"""

from __future__ import annotations

import io
import os
import posixpath
import stat
import tarfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import BinaryIO, ClassVar

from auditor.core.errors import SourceError
from connectors import archive_tar, archive_zip
from connectors.archive_limits import DAMAGE, BoundedReader, Budget, LimitExceeded, Limits, human

__all__ = ["Archive", "FileArchive", "FolderArchive", "LimitExceeded", "Limits", "TarArchive", "ZipArchive",
           "open_archive"]

NESTED_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar")


@dataclass
class Archive:
    """Uniform access to the regular files of one source, by relative posix path."""

    name: str
    limits: Limits = field(default_factory=Limits)
    depth: int = 0
    #: entries that were not made available, as (member, reason): reported as skipped, never silently dropped
    problems: list[tuple[str, str]] = field(default_factory=list)
    #: what the source has used so far, shared with the archives nested in it (a new one for a source's top)
    budget: Budget | None = None
    _unlisted: Counter = field(default_factory=Counter, repr=False)
    holds_nested_in_memory: ClassVar[bool] = True

    def __post_init__(self) -> None:
        if self.budget is None:
            self.budget = Budget(self.limits)

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
                f"claims {human(declared)} uncompressed, over the {human(self.limits.member_bytes)} limit",
            )
        return BoundedReader(self._open(member), self.limits.member_bytes, self.where(member))

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
        """Archives stored inside this one (a folder of zips, a zip of zips), within the depth, count and memory
        limits of the source; those past a limit are one problem per limit, naming the first."""
        refused: dict[str, tuple[str, int]] = {}  # reason -> (first member refused for it, how many)
        for member in self.members():
            if not member.lower().endswith(NESTED_SUFFIXES):
                continue
            reason = self._nested_refusal(member)
            if reason:
                first, count = refused.get(reason, (member, 0))
                refused[reason] = (first, count + 1)
                continue
            self.budget.nested += 1
            try:
                yield self._open_nested(member)
            except SourceError as exc:
                self.problems.append((member, exc.problem))
        for reason, (first, count) in refused.items():
            self.problems.append((first, reason if count == 1 else f"{reason} (nor {count - 1:,} more after it)"))

    def _nested_refusal(self, member: str) -> str | None:
        limits, budget = self.limits, self.budget
        if self.depth >= limits.nested_depth:
            return f"archive nested more than {limits.nested_depth} levels deep, not opened"
        if budget.nested >= limits.nested_count:
            return f"more than {limits.nested_count} archives nested in this source, not opened"
        if self.holds_nested_in_memory and budget.nested_bytes + self.size(member) > limits.nested_bytes:
            return (f"nested archives over {human(limits.nested_bytes)} in all (they are read into memory), not "
                    "opened: unpack the outer archive and scan the folder")
        return None

    def _open_nested(self, member: str) -> Archive:
        data = self.read_bytes(member)
        self.budget.nested_bytes += len(data)
        return _archive_from(io.BytesIO(data), data[:512], self.where(member), self.limits, self.depth + 1,
                             self.budget)

    def _refuse(self, member: str, reason: str) -> None:
        """One refused entry, listed while the source has listed fewer than `limits.problems`, else counted."""
        if self.budget.refused < self.limits.problems:
            self.budget.refused += 1
            self.problems.append((member, reason))
        else:
            self._unlisted[reason] += 1

    def _close_listing(self) -> None:
        """One line for the refusals that were only counted, so none is silently lost."""
        if self._unlisted:
            count = sum(self._unlisted.values())
            reasons = "; ".join(f"{n:,} × {reason}" for reason, n in self._unlisted.most_common(3))
            self.problems.append(("", f"{count:,} more entries refused, past the first {self.limits.problems:,} "
                                      f"listed ({reasons})"))
            self._unlisted.clear()

    def close(self) -> None:
        """Release file handles."""


class FolderArchive(Archive):
    """A folder on disk; links are never followed, so nothing outside it is read."""

    holds_nested_in_memory = False  # an archive in a folder is opened from its path

    def __init__(self, root: Path, name: str, limits: Limits, depth: int = 0, budget: Budget | None = None) -> None:
        super().__init__(name=name, limits=limits, depth=depth, budget=budget)
        self.root = root
        self._sizes: dict[str, int] | None = None

    def _scan(self) -> dict[str, int]:
        sizes: dict[str, int] = {}
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False, onerror=self._walk_error):
            rel_dir = Path(dirpath).relative_to(self.root).as_posix()
            for dirname in list(dirnames):
                if (Path(dirpath) / dirname).is_symlink():
                    dirnames.remove(dirname)
                    self._refuse(_join(rel_dir, dirname), "symbolic link, not followed")
            dirnames.sort()
            for filename in sorted(filenames):
                rel = _join(rel_dir, filename)
                if not self.budget.take_entry():
                    self.problems.append((rel, f"the source holds more than {self.limits.members:,} files: this one "
                                               "and the rest of the folder were not read"))
                    return sizes
                info = os.lstat(Path(dirpath) / filename)
                if stat.S_ISLNK(info.st_mode):
                    self._refuse(rel, "symbolic link, not followed")
                elif not stat.S_ISREG(info.st_mode):
                    self._refuse(rel, "not a regular file")
                else:
                    sizes[rel] = info.st_size
        return sizes

    def _walk_error(self, exc: OSError) -> None:
        self.problems.append((str(exc.filename or ""), f"cannot be read ({exc.strerror})"))

    def _sizes_map(self) -> dict[str, int]:
        if self._sizes is None:
            self._sizes = self._scan()
            self._close_listing()
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

    def _open_nested(self, member: str) -> Archive:
        with self._open(member) as stream:
            head = stream.read(512)
        return _archive_from(self.root / member, head, self.where(member), self.limits, self.depth + 1, self.budget)


class ZipArchive(Archive):
    """A zip file, read member by member; bombs, links, escaping paths and oversized tables are refused."""

    def __init__(self, file: BinaryIO | Path, name: str, limits: Limits, depth: int = 0,
                 budget: Budget | None = None) -> None:
        super().__init__(name=name, limits=limits, depth=depth, budget=budget)
        room = limits.members - self.budget.entries
        try:
            if archive_zip.count_entries(file, room + 1) > room:
                raise SourceError(name, f"holds more than {room:,} entries (the limit for a source is "
                                        f"{limits.members:,}); its table was not read")
            self._zip = zipfile.ZipFile(file)
        except DAMAGE as exc:
            raise SourceError(name, f"is not a readable zip file (truncated or damaged: {exc})") from None
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in self._zip.infolist():
            if not self.budget.take_entry():
                self.problems.append((info.filename, f"the source holds more than {limits.members:,} entries: "
                                                     "this one and the rest of the zip were not read"))
                break
            if info.is_dir():
                continue
            rel, reason = self._judge(info)
            if reason:
                self._refuse(info.filename, reason)
            else:
                self._infos[rel] = info
        self._close_listing()

    def _judge(self, info: zipfile.ZipInfo) -> tuple[str, str | None]:
        limits = self.limits
        rel, reason = _safe_member_name(info.filename)
        if reason is None and stat.S_ISLNK(info.external_attr >> 16):
            reason = "symbolic link, not followed"
        if reason is None and info.file_size > limits.member_bytes:
            reason = f"claims {human(info.file_size)} uncompressed, over the {human(limits.member_bytes)} limit"
        if reason is None and _is_bomb(info.file_size, info.compress_size, limits):
            reason = f"compression ratio over {limits.ratio}:1 (a zip bomb?)"
        if reason is None and rel in self._infos:
            reason = "duplicate member name; the first was kept"
        if reason is None and not self.budget.take_bytes(info.file_size):
            reason = f"archive total over {human(limits.total_bytes)}, not read"
        return rel, reason

    def members(self) -> list[str]:
        return list(self._infos)

    def size(self, member: str) -> int:
        return self._infos[member].file_size

    def _open(self, member: str) -> BinaryIO:
        try:
            return self._zip.open(self._infos[member])
        except (*DAMAGE, NotImplementedError, RuntimeError) as exc:
            raise SourceError(self.where(member), f"cannot be read from the zip ({exc})") from None

    def close(self) -> None:
        self._zip.close()


class TarArchive(Archive):
    """A tar or tar.gz (older Mastodon archives), listed and decompressed under the limits; only regular files
    with safe names are readable."""

    def __init__(self, file: BinaryIO | Path, name: str, limits: Limits, depth: int = 0,
                 budget: Budget | None = None) -> None:
        super().__init__(name=name, limits=limits, depth=depth, budget=budget)
        try:
            self._raw = open(file, "rb") if isinstance(file, Path) else file  # noqa: SIM115 - kept open for reads
        except OSError as exc:
            raise SourceError(name, f"cannot be read ({exc.strerror})") from None
        try:
            self._stream = archive_tar.open_stream(self._raw, self.budget, name)
            tar = archive_tar.open_tar(self._stream)
        except LimitExceeded:
            self._raw.close()
            raise
        except DAMAGE as exc:
            self._raw.close()
            raise SourceError(name, f"is not a readable tar archive (truncated or damaged: {exc})") from None
        self._index, stop = archive_tar.list_members(tar, self._stream, self.budget, self._judge, self._refuse)
        if stop and not self._index:  # nothing readable before the bomb or the cut: refused, in one line
            self.close()
            raise SourceError(self.where(stop[0]), stop[1])
        if stop:
            self.problems.append(stop)
        self._close_listing()

    def _judge(self, info: tarfile.TarInfo, index: archive_tar.Index) -> tuple[str, str | None]:
        if info.isdir():
            return info.name, None
        rel, reason = _safe_member_name(info.name)
        if reason is None and not info.isreg():
            reason = "link or special file, not followed"
        if reason is None and (info.sparse is not None or info.type == tarfile.GNUTYPE_SPARSE):
            reason = "sparse file, not read"
        if reason is None and info.size > self.limits.member_bytes:
            reason = f"claims {human(info.size)}, over the {human(self.limits.member_bytes)} limit"
        if reason is None and rel in index:
            reason = "duplicate member name; the first was kept"
        if reason is None and not self.budget.take_bytes(info.size):
            reason = f"archive total over {human(self.limits.total_bytes)}, not read"
        return rel, reason

    def members(self) -> list[str]:
        return list(self._index)

    def size(self, member: str) -> int:
        return self._index[member][1]

    def _open(self, member: str) -> BinaryIO:
        return archive_tar.TarMember(self._stream, *self._index[member])

    def close(self) -> None:
        self._stream.close()
        self._raw.close()


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
    if _is_archive(head):
        return _archive_from(p, head, name, limits, 0, None)
    return FileArchive(p, name, limits)


def _archive_from(file: BinaryIO | Path, head: bytes, name: str, limits: Limits, depth: int,
                  budget: Budget | None) -> Archive:
    if head.startswith(b"PK"):
        return ZipArchive(file, name, limits, depth, budget)
    if _is_archive(head):
        return TarArchive(file, name, limits, depth, budget)
    raise SourceError(name, "is named like an archive but is not a zip or tar")


def _is_archive(head: bytes) -> bool:
    return head.startswith((b"PK", b"\x1f\x8b")) or (len(head) >= 262 and head[257:262] == b"ustar")


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
