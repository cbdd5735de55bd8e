"""Write alt-profanity-check's model as plain arrays, so a scan predicts with numpy alone (no scikit-learn to import).

Usage: python -m auditor.scoring.train.export_profanity_check [OUT]
       (default: auditor/scoring/models/profanity_check.npz)

alt-profanity-check 1.9.1 (MIT licence; the version the test extra pins) ships a TF-IDF vectoriser and five
sigmoid-calibrated linear SVMs, pickled for scikit-learn: importing scikit-learn to unpickle them cost a 1,000-post
scan a second. Its predictions are, per text, the mean over the five of expit(-(a * (x . w + c) + b)) with x the
l2-normalised TF-IDF row; this writes the vocabulary, idf, w, c, a and b. tests/scoring/test_statistical.py checks
the arrays give the package's own probabilities wherever the package is installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "models" / "profanity_check.npz"


def arrays() -> dict[str, np.ndarray]:
    """The installed package's model as named arrays (checks the settings the numpy predictor assumes)."""
    from profanity_check import profanity_check as package
    from sklearn.calibration import CalibratedClassifierCV, _SigmoidCalibration
    from sklearn.svm import LinearSVC

    vectorizer, model = package.vectorizer, package.model
    expected = {"analyzer": "word", "lowercase": True, "preprocessor": None, "tokenizer": None,
                "strip_accents": None, "token_pattern": r"(?u)\b\w\w+\b", "ngram_range": (1, 1), "binary": False,
                "use_idf": True, "norm": "l2", "sublinear_tf": False}
    params = vectorizer.get_params()
    wrong = {k: params.get(k) for k, v in expected.items() if params.get(k) != v}
    if wrong or not isinstance(model, CalibratedClassifierCV):
        raise SystemExit(f"alt-profanity-check's model is not the one this script knows: {wrong or type(model)}")
    words = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    weights, intercepts, slopes, offsets = [], [], [], []
    for calibrated in model.calibrated_classifiers_:
        estimator, [calibrator] = calibrated.estimator, calibrated.calibrators
        if not isinstance(estimator, LinearSVC) or not isinstance(calibrator, _SigmoidCalibration):
            raise SystemExit("alt-profanity-check's model is not the one this script knows")
        weights.append(estimator.coef_[0])
        intercepts.append(estimator.intercept_[0])
        slopes.append(calibrator.a_)
        offsets.append(calibrator.b_)
    return {"words": np.array("\n".join(words)), "idf": np.asarray(vectorizer.idf_, dtype=np.float64),
            "weights": np.asarray(weights, dtype=np.float64), "intercepts": np.asarray(intercepts, dtype=np.float64),
            "slopes": np.asarray(slopes, dtype=np.float64), "offsets": np.asarray(offsets, dtype=np.float64)}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    np.savez_compressed(out, **arrays())
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
