"""A model's second opinion beside the rules: linear heads over hashed TF-IDF features of words, word pairs and
letter n-grams. It reads more than the listed words (how a post is worded), still words and not meaning: it cannot
tell counter-speech or a quotation from the thing itself, so it never decides alone whether a post is high.

The model ships inside the package (`auditor/scoring/models/`: weights in one `head_<name>.npz` per head, read
without pickle, and what each head is, and which features it reads, in `model.json`); nothing is downloaded, ever.
What each head learnt from, and under which licence (or none), is in the card (`models/README.md`). Each head
reads posts in its language (English heads English posts, French heads French ones; a post whose language is
undecided is read by both) and gives a probability. How it combines with the rules (`opinion`):

- a rule of a category the head agrees with (AGREES) fired on the post: at or above the head's threshold the model
  says so on that flag, adding AGREE_POINTS to its score; below it, the flag stands as the rule made it;
- no flag of the categories it covers (COVERS) stands: at or above the threshold the model adds a flag of its own
  (MOD-…), only where the post's prose names what the reading is about (`anchors`: a group for a hateful reading,
  an insult or words of violence for an offensive one, political words, words of selling): those words are its
  evidence; its explanation names what it reads, what it was trained on and its score.

What models' flags alone add to a post stays under `medium` (`ceiling`), except a strong score in a severe category
(hate), which may make a post `medium`, never `high`.

So a head's probability can count only for a post with a rule's hit (where it may agree) or whose prose names what
its reading is about (where it may flag alone): `read` reads only those (`anchors.Gate`, a superset of where
`anchors.find` gives evidence), which are few: the results are those of reading every post.

`AUDITOR_NO_MODEL=1` switches every model off (this one and alt-profanity-check's STAT-001): the rules alone.
What the heads were trained on, their cross-validated scores and their known failures: `models/README.md`.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np

from auditor.core import cache as kept_cache
from auditor.core import cached_arrays
from auditor.scoring import anchors, vectorize
from auditor.scoring.context import factor
from auditor.scoring.evaluate import POINTS, Candidate
from auditor.scoring.model import CATEGORIES, Rule

#: a model alone is weak evidence: its flag starts at this confidence, a strong score in a severe category at STRONG
ALONE_CONFIDENCE, STRONG_CONFIDENCE = 0.4, 0.55
#: the model agreeing with a rule of a category it covers adds these points to that flag's score (its confidence,
#: which decides whether a post may be 'high', stays the rule's: a model reads words too, and can be fooled alike)
AGREE_POINTS = 5
LOW_CEILING = 39  # a post flagged by models alone: its risk stays under the 'medium' threshold (40), so it is 'low'
MIN_WORDS = 3  # fewer words than this (outside links and handles) is too little to read a meaning from
#: the heads learnt from tweets and text messages: a longer text is read in pieces of this many characters (at
#: spaces), and a head's score is its highest over the pieces; read whole, a long post's many words each add a
#: little and push the score up with its length
WINDOW = 300
#: a head's category -> the categories of the rule flags it agrees with (adding AGREE_POINTS to the strongest)
AGREES = {"profanity": frozenset({"profanity"}), "respect": frozenset({"respect"}),
          "policy": frozenset({"policy", "partisan", "controversial"}), "private_gain": frozenset({"private_gain"})}
#: ... and of the flags beside which it adds no flag of its own: an offensive reading adds nothing to a slur already
#: flagged (nor agrees with it: "offensive" says less than the rule, and would count the same words twice)
COVERS = {**AGREES, "profanity": frozenset({"profanity", "respect"})}
#: the guidance a model's flag cites, per category: the same as the rules of that category
_GUIDANCE = {
    "respect": ("https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=25049",
                "Values and Ethics Code for the Public Sector: respect for people"),
    "profanity": ("https://www.canada.ca/en/government/publicservice/values/"
                  "best-practices-public-servants-using-personal-social-media.html",
                  "TBS: best practices for public servants using their personal social media"),
    "policy": ("https://www.canada.ca/content/canadasite/en/government/publicservice/values/"
               "best-practices-public-servants-using-personal-social-media/tools-help-assess-post.html",
               "TBS: tools to help you assess a post (opinions on government policy)"),
    "private_gain": ("https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=25049",
                     "Values and Ethics Code for the Public Sector: integrity and conflicts of interest"),
}
#: the French page of each, as the rule files give it
_GUIDANCE_FR = {
    "respect": ("https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=25049",
                "Code de valeurs et d'éthique du secteur public : respect envers les personnes"),
    "profanity": ("https://www.canada.ca/fr/gouvernement/fonctionpublique/valeurs/"
                  "pratiques-exemplaires-intention-fonctionnaires-utilisation-medias-sociaux-fins-personnelles.html",
                  "SCT : pratiques exemplaires à l'intention des fonctionnaires pour l'utilisation des médias sociaux "
                  "à des fins personnelles"),
    "policy": ("https://www.canada.ca/fr/gouvernement/fonctionpublique/valeurs/"
               "pratiques-exemplaires-intention-fonctionnaires-utilisation-medias-sociaux-fins-personnelles/"
               "outils-permettant-evaluer-publication.html",
               "SCT : outils permettant d'évaluer une publication (opinions sur les politiques du gouvernement)"),
    "private_gain": ("https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=25049",
                     "Code de valeurs et d'éthique du secteur public : intégrité et conflits d'intérêts"),
}


@dataclass(frozen=True)
class Head:
    """One head: what it reads (`reads_as`, `reads_as_fr`), in which languages, for which category, what it was
    trained on, and its thresholds (`threshold`: speaks; `strong`: alone, may raise a post above low)."""

    name: str
    rule_id: str
    category: str
    languages: frozenset[str]
    reads_as: str
    reads_as_fr: str
    trained_on: str
    trained_on_fr: str
    threshold: float
    strong: float | None = None

    @property
    def severe(self) -> bool:
        return CATEGORIES[self.category] == "high"

    @property
    def rule(self) -> Rule:
        return _rule(self)


@cache
def _rule(head: Head) -> Rule:
    url, title = _GUIDANCE[head.category]
    url_fr, title_fr = _GUIDANCE_FR[head.category]
    anchor = anchors.anchors()[head.category]
    return Rule(id=head.rule_id, title=f"Reads as {head.reads_as} to a model", category=head.category,
                severity=CATEGORIES[head.category], confidence=ALONE_CONFIDENCE,
                reason=f"A model trained on {head.trained_on} reads this as {head.reads_as}; the words shown, "
                       f"{anchor.about}, are what that reading points at (no rule of this kind flagged the post): a "
                       "model's reading, worth a look, never proof",
                guidance_url=url, guidance_title=title, fields=("text",), source="auditor/scoring/semantic.py",
                title_fr=f"Contenu lu comme {head.reads_as_fr} par un modèle",
                reason_fr=f"Un modèle entraîné sur {head.trained_on_fr} lit ce contenu comme {head.reads_as_fr} ; "
                          f"les mots montrés, {anchor.about_fr}, sont ce que vise cette lecture (aucune règle de ce "
                          "genre n'a signalé la publication) : la lecture d'un modèle, qui mérite un coup d'œil, "
                          "jamais une preuve",
                guidance_url_fr=url_fr, guidance_title_fr=title_fr)


class Scorer(Protocol):
    """What reads texts into one probability per head (the shipped model, or a stand-in in tests and benchmarks)."""

    heads: tuple[Head, ...]

    def probabilities(self, texts: Sequence[str]) -> np.ndarray: ...


class Model:
    """The shipped heads: hashed features (`vectorize`, each head with its own `Settings`), one idf and one weight per
    column and head."""

    def __init__(self, settings: Sequence[vectorize.Settings], heads: tuple[Head, ...], idf: Sequence[np.ndarray],
                 weights: Sequence[np.ndarray], intercepts: np.ndarray) -> None:
        stacked = [(np.stack([idf[i] for i in columns], axis=1), np.stack([weights[i] for i in columns], axis=1))
                   for columns in self.columns_of(settings)]
        self._set(settings, heads, stacked, intercepts)

    @classmethod
    def of_groups(cls, settings: Sequence[vectorize.Settings], heads: tuple[Head, ...],
                  stacked: Sequence[tuple[np.ndarray, np.ndarray]], intercepts: np.ndarray) -> Model:
        """From each group's idf and weights already stacked as columns (`columns_of`'s order)."""
        model = cls.__new__(cls)
        model._set(settings, heads, stacked, intercepts)
        return model

    @staticmethod
    def columns_of(settings: Sequence[vectorize.Settings]) -> list[list[int]]:
        """The heads of each group: the heads of the same features, scored together."""
        return [[i for i, s in enumerate(settings) if s == one] for one in dict.fromkeys(settings)]

    def _set(self, settings: Sequence[vectorize.Settings], heads: tuple[Head, ...],
             stacked: Sequence[tuple[np.ndarray, np.ndarray]], intercepts: np.ndarray) -> None:
        self.heads, self.intercepts = heads, intercepts
        #: heads of the same features are scored together: (settings, their columns, idf and weights as columns)
        self.groups = [(settings[columns[0]], columns, idf, weights)
                       for columns, (idf, weights) in zip(self.columns_of(settings), stacked, strict=True)]

    BATCH = 20_000  # texts read at once: a batch's words are Python strings, so memory grows with it

    def probabilities(self, texts: Sequence[str], wanted: np.ndarray | None = None) -> np.ndarray:
        """texts x heads: each head's probability for each text (with `wanted`, texts x heads, only where it is
        True: a French head is not run on English posts; elsewhere the value means nothing)."""
        z = np.zeros((len(texts), len(self.heads)))
        for start in range(0, len(texts), self.BATCH):
            chunk = texts[start:start + self.BATCH]
            batches: dict[tuple[int, bool, bytes], vectorize.Batch] = {}  # words split once for heads alike
            # the texts any head reads, split into words once: each group's texts are taken from them
            read = np.ones(len(chunk), dtype=bool) if wanted is None else wanted[start:start + len(chunk)].any(axis=1)
            among = np.flatnonzero(read)
            split = vectorize.tokens([chunk[i] for i in among]) if len(among) else None
            for settings, columns, idf, weights in self.groups:
                rows = np.arange(len(chunk)) if wanted is None else \
                    np.flatnonzero(wanted[start:start + len(chunk), columns].any(axis=1))
                if not len(rows) or split is None:
                    continue
                key = (settings.bits, settings.pairs, rows.tobytes())
                if key not in batches:
                    batches[key] = vectorize.batch_of(split.take(np.searchsorted(among, rows)), settings)
                z[start + rows[:, None], columns] = vectorize.linear(batches[key], settings, idf, weights)
        return 1.0 / (1.0 + np.exp(-(z + self.intercepts)))


def model_files() -> tuple[resources.abc.Traversable, resources.abc.Traversable]:
    """The model card, and the folder holding one `head_<name>.npz` per head (a head is removed by deleting its
    file and its entry in the card)."""
    root = resources.files("auditor.scoring.models")
    return root / "model.json", root


def head_file(name: str) -> str:
    """The file name of one head's arrays (idf, weights, intercept)."""
    return f"head_{name}.npz"


