"""The model's second opinion: the shipped heads load offline and score deterministically, and the engine combines
them with the rules as issue 17 says (a model alone stays low; with a rule it may raise; switched off, the rules
alone), with explanations in English and French and French posts read by French heads only."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.core.profile import Profile
from auditor.scoring import semantic, vectorize
from tests.scoring.helpers import scored

ROOT = Path(__file__).resolve().parents[2]
HATE = semantic.Head(name="en_hate", rule_id="MOD-HATE", category="respect", languages=frozenset({"en"}),
                     reads_as="hateful", reads_as_fr="haineux", trained_on="English test tweets",
                     trained_on_fr="des tweets anglais de test", threshold=0.5, strong=0.9)
HATE_FR = replace(HATE, name="fr_hate", rule_id="MOD-HATE-FR", languages=frozenset({"fr"}),
                  trained_on="French test sentences", trained_on_fr="des phrases françaises de test")
POLITICAL = replace(HATE, name="en_political", rule_id="MOD-POL", category="policy", reads_as="political",
                    reads_as_fr="politique", strong=None)
SEEN = "a sentence the stand-in model reads"
#: what a model's flag of its own points at (auditor/scoring/anchors.py): a group for a hateful reading
LONE = f"{SEEN}, said of women"


class StandIn:
    """A scorer that gives fixed probabilities to texts that hold `key` (SEEN), and 0 to every other text."""

    def __init__(self, heads: tuple[semantic.Head, ...], scores: Sequence[float], key: str = SEEN) -> None:
        self.heads, self.scores, self.key = heads, np.array(scores, dtype=float), key

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        return np.array([self.scores if self.key in t else np.zeros(len(self.heads)) for t in texts]).reshape(
            len(texts), len(self.heads))


@pytest.fixture(autouse=True)
def model_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AUDITOR_NO_MODEL", raising=False)


def flags_of(text: str, scorer: StandIn, profile: Profile | None = None, **fields):
    with semantic.use(scorer):
        return scored(text, profile, **fields)


# --- the shipped model ---------------------------------------------------------------------------------------


needs_model = pytest.mark.skipif(not semantic.shipped(), reason="the model's files are not in the package")


def _model_arrays(model: semantic.Model) -> list[np.ndarray]:
    return [model.intercepts, *(a for _s, _c, idf, weights in model.groups for a in (idf, weights))]


@needs_model
def test_the_models_arrays_kept_in_the_cache_score_as_the_packages_own(tmp_path: Path) -> None:
    """The first read keeps each group's arrays in the cache (owner-only files); the next maps them, and both score
    every text bit for bit as the package's files read directly do."""
    from auditor.core import cache

    folder = cache.folder("heads", tmp_path)
    assert folder is not None
    first = semantic.read_model(folder)
    written = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    assert written and {p.stat().st_mode & 0o777 for p in folder.iterdir()} == {0o600}
    again = semantic.read_model(folder)
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == written  # read, not made again
    assert all(isinstance(a, np.memmap) for a in _model_arrays(again)[1:])
    texts = ["Lovely walk by the canal this morning", "Le budget sera déposé mardi", "", "you people are vermin",
             "BUY NOW cheap pills!!! http://x.example", "Vote for the party that cuts taxes"]
    for mine, theirs in zip(_model_arrays(again), _model_arrays(first), strict=True):
        assert mine.dtype == theirs.dtype and np.array_equal(mine, theirs)
    assert np.array_equal(again.probabilities(texts), first.probabilities(texts))
    assert [g[:2] for g in again.groups] == [g[:2] for g in first.groups] and again.heads == first.heads


