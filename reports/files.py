"""Writing report files owner-only and atomically, so a failure never leaves half a report."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


@contextmanager
def private_file(path: str | os.PathLike, *, newline: str | None = None) -> Iterator[TextIO]:
    """A text file opened for writing at a temporary name beside `path` (0600), moved into place on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)  # `--out new/folder/report.html` should just work
    # mkstemp creates the file 0600 from the start: the report is never readable by others, even briefly
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_private(path: str | os.PathLike, text: str) -> Path:
    """Write `text` to `path` owner-only, replacing any earlier file in one step."""
    with private_file(path) as handle:
        handle.write(text)
    return Path(path)
