"""Build the model files shipped under `auditor/scoring/models/` (run by developers, never by a scan):
`export_profanity_check` writes alt-profanity-check's model as arrays; this package's main trains the heads.

Train the model's heads from the labelled dev halves, choosing everything by cross-validation within them.

Usage: python -m auditor.scoring.train [--eval DIR] [--select] [--out DIR]

For each head (HEADS): its features and regularisation (`--select`: a small grid compared by cross-validated
average precision; without it, the choice recorded in CHOICE), then 5 folds that keep a text's repeats (and, in
HateCheck, a template's cases) together:

- out-of-fold probabilities: each row scored by the head fitted on the other four folds;
- for each fold, a threshold chosen by a second cross-validation inside the other four folds (nested): the one that
  gives the best F1 of the rules and the model together (for hate: with their precision at least MIN_PRECISION),
  the model flagging a row alone only where its prose names what the head reads about (`auditor.scoring.anchors`),
  and never below the threshold chosen without that (`gated_threshold`); of thresholds as good, the highest;
- the shipped threshold, chosen the same way on all the out-of-fold probabilities; the shipped weights, fitted on
  the whole dev half.

It writes `auditor/scoring/models/head_<name>.npz` (one per head) and `model.json` (the heads, their thresholds and
their cross-validated scores), and `build/model-cv/<head>.npz`
(folds, out-of-fold probabilities, nested thresholds), which `benchmarks/accuracy.py` reads so that no figure is
ever measured on a row its head was trained on. It needs scikit-learn (there with alt-profanity-check;
`pip install -e '.[train]'`); scoring does not.
"""
