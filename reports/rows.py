"""The flags joined with their posts' fields: the one table the CSV and JSON exports both write."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from json.encoder import c_make_encoder, encode_basestring

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from auditor.core.audit import Audit
from reports import values

FLAG_FIELDS = ("flag_id", "post_id", "rule_id", "category", "severity", "confidence", "score", "explanation",
               "guidance_url", "guidance_title", "evidence", "adjustments")
POST_FIELDS = ("risk", "band", "categories", "factors", "platform", "account", "kind", "created_at", "visibility",
               "url", "title", "text", "content_warning", "media_alt", "likes", "reposts", "replies", "source",
               "lang", "lang_source",  # the language scoring read the post in, and how that was decided
               "decision", "decision_note", "reviewed", "ask_again", "is_new")  # the last five: empty on a first audit
SKIP_FIELDS = ("where", "reason", "platform", "count")
#: the French of a flag's explanation and guidance (the JSON writes them beside the English)
FRENCH_FIELDS = ("explanation_fr", "guidance_url_fr", "guidance_title_fr")


def flag_table(audit: Audit, lang: str = "en", *, french: bool = False) -> pd.DataFrame:
    """One row per flag with its post's fields, highest post risk first, then highest flag score.

    With `lang` "fr", what a person reads is in French: the explanation, the guidance (its French page) and the
    reason of each adjustment and factor (the English where a flag or a change has no French). With `french`, the
    flags' FRENCH_FIELDS are kept beside the English ones."""
    source = _sources(audit, _fields(lang, french))
    table = source if isinstance(source, pd.DataFrame) else _piece(*source)
    return in_french(table, keep=french) if lang == "fr" else table


def flag_pieces(audit: Audit, lang: str = "en", *, french: bool = False,
                size: int = 5_000) -> Iterator[pd.DataFrame]:
    """`flag_table(audit, lang, french=french)` `size` rows at a time, in its order (each piece indexed as the
    table's rows are): only one piece's rows are joined at once (the whole table of a million-post audit was
    0.4 GB more in the worker writing the CSV)."""
    source = _sources(audit, _fields(lang, french))
    if isinstance(source, pd.DataFrame):  # the merge's table, held whole: sliced
        pieces = (source.iloc[at:at + size] for at in range(0, len(source), size))
    else:
        flags, posts, order, found = source
        pieces = (_piece(flags, posts, order[at:at + size], found, at) for at in range(0, len(order), size))
    for piece in pieces:
        yield in_french(piece, keep=french) if lang == "fr" else piece


def _fields(lang: str, french: bool) -> tuple[str, ...]:
    return (*FLAG_FIELDS, *FRENCH_FIELDS) if french or lang == "fr" else FLAG_FIELDS


def _sources(audit: Audit, fields: tuple[str, ...]) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame, np.ndarray,
                                                                                   np.ndarray]:
    """What the flag table is made of: the flags, the posts' POST_FIELDS, the table's order of the flags and each
    flag's post's row (the table is `_piece` of them all); or, where takes would not give the merge's table, that
    table itself."""
    flags = audit.flags.reindex(columns=list(fields))
    posts = audit.posts
    if "is_new" not in posts.columns and "change" in posts.columns:
        posts = posts.assign(is_new=audit.is_new())
    posts = posts[[name for name in (*POST_FIELDS, "post_id") if name in posts.columns]]
    joined = _in(posts["post_id"], flags["post_id"])  # only what is joined: 1M posts are many
    # the flagged posts' rows are taken from all the posts once, in the table's order (taken first and then again,
    # a million posts' were 0.1 GB more)
    fast = _joined(flags, posts, joined)
    if fast is not None:
        order, found = fast
        return flags, posts.drop(columns="post_id"), order, found
    posts = posts[joined].reindex(columns=[*POST_FIELDS, "post_id"])
    table = flags.merge(posts, on="post_id", how="left", validate="many_to_one")
    return table.sort_values(["risk", "post_id", "score"], ascending=[False, True, False], kind="stable",
                             na_position="last").reset_index(drop=True)


