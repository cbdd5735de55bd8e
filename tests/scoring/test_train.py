"""The training script's promises that need no training: every head it ships learnt only from openly licensed data,
the card lists those heads and no other, and a head's file is the same bytes for the same weights."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from auditor.scoring.train.__main__ import HEADS, LICENCES, save_arrays
from auditor.scoring.train.data import WRITTEN, load

MODELS = Path(__file__).resolve().parents[2] / "auditor" / "scoring" / "models"


def test_every_shipped_head_learnt_only_from_openly_licensed_data() -> None:
    card = json.loads((MODELS / "model.json").read_text(encoding="utf-8"))
    assert [h["name"] for h in card["heads"]] == [spec.name for spec in HEADS]
    for spec, entry in zip(HEADS, card["heads"], strict=True):
        assert spec.shippable and all(LICENCES[d][1] for d in spec.datasets)
        assert entry["licence"] == spec.licence
    shipped = {path.name for path in MODELS.glob("head_*.npz")}
    assert shipped == {f"head_{spec.name}.npz" for spec in HEADS}  # no file of a head that may not ship


def test_data_without_an_open_licence_is_marked_so() -> None:
    for name in ("political", "cdn_leaders", "tweeteval_hate", "tweeteval_offensive", "tweeteval_negative"):
        assert LICENCES[name][1] is False


def test_a_heads_file_is_the_same_bytes_for_the_same_weights(tmp_path: Path) -> None:
    arrays = {"idf": np.linspace(1, 3, 64, dtype=np.float32), "weights": np.arange(64, dtype=np.float32) / 7,
              "intercept": np.array(-1.25)}
    save_arrays(tmp_path / "a.npz", **arrays)
    save_arrays(tmp_path / "b.npz", **arrays)
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    with np.load(tmp_path / "a.npz", allow_pickle=False) as read:
        assert all(np.array_equal(read[k], v) for k, v in arrays.items())


def test_the_texts_written_for_the_project_are_read_as_a_data_set() -> None:
    ordinary = load("written:ordinary")
    languages = {row["lang"] for row in ordinary.rows}
    assert languages == {"en", "fr"} and set(ordinary.labels.tolist()) == {0} and len(ordinary.texts) > 200
    assert (WRITTEN / "PROVENANCE.md").is_file()
