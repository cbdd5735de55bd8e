"""The CSV and JSON exports join and write the flags a piece at a time: the bytes are those of the whole table
written at once, whatever the pieces' size, on randomized audits (ties, missing values, non-ASCII, quotes, line
breaks, formula-looking cells, French texts present, empty or missing)."""

from __future__ import annotations

import random
from pathlib import Path

import pandas as pd
import pytest

from auditor.core.audit import Audit
from reports import csv as csv_report
from reports import json as json_report
from reports import rows
from tests.reports import factory
from tests.reports.test_csv_fields import HOSTILE

WORDS = [*HOSTILE, "ministère", "Ünïcode 😀", "=SUM(A1)", "@handle", "-2", "+1", "naïve, \"quoted\"\r\nnext"]


def _maybe(rng: random.Random, value: object, missing: object = None) -> object:
    return missing if rng.random() < 0.3 else value


def randomized(seed: int, *, orphan: bool = False) -> Audit:
    """An audit of a few dozen posts and flags drawn at random; with `orphan`, a flag whose post is missing (the
    merge's path)."""
    rng = random.Random(seed)
    posts, flags = [], []
    for number in range(rng.randint(0, 40)):
        post_id = f"{rng.choice(['mastodon', 'twitter', 'facebook'])}:{rng.randint(0, 9)}{number}"
        factors = [{"factor": rng.choice(WORDS), "delta": rng.randint(-9, 9), "reason": rng.choice(WORDS),
                    **({"reason_fr": rng.choice(WORDS)} if rng.random() < 0.5 else {})}
                   for _ in range(rng.choice([0, 0, 1, 2]))]
        posts.append(factory.post(
            post_id, " ".join(rng.choices(WORDS, k=rng.randint(0, 4))), rng.choice([0, 10, 10, 55, 90]),
            rng.choice(["none", "low", "medium", "high"]), rng.sample(["partisan", "profanity", "employer"],
                                                                      rng.randint(0, 2)),
            factors=factors, url=_maybe(rng, "https://example.social/" + rng.choice(WORDS)),
            title=_maybe(rng, rng.choice(WORDS)), likes=_maybe(rng, rng.randint(0, 5)),
            created_at=rng.choice(["2019-06-01T08:00:00Z", "2021-03-04T12:00:00Z"]),
            language=rng.choice(["en", "fr"])))
        for rule in range(rng.choice([0, 1, 1, 2, 3])):
            text = rng.choice(WORDS)
            adjustments = [{"factor": "reply", "delta": -5, "reason": rng.choice(WORDS),
                            **({"reason_fr": rng.choice(WORDS)} if rng.random() < 0.5 else {})}
                           ] if rng.random() < 0.4 else []
            flags.append(factory.flag(post_id, f"RULE-{rule}{rng.randint(0, 2)}", rng.choice(["partisan", "respect"]),
                                      [(0, len(text), text)], score=rng.choice([20, 50, 50, 80]),
                                      adjustments=adjustments, explanation=rng.choice(WORDS),
                                      guidance_title=_maybe(rng, rng.choice(WORDS))))
    if orphan:
        flags.append(factory.flag("gone:9", "PART-001", "partisan", [(0, 4, "Vote")], score=99))
    audit = factory.audit(posts or [factory.post("mastodon:0", "quiet", 0, "none", [])], flags)
    french = [rng.choice([None, "", *WORDS]) for _ in flags]
    for name in rows.FRENCH_FIELDS:
        audit.flags[name] = pd.Series(rng.sample(french, len(french)), dtype=object)
    return audit


def _whole(audit: Audit, lang: str = "en", *, french: bool = False, size: int = 0):
    """The table in one piece: how the exports were written before they were written piecewise."""
    yield rows.flag_table(audit, lang, french=french)


def _written(tmp_path: Path, name: str, write) -> bytes:
    path = tmp_path / name
    write(path)
    return path.read_bytes()


@pytest.mark.parametrize("orphan", [False, True], ids=["takes", "merge"])
@pytest.mark.parametrize("seed", range(6))
def test_pieces_write_the_bytes_of_the_whole_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int,
                                                   orphan: bool) -> None:
    audit = randomized(seed, orphan=orphan)
    exports = {"en.csv": lambda path: csv_report.render(audit, path, lang="en"),
               "fr.csv": lambda path: csv_report.render(audit, path, lang="fr"),
               "flags.json": lambda path: json_report.render(audit, path)}
    piecewise = {}
    for size in (1, 3, 7):
        monkeypatch.setattr(csv_report, "_LINES", size)
        monkeypatch.setattr(json_report, "_LINES", size)
        piecewise[size] = {name: _written(tmp_path, f"{size}-{name}", write) for name, write in exports.items()}
    monkeypatch.setattr(rows, "flag_pieces", _whole)
    whole = {name: _written(tmp_path, f"whole-{name}", write) for name, write in exports.items()}
    assert whole["en.csv"].count(b"\r\nflag,") == len(audit.flags)
    for size, written in piecewise.items():
        assert written == whole, size


@pytest.mark.parametrize("orphan", [False, True], ids=["takes", "merge"])
@pytest.mark.parametrize("lang, french", [("en", False), ("fr", False), ("en", True), ("fr", True)])
def test_the_pieces_are_the_table(lang: str, french: bool, orphan: bool) -> None:
    audit = randomized(11, orphan=orphan)
    table = rows.flag_table(audit, lang, french=french)
    pieces = list(rows.flag_pieces(audit, lang, french=french, size=4))
    assert len(pieces) == -(-len(table) // 4)
    pd.testing.assert_frame_equal(pd.concat(pieces), table, check_exact=True)
