"""The CSV's column-wise fast paths write exactly what csv.writer writes of `cell(values.plain(v))` for each cell,
and the flag table built by takes is the one the merge and sort build."""

from __future__ import annotations

import csv
import io
import math

import numpy as np
import pandas as pd
import pytest

from reports import csv as csv_report
from reports import rows
from tests.reports import factory

HOSTILE = ["", "plain", "a,b", 'say "hi"', "line\nbreak", "cr\rret", "=1+1", "+33 6", "-5", "@me", "\ttab",
           "\r\n", '",', "é ü 😀", "\x00nul", "\\back", "'quoted", "two\n\nlines, and \"more\""]


def reference(values: list[object]) -> list[str]:
    """What the csv module writes for each cell, one row per cell (after a first field so no row is empty)."""
    out = []
    for value in values:
        line = io.StringIO()
        csv.writer(line).writerow(["x", csv_report.cell(csv_report.values.plain(value))])
        out.append(line.getvalue().removeprefix("x,").removesuffix("\r\n"))
    return out


@pytest.mark.parametrize("column", [
    pd.Series([*HOSTILE, None], dtype="str"),
    pd.Series([*HOSTILE, None], dtype="category"),
    pd.Series([1, -2, 0, 10**12], dtype="int64"),
    pd.Series([0.5, -0.0, math.nan, 1e-7, math.inf, 3.0], dtype="float64"),
    pd.Series([1, None, -3], dtype="Int64"),
    pd.Series([True, False], dtype="bool"),
    pd.Series(pd.to_datetime(["2021-03-04T12:00:00Z", None], utc=True)),
    pd.Series([[{"field": "text", "start": 0, "text": t}] for t in HOSTILE] + [["=a", None, 3], [], None, math.nan,
               [{"delta": 1.5}], {"a": [1]}, np.array([1, 2]), ("t", 1), [{1: "int key"}], [{True: "bool key"}]],
              dtype=object),
    # lists equal as tuples but not as JSON (1 == True), equal lists in distinct objects, many empty ones
    pd.Series([["a", 1], ["a", True], [1], [True], ["=cmd", "x"], ["=cmd", "x"], ["a", "b"], list("ab"), [], [],
               ["a,b", 'q"'], ["a", None], ["a", 1.0], [{"k": "v"}], []], dtype=object),
], ids=["str", "category", "int", "float", "Int64", "bool", "datetime", "object", "object lists"])
def test_fields_are_what_csv_writer_writes(column: pd.Series) -> None:
    expected = reference(list(rows.plain_column(column)))
    assert csv_report.fields(column) == expected


def test_a_shared_list_is_written_the_same_in_every_row() -> None:
    shared = ["partisan", "policy"]
    column = pd.Series([shared, ["other"], shared, shared], dtype=object)
    assert csv_report.fields(column) == ['"[""partisan"",""policy""]"', '"[""other""]"'] + [
        '"[""partisan"",""policy""]"'] * 2


def _merged(audit) -> pd.DataFrame:
    """The table as the merge and the stable sort build it: the fast path's reference."""
    flags = audit.flags.reindex(columns=list(rows.FLAG_FIELDS))
    posts = audit.posts[audit.posts["post_id"].isin(flags["post_id"])].reindex(columns=[*rows.POST_FIELDS, "post_id"])
    table = flags.merge(posts, on="post_id", how="left", validate="many_to_one")
    return table.sort_values(["risk", "post_id", "score"], ascending=[False, True, False], kind="stable",
                             na_position="last").reset_index(drop=True)


def test_the_flag_table_is_the_merged_and_sorted_one() -> None:
    audit = factory.sample()
    pd.testing.assert_frame_equal(rows.flag_table(audit), _merged(audit), check_exact=True)


def test_a_flag_whose_post_is_missing_keeps_the_merge_rows() -> None:
    audit = factory.sample()
    extra = pd.DataFrame([factory.flag("gone:9", "PART-001", "partisan", [(0, 4, "Vote")], score=99)],
                         columns=audit.flags.columns)
    audit.flags = pd.concat([audit.flags, extra], ignore_index=True)
    table = rows.flag_table(audit)
    pd.testing.assert_frame_equal(table, _merged(audit), check_exact=True)
    assert table["post_id"].iloc[-1] == "gone:9" and math.isnan(table["risk"].iloc[-1])
