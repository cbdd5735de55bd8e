"""Measure precision, recall and F1 per labelled eval file, beside flag-everything, a keyword list and profanity-check.

Usage: python benchmarks/accuracy.py [DIR]   (default: ../shared/eval; files are <dataset>.<split>.jsonl)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from auditor.frame import to_frame
from auditor.profile import Profile
from auditor.scoring import load_rules, score
from connectors.base import urls_in

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


def prf(predicted: list[bool], labels: list[int]) -> tuple[float, float, float]:
    """Precision, recall and F1 of boolean predictions against 0/1 labels."""
    tp = sum(p and y == 1 for p, y in zip(predicted, labels, strict=True))
    fp = sum(p and y == 0 for p, y in zip(predicted, labels, strict=True))
    fn = sum((not p) and y == 1 for p, y in zip(predicted, labels, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def predict_rules(texts: list[str], wanted: set[str]) -> list[bool]:
    """True where the engine flags the text in one of the wanted categories."""
    # the links a connector lists beside the text (as X's entities and Mastodon's tags do), for the domain rules
    rows = [{"post_id": f"eval:{i}", "platform": "twitter", "kind": "post", "created_at": "2020-01-05T03:00:00Z",
             "text": text, "links": urls_in(text), "visibility": "public"} for i, text in enumerate(texts)]
    scores = score(to_frame(rows), load_rules(), Profile())
    hit = {pid for pid, cats in zip(scores.posts["post_id"], scores.posts["categories"], strict=True)
           if wanted & set(cats)}
    return [f"eval:{i}" in hit for i in range(len(texts))]


def predict_keywords(texts: list[str], target: str) -> list[bool]:
    """The naive baseline: any keyword as a substring."""
    words = KEYWORDS[target]
    return [any(w in t.lower() for w in words) for t in texts]


def predict_profanity_check(texts: list[str]) -> list[bool] | None:
    """alt-profanity-check at its default threshold, where installed."""
    try:
        from profanity_check import predict_prob
    except ImportError:
        return None
    return [p >= 0.5 for p in predict_prob(texts)]


def fmt(values: tuple[float, float, float] | None) -> str:
    return "   –     –     –  " if values is None else " ".join(f"{v:5.2f}" for v in values)


def main(folder: Path) -> None:
    """Score every *.jsonl in `folder` and print one table."""
    print(f"{'dataset':<32}{'n':>6}{'pos':>6} | {'rules P/R/F1':<17} | {'all F1':>6} | {'keywords P/R/F1':<17} |"
          f" {'profanity-check P/R/F1':<17}")
    respect: list[tuple[str, int, float]] = []
    for path in sorted(folder.glob("*.jsonl")):
        dataset = path.name.split(".")[0]
        if dataset not in HITS:
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts, labels = [r["text"] for r in rows], [int(r["label"]) for r in rows]
        flagged = predict_rules(texts, HITS[dataset])
        rules = prf(flagged, labels) if any(flagged) else None  # precision means nothing where nothing is flagged
        if dataset in ("tweeteval_hate", "hatecheck_fr"):
            respect.append((dataset, sum(flagged), prf(flagged, labels)[0]))
        everything = prf([True] * len(texts), labels)[2]
        keywords = prf(predict_keywords(texts, KEYWORD_FOR[dataset]), labels)
        checked = predict_profanity_check(texts) if dataset in ("tweeteval_offensive", "tweeteval_hate") else None
        other = prf(checked, labels) if checked is not None else None
        print(f"{path.name:<32}{len(rows):>6}{sum(labels):>6} | {fmt(rules)} | {everything:6.2f} | {fmt(keywords)} |"
              f" {fmt(other)}")
    for dataset, count, precision in respect:
        print(f"precision of respect on {dataset}, over the {count} posts it flags: {precision:.2f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent.parent / "shared" / "eval")