@needs_model
@pytest.mark.parametrize("damage", ["cut", "shape", "type", "gone"])
def test_a_broken_model_entry_in_the_cache_is_made_again(tmp_path: Path, damage: str) -> None:
    first = semantic.read_model(tmp_path)
    (weights,) = tmp_path.glob("*.0.weights.npy")
    if damage == "cut":
        weights.write_bytes(weights.read_bytes()[:1000])
    elif damage == "shape":
        np.save(weights, np.zeros((4, 2)))
    elif damage == "type":
        np.save(weights, np.zeros(np.load(weights).shape, dtype=np.float32))
    else:
        weights.unlink()
    again = semantic.read_model(tmp_path)
    for mine, theirs in zip(_model_arrays(again), _model_arrays(first), strict=True):
        assert mine.dtype == theirs.dtype and np.array_equal(mine, theirs)
    assert not isinstance(again.groups[0][3], np.memmap)  # made from the package's files, and kept again
    assert np.array_equal(np.load(weights), first.groups[0][3])


@needs_model
def test_the_shipped_model_loads_and_scores_with_the_network_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the model tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    model = semantic.read_model()
    card = json.loads((ROOT / "auditor" / "scoring" / "models" / "model.json").read_text(encoding="utf-8"))
    assert [h.name for h in model.heads] == [h["name"] for h in card["heads"]]
    p = model.probabilities(["Lovely walk by the canal this morning", "Le budget sera déposé mardi"])
    assert p.shape == (2, len(model.heads)) and np.all((p > 0) & (p < 1))


@needs_model
def test_the_weights_are_the_ones_the_card_describes() -> None:
    import hashlib

    models = ROOT / "auditor" / "scoring" / "models"
    card = json.loads((models / "model.json").read_text(encoding="utf-8"))
    assert set(card["weights_sha256"]) == {h["name"] for h in card["heads"]}
    for name, sha in card["weights_sha256"].items():
        path = models / f"head_{name}.npz"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == sha
        with np.load(path, allow_pickle=False) as arrays:  # plain arrays: nothing to unpickle
            assert all(arrays[k].dtype != object for k in arrays.files)


@needs_model
def test_the_same_texts_get_the_same_scores_in_any_batch_and_any_process() -> None:
    texts = ["What a lovely morning at the market", "you are a complete idiot and everyone knows it",
             "Les élections fédérales auront lieu en octobre", "Win a FREE cruise, txt WIN to 80082 now!!!",
             "Deport them all, they are vermin", "", "ok"]
    model = semantic.read_model()
    once = model.probabilities(texts)
    assert np.array_equal(once, model.probabilities(texts))
    alone = np.vstack([model.probabilities([t]) for t in texts])
    assert np.allclose(once, alone, rtol=0, atol=1e-12)
    code = ("import json, sys; from auditor.scoring import semantic; "
            "print(json.dumps(semantic.read_model().probabilities(json.loads(sys.argv[1])).tolist()))")
    for seed in ("1", "2"):  # Python's own hash differs per process: the features must not depend on it
        out = subprocess.run([sys.executable, "-c", code, json.dumps(texts)], capture_output=True, text=True,
                             check=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)})
        assert np.array_equal(np.array(json.loads(out.stdout)), once)


@needs_model
def test_a_head_reads_only_the_posts_of_its_languages_and_scores_them_as_it_would_with_all() -> None:
    texts = ["What a lovely morning at the market", "Les élections fédérales auront lieu en octobre",
             "Win a FREE cruise, txt WIN to 80082 now!!!", "Je déteste ces gens-là, qu'ils partent tous"]
    model = semantic.read_model()
    wanted = np.array([[h.languages == {"en"} for h in model.heads], [h.languages == {"fr"} for h in model.heads],
                       [h.languages == {"en"} for h in model.heads], [True] * len(model.heads)])
    assert np.array_equal(model.probabilities(texts, wanted)[wanted], model.probabilities(texts)[wanted])
    readings = semantic.read(texts, [frozenset({"en"}), frozenset({"fr"}), frozenset({"en"}), frozenset()])
    assert np.array_equal(readings.reads, wanted & [[True], [True], [True], [False]])  # no head reads "zz"
    assert np.all(readings.probabilities[~readings.reads] == 0)