def shipped() -> bool:
    """Whether the package holds the model's files."""
    card, _root = model_files()
    return card.is_file()


def available() -> bool:
    """Whether the model reads posts here: it ships, and AUDITOR_NO_MODEL is not set."""
    return switched_on() and (bool(_USED) or shipped())


def switched_on() -> bool:
    """Whether models are on (AUDITOR_NO_MODEL unset or 0): with it set, the rules alone."""
    return os.environ.get("AUDITOR_NO_MODEL", "") in ("", "0")


_LOADED: list[Scorer] = []
_USED: list[Scorer] = []  # a stand-in set by `use` (benchmarks, tests)


def load() -> None:
    """Read the shipped model now, if it is used (before forking workers: once, not once in each)."""
    if available() and not _LOADED and not _USED:
        _LOADED.append(read_model())


def read_model(folder: Path | None = None) -> Model:
    """The shipped model, read from the package's files (numpy arrays, no pickle), or from the person's cache
    (`folder`, default: its `heads` folder) where it was kept, its heads' arrays stacked by group, at a first read:
    0.07 -> 0.01 CPU s, in every scan (`auditor.core.cached_arrays`)."""
    card_file, root = model_files()
    card_data = card_file.read_bytes()
    card = json.loads(card_data)
    heads = tuple(head_from(entry) for entry in card["heads"])
    # each head's features (a card of version 1 gave one set of features for all)
    settings = [vectorize.Settings.from_dict(entry.get("features") or card["features"]) for entry in card["heads"]]
    files = [(root / head_file(head.name)).read_bytes() for head in heads]
    digest = hashlib.sha256(_LAYOUT.encode() + card_data)
    for data in files:
        digest.update(hashlib.sha256(data).digest())
    key = digest.hexdigest()[:32]
    groups = Model.columns_of(settings)
    names = ["intercepts", *(f"{k}.{part}" for k in range(len(groups)) for part in ("idf", "weights"))]
    folder = kept_cache.folder("heads") if folder is None else folder
    kept = cached_arrays.read(folder, key, names) if folder is not None else None
    if kept is not None and _fits(kept, settings, groups):
        stacked = [(kept[f"{k}.idf"], kept[f"{k}.weights"]) for k in range(len(groups))]
        return Model.of_groups(settings, heads, stacked, kept["intercepts"])
    idf, weights, intercepts = [], [], []
    for data in files:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            idf.append(arrays["idf"].astype(np.float64))
            weights.append(arrays["weights"].astype(np.float64))
            intercepts.append(float(arrays["intercept"]))
    model = Model(settings, heads, idf, weights, np.array(intercepts))
    if folder is not None:
        arrays = {"intercepts": model.intercepts}
        for k, (_settings, _columns, group_idf, group_weights) in enumerate(model.groups):
            arrays |= {f"{k}.idf": group_idf, f"{k}.weights": group_weights}
        cached_arrays.keep(folder, key, arrays)
    return model