def _piece(flags: pd.DataFrame, posts: pd.DataFrame, order: np.ndarray, found: np.ndarray,
           start: int = 0) -> pd.DataFrame:
    """The table's rows `start` to `start + len(order)`: the flags at `order` beside their posts' rows."""
    left = flags.take(order).reset_index(drop=True)
    right = posts.take(found[order]).reset_index(drop=True).reindex(columns=list(POST_FIELDS))
    table = pd.concat([left, right], axis=1)
    if start:
        table.index = pd.RangeIndex(start, start + len(table))
    return table


def in_french(table: pd.DataFrame, *, keep: bool = False) -> pd.DataFrame:
    """`table` (a flag table with FRENCH_FIELDS) with its English texts replaced by their French, column by column;
    the FRENCH_FIELDS themselves are dropped unless `keep`."""
    out = table.copy(deep=False)
    for english, french in zip(("explanation", "guidance_url", "guidance_title"), FRENCH_FIELDS, strict=True):
        out[english] = out[french].where(out[french].notna() & (out[french] != ""), out[english])
    for name in ("adjustments", "factors"):
        if name in out.columns:
            out[name] = _changes_in_french(out[name])
    return out if keep else out.drop(columns=list(FRENCH_FIELDS))


def _changes_in_french(column: pd.Series) -> pd.Series:
    """Each list of score changes with its `reason` in French (`reason_fr`, else the English), each distinct list
    converted once: a post's factors are one list in each of its flags' rows (held by the column, so ids hold)."""
    done: dict[int, object] = {}
    out = []
    for value in column:
        converted = done.get(id(value))
        if converted is None:
            converted = done[id(value)] = _french_changes(value)
        out.append(converted)
    return pd.Series(out, index=column.index, dtype=object)


def _french_changes(value: object) -> object:
    if not isinstance(value, list | tuple | np.ndarray) or not len(value):
        return value
    return [{k: v for k, v in (change | {"reason": change.get("reason_fr") or change.get("reason")}).items()
             if k != "reason_fr"} if isinstance(change, dict) else change for change in value]


def _in(column: pd.Series, wanted: pd.Series) -> np.ndarray | pd.Series:
    """`column.isin(wanted)`, by pyarrow for arrow-backed strings (10x faster than pandas' isin on those)."""
    if isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow" and wanted.dtype == column.dtype:
        found = pc.is_in(pa.array(column), value_set=pa.array(wanted).unique())
        return found.to_numpy(zero_copy_only=False).astype(bool)  # a null post_id is in no set, as with isin
    return column.isin(wanted)


def _numpy_int(column: pd.Series) -> bool:
    """True for a plain numpy integer column (no NA to order)."""
    return isinstance(column.dtype, np.dtype) and column.dtype.kind == "i"  # signed: negated to sort descending


def _joined(flags: pd.DataFrame, posts: pd.DataFrame,
            joined: np.ndarray | pd.Series) -> tuple[np.ndarray, np.ndarray] | None:
    """The table's order of the flags and each flag's row in `posts`, so that the merged, sorted table is built by
    one take per column instead of a merge and a sort, when that gives the same table: every flag's post found
    exactly once among the `joined` rows of `posts` (else the merge adds NaN rows or raises) and integer risk and
    score (else NaN ordering matters); None otherwise."""
    ids = flags["post_id"]
    if not (_numpy_int(posts["risk"]) and _numpy_int(flags["score"]) and isinstance(ids.dtype, pd.StringDtype)
            and posts["post_id"].dtype == ids.dtype and flags["post_id"].notna().all()):
        return None
    # looked up among the joined posts only (each flag's post is one of them, if anywhere): a hash table of a
    # million posts' ids was 0.2 GB more in the worker writing the CSV, its pages the parent's
    rows = np.flatnonzero(np.asarray(joined, dtype=bool))
    at = pc.index_in(pa.array(flags["post_id"]), value_set=pc.take(pa.array(posts["post_id"]), pa.array(rows)))
    codes, distinct = pd.factorize(flags["post_id"], sort=True)  # post_id ascending, as sort_values orders it
    # each flag's post found, and as many posts joined as flags' posts: each of them once
    if at.null_count or len(rows) != len(distinct):
        return None
    at = rows[at.to_numpy(zero_copy_only=False)]
    # np.lexsort is stable and sorts by its last key first: risk descending, post_id, score descending
    return np.lexsort((-flags["score"].to_numpy(), codes, -posts["risk"].to_numpy()[at])), at


