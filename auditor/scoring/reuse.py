"""Score a frame, keeping the scores of an earlier pass over the same posts: a post whose every field that scoring
reads is unchanged keeps its flags and risk, so a source scored while the scan stored it is not scored a second time.

A post's scores depend on its own fields, the rules and the profile alone (engine.READS), so reusing them gives
exactly what scoring it again would give.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from auditor.core import gcpause
from auditor.core.profile import Profile
from auditor.scoring import engine
from auditor.scoring.model import RuleSet

#: a frame scored before, with its scores (or a job that gives them, or None when it could not)
Earlier = tuple[pd.DataFrame, "engine.Scores | Callable[[], engine.Scores | None]"]


@gcpause.paused()
def score(frame: pd.DataFrame, rules: RuleSet, profile: Profile, *, high: int = 70, medium: int = 40,
          chunk: int = 200_000, earlier: Sequence[Earlier] = ()) -> engine.Scores:
    """Score every post of a canonical frame; bands use the `high`/`medium` thresholds after scoring.

    `earlier`: frames already scored with these same rules and profile (each with its `Scores`, or a `background`
    job that gives them); a post found in one of them with every field scoring reads unchanged keeps its scores.

    Without the cyclic collector throughout (`gcpause`): with a million posts' frames alive, the one full collection
    that building the matcher set off took 0.7 s, and nothing scoring makes is cyclic."""
    scorer = engine.Scorer(rules, profile, chunk)
    # matched before the scores are asked for: while background workers still score, this costs no time
    found, todo = match(frame, [f for f, _ in earlier], engine.READS)
    found, todo = scored(found, todo, [s() if callable(s) else s for _, s in earlier])
    if not found:
        return scorer.score(frame, high, medium)
    fresh = scorer.score(frame.take(todo), high, medium) if len(todo) else None
    return assemble(frame, found, (todo, fresh), high, medium)


@dataclass
class Found:
    """Posts at `positions` of the frame being scored are rows `rows` of earlier frame number `source` (of `size`
    rows), whose scores are `scores` once known."""

    positions: np.ndarray
    rows: np.ndarray
    source: int
    size: int
    scores: engine.Scores | None = None


def match(frame: pd.DataFrame, earlier: Sequence[pd.DataFrame], reads: Sequence[str]) -> tuple[list[Found],
                                                                                                   np.ndarray]:
    """The posts of `frame` an earlier frame holds with every field in `reads` unchanged (looked for in the last
    frame first: the store keeps the last import of a post), and the positions of all the others."""
    left = np.ones(len(frame), dtype=bool)
    found: list[Found] = []
    ids = _arrow(frame["post_id"])
    for number in reversed(range(len(earlier))):
        source, where = earlier[number], np.flatnonzero(left)
        if not len(where) or not len(source):
            continue
        at = pc.index_in(ids.take(pa.array(where)), value_set=_arrow(source["post_id"]))
        hit = at.is_valid().to_numpy(zero_copy_only=False)
        positions, rows = where[hit], at.drop_null().to_numpy().astype(np.int64)
        same = _unchanged(frame, positions, source, rows, reads)
        if same.any():
            left[positions[same]] = False
            found.append(Found(positions[same], rows[same], number, len(source)))
    return found, np.flatnonzero(left)


def scored(found: list[Found], todo: np.ndarray, scores: Sequence[engine.Scores | None]) -> tuple[list[Found],
                                                                                                  np.ndarray]:
    """`found` with the scores of its earlier frames (`scores`, in their order); posts of a frame that has none
    (its scoring failed) join `todo`."""
    with_scores, missing = [], [todo]
    for f in found:
        kept = scores[f.source]
        if kept is None or len(kept.posts) != f.size:
            missing.append(f.positions)
        else:
            with_scores.append(Found(f.positions, f.rows, f.source, f.size, kept))
    return with_scores, np.sort(np.concatenate(missing))


def assemble(frame: pd.DataFrame, found: list[Found], fresh: tuple[np.ndarray, engine.Scores | None], high: int,
             medium: int) -> engine.Scores:
    """The scores of every post of `frame`: the found ones from their earlier frames, the rest from `fresh`
    (positions, and the scores of `frame.take(positions)` in that order)."""
    todo, scored = fresh
    pieces = [(f.positions, f.rows, f.scores) for f in found]
    if scored is not None:
        pieces.append((todo, np.arange(len(todo)), scored))
    risk = np.zeros(len(frame), dtype=np.int64)
    categories, factors = np.empty(len(frame), dtype=object), np.empty(len(frame), dtype=object)
    langs, sources = np.empty(len(frame), dtype=object), np.empty(len(frame), dtype=object)
    severe = np.zeros(len(frame), dtype=bool)
    flags = []
    for positions, rows, scores in pieces:
        risk[positions] = scores.posts["risk"].to_numpy()[rows]
        categories[positions] = scores.posts["categories"].to_numpy()[rows]
        factors[positions] = scores.posts["factors"].to_numpy()[rows]
        langs[positions] = scores.posts["lang"].to_numpy()[rows]
        severe[positions] = scores.posts["severe"].to_numpy()[rows]
        sources[positions] = scores.posts["lang_source"].to_numpy()[rows]
        if not len(scores.flags):
            continue
        if _every_row(rows, len(scores.posts)):  # (a source scored in the background, all of whose posts are kept)
            flags.append(scores.flags)  # all of its flags: shared, not copied, and no post id looked up
            continue
        flagged = _arrow(scores.flags["post_id"])
        wanted = _arrow(scores.posts["post_id"]).take(pa.array(rows)).cast(flagged.type)
        kept = pc.is_in(flagged, value_set=wanted).to_numpy(zero_copy_only=False)
        flags.append(scores.flags if kept.all() else scores.flags[kept])
    categories, factors = categories.tolist(), factors.tolist()
    posts = pd.DataFrame({"post_id": frame["post_id"].array, "risk": risk,
                          "band": engine.bands(risk, categories, severe, high=high, medium=medium),
                          "categories": categories, "factors": factors, "severe": severe, "lang": langs,
                          "lang_source": sources})
    flags = [f for f in flags if len(f)]
    if not flags:
        return engine.Scores(engine.flag_frame([]), posts)
    return engine.Scores(engine.in_flag_order(flags), posts)


def _every_row(rows: np.ndarray, size: int) -> bool:
    """Whether `rows` holds each of 0..size-1 (at least once)."""
    return len(rows) >= size and bool(np.bincount(rows, minlength=size)[:size].all())


def _unchanged(frame: pd.DataFrame, positions: np.ndarray, source: pd.DataFrame, rows: np.ndarray,
               reads: Sequence[str]) -> np.ndarray:
    """For each pair (frame row at `positions[i]`, source row `rows[i]`): True when every field in `reads` is equal."""
    same = np.ones(len(positions), dtype=bool)
    for name in reads:
        if name not in frame.columns or name not in source.columns:
            return np.zeros(len(positions), dtype=bool)
        same &= _equal(_at(frame[name], positions), _at(source[name], rows))
    return same


def _at(column: pd.Series, rows: np.ndarray) -> pd.Series:
    """`column.iloc[rows]`; a slice, not a copy, when the rows follow one another (a source's rows, as the store
    keeps them after a first import: copies of a million posts' texts were 0.4 GB)."""
    if len(rows) and rows[-1] - rows[0] == len(rows) - 1 and (np.diff(rows) == 1).all():
        return column.iloc[int(rows[0]):int(rows[-1]) + 1]
    return column.iloc[rows]


def _equal(left: pd.Series, right: pd.Series) -> np.ndarray:
    """Elementwise: equal values, or both missing (a column of one canonical dtype on both sides)."""
    if left.dtype != right.dtype:
        return np.zeros(len(left), dtype=bool)
    dtype = left.dtype
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        a, b = _arrow(left), _arrow(right)
        both_missing = pc.and_(a.is_null(), b.is_null())
        return pc.or_(pc.fill_null(pc.equal(a, b), False), both_missing).to_numpy(zero_copy_only=False)
    if isinstance(dtype, pd.CategoricalDtype):
        return left.cat.codes.to_numpy() == right.cat.codes.to_numpy()
    if isinstance(dtype, pd.DatetimeTZDtype):
        return left.array.asi8 == right.array.asi8  # NaT is one integer on both sides
    if isinstance(dtype, pd.Int64Dtype):
        a_na, b_na = left.isna().to_numpy(), right.isna().to_numpy()
        values = left.fillna(0).to_numpy("int64") == right.fillna(0).to_numpy("int64")
        return (a_na == b_na) & (a_na | values)
    return np.fromiter((_same_object(a, b) for a, b in zip(left.tolist(), right.tolist(), strict=True)),
                       dtype=bool, count=len(left))


def _same_object(a: object, b: object) -> bool:
    if a is b:
        return True
    if a is None or b is None or a != a or b != b:  # None or NaN on one side: equal only if on both
        return (a is None or a != a) and (b is None or b != b)
    return bool(a == b)


def _arrow(column: pd.Series) -> pa.Array:
    """An arrow-backed column as one pyarrow array (no copy when it is one chunk)."""
    array = pa.array(column)
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array
