"""Numpy arrays kept in a cache folder (`auditor.core.cache`), one uncompressed .npy file each, mapped when read.

An entry is the files `<key>.<name>.npy` of one key; a key names everything the arrays were made from (a hash), so
a changed source makes a new entry and never reads an old one. Reading maps each file (only the pages used are read)
and gives None when a file is missing or unreadable: the caller makes the arrays again and keeps them, which removes
every other key's files. No pickle is read or written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from auditor.core import cache


def read(folder: Path, key: str, names: Sequence[str]) -> dict[str, np.ndarray] | None:
    """The arrays `names` kept under `key`, or None when one is missing or unreadable."""
    try:
        return {name: _mapped(folder / f"{key}.{name}.npy") for name in names}
    except (OSError, ValueError):
        return None


def _mapped(path: Path) -> np.ndarray:
    """One array, mapped from its file (only the pages read are read), or read whole where files cannot be mapped."""
    try:
        return np.load(path, mmap_mode="r", allow_pickle=False)
    except FileNotFoundError:
        raise
    except OSError:  # why: a file system without mmap would otherwise make the entry again on every run
        return np.load(path, allow_pickle=False)


def keep(folder: Path, key: str, arrays: dict[str, np.ndarray]) -> None:
    """Write each array under `key` (0600, whole or not at all), and remove the files of every other key."""
    cache.prune(folder, lambda name: name.startswith(f"{key}."))
    for name, array in arrays.items():
        cache.write(folder / f"{key}.{name}.npy", lambda handle, array=array: np.save(handle, array))
