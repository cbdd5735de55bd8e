"""Writing report files owner-only and atomically, so a failure never leaves half a report.

Each file is written at a temporary name beside its target, flushed to disk, then renamed over it in one step;
`staging` holds several files until all are written, so that they are moved into place together. Anything that
stops the writing (an error, a full disk, Ctrl-C) removes the temporary files and leaves earlier reports as they
were. Only a kill -9 or a power cut can leave a hidden `.auditor-<pid>-*.tmp` folder or `.<name>.<pid>-*.tmp` file
behind: the next report written in that folder removes those whose process no longer runs (they are private copies
of a report, and nobody else's to keep).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from auditor.core.errors import AuditorError


class ReportError(AuditorError, OSError):
    """A report cannot be written where asked: names the path and why (an OSError too, as what it reports)."""

    def __init__(self, path: str | os.PathLike, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem


@contextmanager
def private_file(path: str | os.PathLike, *, newline: str | None = None, binary: bool = False) -> Iterator[IO]:
    """A text file (or with `binary`, a bytes one) opened for writing at a temporary name beside `path` (0600),
    moved into place on success."""
    target = Path(path)
    folder = report_folder(target.parent)
    prefix = f".{target.name}."
    remove_leftovers(folder, prefix)
    try:
        # mkstemp creates the file 0600 from the start: the report is never readable by others, even briefly
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f"{prefix}{os.getpid()}-", suffix=".tmp")
    except OSError as exc:
        raise ReportError(folder, f"cannot write the report there ({exc.strerror})") from None
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline=newline)) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())  # on disk before the rename, so a power cut cannot leave an empty report
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, ReportError):  # a full disk, a quota, a folder…
            raise ReportError(target, f"cannot write the report ({exc.strerror or exc})") from None
        raise


def write_private(path: str | os.PathLike, text: str) -> Path:
    """Write `text` to `path` owner-only, replacing any earlier file in one step."""
    with private_file(path) as handle:
        handle.write(text)
    return Path(path)


def report_folder(folder: Path) -> Path:
    """`folder`, created if missing (`--out new/folder/report.html` should just work), or a one-line error."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocker = next((p for p in (folder, *folder.parents) if p.is_file()), None)
        if blocker is not None:
            raise ReportError(blocker, f"is a file, so no report can be written in {folder}") from None
        raise ReportError(folder, f"cannot create the report folder ({exc.strerror})") from None
    return folder


@contextmanager
def staging(folder: Path) -> Iterator[Path]:
    """A private temporary folder inside `folder` (so renames out of it are atomic), removed whatever happens."""
    folder = report_folder(folder)
    remove_leftovers(folder, _STAGE)
    try:
        stage = Path(tempfile.mkdtemp(dir=folder, prefix=f"{_STAGE}{os.getpid()}-", suffix=".tmp"))  # 0700
    except OSError as exc:
        raise ReportError(folder, f"cannot write the report there ({exc.strerror})") from None
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


_STAGE = ".auditor-"


def remove_leftovers(folder: Path, prefix: str) -> None:
    """Remove the temporary files and folders named `<prefix><pid>-*.tmp` in `folder` that are this user's and
    whose writing process no longer runs on this machine (killed outright: it could not clean up). POSIX only."""
    if os.name != "posix":  # elsewhere, signal 0 is not a harmless "are you there?"
        return
    pattern = re.compile(re.escape(prefix) + r"(\d+)-[^/]*\.tmp")
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        found = pattern.fullmatch(name)
        if found is None or _running(int(found.group(1))):
            continue
        leftover = folder / name
        try:
            if leftover.lstat().st_uid != os.getuid():
                continue
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink()
        except OSError:  # gone meanwhile, or not ours to remove: a leftover is never worth an error
            continue


def _running(pid: int) -> bool:
    """Whether a process with this id runs here (any user's)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):  # PermissionError: it runs, as someone else; anything odd: assume it runs
        return True
    return True


def publish(stage: Path, targets: Iterable[Path]) -> None:
    """Move each file written in `stage` under its target's name onto that target, each in one atomic step."""
    targets = list(targets)
    for target in targets:  # the one failure to foresee, checked before the first file is moved
        if target.is_dir():
            raise ReportError(target, "is a folder, so the report cannot be written there; choose another --out")
    for target in targets:
        try:
            os.replace(stage / target.name, target)
        except OSError as exc:
            raise ReportError(target, f"cannot write the report ({exc.strerror})") from None
