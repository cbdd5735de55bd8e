"""A private folder in the person's cache for what is kept only for speed: never a post, nothing of theirs.

It holds py3langid's model made ready for the batch identifier (`scoring/langid_model.py`), the model heads' arrays
stacked as they are read (`scoring/semantic.py`), both as numpy files (`core/cached_arrays.py`), and the report's
templates compiled (`reports/compiled.py`). Each entry is named by a hash of everything it was made from, so a
changed source makes a new entry and never reads an old one; deleting the folder costs only the time to make its
entries again. The folder is created owner-only (0700) and each file is written 0600, complete or not at all; a
folder that is not the person's own is not used, and one that others may enter is closed (0700) before it is.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def folder(name: str, root: str | os.PathLike | None = None) -> Path | None:
    """`<root>/<name>` (root: the user cache's `auditor` folder), created owner-only; None when it cannot be made or
    is not the person's own (nothing is cached then)."""
    if root is None:
        import platformdirs

        root = platformdirs.user_cache_dir("auditor", appauthor=False)
    base = Path(root)
    path = base / name
    try:
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.mkdir(mode=0o700, exist_ok=True)
        return path if _is_private(base) and _is_private(path) else None
    except OSError:
        return None


def _is_private(path: Path) -> bool:
    """Whether `path` is a folder of this user's, closed to others (it is closed here when it was not)."""
    info = path.stat()
    if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
        return False
    if os.name == "posix" and info.st_mode & 0o077:  # ours, opened by an older umask or a restore: closed again
        path.chmod(0o700)
    return True


def write(path: Path, fill: Callable[[BinaryIO], object]) -> bool:
    """Write one entry: `fill` writes into a 0600 temporary file beside `path`, moved into place once on disk.
    False when it could not be written (a full disk, a read-only cache): a cache is never worth failing for."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())  # why: renamed before its data is on disk, a power cut could leave it garbled
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def prune(folder: Path, keep: Callable[[str], bool]) -> None:
    """Remove the files of `folder` whose name `keep` refuses (entries of an older source, a killed write's copy)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if not keep(name):
            with contextlib.suppress(OSError):  # gone already, or a folder: not ours to remove
                (folder / name).unlink()
