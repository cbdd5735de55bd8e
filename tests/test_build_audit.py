"""Building the audit: its posts do not depend on the order of the frame it is given (the store's order or time)."""

from __future__ import annotations

import pandas as pd

from auditor.core.frame import to_frame
from auditor.core.profile import Profile
from auditor.pipeline.build import build_audit
from auditor.scoring import load_rules

TEXTS = ["Vote Liberal on Monday, everyone!", "you are a complete idiot", "lovely walk by the river",
         "my email is someone@example.org", "Vote Liberal on Monday, everyone!"]


def _rows(first: int, days: list[int]) -> list[dict]:
    return [{"post_id": f"mastodon:https://h.example/statuses/{first + i}", "platform": "mastodon", "account": "me",
             "kind": "post", "created_at": None if day is None else f"2024-05-{day:02d}T09:30:00Z",
             "text": TEXTS[(first + i) % len(TEXTS)], "visibility": "public", "source": "test"}
            for i, day in enumerate(days)]


def test_the_stored_order_gives_the_audit_the_time_order_gives() -> None:
    # two imports whose times interleave, many posts on the same day with the same text (ties on risk and time)
    stored = pd.concat([to_frame(_rows(0, [1, 1, 2, 2, 3, 3, 5, 5, 5, 5, None, None])),
                        to_frame(_rows(100, [1, 2, 2, 4, 4, 5, 5, 5, 5, 5, None]))], ignore_index=True)
    by_time = stored.sort_values("created_at", kind="stable", na_position="first").reset_index(drop=True)
    assert stored["post_id"].tolist() != by_time["post_id"].tolist()
    rules, profile = load_rules(), Profile()
    audits = [build_audit(frame, [], rules, profile, ["test"]) for frame in (stored, by_time)]
    posts = [audit.posts for audit in audits]
    assert posts[0]["band"].value_counts().get("none", 0) < len(stored) - 5  # ties among flagged posts too
    pd.testing.assert_frame_equal(posts[0], posts[1], check_exact=True)
    pd.testing.assert_frame_equal(audits[0].flags, audits[1].flags, check_exact=True)


def test_without_a_store_the_frames_are_joined_in_the_order_read_the_last_reading_of_a_post_kept() -> None:
    from auditor.pipeline.imports import SourceResult
    from auditor.scan import report_frame

    first, second = to_frame(_rows(0, [3, 1, 2])), to_frame(_rows(10, [2, 1]))
    again = to_frame([{**_rows(1, [1])[0], "text": "read again, edited"}])
    joined = report_frame([SourceResult("a", first, []), SourceResult("b", second, [])], None)
    assert joined["post_id"].tolist() == [*first["post_id"], *second["post_id"]]
    joined = report_frame([SourceResult("a", first, []), SourceResult("b", second, []), SourceResult("c", again, [])],
                          None)
    read_again = again["post_id"][0]
    assert read_again in set(first["post_id"])
    assert joined["post_id"].tolist() == [*(p for p in first["post_id"] if p != read_again), *second["post_id"],
                                          read_again]
    assert joined["text"].iloc[-1] == "read again, edited"


def test_posts_are_ordered_as_a_stable_sort_by_risk_and_time_orders_them() -> None:
    import numpy as np

    from auditor.pipeline.build import by_risk

    rng = np.random.default_rng(20)
    for size in (0, 1, 7, 500):
        risk = rng.choice([0, 0, 0, 12, 40, 71, 100], size=size).astype(np.int64)
        days = rng.choice([*range(1, 6), -1], size=size)  # few days, so ties on both keys; -1: undated
        times = pd.Series([pd.NaT if d < 0 else pd.Timestamp(f"1969-12-{25 + d:02d}T00:00:00Z") for d in days],
                          dtype="datetime64[ns, UTC]")  # 1969: negative instants, which negating must not disturb
        frame = pd.DataFrame({"risk": risk, "created_at": times, "row": np.arange(size)})
        expected = frame.sort_values(["risk", "created_at"], ascending=[False, False], kind="stable")
        assert frame["row"].to_numpy()[by_risk(risk, times)].tolist() == expected["row"].tolist()
