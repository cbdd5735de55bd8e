"""Three million broken entries in a 9 MB file are counted, not kept one by one (issue 14: nothing expands without
bound). Each used to be a record of its own all the way to the report: 1.6 GB and 20 s."""

from __future__ import annotations

import json
from pathlib import Path

from tests.hostile import bounded

BROKEN = 3_000_000


def test_a_flood_of_broken_entries_is_counted_in_bounded_memory(tmp_path: Path) -> None:
    data = tmp_path / "export" / "data"
    data.mkdir(parents=True)
    good = json.dumps({"tweet": {"id_str": "1", "created_at": "Sun Sep 29 19:08:50 +0000 2024",
                                 "full_text": "hello"}})
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = [" + good + ",{}" * BROKEN + "]", encoding="utf-8")
    out = tmp_path / "out"
    run = bounded.run(["scan", str(data.parent), "--no-store", "--out", str(out / "r.html"), "--format",
                       "html,json"])
    assert run.code == 0 and "Read 1 posts" in run.output, run.output
    assert f"Skipped in this scan, {BROKEN:,} entries:" in run.output and f"{BROKEN:>6,} ×" in run.output
    skipped = json.loads((out / "r.json").read_text(encoding="utf-8"))["skipped"]
    assert sum(s["count"] for s in skipped) == BROKEN and len(skipped) < 2_000
    assert run.peak_mb < 700, f"peak {run.peak_mb:.0f} MB"
