"""The scoring engine: frame + rules + profile in, flags and per-post risk out (`reuse.score` is the entry point).
Pure: nothing is read, written or mutated."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import itemgetter

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from auditor.core import gcpause
from auditor.core.profile import Profile
from auditor.scoring import anchors, language, parallel, semantic, statistical
from auditor.scoring.context import flag_factors, post_factors
from auditor.scoring.derived import profile_rules
from auditor.scoring.evaluate import POINTS, Candidate, evaluate, one_reason_per_passage
from auditor.scoring.explain import explain_both
from auditor.scoring.found import Found
from auditor.scoring.joined import Folded, Joined
from auditor.scoring.matcher import Matcher
from auditor.scoring.model import TEXT_FIELDS, RuleSet
from auditor.scoring.reading import readable_found

FLAG_COLUMNS = ("flag_id", "post_id", "rule_id", "category", "severity", "confidence", "score", "evidence",
                "adjustments", "explanation", "guidance_url", "guidance_title",
                # the same in French: the sentence written in French, the guidance's French page and title (None
                # for a rule without French, from a person's own rule file: its English is shown, as English)
                "explanation_fr", "guidance_url_fr", "guidance_title_fr")
#: per post: its risk, band, categories and factors, and the language it was read in and how that was decided
POST_COLUMNS = ("post_id", "risk", "band", "categories", "factors", "severe", "lang", "lang_source")
#: a flag strong enough to make a post high: a severe rule, at this confidence or more once its context is weighed
SEVERE_CONFIDENCE = 0.6
_POST_FIELDS = ("post_id", "kind", "visibility", "likes", "reposts", "replies", "reply_to", "created_at")
#: every column a post's scores depend on (with rules and profile)
READS = (*TEXT_FIELDS, "links", "language", *_POST_FIELDS)


@dataclass
class Scores:
    """The flags (one row per rule match) and every post's risk, band, categories and factors (`posts`: one row
    per post of the scored frame, in its order)."""

    flags: pd.DataFrame
    posts: pd.DataFrame


class Scorer:
    """Rules and a profile made ready to score: `score` a whole frame, or `part` for ranges of one."""

    def __init__(self, rules: RuleSet, profile: Profile, chunk: int = 200_000) -> None:
        self.rules, self.profile, self.chunk = rules, profile, chunk
        active = rules.active(profile.packs) + profile_rules(profile)
        self.matcher = Matcher(active)
        self.party = frozenset(a for r in active if r.category == "partisan" for a in r.accounts)

    def score(self, frame: pd.DataFrame, high: int = 70, medium: int = 40) -> Scores:
        """Every post of `frame`, in two forked halves when it is large and a second core is there."""
        shares = parallel.halves(len(frame))
        with gcpause.paused():  # millions of per-flag dicts and lists, none of them cyclic
            if len(shares) == 1:
                parts = [self.part(frame, shares[0])]
            else:
                theirs, mine = shares
                semantic.load()  # before the fork: read once, not once in each process
                # made here, before the fork: the worker touches no pandas object
                prepared = [read_columns(frame.iloc[a:b]) for a, b in theirs]
                parts = list(parallel.run_both(lambda: self.part(frame, theirs, prepared),
                                               lambda: self.part(frame, mine)))
            return assemble(frame, parts, high, medium)

    def part(self, frame: pd.DataFrame, ranges: list[tuple[int, int]],
             prepared: list[dict[str, list]] | None = None) -> Part:
        """The flags and risks of the posts in `ranges` (from `read_columns`' output in `prepared`, when given)."""
        out = Part({name: [] for name in FLAG_COLUMNS}, [], [], [], [], [], [], [])
        for k, (start, stop) in enumerate(ranges):
            for at in range(start, stop, self.chunk):  # bounded memory: one joined text per field per chunk
                end = min(stop, at + self.chunk)
                cols = read_columns(frame.iloc[at:end]) if prepared is None else _sliced(prepared[k], at - start,
                                                                                     end - start)
                _score_chunk(cols, at, self.matcher, self.profile, self.party, out)
        return out


@dataclass
class Part:
    """The flags of a range of posts, and the positions, risks, categories and factors of its flagged posts."""

    flags: dict[str, list]  # a list per FLAG_COLUMNS name: a worker's columns pickle back without a dict per flag
    at: list[int]
    risk: list[int]
    categories: list[list[str]]
    factors: list[list[dict]]
    severe: list[bool]  # whether a flagged post has a severe flag with strong evidence (may be 'high')
    read_at: list[int]  # where each chunk of this part starts in the frame, and its posts' language decisions
    decisions: list[tuple[list[str], list[str]]]  # (languages, sources): strings, which pickle back small


def _score_chunk(columns: dict[str, list], offset: int, matcher: Matcher, profile: Profile,
                 party: frozenset[str], out: Part) -> None:
    """Score one chunk of posts (`offset`: its first post's position in the frame) into `out`."""
    decided = language.decide([t or title for t, title in zip(columns["text"], columns["title"], strict=True)],
                              columns["language"])
    reads = [d.reads for d in decided]
    english = ["en" in r for r in reads]  # the statistical model is English: it reads nothing else
    found, text = _hits(matcher, columns)
    hits = readable_found(found, columns, reads, matcher).by_row()  # those that may count
    # the models read only the posts where their reading can count: with a rule's hit, or whose prose may name what
    # their reading is about (`anchors.Gate`: one pass over the chunk's text as the matcher folded it, made when a
    # model first asks)
    gate = anchors.Gate(columns["text"], text)
    del found, text
    model = statistical.candidates(columns["text"], english, gate)  # {} if not installed
    out.read_at.append(offset)
    out.decisions.append(([d.language for d in decided], [d.source for d in decided]))
    readings = semantic.read(columns["text"], reads, hits.keys(), gate)  # the model's: None when off
    flags: list[dict] = []
    for row in sorted(hits.keys() | model.keys() | (readings.speaking() if readings else set())):
        texts = {f: columns[f][row] for f in (*TEXT_FIELDS, "links")}
        candidates = evaluate(matcher, hits[row], texts) if row in hits else []
        if row in model and english[row] and not any(c.rule.category in statistical.COVERS for c in candidates):
            candidates.append(model[row])  # the model only speaks where no listed word already did
        # the model's opinion comes after: its whole-text evidence must not hide a rule's words (one reason)
        candidates = semantic.opinion(one_reason_per_passage(candidates), readings, row, columns["text"][row])
        if not candidates:
            continue
        post = {name: columns[name][row] for name in _POST_FIELDS if name != "created_at"}
        if any(c.rule.category == "partisan" for c in candidates):  # only partisan flags weigh the time of day
            post["created_at"] = columns["created_at"][row]
        post_flags = [_flag(c, post, profile, party) for c in candidates]
        cats = sorted({f["category"] for f in post_flags})
        factors = post_factors(post, set(cats), profile)
        out.at.append(offset + row)
        # a model's flag alone raises no post above low (semantic.ceiling says so among its factors)
        out.risk.append(semantic.ceiling(post_flags, combine([f["score"] for f in post_flags], len(cats), factors),
                                         factors, lambda kept, post=post: _risk(kept, post, profile)))
        out.categories.append(cats)
        out.factors.append(factors)
        out.severe.append(is_severe(post_flags))
        flags.extend(post_flags)
    for name, values in out.flags.items():
        values.extend(map(itemgetter(name), flags))


def _risk(flags: list[dict], post: dict, profile: Profile) -> int:
    """The risk some of a post's flags alone would give it (for `semantic.ceiling`)."""
    cats = {f["category"] for f in flags}
    return combine([f["score"] for f in flags], len(cats), post_factors(post, cats, profile))


def assemble(frame: pd.DataFrame, parts: list[Part], high: int = 70, medium: int = 40) -> Scores:
    """Every post's risk, band, categories and factors (unflagged: 0, none, [], []) and one flag frame."""
    risk = np.zeros(len(frame), dtype=np.int64)
    categories: list[list[str]] = [[] for _ in range(len(frame))]
    factors: list[list[dict]] = [[] for _ in range(len(frame))]
    langs, sources = np.full(len(frame), language.UNDECIDED, dtype=object), np.full(len(frame), "", dtype=object)
    severe = np.zeros(len(frame), dtype=bool)
    for part in parts:
        risk[part.at] = part.risk
        severe[part.at] = part.severe
        for at, cats, facts in zip(part.at, part.categories, part.factors, strict=True):
            categories[at], factors[at] = cats, facts
        for at, (chunk_langs, chunk_sources) in zip(part.read_at, part.decisions, strict=True):
            langs[at:at + len(chunk_langs)] = chunk_langs
            sources[at:at + len(chunk_sources)] = chunk_sources
    posts = pd.DataFrame({"post_id": frame["post_id"].array, "risk": risk,
                          "band": bands(risk, categories, severe, high=high, medium=medium),
                          "categories": categories, "factors": factors, "severe": severe, "lang": langs,
                          "lang_source": sources})
    return Scores(_flag_frame({name: list(chain.from_iterable(part.flags[name] for part in parts))
                               for name in FLAG_COLUMNS}), posts)


def read_columns(frame: pd.DataFrame) -> dict[str, list]:
    """The columns scoring reads, as plain lists (no per-row pandas access later)."""
    out: dict[str, list] = {name: frame[name].tolist() for name in (*TEXT_FIELDS, "links", "post_id", "reply_to")}
    for name in ("kind", "visibility", "language"):
        out[name] = frame[name].astype("object").tolist()
    for name in ("likes", "reposts", "replies"):
        out[name] = frame[name].fillna(0).astype("int64").tolist()
    out["created_at"] = _LazyTimes(frame["created_at"].array)
    return out


def _sliced(columns: dict[str, list], start: int, stop: int) -> dict[str, list]:
    """Rows start:stop of columns made by `read_columns`."""
    return {name: (_LazyTimes(values.values[start:stop]) if isinstance(values, _LazyTimes) else values[start:stop])
            for name, values in columns.items()}


class _LazyTimes:
    """Timestamps looked up only for the posts that need them (partisan flags in work hours)."""

    def __init__(self, values: pd.api.extensions.ExtensionArray) -> None:
        self.values = values

    def __getitem__(self, row: int) -> pd.Timestamp | None:
        value = self.values[row]
        return None if pd.isna(value) else value


def _hits(matcher: Matcher, columns: dict[str, list]) -> tuple[Found, Folded | None]:
    """Every hit of every field, less context words that change nothing (rows: positions within the chunk), and
    the posts' text as the matcher joined and folded it (None when no post has text)."""
    found, text = [], None
    for field in TEXT_FIELDS:
        values = columns[field]
        present = _present(values)
        texts = values if len(present) == len(values) else [values[i] for i in present]
        joined = Joined.of(texts, present) if texts else None
        found.append(matcher.scan(field, texts, present, joined))
        text = joined.as_folded() if field == "text" and joined is not None else text
    links = columns["links"]
    present = [i for i, v in enumerate(links) if v]
    found.append(matcher.scan_links([links[i] for i in present], present))
    return matcher.useful(Found.joined(found)), text


def _present(values: list) -> Sequence[int]:
    """Where `values` holds a non-empty string: asked of the whole list in C first, as most fields are all text (a
    post's text) or all missing (a title, a content warning, an image description)."""
    if not any(map(isinstance, values, repeat(str))):  # missing: None, or pandas' NaN
        return []
    try:
        if all(map(str.__len__, values)):  # TypeError at the first value that is no string
            return range(len(values))
    except TypeError:
        pass
    return [i for i, v in enumerate(values) if isinstance(v, str) and v]


def _flag(candidate: Candidate, post: dict, profile: Profile, party: frozenset[str]) -> dict:
    rule = candidate.rule
    adjustments = candidate.adjustments + flag_factors(rule.category, post, profile, party)
    base = POINTS[rule.severity] * rule.confidence
    value = round(max(0.0, min(100.0, base + sum(a["delta"] for a in adjustments))))
    french = rule.has_french()  # a rule of a person's own without French: its English, said to be English
    english, other = explain_both(rule, candidate.evidence, candidate.confidence, value, adjustments, french)
    return {
        "flag_id": f"{post['post_id']}/{rule.id}", "post_id": post["post_id"], "rule_id": rule.id,
        "category": rule.category, "severity": rule.severity, "confidence": round(candidate.confidence, 2),
        "score": value, "evidence": candidate.evidence, "adjustments": adjustments,
        "explanation": english, "guidance_url": rule.guidance_url, "guidance_title": rule.guidance_title,
        "explanation_fr": other,
        "guidance_url_fr": rule.guidance_url_fr or None, "guidance_title_fr": rule.guidance_title_fr or None,
    }


def combine(flag_scores: list[int], category_count: int, factors: list[dict]) -> int:
    """A post's risk: its worst flag, a little more for each further category, then its context factors."""
    value = max(flag_scores) + min(10, 5 * (category_count - 1)) + sum(f["delta"] for f in factors)
    return int(max(1, min(100, value)))


def bands(risk: Iterable[int], categories: Iterable[list[str]], severe: Iterable[bool] | None = None, *,
          high: int = 70, medium: int = 40) -> list[str]:
    """Band each post by its risk. 'high' is earned only by a severe flag with strong evidence (`severe`, when
    given): a medium rule on a senior, visible account stays 'medium' however its context adds up; and a post whose
    only category is `controversial` is never 'high'."""
    # compared as the numbers they are (ints here, exactly)
    values = np.asarray(risk, dtype=np.float64) if isinstance(risk, np.ndarray) else np.fromiter(risk, np.float64)
    cats = list(categories)
    strong = (np.ones(len(values), dtype=bool) if severe is None else np.asarray(severe, dtype=bool)
              if isinstance(severe, np.ndarray) else np.fromiter(severe, dtype=bool))
    if len(cats) != len(values) or len(strong) != len(values):
        raise ValueError("bands: risk, categories and severe differ in length")
    band = np.where(values <= 0, 0, np.where(values >= high, 3, np.where(values >= medium, 2, 1)))
    out = _BANDS[band]  # one str per post (of four), as a list of them
    for at in np.flatnonzero(values >= high).tolist():  # only a high risk asks what earned it
        if set(cats[at]) <= {"controversial"} or not strong[at]:
            out[at] = "medium"
    return out.tolist()


_BANDS = np.array(["none", "low", "medium", "high"], dtype=object)


def is_severe(flags: Iterable[dict]) -> bool:
    """Whether some flag is of a severe rule and strong once its context is weighed (SEVERE_CONFIDENCE)."""
    return any(f["severity"] == "high" and f["confidence"] >= SEVERE_CONFIDENCE for f in flags)


def flag_frame(flags: list[dict]) -> pd.DataFrame:
    """The flags as one frame (FLAG_COLUMNS), ordered by post and rule."""
    return _flag_frame({name: [f[name] for f in flags] for name in FLAG_COLUMNS})


def _flag_frame(columns: dict[str, list]) -> pd.DataFrame:
    """`flag_frame` of the flags as columns (a list per FLAG_COLUMNS name)."""
    # put in order before the frame is made: sorting the frame copied every column (0.1 GB per 500,000 posts); a
    # key that is no string is left to the frame's sort (in_flag_order)
    posts, rules = columns["post_id"], columns["rule_id"]
    if not posts:  # (columns of empty lists would be made float64)
        return pd.DataFrame([], columns=list(FLAG_COLUMNS)).astype({"confidence": "float64", "score": "int64"})
    with contextlib.suppress(TypeError):
        order = sorted(range(len(posts)), key=lambda i: (posts[i], rules[i]))
        if len(order) > 1 and any(i != k for k, i in enumerate(order)):
            take = itemgetter(*order)
            columns = {name: list(take(values)) for name, values in columns.items()}
    return in_flag_order([pd.DataFrame(columns, columns=list(FLAG_COLUMNS))])


def in_flag_order(tables: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Flag tables (FLAG_COLUMNS, at least one) as one, in the order a stable sort of their concatenation by post
    and rule gives; without copying a column when the tables, each in that order already, follow one another in
    some order (a source's flags, scored in the background, are all kept)."""
    tables = list(tables)
    try:  # empty ones first: they change no order (only, as in a concatenation, the dtypes)
        ordered = sorted(tables, key=lambda t: (True, t["post_id"].iat[0], t["rule_id"].iat[0]) if len(t)
                         else (False, "", "")) if len(tables) > 1 else tables
    except TypeError:
        ordered = tables
    table = ordered[0] if len(ordered) == 1 else pd.concat(ordered, ignore_index=True)
    starts = np.cumsum([len(t) for t in ordered[:-1]], dtype=np.int64)
    starts = starts[(starts > 0) & (starts < len(table))]
    if _in_order(table, starts):
        return table.reset_index(drop=True)
    table = tables[0] if len(tables) == 1 else pd.concat(tables, ignore_index=True)
    return table.sort_values(["post_id", "rule_id"], kind="stable").reset_index(drop=True)


def _in_order(table: pd.DataFrame, starts: np.ndarray) -> bool:
    """True when `table`'s (post_id, rule_id) never decrease from a row to the next (in the order pandas sorts
    strings: Arrow's, by code point), and change at each of `starts` (where one table of a concatenation begins:
    no two rows tied across tables, so it is the order a stable sort of the tables in any order gives)."""
    if len(table) < 2:
        return True
    try:
        posts, rules = (pa.array(table[name], from_pandas=True) for name in ("post_id", "rule_id"))
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return False
    if posts.null_count or rules.null_count or not (_text(posts.type) and _text(rules.type)):
        return False
    post_before, post_after, rule_before, rule_after = posts[:-1], posts[1:], rules[:-1], rules[1:]
    same_post = pc.equal(post_before, post_after)
    ascending = pc.or_(pc.less(post_before, post_after), pc.and_(same_post, pc.less_equal(rule_before, rule_after)))
    if not pc.all(ascending).as_py():
        return False
    if not len(starts):
        return True
    tied = np.asarray(pc.and_(same_post, pc.equal(rule_before, rule_after)), dtype=bool)
    return not tied[starts - 1].any()


def _text(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_string_view(kind)
