"""The parser sandbox: results and refusals come back, and a child that needs too much memory or time is ended."""

from __future__ import annotations

import time

import pytest

from auditor.core.errors import SourceError
from connectors import sandbox


def _refuse() -> None:
    raise SourceError("feed.rss#entry1", "is not a readable feed")


def test_the_result_and_a_refusal_come_back_from_the_child() -> None:
    assert sandbox.run(lambda: {"rows": [1, 2]}, "feed.rss") == {"rows": [1, 2]}
    with pytest.raises(SourceError) as caught:
        sandbox.run(_refuse, "feed.rss")
    assert (caught.value.source, caught.value.problem) == ("feed.rss#entry1", "is not a readable feed")


def test_too_much_memory_or_time_is_a_refusal_naming_the_source() -> None:
    with pytest.raises(SourceError, match=r"^feed\.rss: needs more than 64 MB of memory to read"):
        sandbox.run(lambda: bytearray(256 * 1024 ** 2), "feed.rss", memory=64 * 1024 ** 2)
    started = time.monotonic()
    with pytest.raises(SourceError, match=r"^feed\.rss: takes more than 0 s to read, not read$"):
        sandbox.run(lambda: time.sleep(30), "feed.rss", seconds=0.2)
    assert time.monotonic() - started < 5


def test_a_bug_in_the_child_is_raised_with_its_traceback() -> None:
    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        sandbox.run(lambda: 1 / 0, "feed.rss")
