"""The JSON export's column-wise flag lines are exactly json.dumps of each record, hostile values included."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd

from reports import json as json_report
from reports import rows
from tests.reports import factory
from tests.reports.test_csv_fields import HOSTILE


def reference(table: pd.DataFrame, version: object) -> list[str]:
    """The lines as the record-at-a-time writer built them."""
    return [json.dumps({"ruleset_version": version, **record}, ensure_ascii=False) for record in rows.records(table)]


def test_the_sample_audit_lines_are_the_records() -> None:
    table = rows.flag_table(factory.sample())
    assert json_report.flag_lines(table, "2026.11-test") == reference(table, "2026.11-test")


def test_hostile_values_of_every_kind_are_encoded_as_json_dumps_does() -> None:
    n = len(HOSTILE)
    objects = [[{"field": "text", "start": 0, "text": t}] for t in HOSTILE]
    objects[:8] = [["=a", None, 3], [], None, math.nan, [{"delta": 1.5}], {"a": [1]}, np.array([1, 2]),
                   [{True: "bool key"}]]
    table = pd.DataFrame({
        "text": pd.Series(HOSTILE, dtype="str").where(pd.Series(range(n)) != 3),
        "kind": pd.Series(HOSTILE, dtype="category"),
        "score": np.arange(n, dtype="int64") - 5,
        "confidence": pd.Series([0.5, -0.0, math.nan, math.inf, -math.inf, 1e-7] * 3)[:n],
        "likes": pd.Series(range(n), dtype="Int64").where(pd.Series(range(n)) % 2 == 0),
        "deleted": [i % 2 == 0 for i in range(n)],
        "created_at": pd.to_datetime(["2021-03-04T12:00:00Z"] * (n - 1) + [None], utc=True),
        "evidence": objects,
        "100% \"odd\" key": HOSTILE,
    })
    for version in ("2026.11", None, 'with "quotes" and 100%'):
        assert json_report.flag_lines(table, version) == reference(table, version)


def test_no_flags_give_no_lines() -> None:
    table = rows.flag_table(factory.sample()).iloc[:0]
    assert json_report.flag_lines(table, "v") == []
