"""py3langid's model made ready for the batch identifier once, and kept so in the person's cache.

py3langid ships its model as an LZMA-compressed npz (4.5 MB): decompressing it took 0.4 s and reading the 68 MB of
arrays inside 0.3 s more; building its `LanguageIdentifier`, narrowing it to our candidate languages and converting
its tables to what `langid_batch.BatchIdentifier` reads took 0.15-0.3 s more, in every scan with a post its platform
gave no language. The first load keeps the batch identifier's own arrays (`langid_batch.ARRAYS`), one uncompressed
.npy each, in the cache folder `langid` (`auditor.core.cache`: owner-only); later loads map them from there (~0.02 s:
only the pages a walk reads are read). The entries are named by the SHA-256 of py3langid's model file and of the
candidate languages, so another model (a py3langid upgrade) or another choice of languages makes new ones and
removes the old. The arrays are made from py3langid's own `LanguageIdentifier`, built exactly as `from_model_file`
builds it (a test checks the identifier from the cache classifies as py3langid's does). Without a usable cache folder
they are made from py3langid's file, as before.
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

from auditor.core import cache, cached_arrays
from auditor.scoring.langid_batch import ARRAYS, BatchIdentifier, prepare

#: the arrays of py3langid's model file (its `modelio.load_model` reads these)
MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
LAYOUT = "2"  # this module's way of keeping them: a change here makes new entries


def batch_identifier(languages: Sequence[str], folder: Path | None = None, *,
                     source: Path = MODEL_DIR / MODEL_FILE) -> BatchIdentifier:
    """py3langid's normalised identifier among `languages`, as a batch identifier, from the cache in `folder`
    (default: the person's cache), made there from `source` when missing."""
    folder = cache.folder("langid") if folder is None else folder
    data = source.read_bytes()
    digest = hashlib.sha256(data)
    digest.update("\0".join(languages).encode("utf-8"))
    key = f"{digest.hexdigest()[:32]}-{LAYOUT}"
    if folder is not None:
        kept = cached_arrays.read(folder, key, ARRAYS)
        if kept is not None and _consistent(kept):
            return BatchIdentifier(kept)
    arrays = prepare(identifier(_decompressed(data), languages))
    if folder is not None:
        cached_arrays.keep(folder, key, arrays)
    return BatchIdentifier(arrays)


def identifier(arrays: dict[str, np.ndarray], languages: Sequence[str] | None = None) -> LanguageIdentifier:
    """py3langid's normalised identifier (among `languages`, when given) over its model file's arrays, built as
    `LanguageIdentifier.from_model_file` builds it from what `load_model` returns."""
    found = LanguageIdentifier(
        np.asarray(arrays["ptc"]), np.asarray(arrays["pc"]), arrays["classes"].tolist(),
        modelio._to_array(arrays["nextmove"]), arrays["out_feat"].tolist(),
        norm_probs=True, tk_row=modelio._to_array(arrays["nextmove_row"]))
    if languages is not None:
        found.set_languages(languages)
    return found


def _decompressed(data: bytes) -> dict[str, np.ndarray]:
    """The arrays of py3langid's model file, read as its `load_model` reads them (the npz streamed to a private
    temporary file, never whole in memory beside its arrays)."""
    with tempfile.TemporaryFile(suffix=".npz") as npz:
        with lzma.open(io.BytesIO(data)) as xz:
            shutil.copyfileobj(xz, npz, length=1 << 20)
        npz.seek(0)
        with np.load(npz, allow_pickle=False) as arrays:
            return {name: arrays[name] for name in MODEL_ARRAYS}


def _consistent(a: dict[str, np.ndarray]) -> bool:
    """Types and shapes that fit together: one score per language and feature (beside the padding row), one output
    per state, whole 256-byte rows, the aliases among the languages (the walk's takes do not check their indices)."""
    languages, states = len(a["classes"]), len(a["rowbase"])
    types = {"rowbase": "iu", "nextmove": "i", "output": "i", "padded": "f", "prior": "f", "classes": "U",
             "aliases": "i"}
    return (all(a[name].dtype.kind in kinds for name, kinds in types.items())
            and a["padded"].ndim == 2 and a["padded"].shape[1] == languages == len(a["prior"])
            and a["nextmove"].ndim == 1 and a["nextmove"].size % 256 == 0 and len(a["output"]) == states > 0
            and int(a["rowbase"].max()) + 255 < a["nextmove"].size
            and int(a["output"].max()) < a["padded"].shape[0] - 1 and int(a["output"].min()) >= -1
            and a["aliases"].ndim == 2 and a["aliases"].shape[1] == 2
            and (a["aliases"].size == 0 or int(a["aliases"].max()) < languages))