def records(table: pd.DataFrame) -> Iterator[dict]:
    """The table's rows as JSON-ready dicts (NA as None, times as ISO strings, lists as lists)."""
    columns = {name: plain_column(table[name]) for name in table.columns}
    for row in zip(*columns.values(), strict=True):
        yield dict(zip(columns, row, strict=True))


def plain_column(column: pd.Series) -> list:
    """One column as JSON-ready Python values, converted a column at a time (tens of thousands of flags)."""
    if isinstance(column.dtype, pd.DatetimeTZDtype):
        text = column.dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        return text.astype(object).where(column.notna(), None).tolist()
    if column.dtype == object:
        return [values.plain(v) for v in column]
    return column.astype(object).where(column.notna(), None).tolist()


FILE_FIELDS = ("where", "platform", "records", "imported", "skipped", "merged")
MERGE_FIELDS = ("where", "into", "platform", "identical")


def file_records(audit: Audit) -> list[dict]:
    """Each file the scan read: records in it = imported + skipped + merged (auditor.pipeline.accounting)."""
    return [{name: getattr(count, name) for name in FILE_FIELDS} for count in audit.files]


def merge_records(audit: Audit) -> list[dict]:
    """The first duplicates merged of each file: where the record let go was, and the post id it merged into."""
    return [{name: getattr(merge, name) for name in MERGE_FIELDS} for merge in audit.merged]


def skip_records(audit: Audit, lang: str = "en") -> list[dict]:
    """The skipped entries, each with where it was, why (in `lang` where the importer's message has a French
    template, else as it was written), and its platform."""
    from auditor.i18n.messages import say

    return [{"where": s.where, "reason": say(s.reason, lang), "platform": s.platform, "count": s.count}
            for s in audit.skipped]


def per_distinct(column: pd.Series, convert: Callable[[pa.Array], list[str]], missing: str) -> list[str]:
    """`convert` applied once to each distinct string of an arrow-backed string column, spread back to every row
    (`missing` for NA): a rule's explanation or guidance repeats in thousands of flags."""
    text = pa.array(column)
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    encoded = pc.dictionary_encode(text)
    converted = np.empty(len(encoded.dictionary) + 1, dtype=object)
    converted[:-1] = convert(encoded.dictionary)
    converted[-1] = missing
    return converted[pc.fill_null(encoded.indices, len(encoded.dictionary)).to_numpy()].tolist()


def encoder(item_separator: str, key_separator: str) -> Callable[[object], str]:
    """`json.dumps(value, ensure_ascii=False, separators=...)` of an `is_plain` value, by one C encoder made once
    (json.dumps makes one per call: 3x slower on a short list); JSONEncoder.encode where the C one is missing."""
    slow = json.JSONEncoder(ensure_ascii=False, separators=(item_separator, key_separator))
    if c_make_encoder is None:
        return slow.encode
    # no circular check (markers None): only is_plain lists reach it, two levels deep at most
    fast = c_make_encoder(None, slow.default, encode_basestring, None, key_separator, item_separator, False, False,
                          True)
    return lambda value: "".join(fast(value, 0))


_SCALARS = frozenset({str, int, type(None)})


def is_plain(items: list) -> bool:
    """True for a list of strings, ints and dicts of them with string keys: what values.plain returns unchanged."""
    for item in items:
        kind = type(item)
        if kind is dict:
            for key, value in item.items():
                if type(key) is not str or type(value) not in _SCALARS:
                    return False
        elif kind not in _SCALARS:
            return False
    return True