_LAYOUT = "heads-1"  # how read_model keeps a model's arrays in the cache: a change here makes new entries


def _fits(kept: dict[str, np.ndarray], settings: Sequence[vectorize.Settings], groups: list[list[int]]) -> bool:
    """Whether arrays kept in the cache have the types and shapes the card's heads need (a hashed feature indexes
    their rows unchecked)."""
    if kept["intercepts"].dtype != np.float64 or kept["intercepts"].shape != (len(settings),):
        return False
    return all(kept[f"{k}.{part}"].dtype == np.float64
               and kept[f"{k}.{part}"].shape == (1 << settings[columns[0]].bits, len(columns))
               for k, columns in enumerate(groups) for part in ("idf", "weights"))


def head_from(entry: dict) -> Head:
    return Head(name=entry["name"], rule_id=entry["rule_id"], category=entry["category"],
                languages=frozenset(entry["languages"]), reads_as=entry["reads_as"],
                reads_as_fr=entry["reads_as_fr"], trained_on=entry["trained_on"],
                trained_on_fr=entry["trained_on_fr"], threshold=float(entry["threshold"]),
                strong=None if entry.get("strong") is None else float(entry["strong"]))


def current() -> Scorer | None:
    """The model that reads posts now (None when switched off or not shipped)."""
    if not available():
        return None
    if _USED:
        return _USED[-1]
    load()
    return _LOADED[0]


