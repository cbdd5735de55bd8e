"""The training script's promises that need no training: the card lists the heads it ships and no other, names
every data set each of them learnt from with that data's stated licence (or its absence), and a head's file is the
same bytes for the same weights."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from auditor.scoring.train.__main__ import HEADS, LICENCES, save_arrays
from auditor.scoring.train.data import WRITTEN, load

MODELS = Path(__file__).resolve().parents[2] / "auditor" / "scoring" / "models"
CARD = MODELS / "README.md"


def test_the_card_lists_the_shipped_heads_and_their_licences() -> None:
    card = json.loads((MODELS / "model.json").read_text(encoding="utf-8"))
    assert [h["name"] for h in card["heads"]] == [spec.name for spec in HEADS]
    for spec, entry in zip(HEADS, card["heads"], strict=True):
        assert entry["licence"] == spec.licence and all(LICENCES[d] in entry["licence"] for d in spec.datasets)
    shipped = {path.name for path in MODELS.glob("head_*.npz")}
    assert shipped == {f"head_{spec.name}.npz" for spec in HEADS}  # no file of a head the card does not describe


#: how the model card (README.md) names each data set a head may learn from
NAMED = {"tweeteval_hate": "HatEval", "tweeteval_offensive": "OLID", "tweeteval_negative": "TweetEval sentiment",
         "political": "political tweets", "cdn_leaders": "party leaders' tweets", "hatecheck_fr": "HateCheck",
         "sms_spam": "SMS Spam Collection", "presidio_pii": "presidio", "written:ordinary": "train/written/"}


def test_the_model_card_names_each_shipped_heads_data_and_its_licence() -> None:
    text = " ".join(CARD.read_text(encoding="utf-8").split())
    licences = text[text.index("## Licences"):text.index("## How a post is read")]
    for spec in HEADS:
        assert f"`{spec.name}`" in text, spec.name
        for dataset in spec.datasets:
            assert NAMED[dataset] in licences, (spec.name, dataset)
    assert "never redistributed" in licences and "confirm" in licences


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
