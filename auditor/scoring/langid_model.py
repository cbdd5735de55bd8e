"""py3langid's model in 0.07 s instead of 0.75 s: its arrays kept uncompressed in the person's cache.

py3langid ships its model as an LZMA-compressed npz (4.5 MB): decompressing it took 0.4 s and reading the 68 MB of
arrays inside 0.3 s more, in every scan with a post its platform gave no language (0.75 s of the 2.45 s a
1,000-post scan took). The first load keeps those same arrays, one uncompressed .npy each, in the cache folder `langid`
(`auditor.core.cache`: owner-only); later loads map them from there. The entries are named by the SHA-256 of py3langid's
model file, so another model (a py3langid upgrade) makes new ones and removes the old. The identifier is
py3langid's own `LanguageIdentifier`, built from the arrays exactly as `from_model_file` builds it (a test checks
both give the same). Without a usable cache folder the model is read from py3langid's file, as before.
"""

from __future__ import annotations

import hashlib
import io
import lzma
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from py3langid import modelio
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from auditor.core import cache

#: the arrays of py3langid's model file (its `modelio.load_model` reads these)
ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
LAYOUT = "1"  # this module's way of keeping them: a change here makes new entries


def identifier(languages: Sequence[str] | None = None, folder: Path | None = None, *,
               source: Path = MODEL_DIR / MODEL_FILE) -> LanguageIdentifier:
    """py3langid's normalised identifier (among `languages`, when given), from the cache in `folder` (default: the
    person's cache), made there from `source` when missing."""
    folder = cache.folder("langid") if folder is None else folder
    arrays = _arrays(source, folder)
    found = LanguageIdentifier(  # as LanguageIdentifier.from_model_file builds it, from what load_model returns
        np.asarray(arrays["ptc"]), np.asarray(arrays["pc"]), arrays["classes"].tolist(),
        modelio._to_array(arrays["nextmove"]), arrays["out_feat"].tolist(),
        norm_probs=True, tk_row=modelio._to_array(arrays["nextmove_row"]))
    if languages is not None:
        found.set_languages(languages)
    return found


def _arrays(source: Path, folder: Path | None) -> dict[str, np.ndarray]:
    """The model's arrays: mapped from the cache when it has them, else read from `source` (and kept there)."""
    data = source.read_bytes()
    key = f"{hashlib.sha256(data).hexdigest()[:32]}-{LAYOUT}"
    if folder is not None:
        kept = _read(folder, key)
        if kept is not None:
            return kept
    arrays = _decompressed(data)
    if folder is not None:
        _keep(folder, key, arrays)
    return arrays


def _decompressed(data: bytes) -> dict[str, np.ndarray]:
    """The arrays of py3langid's model file, read as its `load_model` reads them (the npz streamed to a private
    temporary file, never whole in memory beside its arrays)."""
    with tempfile.TemporaryFile(suffix=".npz") as npz:
        with lzma.open(io.BytesIO(data)) as xz:
            shutil.copyfileobj(xz, npz, length=1 << 20)
        npz.seek(0)
        with np.load(npz, allow_pickle=False) as arrays:
            return {name: arrays[name] for name in ARRAYS}


def _read(folder: Path, key: str) -> dict[str, np.ndarray] | None:
    """The arrays kept under `key`, or None when one is missing, unreadable or inconsistent with the others."""
    try:
        arrays = {name: _mapped(folder / f"{key}.{name}.npy") for name in ARRAYS}
    except (OSError, ValueError):
        return None
    return arrays if _consistent(arrays) else None


def _mapped(path: Path) -> np.ndarray:
    """One array, mapped from its file (only the pages read are read), or read whole where files cannot be mapped."""
    try:
        return np.load(path, mmap_mode="r", allow_pickle=False)
    except FileNotFoundError:
        raise
    except OSError:  # why: a file system without mmap would otherwise make the entry again on every run
        return np.load(path, allow_pickle=False)


def _consistent(a: dict[str, np.ndarray]) -> bool:
    """Shapes that fit together: one score per language and feature, one output per state, whole 256-byte rows."""
    languages = len(a["pc"])
    return (a["ptc"].ndim == 2 and a["ptc"].shape[1] == languages and len(a["classes"]) == languages
            and a["nextmove"].size % 256 == 0 and len(a["nextmove_row"]) == len(a["out_feat"]))


def _keep(folder: Path, key: str, arrays: dict[str, np.ndarray]) -> None:
    """Write each array to the cache (0600, whole or not at all), and remove the entries of another model."""
    cache.prune(folder, lambda name: name.startswith(f"{key}."))
    for name, array in arrays.items():
        cache.write(folder / f"{key}.{name}.npy", lambda handle, array=array: np.save(handle, array))
