"""A word without end: 200,000 letters with no space, in a post and in a hashtag, are scored like any text.

Each term found inside a word used to walk the whole word to find its edges, once per hit: a 32,000-letter word took
55 s, a 200,000-letter one never finished. The scan must end (the runner's deadline is the guard) and flag the words
around it as usual.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.hostile import bounded


def test_a_200000_letter_word_is_scored_and_the_scan_ends(tmp_path: Path) -> None:
    data = tmp_path / "export" / "data"
    data.mkdir(parents=True)
    texts = ["x" * 200_000 + " what a shitty day", "#" + "Ab" * 100_000 + " damn", "ok " * 50_000]
    tweets = [{"tweet": {"id_str": str(i), "created_at": "Sun Sep 29 19:08:50 +0000 2024", "full_text": text}}
              for i, text in enumerate(texts, start=1)]
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(tweets), encoding="utf-8")
    out = tmp_path / "out"
    run = bounded.run(["scan", str(data.parent), "--no-store", "--out", str(out / "r.html"), "--format", "json"],
                      deadline=90)
    assert run.code == 0 and "Read 3 posts" in run.output, run.output
    flags = json.loads((out / "r.json").read_text(encoding="utf-8"))["flags"]
    assert {f["post_id"] for f in flags if f["rule_id"] == "PROF-001"} == {"twitter:1", "twitter:2"}