def test_word_by_word_scores_equal_the_training_matrix() -> None:
    settings = vectorize.Settings(bits=12, chars=(2, 4), pairs=True)
    texts = ["Vote for change! #BlackLivesMatter", "the the the", "l'immigration et les réfugiés", "", "42 4242 😡",
             "Call 0800 123 456 now https://example.com @someone"]
    batch = vectorize.read(texts, settings)
    rng = np.random.default_rng(3)
    idf, weights = rng.uniform(1, 3, size=(1 << 12, 2)), rng.normal(size=(1 << 12, 2))
    for head in range(2):
        expected = vectorize.design(batch, settings, idf[:, head]) @ weights[:, head]
        assert np.allclose(vectorize.linear(batch, settings, idf, weights)[:, head], expected, atol=1e-12)


def test_a_long_post_is_read_in_pieces_and_scored_by_its_highest() -> None:
    seen: list[str] = []

    class Recording(StandIn):
        def probabilities(self, texts: Sequence[str]) -> np.ndarray:
            seen.extend(texts)
            return super().probabilities(texts)

    text = "a quiet walk by the canal " * 30 + SEEN + " of women" + " and then home again" * 10
    scores = flags_of(text, Recording((HATE,), [0.8]))
    assert list(scores.flags["rule_id"]) == ["MOD-HATE"]
    assert len(seen) > 2 and all(len(p) <= semantic.WINDOW for p in seen)
    assert vectorize.words("RT @someone: #one") < semantic.MIN_WORDS  # a bare retweet is read by no head


def test_the_model_reads_prose_not_links_or_handles() -> None:
    assert vectorize.plain("RT @x: see https://t.co/xyz and @someone@example.social #VoteNow").split() == [
        "see", "and", "VoteNow", "Vote", "Now"]


# --- how it combines with the rules ---------------------------------------------------------------------------


def test_a_model_alone_flags_and_explains_itself_but_stays_low() -> None:
    senior = Profile(level="deputy_head", followers=50_000, public_facing=True)
    scores = flags_of(LONE, StandIn((HATE,), [0.8]), senior, likes=900)
    flag = scores.flags.iloc[0]
    assert list(scores.flags["rule_id"]) == ["MOD-HATE"] and flag["category"] == "respect"
    # it cites the words its reading is about, not the whole post
    assert [(e["text"], LONE[e["start"]:e["end"]]) for e in flag["evidence"]] == [("women", "women")]
    assert '"women" in the text' in flag["explanation"]
    assert "the words shown, the group it is about," in HATE.rule.reason and "le groupe visé" in HATE.rule.reason_fr
    assert "reads as hateful to a model trained on English test tweets, 0.80" in flag["explanation"]
    (note,) = [a for a in flag["adjustments"] if a["factor"] == "model"]
    assert note["score"] == 0.8 and note["model"] == "en_hate"
    assert note["reason_fr"] == "se lit comme haineux pour un modèle entraîné sur des tweets anglais de test, 0,80"
    post = scores.posts.iloc[0]
    assert post["band"] == "low" and post["risk"] == semantic.LOW_CEILING
    assert any(f["factor"] == "model_only" for f in post["factors"])


def test_a_model_alone_says_nothing_where_the_prose_names_nothing_of_its_kind() -> None:
    for text in (f"{SEEN}, nothing any list holds", f"{SEEN} @women_in_tech https://example.org/women"):
        scores = flags_of(text, StandIn((HATE, POLITICAL), [0.9, 0.9]))  # a group only in a handle or a link
        assert scores.flags.empty and scores.posts.iloc[0]["band"] == "none", text
    political = flags_of(f"{SEEN}, on the wars", StandIn((POLITICAL,), [0.9])).flags
    assert list(political["rule_id"]) == ["MOD-POL"] and [e["text"] for e in political.iloc[0]["evidence"]] == [
        "wars"]


