"""Measure precision, recall and F1 per labelled eval file: the rules alone, the model alone, and the two combined,
beside flag-everything, a keyword list and the best offline tool. Every model figure is cross-validated.

Usage: python benchmarks/accuracy.py [DIR]   (default: ../shared/eval; files are <dataset>.<split>.jsonl)

A head never scores a row it was trained on: for each row of a dev half a head learned from (as its own data or as
ordinary posts it learnt as negatives), the head gives its out-of-fold probability and its fold's threshold chosen
by the nested cross-validation inside the other folds, read from `build/model-cv/`, which
`python -m auditor.scoring.train` writes (`FoldModel`); the heads trained on other data are the shipped ones. The
engine itself makes every figure: "rules" with AUDITOR_NO_MODEL=1, "model" with no rules (the model's heads and
alt-profanity-check's STAT-001), "combined" as the tool runs, "before" as it ran before the model (the rules and
STAT-001).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from auditor.core.frame import to_frame
from auditor.core.profile import Profile
from auditor.scoring import load_rules, score, semantic, vectorize
from auditor.scoring.model import RuleSet
from connectors.base import urls_in

ROOT = Path(__file__).resolve().parent.parent
CV_DIR = ROOT / "build" / "model-cv"
# which categories count as a hit, per dataset (shared/eval/README.md)
HITS = {
    "tweeteval_offensive": {"profanity", "respect"}, "tweeteval_hate": {"respect"},
    "political": {"partisan", "policy", "controversial"}, "stance_topics": {"partisan", "policy", "controversial"},
    "presidio_pii": {"personal_info"}, "sms_spam": {"private_gain"},
    "cdn_leaders": {"partisan", "policy", "controversial"}, "hatecheck_fr": {"respect"},
    "tweeteval_anger": {"employer"}, "tweeteval_negative": {"employer"},
}
# a plain keyword list per target, the naive baseline (substring match, lower case)
KEYWORDS = {
    "profanity": ["fuck", "shit", "bitch", "ass", "damn", "idiot", "stupid", "hate"],
    "respect": ["bitch", "whore", "slut", "nigger", "fag", "illegal", "immigrant", "refugee", "hate", "pute", "salope"],
    "partisan": ["vote", "election", "party", "liberal", "conservative", "trump", "hillary", "president", "government"],
    "personal_info": ["@", "street", "phone", "card", "ssn", "address"],
    "private_gain": ["free", "win", "prize", "cash", "claim", "call", "txt", "offer"],
    "employer": ["boss", "work", "job", "office", "hate"],
}
KEYWORD_FOR = {"tweeteval_offensive": "profanity", "tweeteval_hate": "respect", "political": "partisan",
               "stance_topics": "partisan", "cdn_leaders": "partisan", "presidio_pii": "personal_info",
               "sms_spam": "private_gain", "hatecheck_fr": "respect", "tweeteval_anger": "employer",
               "tweeteval_negative": "employer"}
#: the best offline tool on the held-back test half (shared/eval/README.md): a reference, not measured here
BEST_TOOL = {"tweeteval_offensive": "0.66 alt-profanity-check, tuned", "tweeteval_hate": "0.62 MiniLM+LR",
             "political": "0.79 TF-IDF+LR", "presidio_pii": "0.71 6 regexes (0.95 Presidio w/o addresses)",
             "sms_spam": "0.94 TF-IDF+LR"}


def prf(predicted: Sequence[bool], labels: Sequence[int]) -> tuple[float, float, float]:
    """Precision, recall and F1 of boolean predictions against 0/1 labels."""
    tp = sum(p and y == 1 for p, y in zip(predicted, labels, strict=True))
    fp = sum(p and y == 0 for p, y in zip(predicted, labels, strict=True))
    fn = sum((not p) and y == 1 for p, y in zip(predicted, labels, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


@contextmanager
def environment(**values: str | None):
    """Set (or, with None, unset) environment variables for the duration."""
    before = {k: os.environ.get(k) for k in values}
    for k, v in values.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    try:
        yield
    finally:
        for k, v in before.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def categories(texts: list[str], rules: RuleSet) -> list[set[str]]:
    """The categories the engine flags each text in."""
    # the links a connector lists beside the text (as X's entities and Mastodon's tags do), for the domain rules
    rows = [{"post_id": f"eval:{i}", "platform": "twitter", "kind": "post", "created_at": "2020-01-05T03:00:00Z",
             "text": text, "links": urls_in(text), "visibility": "public"} for i, text in enumerate(texts)]
    scores = score(to_frame(rows), rules, Profile())
    return [set(c) for c in scores.posts["categories"]]


def predict_rules(texts: list[str], wanted: set[str]) -> list[bool]:
    """True where the rules alone (no model) flag the text in one of the wanted categories."""
    with environment(AUDITOR_NO_MODEL="1"):
        return [bool(wanted & c) for c in categories(texts, load_rules())]


class FoldModel:
    """The shipped heads, except that a head trained on rows of this dev half gives, for each such row, its
    out-of-fold probability moved by the distance between its fold's nested threshold and the shipped one: the
    engine, comparing with the shipped threshold, then flags exactly the rows the fold model flags at its own."""

    reads_whole = True  # semantic.read gives it whole texts: out-of-fold probabilities were read in pieces already

    def __init__(self, shipped: semantic.Model, own: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]],
                 texts: list[str]) -> None:
        self.shipped, self.heads = shipped, shipped.heads
        self.lookup: dict[str, dict[str, float]] = {}
        for head in self.heads:
            if head.name in own:
                fold, oof, nested = own[head.name]
                self.lookup[head.name] = {texts[i]: float(np.clip(oof[i] - nested[fold[i]] + head.threshold, 0, 1))
                                          for i in np.flatnonzero(fold >= 0)}

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        pieces, owners = vectorize.pieces(list(texts), semantic.WINDOW)
        out = vectorize.highest(self.shipped.probabilities(pieces), owners, len(texts))
        for column, head in enumerate(self.heads):
            if head.name in self.lookup:
                found = self.lookup[head.name]
                out[:, column] = [found.get(t, p) for t, p in zip(texts, out[:, column], strict=True)]
        return out


def own_heads(dataset: str, texts: list[str], folder: Path) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """For each head that speaks for a category counted as a hit on `dataset` and was trained on rows of it: the
    fold, out-of-fold probability and nested thresholds of each row (fold -1: a row it was not trained on). A head
    of another category is the shipped one: its flags change no hit here (a model's flag hides no rule's)."""
    from auditor.scoring.train.__main__ import HEADS
    from auditor.scoring.train.data import load

    out = {}
    for spec in HEADS:
        blocks = [(spec.data, None, None), *spec.negatives]  # the head's training rows, block by block, in order
        if spec.category not in HITS[dataset] or all(b[0] != dataset for b in blocks):
            continue
        path = CV_DIR / f"{spec.name}.npz"
        if not path.is_file():
            raise SystemExit(f"{path} is missing: run `python -m auditor.scoring.train` first")
        with np.load(path, allow_pickle=False) as cv:
            fold, oof, nested = cv["fold"], cv["oof"], cv["nested"]
        f, o = np.full(len(texts), -1), np.full(len(texts), np.nan)
        at = 0
        for name, key, value in blocks:
            rows = load(name, folder).rows
            chosen = np.array([key is None or r.get(key) == value for r in rows])
            if name == dataset:
                f[chosen], o[chosen] = fold[at:at + chosen.sum()], oof[at:at + chosen.sum()]
            at += int(chosen.sum())
        out[spec.name] = (f, o, nested)
    return out


def predict_model(texts: list[str], wanted: set[str], dataset: str, folder: Path, *, with_rules: bool,
                  semantic_on: bool = True) -> list[bool]:
    """True where the engine (with the rules or without) flags the text in one of the wanted categories, every
    head's probability out of fold."""
    rules = load_rules() if with_rules else RuleSet([], "none")
    if not semantic_on:
        with environment(AUDITOR_NO_MODEL=None), semantic.use(_Silent()):
            return [bool(wanted & c) for c in categories(texts, rules)]
    shipped = semantic.read_model()
    model = FoldModel(shipped, own_heads(dataset, texts, folder), texts)
    with environment(AUDITOR_NO_MODEL=None), semantic.use(model):
        return [bool(wanted & c) for c in categories(texts, rules)]