@contextmanager
def use(scorer: Scorer) -> Iterator[Scorer]:
    """Read posts with `scorer` instead of the shipped model for the duration (benchmarks' fold models, tests)."""
    _USED.append(scorer)
    try:
        yield scorer
    finally:
        _USED.remove(scorer)


@dataclass
class Readings:
    """A chunk's model readings: each post's probability per head, and which heads read it (its language)."""

    heads: tuple[Head, ...]
    probabilities: np.ndarray  # posts x heads
    reads: np.ndarray  # posts x heads, bool
    _speaking: np.ndarray | None = field(default=None, repr=False, compare=False)

    def speaking(self) -> set[int]:
        """Positions of the posts some head reads at or above its threshold: they may get a model's flag."""
        return set(np.flatnonzero(self._speaks()).tolist())

    def speaks(self, row: int) -> bool:
        """Whether some head reads post `row` at or above its threshold (asked of every post with a rule's hit:
        most have none, and need not be read head by head)."""
        return bool(self._speaks()[row])

    def _speaks(self) -> np.ndarray:
        if self._speaking is None:
            thresholds = np.array([h.threshold for h in self.heads])
            self._speaking = (self.reads & (self.probabilities >= thresholds)).any(axis=1)
        return self._speaking


def read(texts: Sequence[object], languages: Sequence[frozenset[str]], hit_rows: Collection[int] | None = None,
         gate: anchors.Gate | None = None) -> Readings | None:
    """The model's reading of a chunk of posts (`languages`: the languages each post is read in), or None when
    the model is off. Posts with fewer than MIN_WORDS words are read by no head; a long one, in WINDOW pieces.

    With `hit_rows` (the posts some rule's words were found in), a head reads only the posts where its reading can
    count (`opinion`): those, where it may agree with a rule's flag, and those whose prose may name what its reading
    is about (`anchors.Gate`, a superset of where `anchors.find` gives evidence), where it may flag alone. Reading
    the others (most posts) changed nothing, and cost more than the rules."""
    scorer = current()
    if scorer is None:
        return None
    heads = scorer.heads
    # a post is read by the heads of its languages, if it has MIN_WORDS words (counted only where a head would read)
    reads = _heads_reading(heads, languages)
    if hit_rows is not None:
        gate = gate if gate is not None else anchors.Gate(texts)
        unhit = np.ones(len(texts), dtype=bool)
        unhit[list(hit_rows)] = False
        for column, head in enumerate(heads):
            among = reads[:, column] & unhit
            reads[among & ~gate.anchored(head.category, among), column] = False
    reads[[i for i in np.flatnonzero(reads.any(axis=1)) if vectorize.words(texts[i], MIN_WORDS) < MIN_WORDS]] = False
    present = np.flatnonzero(reads.any(axis=1)).tolist()
    probabilities = np.zeros((len(texts), len(heads)))
    if present:
        whole = [str(texts[i]) for i in present]
        if getattr(scorer, "reads_whole", False):  # a stand-in that windows long texts itself
            probabilities[present] = scorer.probabilities(whole)
        else:
            pieces, owners = vectorize.pieces(whole, WINDOW)
            found = scorer.probabilities(pieces, reads[present][owners]) if isinstance(scorer, Model) \
                else scorer.probabilities(pieces)
            probabilities[present] = vectorize.highest(found, owners, len(whole))
    return Readings(heads, np.where(reads, probabilities, 0.0), reads)


