"""`view.category_counts` counts each distinct list of categories once: the counts must be those of counting every
post's categories one by one, for any cells (lists, tuples, arrays, lone strings, missing values, unhashable items)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from reports import values
from reports.categories import known, ordered
from reports.view import category_counts

CATEGORY = st.one_of(st.sampled_from(known()), st.sampled_from(["mine", "", "x y"]))
CELL = st.one_of(
    st.lists(CATEGORY, max_size=4), st.lists(CATEGORY, max_size=3).map(tuple),
    st.lists(CATEGORY, max_size=3).map(lambda items: np.array(items, dtype=object)), CATEGORY, st.none(),
    st.just(float("nan")), st.lists(st.one_of(CATEGORY, st.integers(0, 3), st.lists(CATEGORY, max_size=1)), max_size=3),
)


def _reference(posts: pd.DataFrame) -> dict[str, int]:
    """Every flagged post's categories counted one by one (the former implementation)."""
    flagged = posts["categories"][posts["band"] != "none"]
    if flagged.empty:
        return {}
    found = Counter({c: 0 for c in known()})
    for value in flagged.tolist():
        found.update(set(map(str, values.items(value))))
    return {c: found[c] for c in ordered(found) if found[c]}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(CELL, st.sampled_from(["high", "low", "none"])), max_size=30))
def test_counts_are_those_of_counting_each_post(cells: list) -> None:
    categories = pd.Series([cell for cell, _ in cells], dtype=object)
    posts = pd.DataFrame({"categories": categories, "band": [band for _, band in cells]})
    assert category_counts(posts) == _reference(posts)
    assert list(category_counts(posts)) == list(_reference(posts))