class _Silent:
    """No head: the engine as it ran before the model (the rules and STAT-001)."""

    heads: tuple = ()

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        return np.zeros((len(texts), 0))


def predict_keywords(texts: list[str], target: str) -> list[bool]:
    """The naive baseline: any keyword as a substring."""
    words = KEYWORDS[target]
    return [any(w in t.lower() for w in words) for t in texts]


def fmt(values: tuple[float, float, float] | None) -> str:
    """P and R to two places, F1 to three (the README's table compares F1 to the third place)."""
    return "   –     –      –  " if values is None else f"{values[0]:5.2f} {values[1]:5.2f} {values[2]:6.3f}"


def main(folder: Path) -> None:
    """Score every *.jsonl in `folder` and print one table."""
    print(f"{'dataset':<29}{'n':>6}{'pos':>6} | {'rules P/R/F1':<18} | {'model P/R/F1':<18} | "
          f"{'combined P/R/F1':<18} | {'before':>6} | {'all F1':>6} | {'kw F1':>5} | best offline tool (test half)")
    respect: list[tuple[str, int, float]] = []
    for path in sorted(folder.glob("*.jsonl")):
        dataset = path.name.split(".")[0]
        if dataset not in HITS:
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts, labels = [r["text"] for r in rows], [int(r["label"]) for r in rows]
        wanted = HITS[dataset]
        flagged = predict_rules(texts, wanted)
        model = predict_model(texts, wanted, dataset, folder, with_rules=False)
        combined = predict_model(texts, wanted, dataset, folder, with_rules=True)
        before = predict_model(texts, wanted, dataset, folder, with_rules=True, semantic_on=False)
        figures = [prf(f, labels) if any(f) else None for f in (flagged, model, combined)]
        if dataset in ("tweeteval_hate", "hatecheck_fr"):
            respect.append((dataset, sum(combined), prf(combined, labels)[0]))
        everything = prf([True] * len(texts), labels)[2]
        keywords = prf(predict_keywords(texts, KEYWORD_FOR[dataset]), labels)[2]
        print(f"{path.name:<29}{len(rows):>6}{sum(labels):>6} | {fmt(figures[0])} | {fmt(figures[1])} | "
              f"{fmt(figures[2])} | {prf(before, labels)[2]:6.3f} | {everything:6.2f} | {keywords:5.2f} | "
              f"{BEST_TOOL.get(dataset, '–')}", flush=True)
    for dataset, count, precision in respect:
        print(f"precision of respect (combined) on {dataset}, over the {count} posts it flags: {precision:.2f}")
    false_alarms(folder)


