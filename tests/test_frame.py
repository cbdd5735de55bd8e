"""The canonical frame: typed columns, UTC times from datetimes or ISO text, last row per post_id, time order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

from auditor.core import frame as frame_module
from auditor.core.frame import COLUMNS, FrameError, to_frame, validate

TORONTO = ZoneInfo("America/Toronto")


def _row(n: int, created_at: object, **extra: object) -> dict:
    return {"post_id": f"mastodon:{n}", "platform": "mastodon", "kind": "post", "created_at": created_at, **extra}


@pytest.mark.parametrize(("given", "expected"), [
    (datetime(2020, 1, 1, 12, 0, 0, 123456, tzinfo=UTC), "2020-01-01T12:00:00.123456Z"),
    (datetime(2020, 1, 1, 12, tzinfo=timezone(timedelta(hours=-5))), "2020-01-01T17:00:00Z"),
    (datetime(2020, 6, 1, tzinfo=timezone(timedelta(hours=5, minutes=30))), "2020-05-31T18:30:00Z"),
    (datetime(2021, 11, 7, 1, 30, fold=1, tzinfo=TORONTO), "2021-11-07T06:30:00Z"),  # the second 01:30 (EST)
    (datetime(2020, 1, 1, 12), "2020-01-01T12:00:00Z"),  # naive means UTC
    ("2020-01-01T12:00:00+02:00", "2020-01-01T10:00:00Z"),
    ("2020-01-01T12:00:00.5Z", "2020-01-01T12:00:00.5Z"),
    (None, None),
])
def test_times_become_utc_whatever_their_offset(given: object, expected: str | None) -> None:
    got = to_frame([_row(1, given)])["created_at"].iloc[0]
    assert (pd.isna(got) if expected is None else got == pd.Timestamp(expected))


def test_datetimes_and_iso_text_mix_in_one_column() -> None:
    rows = [_row(1, datetime(2020, 1, 1, tzinfo=UTC)), _row(2, "2019-01-01T00:00:00-01:00"), _row(3, None)]
    got = to_frame(rows)
    assert got["post_id"].tolist() == ["mastodon:3", "mastodon:2", "mastodon:1"]
    assert got["created_at"].iloc[1] == pd.Timestamp("2019-01-01T01:00:00Z")


@pytest.mark.parametrize("bad", ["yesterday", "2020-13-01T00:00:00Z", datetime(3000, 1, 1, tzinfo=UTC)])
def test_a_time_pandas_cannot_hold_is_a_frame_error(bad: object) -> None:
    with pytest.raises(FrameError, match="created_at"):
        to_frame([_row(1, datetime(2020, 1, 1, tzinfo=UTC)), _row(2, bad)])


def test_last_row_of_a_post_id_wins_and_undated_rows_come_first_in_their_order() -> None:
    rows = [_row(1, "2020-01-02T00:00:00Z", text="first"), _row(2, None, text="a"), _row(3, "2020-01-01T00:00:00Z"),
            _row(4, None, text="b"), _row(1, "2020-01-03T00:00:00Z", text="second")]
    got = to_frame(rows)
    assert got["post_id"].tolist() == ["mastodon:2", "mastodon:4", "mastodon:3", "mastodon:1"]
    assert got.loc[got["post_id"] == "mastodon:1", "text"].item() == "second"
    assert got.index.tolist() == [0, 1, 2, 3]


def test_strings_numbers_become_text_and_lone_surrogates_become_replacement_characters() -> None:
    got = to_frame([_row(1, None, text="ok\ud800", account=42, title=None, links=("https://a.example/\udfff",))])
    assert got[["text", "account"]].iloc[0].tolist() == ["ok\ufffd", "42"]
    assert pd.isna(got["title"].iloc[0])
    assert got["links"].iloc[0] == ["https://a.example/\ufffd"]


def test_defaults_fill_missing_keys_but_not_explicit_nones() -> None:
    got = to_frame([_row(1, None), _row(2, None, text=None, media_count=None)])
    assert got["text"].iloc[0] == "" and pd.isna(got["text"].iloc[1])
    assert got["media_count"].tolist() == [0, 0]
    assert got["visibility"].tolist() == ["unknown", "unknown"]


def test_rows_typed_in_chunks_give_the_same_frame_as_in_one(monkeypatch: pytest.MonkeyPatch) -> None:
    start = datetime(2020, 1, 1, tzinfo=UTC)
    rows = [_row(n % 23, None if n % 7 == 0 else start - timedelta(hours=n % 11), text=f"t{n}", likes=n,
                 hashtags=[f"h{n % 3}"]) for n in range(50)]
    whole = to_frame(rows)
    monkeypatch.setattr(frame_module, "CHUNK", 8)
    chunked = to_frame(rows)
    pd.testing.assert_frame_equal(whole, chunked, check_exact=True)
    assert len(whole) == 23
    validate(chunked)


def test_no_rows_is_an_empty_canonical_frame() -> None:
    got = to_frame([])
    assert list(got.columns) == list(COLUMNS) and len(got) == 0
    validate(got)


def test_build_says_which_rows_were_let_go_as_repeats_and_whether_exactly() -> None:
    rows = [
        _row(1, "2020-01-02T00:00:00Z", text="same", source="a.json#0"),
        _row(2, "2020-01-01T00:00:00Z", text="other", source="a.json#1", links=["https://x.example"]),
        _row(1, "2020-01-02T00:00:00Z", text="same", source="a.json#2"),  # exactly the same but where it was
        _row(2, "2020-01-01T00:00:00Z", text="edited", source="b.json#0", links=["https://x.example"]),
        _row(1, "2020-01-02T00:00:00Z", text="same", source="b.json#1"),
    ]
    built = frame_module.build(rows)
    assert built.frame["source"].tolist() == ["b.json#0", "b.json#1"]  # the last of each, in time order
    assert built.order.tolist() == [3, 4]
    repeats = built.repeats.sort_values("position")
    assert repeats[["position", "post_id", "source", "kept", "kept_source", "identical"]].values.tolist() == [
        [0, "mastodon:1", "a.json#0", 4, "b.json#1", True],
        [1, "mastodon:2", "a.json#1", 3, "b.json#0", False],
        [2, "mastodon:1", "a.json#2", 4, "b.json#1", True],
    ]


def test_build_without_repeats_keeps_the_frame_as_it_came() -> None:
    built = frame_module.build([_row(1, "2020-01-01T00:00:00Z"), _row(2, "2021-01-01T00:00:00Z")])
    assert built.order is None and built.repeats.empty
    assert list(built.repeats.columns) == ["position", "post_id", "source", "kept", "kept_source", "identical"]


@pytest.mark.parametrize("change", [{"links": ["https://y.example"]}, {"likes": 3}, {"created_at": None},
                                    {"kind": "reply"}, {"deleted": True}, {"title": "t"}])
def test_a_repeat_differing_in_any_column_but_source_is_not_identical(change: dict) -> None:
    first = _row(1, "2020-01-01T00:00:00Z", links=["https://x.example"], source="a#0")
    built = frame_module.build([first, {**first, "source": "a#1", **change}])
    assert built.repeats["identical"].tolist() == [False]


def _reference_build(rows: list[dict]) -> frame_module.Built:
    """`build` with repeats always looked for: what the hash check may skip only when it changes nothing."""
    frame = pd.concat([frame_module.build([row]).frame for row in rows], ignore_index=True)
    return frame_module._deduplicated_in_time_order(frame, may_repeat=True)


@pytest.mark.parametrize("ids", [
    [1, 2, 3, 4], [1, 2, 1, 3, 2], ["5", 5], [5, "5", 6],  # a number and its text are one post_id once typed
    ["a\ud800", "a\udc00"],  # two lone surrogates that both become U+FFFD: one post_id once typed
    ["a\ud800", "b"], [7] * 5,
])
def test_build_finds_the_same_repeats_as_when_it_always_looks(ids: list, monkeypatch: pytest.MonkeyPatch) -> None:
    def row(n: int, post_id: object) -> dict:
        return {**_row(0, f"2020-01-0{n % 3 + 1}T00:00:00Z", text=f"t{n}", source=f"f#{n}"), "post_id": post_id}

    rows = [row(n, post_id) for n, post_id in enumerate(ids)]
    monkeypatch.setattr(frame_module, "CHUNK", 2)  # repeats across chunks too
    built, reference = frame_module.build(rows), _reference_build(rows)
    pd.testing.assert_frame_equal(built.frame, reference.frame, check_exact=True)
    pd.testing.assert_frame_equal(built.repeats, reference.repeats, check_exact=True)
    assert (built.order is None) == (reference.order is None)
    if built.order is not None:
        assert built.order.tolist() == reference.order.tolist()


def test_build_skips_looking_for_repeats_only_when_every_post_id_hashes_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    looked: list[bool] = []
    real = frame_module._deduplicated_in_time_order
    monkeypatch.setattr(frame_module, "_deduplicated_in_time_order",
                        lambda frame, may_repeat: looked.append(may_repeat) or real(frame, may_repeat))
    frame_module.build([_row(1, None), _row(2, None)])
    frame_module.build([_row(1, None), _row(1, None)])
    frame_module.build([_row(1, None), {**_row(2, None), "post_id": 5}])
    assert looked == [False, True, True]


def test_rows_with_every_canonical_key_are_read_as_rows_key_by_key() -> None:
    full = {name: f"v-{name}" for name in COLUMNS}
    foreign = {**{k: v for k, v in full.items() if k != "title"}, "extra": "x"}  # as many keys, one not canonical
    rows = [full, _row(1, None), {**full, "text": None}, _row(2, None, text="t", deleted=True), {**full, "more": 1}]
    def by_key(given: list[dict]) -> list[tuple]:
        return [tuple(map(row.get, frame_module._NAMES, frame_module._FILL)) for row in given]
    assert frame_module._tuples(rows) == by_key(rows)
    assert frame_module._tuples([*rows, foreign]) == by_key([*rows, foreign])
    assert frame_module._tuples([full]) == [tuple(full.values())]
