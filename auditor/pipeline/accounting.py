"""Nothing lost: every record of every file a scan reads becomes a row imported, an entry skipped or a duplicate
merged, and the counts say so.

Connectors count the records they read (`ImportLog.record`) and the entries they skip, per file. Here the rows that
entered a source's frame are counted per file, the repeats the frame let go are recorded as merges, and the
identity records = imported + skipped + merged is checked for every file: a file that breaks it is a bug in a
connector (raised when `AUDITOR_STRICT_ACCOUNTING` is set, as the tests set it; else noted, and the scan goes on).

A duplicate is a row whose `post_id` another row of the scan also has: in one file, in two files of a source, or in
two sources. The row read last is kept (the later record of a file, the source named last), as the store keeps it;
each one let go is a merge, counted in the file it came from with the id of the post it merged into. An exact
duplicate (the same content, read elsewhere) is only counted; the same id with different content is counted and
noted, with which record was kept.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from auditor.core.frame import Built, repeats_of
from auditor.core.records import FileCount
from connectors.base import ImportLog

STRICT = "AUDITOR_STRICT_ACCOUNTING"


class AccountingError(AssertionError):
    """A file's records are not all imported, skipped or merged: a connector lost or doubled one (a bug)."""


def settle(logs: Sequence[ImportLog], sizes: Sequence[int], built: Built) -> np.ndarray:
    """Count the rows that entered `built.frame` in the log and file each came from, and record the repeats it let
    go as merges; the rows were those of each log's connector in turn, `sizes[i]` of them from `logs[i]`. Returns,
    for each frame row, the index of its log (to place the merges found later across sources)."""
    bounds = np.cumsum(np.asarray(sizes, dtype=np.int64))
    frame = built.frame
    positions = np.arange(len(frame)) if built.order is None else built.order
    origins = np.searchsorted(bounds, positions, side="right").astype(np.int32)
    if len(frame):
        paths, codes = _files(frame["source"])
        pairs = origins.astype(np.int64) * len(paths) + codes
        if len(logs) * len(paths) <= 4 * len(frame) + 1024:  # bins for every (export, file): few, usually
            found = np.flatnonzero(counts := np.bincount(pairs, minlength=len(logs) * len(paths)))
            counts = counts[found]
        else:  # many exports and many files (a folder of exports with an article per file): only those present
            found, counts = np.unique(pairs, return_counts=True)
        for pair, n in zip(found.tolist(), counts.tolist(), strict=True):
            logs[pair // len(paths)].add_imported(paths[pair % len(paths)], n)
    repeats = built.repeats
    if len(repeats):
        _merge(logs, np.searchsorted(bounds, repeats["position"].to_numpy(), side="right"), repeats, imported=False)
    return origins


def settle_across(results: Sequence) -> None:
    """Merge the posts found in two sources of a scan (`SourceResult`s, in the order named): the one read last is
    kept, and each one let go is a merge in the file it came from, no longer counted as imported."""
    read = [r for r in results if r.frame is not None and len(r.frame) and r.origins is not None]
    seen: Counter = Counter()
    for result in read:  # ids start with their platform: sources of different platforms share none
        seen.update(str(p) for p in result.frame["platform"].unique())
    shared = [platform for platform, n in seen.items() if n > 1]
    if not shared:
        return
    rows = [np.flatnonzero(r.frame["platform"].isin(shared).to_numpy()) for r in read]
    ids = pd.concat([r.frame["post_id"].take(at) for r, at in zip(read, rows, strict=True)], ignore_index=True)
    twice = ids.duplicated(keep=False).to_numpy()
    if not twice.any():
        return
    bounds = np.cumsum([len(at) for at in rows])
    rows = [at[twice[end - len(at):end]] for at, end in zip(rows, bounds, strict=True)]
    joined = pd.concat([r.frame.take(at) for r, at in zip(read, rows, strict=True)], ignore_index=True)
    repeats = repeats_of(joined)
    places = np.cumsum([len(at) for at in rows])
    which = np.searchsorted(places, repeats["position"].to_numpy(), side="right")
    for k in np.unique(which):
        mine = repeats[which == k]
        at = rows[k][mine["position"].to_numpy() - (places[k] - len(rows[k]))]
        _merge(read[k].logs, read[k].origins[at], mine, imported=True)


def check(logs: Iterable[ImportLog]) -> None:
    """Check records = imported + skipped + merged for every file of these logs; a file that breaks it raises
    `AccountingError` when strict (the tests), else is noted in its log."""
    strict = bool(os.environ.get(STRICT))
    for log in logs:
        for count in log.unaccounted():
            message = unaccounted_message(count)
            if strict:
                raise AccountingError(message)
            log.note(message)


def unaccounted_message(count: FileCount) -> str:
    """What a person is told about a file whose records do not add up."""
    lost = count.unaccounted
    what = f"{lost:,} lost" if lost > 0 else f"{-lost:,} counted twice"
    return (f"{count.where}: {count.records:,} records read, but {count.imported:,} imported + {count.skipped:,} "
            f"skipped + {count.merged:,} merged: {what}. This is a bug in auditor; please report it.")


def totals(files: Iterable[FileCount]) -> dict[str, FileCount]:
    """The files' counts added up per platform."""
    out: dict[str, FileCount] = {}
    for count in files:
        total = out.setdefault(count.platform, FileCount(where="", platform=count.platform))
        total.records += count.records
        total.imported += count.imported
        total.skipped += count.skipped
        total.merged += count.merged
        total.unread += count.unread
    return out


def _files(sources: pd.Series) -> tuple[list[str], np.ndarray]:
    """Each row's file (its `source` up to '#'), as codes into the list of the distinct ones."""
    text = pa.array(sources)
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    paths = pc.list_element(pc.split_pattern(pc.fill_null(text, ""), "#", max_splits=1), 0)
    encoded = pc.dictionary_encode(paths)
    return encoded.dictionary.to_pylist(), encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)


def _merge(logs: Sequence[ImportLog], origins: np.ndarray, repeats: pd.DataFrame, *, imported: bool) -> None:
    """Record each repeat as a merge in the log it came from; those with different content also as one note per
    log, naming the first and the record kept in its place."""
    different: dict[int, list] = {}
    for origin, where, into, identical, kept in zip(origins.tolist(), repeats["source"].tolist(),
                                                    repeats["post_id"].tolist(), repeats["identical"].tolist(),
                                                    repeats["kept_source"].tolist(), strict=True):
        logs[origin].merge(where, into, identical=identical, imported=imported)
        if not identical:
            different.setdefault(origin, [0, where, kept, into])[0] += 1
    for origin, (n, where, kept, into) in different.items():
        logs[origin].note(f"{n:,} record(s) held a post also read later with different content: the one read last "
                          f"is kept (first: {where}, replaced by {kept}, post {into})")