#: real posts no shipped head learnt from, none of them of the head's kind: (head, dataset, key, value, what they are)
NOT_OF_ITS_KIND = (("fr_hate", "cdn_leaders", "lang", "fr", "party leaders' French tweets"),
                   ("en_spam", "cdn_leaders", "lang", "en", "party leaders' English tweets"),
                   ("en_spam", "tweeteval_negative", "label", 0, "neutral or positive tweets"),
                   ("en_hate", "cdn_leaders", "lang", "en", "party leaders' English tweets"),
                   ("en_hate", "tweeteval_negative", "label", 0, "neutral or positive tweets"))


def false_alarms(folder: Path) -> None:
    """How often each head alone, at its shipped threshold, flags real posts that are not of its kind (a head that
    learnt from these rows is skipped: its rate there would not be out of sample)."""
    from auditor.scoring.train.__main__ import HEADS

    model = semantic.read_model()
    learnt = {spec.name: {d for d, *_ in spec.negatives} | {spec.data} for spec in HEADS}
    for name, dataset, key, value, what in NOT_OF_ITS_KIND:
        if name not in [h.name for h in model.heads] or dataset in learnt.get(name, set()):
            continue
        at = [h.name for h in model.heads].index(name)
        rows = [json.loads(line) for line in (folder / f"{dataset}.dev.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
        texts = [r["text"] for r in rows if r.get(key) == value]
        pieces, owners = vectorize.pieces(texts, semantic.WINDOW)
        p = vectorize.highest(model.probabilities(pieces)[:, at], owners, len(texts))
        flagged = int((p >= model.heads[at].threshold).sum())
        print(f"{name} alone flags {flagged} of {len(texts)} {what} ({flagged / len(texts):.1%}), none of its kind")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval")
