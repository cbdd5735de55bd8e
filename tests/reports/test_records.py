"""`values.records` reads arrow-backed string columns at once: it must give the dicts `to_dict("records")` gives,
value for value and type for type, for every dtype a post or flag frame holds, with missing cells in each."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reports.values import records

TEXT = st.one_of(st.none(), st.text(st.sampled_from(list("aé<\"'\x00\u202e🙂 ")), max_size=5))


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if a is pd.NA or a is pd.NaT or a is None:
        return a is b
    return type(a) is type(b) and bool(a == b)


@st.composite
def frames(draw: st.DrawFn) -> pd.DataFrame:
    n = draw(st.integers(0, 8))
    texts = draw(st.lists(TEXT, min_size=n, max_size=n))
    ints = draw(st.lists(st.one_of(st.none(), st.integers(-5, 10**6)), min_size=n, max_size=n))
    days = draw(st.lists(st.one_of(st.none(), st.integers(0, 20000)), min_size=n, max_size=n))
    return pd.DataFrame({
        "str": pd.Series(texts, dtype="str"),
        "string": pd.Series(texts, dtype="string[pyarrow]"),
        "object": pd.Series([t if i % 3 else [t, {"a": i}] for i, t in enumerate(texts)], dtype=object),
        "Int64": pd.Series(ints, dtype="Int64"),
        "float": pd.Series([np.nan if v is None else v / 3 for v in ints], dtype="float64"),
        "int": pd.Series([v or 0 for v in ints], dtype="int64"),
        "bool": pd.Series([v is None for v in ints], dtype=bool),
        "category": pd.Series(["a" if v else None for v in ints], dtype="category"),
        "when": pd.to_datetime(pd.Series([None if d is None else d * 86400 for d in days], dtype="float64"),
                               unit="s", utc=True),
    })


@settings(max_examples=200, deadline=None)
@given(frames(), st.booleans())
def test_records_are_to_dicts_records(frame: pd.DataFrame, sliced: bool) -> None:
    if sliced:  # a selection's rows, as the report takes them
        frame = frame.iloc[::2]
    expected, got = frame.to_dict("records"), records(frame)
    assert [list(row) for row in got] == [list(row) for row in expected]
    for want, have in zip(expected, got, strict=True):
        for name in want:
            assert _same(want[name], have[name]), (name, want[name], have[name])