def test_a_models_flag_beside_a_rules_flag_of_another_category_adds_nothing_above_low() -> None:
    text = f"{SEEN} of women, what a shitty day"
    with semantic.use(StandIn((HATE,), [0.0])):
        rules = scored(text).posts.iloc[0]
    both = flags_of(text, StandIn((HATE,), [0.8]))
    assert set(both.flags["rule_id"]) >= {"PROF-001", "MOD-HATE"}
    post = both.posts.iloc[0]
    assert rules["band"] == "low" and post["band"] == "low"
    assert post["risk"] <= max(rules["risk"], semantic.LOW_CEILING)


def test_a_strong_score_in_a_severe_category_may_be_medium_never_high() -> None:
    senior = Profile(level="deputy_head", followers=50_000, public_facing=True)
    scores = flags_of(LONE, StandIn((HATE,), [0.95]), senior, likes=900)
    assert scores.posts.iloc[0]["band"] == "medium"
    assert "a strong score in a severe category" in scores.flags.iloc[0]["explanation"]
    political = flags_of(f"{SEEN}, on the wars", StandIn((POLITICAL,), [0.99]), senior, likes=900)
    assert political.posts.iloc[0]["band"] == "low"  # policy is not severe: strong or not, alone it stays low


def test_a_model_agreeing_with_a_rule_of_its_category_raises_that_flag() -> None:
    text = f"{SEEN}: immigrants are vermin"
    with semantic.use(StandIn((HATE,), [0.0])):
        alone = scored(text).flags
    agreed = flags_of(text, StandIn((HATE,), [0.8])).flags
    assert set(agreed["rule_id"]) == set(alone["rule_id"]) and "MOD-HATE" not in set(agreed["rule_id"])
    before = alone[alone["category"] == "respect"].sort_values("score").iloc[-1]
    after = agreed[agreed["rule_id"] == before["rule_id"]].iloc[0]
    assert after["confidence"] == before["confidence"]  # whether a post may be high stays the rule's to say
    assert after["score"] == min(100, before["score"] + semantic.AGREE_POINTS)
    assert "also reads this as hateful, 0.80" in after["explanation"]


def test_below_its_threshold_the_model_says_nothing() -> None:
    scores = flags_of(LONE, StandIn((HATE,), [0.49]))
    assert scores.flags.empty and scores.posts.iloc[0]["band"] == "none"


def test_no_model_gives_exactly_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"{SEEN}: immigrants are vermin", LONE, "What a shitty day"]
    monkeypatch.setenv("AUDITOR_NO_MODEL", "1")
    with semantic.use(StandIn((HATE,), [0.95])):
        off = [scored(t) for t in texts]
    with semantic.use(StandIn((), [])):  # no head at all, and STAT-001 off
        monkeypatch.setenv("AUDITOR_NO_STATISTICAL", "1")
        monkeypatch.delenv("AUDITOR_NO_MODEL")
        rules = [scored(t) for t in texts]
    for a, b in zip(off, rules, strict=True):
        assert a.flags.to_dict("records") == b.flags.to_dict("records")
        assert a.posts.to_dict("records") == b.posts.to_dict("records")
    assert not any(f.startswith(("MOD-", "STAT-")) for s in off for f in s.flags["rule_id"])


# --- French --------------------------------------------------------------------------------------------------


def test_a_french_post_is_read_by_french_heads_only() -> None:
    both = StandIn((HATE, HATE_FR), [0.9, 0.0])
    assert flags_of(f"{SEEN}, des femmes", both, language="fr").flags.empty  # the English head does not read it
    french = StandIn((HATE, HATE_FR), [0.0, 0.8])
    flag = flags_of(f"{SEEN}, des femmes", french, language="fr").flags.iloc[0]
    assert flag["rule_id"] == "MOD-HATE-FR"
    note = next(a for a in flag["adjustments"] if a["factor"] == "model")
    assert "reads as hateful to a model trained on French test sentences, 0.80" in flag["explanation"]
    assert note["reason_fr"] == "se lit comme haineux pour un modèle entraîné sur des phrases françaises de test, 0,80"
    assert flags_of(LONE, french, language="en").flags.empty  # nor the French one English


