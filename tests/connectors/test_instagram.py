"""Instagram export: the real sample (posts, stories, comments), localised comment keys, broken copies, CLI."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.core.frame import to_frame
from auditor.pipeline.sources import open_source
from connectors import instagram


@pytest.fixture(scope="module")
def sample(samples: Path) -> Path:
    return samples / "instagram" / "yummyhopper_2024"


def read_path(path: Path):
    """Detect and read the one Instagram export in `path` through `open_source`."""
    imports = [i for i in open_source(str(path)) if i.connector is instagram]
    assert len(imports) == 1, imports
    return to_frame(imports[0].rows()), imports[0].log


def test_sample_counts(sample: Path) -> None:
    frame, log = read_path(sample)
    assert Counter(frame["kind"].astype(str)) == {"post": 9, "comment": 3}
    assert Counter(s.split("#")[0] for s in frame["source"]) == {
        "posts_1.json": 4, "stories.json": 5, "post_comments_1.json": 3}
    assert log.skipped == []


@pytest.mark.parametrize(("source", "expected"), [
    ("posts_1.json#0", {"text": "Great sem", "media_count": 1,
                        "created_at": pd.Timestamp("2024-05-13 02:21:16", tz="UTC")}),
    ("posts_1.json#2", {"text": "Happy llama, sad llama, totally rad llama 🇵🇪", "media_count": 7,
                        "created_at": pd.Timestamp("2024-01-02 21:48:08", tz="UTC")}),
    ("stories.json#1", {"text": "Free 🚪", "kind": "post"}),
    ("stories.json#3", {"links": ["https://lnkd.in/eNqfsWTr"]}),
    ("post_comments_1.json#1", {"kind": "comment", "text": "@dannydonosok what did i tell u about that chedda 🙄",
                                "reply_to": "max_orenstein", "mentions": ["dannydonosok"],
                                "created_at": pd.Timestamp("2023-07-03 18:30:01", tz="UTC")}),
])
def test_sample_row_values(sample: Path, source: str, expected: dict) -> None:
    frame, _ = read_path(sample)
    row = frame[frame["source"] == source].iloc[0]
    for column, value in expected.items():
        assert row[column] == value, column


def test_localised_comment_keys_and_username(tmp_path: Path) -> None:
    (tmp_path / "post_comments_1.json").write_text(json.dumps([{"string_map_data": {
        "Commentaire": {"value": "Très bien".encode().decode("latin-1")},
        "Propriétaire": {"value": "ami"}, "Heure": {"timestamp": 1700000000}}}]))
    (tmp_path / "personal_information.json").write_text(json.dumps(
        {"profile_user": [{"string_map_data": {"Username": {"value": "me_ig"}}}]}))
    frame, _ = read_path(tmp_path)
    row = frame.iloc[0]
    assert (row["text"], row["reply_to"], row["account"]) == ("Très bien", "ami", "me_ig")


def test_broken_copy_is_skipped_and_counted(sample: Path, tmp_path: Path) -> None:
    posts = json.loads((sample / "posts_1.json").read_text())
    posts[1] = {"media": []}
    del posts[0]["media"][0]["creation_timestamp"]
    (tmp_path / "posts_1.json").write_text(json.dumps(posts))
    comments = json.loads((sample / "post_comments_1.json").read_text())
    comments[2]["string_map_data"]["Comment"]["value"] = ""
    (tmp_path / "post_comments_1.json").write_text(json.dumps(comments))
    frame, log = read_path(tmp_path)
    assert len(frame) == 4
    assert log.reasons() == {"empty entry (no caption and no media)": 1, "no usable timestamp (None)": 1,
                             "comment without text": 1}


def test_cli_scan_reports_the_skips(sample: Path, tmp_path: Path) -> None:
    posts = json.loads((sample / "posts_1.json").read_text())
    posts[1] = "broken"
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "posts_1.json").write_text(json.dumps(posts))
    result = CliRunner().invoke(main, ["scan", str(tmp_path / "export"), "--out", str(tmp_path / "report.html"),
                                       "--store", str(tmp_path / "store.sqlite")])
    assert result.exit_code == 0, result.output
    assert "not a post record" in result.output