def _heads_reading(heads: Sequence[Head], languages: Sequence[frozenset[str]]) -> np.ndarray:
    """posts x heads: whether the head reads the post (shares a language with it), worked out once per distinct set
    of languages (a chunk holds a few) and taken for each post (100,000 posts, 5 heads: 0.15 -> 0.007 CPU s)."""
    distinct: dict[frozenset[str], int] = {}
    which = np.fromiter((distinct.setdefault(langs, len(distinct)) for langs in languages), dtype=np.int64,
                        count=len(languages))
    table = np.array([[bool(h.languages & langs) for h in heads] for langs in distinct], dtype=bool)
    return table.reshape(len(distinct), len(heads))[which]


def opinion(candidates: list[Candidate], readings: Readings | None, row: int, text: object) -> list[Candidate]:
    """The post's candidates with the model's opinion added where a head speaks: on the strongest rule flag of the
    categories it agrees with (AGREES), else, where no flag of the categories it covers (COVERS) stands, as a flag
    of its own."""
    if readings is None:
        return candidates
    out = list(candidates)
    if not readings.speaks(row):
        return out
    # the severest category first: a hateful reading speaks before an offensive one, which then says nothing more
    for column, head in sorted(enumerate(readings.heads), key=lambda ch: -POINTS[CATEGORIES[ch[1].category]]):
        p = float(readings.probabilities[row, column])
        if not readings.reads[row, column] or p < head.threshold:
            continue
        agrees = AGREES.get(head.category, frozenset({head.category}))
        same = [i for i, c in enumerate(out) if c.rule.category in agrees and not _is_model(c.rule)]
        if same:
            at = max(same, key=lambda i: (out[i].confidence * POINTS[out[i].rule.severity], out[i].rule.id))
            if not any(a["factor"] == "model" for a in out[at].adjustments):  # one model's word per flag
                out[at] = _agreeing(out[at], head, p)
        elif not any(c.rule.category in COVERS.get(head.category, agrees) for c in out):
            evidence = anchors.find(head.category, text)  # what the reading is about: none, no flag
            if evidence:
                out.append(_alone(head, p, evidence))  # (not where a rule, or a severer model, already spoke)
    return out