def test_a_french_post_never_gets_the_english_statistical_signal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AUDITOR_NO_STATISTICAL", raising=False)
    with semantic.use(StandIn((), [])):
        flags = scored("espèce de sale con, ferme-la", language="fr").flags
    assert "STAT-001" not in set(flags["rule_id"])


def test_an_undecided_post_is_read_in_both_languages() -> None:
    model = StandIn((HATE, HATE_FR), [0.0, 0.8], key="")
    scores = flags_of("ok les femmes 👍", model)  # too short to tell its language: both read it
    assert scores.posts.iloc[0]["lang"] == "und" and list(scores.flags["rule_id"]) == ["MOD-HATE-FR"]


@needs_model
def test_the_shipped_french_head_reads_french_hate() -> None:
    model = semantic.read_model()
    column = next(i for i, h in enumerate(model.heads) if h.name == "fr_hate")
    head = model.heads[column]
    p = model.probabilities(["Ces gens-là sont des parasites, il faut tous les chasser du pays.",
                             "Nous avons inauguré la nouvelle bibliothèque du quartier ce matin."])[:, column]
    assert p[0] >= head.threshold > p[1]


def test_after_a_review_a_models_flag_left_alone_still_stays_low() -> None:
    import pandas as pd

    from auditor.core.frame import to_frame
    from auditor.review.reaudit import rescore
    from tests.scoring.helpers import post

    senior = Profile(level="deputy_head", followers=50_000, public_facing=True)
    row = post(f"{SEEN} of women, what a shitty day", likes=900)
    scores = flags_of(row["text"], StandIn((HATE,), [0.8]), senior, likes=900)
    posts = pd.concat([to_frame([row]).reset_index(drop=True), scores.posts.drop(columns="post_id")], axis=1)
    left = scores.flags[scores.flags["rule_id"] == "MOD-HATE"]  # the person dismissed the swearing flag
    after = rescore(posts, left, {row["post_id"]}, senior).iloc[0]
    assert after["band"] == "low" and after["risk"] == semantic.LOW_CEILING


