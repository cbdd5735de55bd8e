"""Threads export: the real excerpt, replies, carousels, broken copies, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import threads

KEY = "text_post_app_text_posts"


@pytest.fixture(scope="module")
def sample(samples: Path) -> Path:
    return samples / "threads" / "humutopia_2026" / "threads_and_replies.EXCERPT.json"


def read_path(path: Path):
    """Detect and read the one Threads export in `path` through `open_source`."""
    imports = [i for i in open_source(str(path)) if i.connector is threads]
    assert len(imports) == 1, imports
    return to_frame(imports[0].rows()), imports[0].log


def test_sample_values(sample: Path) -> None:
    frame, log = read_path(sample)
    assert log.skipped == [] and list(frame["kind"]) == ["post"] * 5
    rows = frame.set_index("source")
    name = sample.name
    assert rows.loc[f"{name}#1", "text"] == (
        "红蓝药丸无论怎么选都是痛苦，哪怕不选也一样，为什么会有这么垃圾的设计设计！艹！")
    assert rows.loc[f"{name}#1", "media_count"] == 0  # text-only posts carry one media item with uri ""
    assert rows.loc[f"{name}#2", "media_count"] == 1
    assert rows.loc[f"{name}#0", "created_at"] == pd.Timestamp("2026-04-17 09:11:16", tz="UTC")
    assert rows.loc[f"{name}#0", "text"] == ""


def _post(text: str, stamp: int, reply: bool, uris: tuple[str, ...] = ("",)) -> dict:
    return {"media": [{"uri": u, "creation_timestamp": stamp, "title": text.encode().decode("latin-1"),
                       "text_app_post": {"reply_control": "everyone", "is_reply": reply}} for u in uris]}


def test_replies_and_carousels(tmp_path: Path) -> None:
    carousel = {"title": "Deux photos, été", "creation_timestamp": 1700000300,
                "media": _post("", 1700000300, False, ("media/a.webp", "media/b.webp"))["media"]}
    carousel["title"] = carousel["title"].encode().decode("latin-1")
    data = {KEY: [_post("Je réponds @ami", 1700000000, True), carousel, {"media": [{"title": "no time"}]}]}
    (tmp_path / "threads_and_replies.json").write_text(json.dumps(data))
    frame, log = read_path(tmp_path)
    assert list(zip(frame["kind"], frame["text"], frame["media_count"], strict=True)) == [
        ("reply", "Je réponds @ami", 0), ("post", "Deux photos, été", 2)]
    assert frame.iloc[0]["mentions"] == ["ami"]
    assert log.reasons() == {"no usable timestamp (None)": 1}


def test_broken_copy_is_skipped_and_counted(sample: Path, tmp_path: Path) -> None:
    data = json.loads(sample.read_text())
    data[KEY][1] = None
    data[KEY][3]["media"][0]["creation_timestamp"] = "soon"
    (tmp_path / "threads_and_replies.json").write_text(json.dumps(data))
    frame, log = read_path(tmp_path)
    assert len(frame) == 3
    assert log.reasons() == {"not a post record": 1, "no usable timestamp ('soon')": 1}


def test_cli_scan_reports_the_skips(sample: Path, tmp_path: Path) -> None:
    data = json.loads(sample.read_text())
    data[KEY][2] = 42
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "threads_and_replies.json").write_text(json.dumps(data))
    result = CliRunner().invoke(main, ["scan", str(tmp_path / "export"), "--out", str(tmp_path / "report.html"),
                                       "--store", str(tmp_path / "store.sqlite")])
    assert result.exit_code == 0, result.output
    assert "not a post record" in result.output
