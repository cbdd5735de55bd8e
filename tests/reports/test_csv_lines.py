"""`csv.lines` joins runs of columns with one value in every row once: its text must be the rows joined cell by
cell, for any columns (constant or not, at the start, the end or between others, empty cells, quoted commas)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reports.csv import lines

CELL = st.sampled_from(["", "a", "b", '"x,y"', ",", "é", '""'])


@st.composite
def tables(draw: st.DrawFn) -> list[list[str]]:
    height = draw(st.integers(0, 6))
    constant = st.builds(lambda cell: [cell] * height, CELL)
    varied = st.lists(CELL, min_size=height, max_size=height)
    return draw(st.lists(st.one_of(constant, varied), min_size=1, max_size=8))


@settings(max_examples=1000, deadline=None)
@given(tables())
def test_lines_are_the_rows_joined_cell_by_cell(columns: list[list[str]]) -> None:
    assert lines(columns) == "\r\n".join(map(",".join, zip(*columns, strict=True))) + "\r\n"


def test_columns_of_different_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        lines([["a", "b"], ["c"]])
    with pytest.raises(ValueError):
        lines([["a", "a"], ["c", "d"], ["e"]])