@needs_model
def test_the_models_read_only_where_they_can_count_and_flag_as_if_they_read_every_post(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A head reads a post with a rule's hit or whose prose may name what it reads about, STAT-001 an English post
    that may name an insult, violence or whom (`anchors.Gate`); the flags and risks are those of reading all."""
    from auditor.core.frame import to_frame
    from auditor.scoring import anchors, load_rules, score
    from tests.scoring.helpers import post

    texts = ["What a lovely morning at the market", "you are a complete idiot and everyone knows it",
             "Les élections fédérales auront lieu en octobre", "Win a FREE cruise, txt WIN to 80082 now!!!",
             "Deport them all, they are vermin", "those immigrants again, what a bunch of losers",
             "Vote Liberal this time!", "call me on 0800 123 456 for 10p per min", "les immigrés sont des parasites",
             "Such a stupid game, killed it", "the far  right and the left-wing press", "ok", ""]
    frame = to_frame([{**post(t), "post_id": f"t:{i}"} for i, t in enumerate(texts)])
    rules = load_rules()
    gated = score(frame, rules, Profile())
    read, anchored = semantic.read, anchors.Gate.anchored
    asked = []
    monkeypatch.setattr(anchors.Gate, "anchored", lambda self, category, among=None: (
        asked.append(category), anchored(self, category, among))[1])
    assert score(frame, rules, Profile()).flags.equals(gated.flags) and asked  # the gate was asked
    # every post read by every head of its languages, and by STAT-001 when English
    monkeypatch.setattr(semantic, "read", lambda texts, languages, *rest: read(texts, languages))
    monkeypatch.setattr(anchors.Gate, "anchored", lambda self, category, among=None: np.ones(len(self.texts), bool)
                        if among is None else np.asarray(among, dtype=bool))
    everything = score(frame, rules, Profile())
    assert everything.flags.equals(gated.flags) and everything.posts.equals(gated.posts)
    assert gated.flags["rule_id"].str.startswith(("MOD-", "STAT-")).any()  # the models did speak


@needs_model
def test_a_head_does_not_read_a_post_without_a_rules_hit_that_names_nothing_of_its_kind() -> None:
    texts = ["What a lovely morning at the market with my friends", "those immigrants again, what a bunch of losers"]
    readings = semantic.read(texts, [frozenset({"en"})] * len(texts), set())
    assert not readings.reads[0].any() and readings.reads[1].any()  # nothing named; a group named
    assert semantic.read(texts, [frozenset({"en"})] * 2, {0}).reads[0].any()  # with a rule's hit: read
    alone = semantic.read(texts, [frozenset({"en"})] * 2)  # without the rules' hits: read by every English head
    assert alone.reads[0].tolist() == ["en" in h.languages for h in alone.heads]


class _AlwaysSpeaks(semantic.Readings):
    """Readings that never say a post has no head speaking: `opinion` then reads every head of every post."""

    def speaks(self, row: int) -> bool:
        return True


def test_a_post_no_head_speaks_for_gets_the_opinion_reading_every_head_gives() -> None:
    from auditor.scoring import load_rules
    from auditor.scoring.evaluate import Candidate

    model = semantic.read_model()
    rng = np.random.default_rng(7)
    rules = [r for r in load_rules().rules if r.category in ("respect", "profanity", "policy", "private_gain")][:12]
    texts = ["Les immigrants et les femmes", "kill them all, you idiot", "vote for the left-wing party", "$20 off",
             "nothing here", ""]
    thresholds = np.array([h.threshold for h in model.heads])
    spoke = 0
    for _ in range(300):
        count = int(rng.integers(1, 6))
        shift = rng.uniform(-0.2, 0.2, size=(count, len(model.heads)))
        probabilities = np.clip(thresholds + shift, 0, 1)
        reads = rng.random((count, len(model.heads))) < 0.7
        readings = semantic.Readings(model.heads, probabilities, reads)
        every = _AlwaysSpeaks(model.heads, probabilities, reads)
        for row in range(count):
            candidates = [Candidate(rules[int(k)], [{"field": "text", "start": 0, "end": 3, "text": "Les"}],
                                    float(rng.uniform(0.3, 0.9)), []) for k in rng.integers(0, len(rules), 2)]
            candidates = candidates[:int(rng.integers(0, 3))]
            text = texts[int(rng.integers(len(texts)))]
            found = semantic.opinion(candidates, readings, row, text)
            assert found == semantic.opinion(candidates, every, row, text)
            spoke += found != candidates
    assert spoke > 100  # the heads did speak, often


_LANGUAGE_SETS = st.sets(st.sampled_from(["en", "fr", "de", "und"]), max_size=3).map(frozenset)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LANGUAGE_SETS, max_size=30), st.lists(_LANGUAGE_SETS, min_size=1, max_size=4))
def test_which_heads_read_each_post_is_what_asking_each_head_of_each_post_gives(
        languages: list[frozenset[str]], head_languages: list[frozenset[str]]) -> None:
    heads = [replace(HATE, name=f"h{k}", languages=langs) for k, langs in enumerate(head_languages)]
    expected = np.array([[bool(h.languages & langs) for h in heads] for langs in languages],
                        dtype=bool).reshape(len(languages), len(heads))
    got = semantic._heads_reading(heads, languages)
    assert got.dtype == bool and got.shape == expected.shape and np.array_equal(got, expected)