def _is_model(rule: Rule) -> bool:
    return rule.source in ("auditor/scoring/semantic.py", "auditor/scoring/statistical.py")


def _agreeing(candidate: Candidate, head: Head, p: float) -> Candidate:
    note = model_factor(head, AGREE_POINTS, p, agrees=True)
    return Candidate(candidate.rule, candidate.evidence, candidate.confidence, [*candidate.adjustments, note])


def _alone(head: Head, p: float, evidence: list[dict]) -> Candidate:
    strong = head.severe and head.strong is not None and p >= head.strong
    confidence = STRONG_CONFIDENCE if strong else ALONE_CONFIDENCE
    rule = head.rule
    delta = round((confidence - rule.confidence) * POINTS[rule.severity])
    note = model_factor(head, delta, p, agrees=False, strong=strong)
    return Candidate(rule, evidence, confidence, [note])


def model_factor(head: Head, delta: int, p: float, *, agrees: bool, strong: bool = False) -> dict:
    """The model's contribution as a recorded change: a sentence in English and in French, and its score."""
    if agrees:
        reason = f"a model trained on {head.trained_on} also reads this as {head.reads_as}, {p:.2f}"
        reason_fr = f"un modèle entraîné sur {head.trained_on_fr} le lit aussi comme {head.reads_as_fr}, {_fr(p)}"
    else:
        reason = f"reads as {head.reads_as} to a model trained on {head.trained_on}, {p:.2f}"
        reason_fr = f"se lit comme {head.reads_as_fr} pour un modèle entraîné sur {head.trained_on_fr}, {_fr(p)}"
        if strong:
            reason += " (a strong score in a severe category: may be medium, never high, without a rule)"
            reason_fr += " (score élevé dans une catégorie grave : peut être moyen, jamais élevé, sans règle)"
    # `delta` 0 would hide the sentence from the explanation: a model's opinion always shows (+1 at least)
    note = factor("model", max(1, delta), reason)
    note.update({"reason_fr": reason_fr, "model": head.name, "score": round(p, 4)})
    return note


def _fr(p: float) -> str:
    return f"{p:.2f}".replace(".", ",")


def ceiling(flags: list[dict], risk: int, factors: list[dict], risk_of: Callable[[list[dict]], int]) -> int:
    """A post's risk, with what models' flags alone add above `low` taken back (and `factors` told why): at most
    what its other flags give (`risk_of` them), or LOW_CEILING. A model alone never makes a post more than low; a
    strong score in a severe category is the exception (it may be medium: its confidence keeps it from high)."""
    alone = [f for f in flags if _is_model_flag(f) and not _strong(f)]
    if not alone or risk <= LOW_CEILING:
        return risk
    rest = [f for f in flags if not any(f is a for a in alone)]
    limit = max(LOW_CEILING, risk_of(rest)) if rest else LOW_CEILING
    if risk <= limit:
        return risk
    factors.append(factor("model_only", limit - risk, "a model's reading alone, no listed word: adds nothing above low",
                          "la lecture d'un modèle seule, sans mot de la liste : n'ajoute rien au-delà de faible"))
    return limit


def _strong(flag: dict) -> bool:
    return (str(flag["rule_id"]).startswith("MOD-") and flag["severity"] == "high"
            and flag["confidence"] >= STRONG_CONFIDENCE)


def _is_model_flag(flag: dict) -> bool:
    return str(flag["rule_id"]).startswith(("MOD-", "STAT-"))


def rules() -> list[Rule]:
    """The rules the shipped model's flags carry (for rule digests and `auditor rules`); [] when not shipped."""
    if not shipped():
        return []
    card_file, _ = model_files()
    return [head_from(entry).rule for entry in json.loads(card_file.read_text(encoding="utf-8"))["heads"]]
