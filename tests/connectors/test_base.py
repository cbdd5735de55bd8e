"""The import log: every skip counted, the first of each file and reason listed, the rest counted in one."""

from __future__ import annotations

from connectors.base import LISTED, ImportLog, Skip, skip_count


def test_skips_past_the_listed_ones_are_counted_in_one_per_file_and_reason() -> None:
    log = ImportLog(platform="twitter")
    for i in range(LISTED + 2_500):
        log.skip(f"data/tweets.js#{i}", "not a tweet")
    log.skip("data/like.js#1", "not a tweet")
    log.skip("data/tweets.js#9", "nested too deeply")
    assert log.skip_count() == LISTED + 2_500 + 2 and len(log.skipped) == LISTED + 3
    assert log.skipped[LISTED] == Skip("data/tweets.js", "not a tweet", "twitter", count=2_500)
    assert log.reasons() == {"not a tweet": LISTED + 2_501, "nested too deeply": 1}
    assert skip_count([Skip("a", "r"), Skip("b", "r", count=7)]) == 8
