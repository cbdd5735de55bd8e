"""benchmarks/generate.py: counts, X-style split parts, valid formats and determinism with a seed."""

from __future__ import annotations

import json
import re
from pathlib import Path

from benchmarks.generate import generate, main

YTD = re.compile(r"window\.YTD\.(\w+)\.part(\d+) = ")


def _ytd(path: Path) -> tuple[str, int, list]:
    text = path.read_text(encoding="utf-8")
    m = YTD.match(text)
    assert m, path
    return m.group(1), int(m.group(2)), json.loads(text[m.end():])


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_counts_and_parts(tmp_path: Path) -> None:
    written = generate(2000, tmp_path, seed=7, part_size=300, parallel=False)
    assert [(w.name, w.posts) for w in written] == [("x_archive", 1000), ("mastodon_archive", 1000)]
    data = tmp_path / "x_archive" / "data"
    parts = ["tweets.js"] + [f"tweets-part{k}.js" for k in range(1, 4)]
    assert sorted(p.name for p in data.glob("tweets*.js")) == sorted(parts)
    total = 0
    for k, name in enumerate(parts):
        kind, part, items = _ytd(data / name)
        assert (kind, part) == ("tweets", k)
        for t in (i["tweet"] for i in items):
            assert isinstance(t["id_str"], str) and t["id_str"].isdigit()
            assert 40 <= int(t["display_text_range"][1]) <= 280, t["full_text"]
        total += len(items)
    assert total == 1000
    manifest = json.loads((data / "manifest.js").read_text(encoding="utf-8").split("=", 1)[1])
    assert [int(f["count"]) for f in manifest["dataTypes"]["tweets"]["files"]] == [250, 250, 250, 250]
    outbox = json.loads((tmp_path / "mastodon_archive" / "outbox.json").read_text(encoding="utf-8"))
    items = outbox["orderedItems"]
    assert outbox["type"] == "OrderedCollection" and len(items) == 1000
    assert {i["type"] for i in items} == {"Create", "Announce"}
    assert max(len(i["object"]["content"]) for i in items if i["type"] == "Create") > 300


def test_both_languages_and_a_risky_share(tmp_path: Path) -> None:
    generate(2000, tmp_path, seed=3, parallel=False)
    _, _, items = _ytd(tmp_path / "x_archive" / "data" / "tweets.js")
    langs = {i["tweet"]["lang"] for i in items}
    assert {"en", "fr"} <= langs
    text = " ".join(i["tweet"]["full_text"] for i in items)
    hits = sum(text.count(w) for w in ("Protected", "Vote", "Tabarnak", "DG", "ESDC", "EDSC", "SIN", "Merde"))
    assert 5 <= hits <= 200


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    generate(600, tmp_path / "a", seed=11, part_size=100)
    generate(600, tmp_path / "b", seed=11, part_size=100, parallel=False)
    generate(600, tmp_path / "c", seed=12, part_size=100, parallel=False)
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")
    assert _tree(tmp_path / "a") != _tree(tmp_path / "c")


def test_cli_prints_what_it_wrote(tmp_path: Path, capsys) -> None:
    main(["200", str(tmp_path), "--seed", "1", "--pretty"])
    out = capsys.readouterr().out
    assert "x_archive: 100 posts" in out and "mastodon_archive: 100 posts" in out and " s" in out
    assert '"tweet" : {' in (tmp_path / "x_archive" / "data" / "tweets.js").read_text(encoding="utf-8")
