"""Reading path sources: several archives give the same results read side by side (forked) as one after another."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from auditor.core.errors import SourceError
from auditor.core.profile import Profile
from auditor.pipeline.imports import open_all, read_archive
from auditor.pipeline.readahead import read_archives
from auditor.scoring import load_rules, parallel, score
from auditor.scoring.engine import Scorer
from benchmarks.generate import generate


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A small Mastodon archive and a small X archive, with one broken tweet to be skipped."""
    folder = tmp_path_factory.mktemp("exports")
    generate(600, folder, seed=3, parallel=False)
    tweets = next((folder / "x_archive").rglob("tweets.js"))
    tweets.write_text(tweets.read_text(encoding="utf-8").replace('"created_at"', '"created_gone"', 1), "utf-8")
    return [str(p) for p in sorted(folder.iterdir()) if p.is_dir()]


def _serial(sources: list[str]) -> list:
    opened = open_all(sources)
    return [read_archive(s, opened[s]) for s in sources]


@pytest.mark.parametrize("workers", ["", "1"])
def test_side_by_side_gives_what_one_after_another_gives(exports: list[str], workers: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITOR_WORKERS", workers)
    opened = open_all(exports + exports[:1])
    got = list(read_archives([(s, opened[s]) for s in exports]))
    expected = _serial(exports)
    assert [r.source for r in got] == exports
    for mine, theirs in zip(got, expected, strict=True):
        pd.testing.assert_frame_equal(mine.frame, theirs.frame, check_exact=True)
        assert [(s.where, s.reason) for s in mine.skipped] == [(s.where, s.reason) for s in theirs.skipped]
    assert [len(r.skipped) for r in got] == [0, 1]
    assert [len(r.frame) for r in got] == [300, 320]


def _not_utf8_outbox(folder: Path) -> str:
    folder.mkdir()
    head = json.dumps({"type": "OrderedCollection", "orderedItems": []}).encode()
    (folder / "outbox.json").write_bytes(b'{"summary": "caf\xe9 ' + b"x" * 100 + b'", ' + head[1:])
    return str(folder)


def test_a_source_error_in_the_forked_reader_is_raised_here(exports: list[str], tmp_path: Path) -> None:
    bad = _not_utf8_outbox(tmp_path / "bad")
    opened = open_all([exports[0], bad])
    archives = read_archives([(exports[0], opened[exports[0]]), (bad, opened[bad])])
    assert len(next(archives).frame) == 300
    with pytest.raises(SourceError, match=r"outbox\.json: is not valid utf-8 text"):
        next(archives)


def test_an_abandoned_read_stops_its_child(exports: list[str]) -> None:
    opened = open_all(exports)
    archives = read_archives([(s, opened[s]) for s in exports])
    next(archives)
    reader = archives.gi_frame.f_locals["reader"]
    archives.close()
    assert not reader._process.is_alive()


@pytest.mark.skipif(not parallel.available(), reason="needs two cores and fork")
def test_with_a_scorer_each_frame_is_scored_while_the_next_is_read(exports: list[str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_ROWS", 100)
    monkeypatch.setattr(parallel, "UNIT", 40)
    rules, profile = load_rules(), Profile()
    opened = open_all(exports)
    got = list(read_archives([(s, opened[s]) for s in exports], scorer=Scorer(rules, profile)))
    assert all(r.scoring is not None for r in got)  # the first read here, the second by the forked reader
    for mine, theirs in zip(got, _serial(exports), strict=True):  # the reader scores only some columns: all come
        pd.testing.assert_frame_equal(mine.frame, theirs.frame, check_exact=True)
    frame = pd.concat([r.frame for r in got], ignore_index=True).sort_values("created_at", kind="stable")
    expected = score(frame, rules, profile)
    rescored = []
    real = Scorer.score
    monkeypatch.setattr(Scorer, "score", lambda self, f, *a: rescored.append(len(f)) or real(self, f, *a))
    reused = score(frame, rules, profile, earlier=[(r.frame, r.scoring) for r in got])
    assert rescored == []
    assert reused.flags.to_dict("records") == expected.flags.to_dict("records")
    assert reused.posts.to_dict("records") == expected.posts.to_dict("records")
    assert (expected.posts["band"] != "none").sum() > 50
