"""Find every rule term, pattern, account and domain in a batch of texts: one Aho-Corasick pass over folded text.

A batch's texts are joined and folded once; one automaton pass finds every term and every pattern pre-filter in it
(`Keys.find`: arrays of spec ids and end positions), word boundaries are checked for all hits at once
(`boundaries.fit_all`), and the hits stay arrays (`found.Found`) mapped back to their posts by `searchsorted`.
A pattern runs only over the texts that pass the cheap pre-filters derived from its regex (`prefilter`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import ahocorasick_rs
import numpy as np

from auditor.scoring.boundaries import Batch, fit_all
from auditor.scoring.fold import fold
from auditor.scoring.found import Found, Hit
from auditor.scoring.joined import SEPARATOR, Joined, join, match_table
from auditor.scoring.model import FIELDS, SCOPES, Pattern, Rule
from auditor.scoring.pii import VALIDATORS
from auditor.scoring.prefilter import CLASSES, MARK, class_counts, class_places, implied_needs, least_counts
from auditor.scoring.runs import Run, holding_run, side_by_side
from auditor.scoring.spans import KINDS

ROLES = ("terms", "exclude", "requires", "raise", "lower")


@dataclass(frozen=True)
class Spec:
    """One automaton entry: which rule, in which role, and how its ends must sit in the text."""

    rule: int
    role: str
    term: str
    prefix: bool  # 'term*': any word continuation (inflections)
    compact: bool  # spaces removed: only valid inside a hashtag (#VoteLiberal)
    scope: str = "en+fr"  # the posts' languages it is read in (model.SCOPES)
    reads: frozenset[str] = frozenset({"prose", "hashtag"})  # span types its hits may lie in (spans.KINDS)


class Matcher:
    """The compiled form of a list of rules."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = list(rules)
        self.specs: list[Spec] = []
        # rule terms in one automaton; exclusions and context words in another, run only on posts with a term hit
        self._automata = {"terms": Keys(), "context": Keys()}
        self._domains: dict[str, list[tuple[int, str]]] = {}
        for i, rule in enumerate(self.rules):
            self._add_rule(i, rule)
        self._pattern_rules = [i for i, r in enumerate(self.rules) if r.patterns]
        patterns = [p for i in self._pattern_rules for p in self.rules[i].patterns]
        # a pattern that must consume k digits (dots, capitals...) only runs over texts holding at least k of them,
        # and one whose every match holds some literal text only over texts holding it (`implied_needs`)
        self._least = {id(p): least_counts(p.regex.pattern, p.regex.flags) for p in patterns}
        self._implied = {id(p): implied_needs(p.regex.pattern, p.regex.flags) if set(p.needs) <= {"#digit"} else ()
                         for p in patterns}  # a pattern with literal needs of its own already runs on few texts
        # and one whose every match holds a run of characters side by side ([A-Za-z]\d[A-Za-z], \d\.\d, \w@\w) only
        # over texts holding such a run
        self._runs = {id(p): side_by_side(p.regex.pattern, p.regex.flags) for p in patterns}
        self._need_list = sorted({n for p in patterns for n in p.needs if n != "#digit"}
                                 | {n for p in patterns for n in self._implied[id(p)]})
        # the longer pattern pre-filters ride in the terms automaton (one pass over the text, not two), under ids
        # past the specs'; a one-character need is counted in the text's code points
        self._first_need = len(self.specs)
        for k, need in enumerate(self._need_list):
            if len(need) > 1:
                self._automata["terms"].add(need, self._first_need + k)
        for keys in self._automata.values():
            keys.build()
        self._arrays()

    def _arrays(self) -> None:
        """Each spec's facts as arrays, read for a whole batch of hits at once."""
        self._prefix = np.array([s.prefix for s in self.specs], dtype=bool)
        self._compact = np.array([s.compact for s in self.specs], dtype=bool)
        self._fields: dict[str, np.ndarray] = {}  # field -> for each spec, whether its hits in that field count
        self._context = np.array([s.role != "terms" for s in self.specs], dtype=bool)
        self._scope = np.array([SCOPES.index(s.scope) for s in self.specs], dtype=np.int64)
        self._rule = np.array([s.rule for s in self.specs], dtype=np.int64)
        #: the span types each spec's and each rule's hits may lie in, as bits of spans.KINDS
        self.spec_reads = np.array([_bits(s.reads) for s in self.specs], dtype=np.int64)
        self.rule_reads = np.array([_bits(r.reads) for r in self.rules], dtype=np.int64)
        self._length = np.zeros(len(self.specs), dtype=np.int64)  # of the key each spec is found under
        for keys in self._automata.values():  # each spec is in one automaton: the other has 0 for it
            found = keys.length_of(np.arange(min(len(self.specs), keys.ids())))
            self._length[: len(found)] += found

    def _add_rule(self, i: int, rule: Rule) -> None:
        lists = {"terms": rule.terms, "exclude": rule.exclude, "requires": rule.requires,
                 "raise": rule.raise_terms, "lower": rule.lower_terms}
        reads = frozenset(rule.reads)
        scopes = dict(rule.term_scopes)
        for role, terms in lists.items():
            for term in terms:
                self._add_term(i, role, term, scopes.get(term, "en+fr") if role == "terms" else "en+fr", reads)
        for account in rule.accounts:  # an account is read as an account, in a post of any language
            self._add_term(i, "terms", "@" + account, "any", reads | {"handle"})
        for domain in rule.domains:  # a domain written in the text is read as one, in any language
            host, _, path = domain.partition("/")
            self._domains.setdefault(host, []).append((i, path))
            self._add_term(i, "terms", domain, "any", reads | {"url", "domain"})

    def _add_term(self, rule: int, role: str, term: str, scope: str, reads: frozenset[str]) -> None:
        prefix = term.endswith("*")
        key = term.rstrip("*")
        self._add_key(key, Spec(rule, role, term, prefix, False, scope, reads))
        if " " in key or "-" in key:
            self._add_key(key.replace(" ", "").replace("-", ""), Spec(rule, role, term, prefix, True, scope, reads))

    def _add_key(self, key: str, spec: Spec) -> None:
        self.specs.append(spec)
        self._automata["terms" if spec.role == "terms" else "context"].add(key, len(self.specs) - 1)

    def _counts_in(self, field: str) -> np.ndarray:
        """For each spec, whether its hits in `field` count (a rule's terms are read only in its fields)."""
        if field not in self._fields:
            self._fields[field] = np.array([s.role != "terms" or field in self.rules[s.rule].fields
                                            for s in self.specs], dtype=bool)
        return self._fields[field]

    def scan(self, field: str, texts: Sequence[str], rows: Sequence[int], joined: Joined | None = None) -> Found:
        """Every valid term hit and validated pattern hit in `texts` (the field's values for `rows`), then the
        context words of the posts among them where a term or pattern was found (`joined`: those texts joined and
        folded already, when given)."""
        if not texts:
            return Found.of([])
        joined = joined if joined is not None else Joined.of(texts, rows)
        texts, original, starts = joined.texts, joined.original, joined.starts
        batch = Batch(joined.folded, original)
        found, end = self._automata["terms"].find(batch.folded, joined.utf8())
        need = found >= self._first_need
        terms = self._term_hits(field, batch, found[~need], end[~need], starts, rows)
        patterns = Found.of(self._scan_patterns(field, texts, batch, starts, rows, (found[need], end[need])))
        context = self._scan_context(field, texts, set(terms.row.tolist()) | set(patterns.row.tolist()), rows)
        return Found.joined([terms, patterns, context])

    def useful(self, found: Found) -> Found:
        """The hits, less the context words of rules that found no term in the same post (they change nothing)."""
        context = np.zeros(len(found), dtype=bool)
        spec = found.spec >= 0
        context[spec] = self._context[found.spec[spec]]
        key = found.row * len(self.rules) + found.rule
        return found.take(~context | np.isin(key, key[~context]))

    def _scan_context(self, field: str, texts: Sequence[str], hit_rows: set[int], rows: Sequence[int]) -> Found:
        """Exclusions and context words, looked for only in the posts where some rule already matched."""
        picked = [k for k, row in enumerate(rows) if row in hit_rows]
        if not picked or not len(self._automata["context"]):
            return Found.of([])
        original, starts = join([texts[k] for k in picked])
        batch = Batch(fold(original), original)
        return self._term_hits(field, batch, *self._automata["context"].find(batch.folded), starts,
                               [rows[k] for k in picked])

    def _term_hits(self, field: str, batch: Batch, spec: np.ndarray, end: np.ndarray, starts: np.ndarray,
                   rows: Sequence[int]) -> Found:
        """The hits of the specs found ending at `end` that count in `field` and fit, in each post's offsets."""
        keep = self._counts_in(field)[spec]
        spec, end = spec[keep], end[keep]
        start = end - self._length[spec] + 1
        fit, stop = fit_all(batch, start, end + 1, self._prefix[spec], self._compact[spec])
        start, stop, spec = start[fit], stop[fit], spec[fit]
        position = np.searchsorted(starts, start, side="right") - 1
        base = starts[position]
        return Found(np.asarray(rows, dtype=np.int64)[position], np.full(len(spec), FIELDS.index(field)), spec,
                     self._rule[spec], start - base, stop - base, np.full(len(spec), -1), self._scope[spec])

    def _scan_patterns(self, field: str, texts: Sequence[str], batch: Batch, starts: np.ndarray,
                       rows: Sequence[int], needs: tuple[np.ndarray, np.ndarray]) -> Iterator[Hit]:
        """Run each pattern over the posts that pass its cheap pre-filters: its `needs`, the literal text its
        matches must hold, and enough digits (capitals, dots...)."""
        original = batch.original
        having: dict[str, np.ndarray] = {}  # need -> a boolean mask over the texts
        long_s: list[np.ndarray | None] = []  # which texts hold an 'ſ' (None: none does)
        subsets: dict[tuple, tuple[str, np.ndarray, list[int]] | None] = {}
        counts: dict[str, np.ndarray] = {}  # character class -> how many of them each text holds
        data: list[bytes] = []  # the joined text, one Latin-1 byte per character ('?' beyond it), made once
        places: list[tuple[np.ndarray, np.ndarray]] = []  # the class characters: where, and which
        of_class: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # class -> where its characters are, their texts

        def latin1() -> bytes:
            if not data:
                data.append(original.encode("latin-1", "replace"))
                places.append(class_places(data[0]))
            return data[0]

        def where(name: str) -> tuple[np.ndarray, np.ndarray]:  # the characters of a class, or '?' (beyond Latin-1)
            if name not in of_class:
                latin1()
                at, which = places[0]
                at = at[(which == 1 + CLASSES.index(name)) | (which == MARK)]
                of_class[name] = at, np.searchsorted(starts, at, side="right") - 1
            return of_class[name]

        def count(name: str) -> np.ndarray:
            if not counts:
                counts.update(class_counts(latin1(), original, starts, places[0]))
            return counts[name]

        def running(run: Run, mask: np.ndarray) -> np.ndarray:  # which of the texts in `mask` hold the run
            tables, anchor, name = run
            data = latin1()
            at, text = where(name)
            at = at[mask[text]]  # a character of the class (or a '?') in one of those texts: the run's may be there
            at = at[np.frombuffer(tables[anchor], dtype=np.uint8)[np.frombuffer(data, np.uint8)[at]] == 1]
            return holding_run(data, starts, tables, at - anchor)

        def holding(names: tuple[str, ...]) -> np.ndarray:  # texts holding one of `names`
            mask = np.zeros(len(texts), dtype=bool)
            for name in names:
                if name not in having:
                    if name == "#digit":
                        having[name] = count("digit") > 0
                    else:  # every literal need at once: one automaton pass over the folded text
                        having.update(self._having_all(batch, starts, *needs))
                mask |= having[name]
            if any("s" in name for name in names):
                if not long_s:  # asked once: the search reads the whole batch
                    long_s.append(_holding_long_s(batch, starts) if "\u017f" in original else None)
                if long_s[0] is not None:
                    mask |= long_s[0]
            return mask

        for i in self._pattern_rules:
            if field not in self.rules[i].fields:
                continue
            for pattern in self.rules[i].patterns:
                least, implied, run = self._least[id(pattern)], self._implied[id(pattern)], self._runs[id(pattern)]
                if not pattern.needs and not least and not implied and not run:
                    yield from _pattern_hits(pattern, i, field, original, starts, rows)
                    continue
                key = (pattern.needs, implied, least, run)
                if key not in subsets:
                    mask = holding(pattern.needs) if pattern.needs else np.ones(len(texts), dtype=bool)
                    if implied:
                        mask &= holding(implied)
                    for name, k in least:
                        mask &= count(name) >= k
                    if run and mask.any():
                        mask &= running(run, mask)
                    picked = np.flatnonzero(mask).tolist()
                    if not picked:
                        subsets[key] = None
                    elif len(picked) == len(texts):
                        subsets[key] = (original, starts, list(rows))
                    else:
                        sub, sub_starts = join([texts[k] for k in picked])
                        subsets[key] = (sub, sub_starts, [rows[k] for k in picked])
                if subsets[key] is not None:
                    sub, sub_starts, sub_rows = subsets[key]
                    yield from _pattern_hits(pattern, i, field, sub, sub_starts, sub_rows)

    def _having_all(self, batch: Batch, starts: np.ndarray, need: np.ndarray, end: np.ndarray) -> dict[str, np.ndarray]:
        """For each literal pattern pre-filter, which texts of a joined batch contain it (`need`, `end`: where the
        automaton found the longer ones)."""
        at = end - self._automata["terms"].length_of(need) + 1
        out = {}
        for k, name in enumerate(self._need_list):
            one = len(name) == 1
            places = np.flatnonzero(batch.codes == ord(name)) if one else at[need == self._first_need + k]
            mask = np.zeros(len(starts), dtype=bool)
            mask[np.searchsorted(starts, places, side="right") - 1] = True
            out[name] = mask
        return out

    def scan_links(self, links: Sequence[Sequence[str]], rows: Sequence[int]) -> Found:
        """Domain rules (host suffix and path prefix) and link patterns against each post's outbound links."""
        return Found.of(hit for row, post_links in zip(rows, links, strict=True)
                        for index, link in enumerate(post_links) for hit in self._link_hits(row, index, link))

    def _link_hits(self, row: int, index: int, link: str) -> Iterator[Hit]:
        host, link_path = _host_and_path(link)
        labels = host.split(".")
        for k in range(len(labels) - 1):
            for rule, path in self._domains.get(".".join(labels[k:]), ()):
                if link_path.startswith(path):
                    yield Hit(row, "links", -1, rule, 0, len(link), index)
        for i in self._pattern_rules:
            if "links" in self.rules[i].fields:
                for pattern in self.rules[i].patterns:
                    m = pattern.regex.search(link)
                    if m:
                        yield Hit(row, "links", -1, i, *m.span(pattern.group), index, pattern.scope)


def _bits(kinds: Iterable[str]) -> int:
    """Span types as bits of spans.KINDS."""
    return sum(1 << KINDS.index(kind) for kind in set(kinds))


def _host_and_path(link: str) -> tuple[str, str]:
    """A link's host (without www.) and lower-case path for domain rules; ("", "") when it is not a URL."""
    try:
        parts = urlsplit(link if "//" in link else "//" + link)
        host = parts.hostname or ""
    except ValueError:  # "http://[oops" (an unclosed IPv6 bracket) appears in real posts and is no URL
        return "", ""
    return host.removeprefix("www."), parts.path.lower().lstrip("/")


def _holding_long_s(batch: Batch, starts: np.ndarray) -> np.ndarray:
    """Which texts of a joined batch hold 'ſ' (U+017F), which a case-insensitive 's' matches and folding keeps."""
    mask = np.zeros(len(starts), dtype=bool)
    mask[np.searchsorted(starts, np.flatnonzero(batch.codes == 0x17F), side="right") - 1] = True
    return mask


def _pattern_hits(pattern: Pattern, rule: int, field: str, text: str, starts: np.ndarray,
                  rows: Sequence[int]) -> Iterator[Hit]:
    """Validated matches of one pattern in a joined text, each exactly as if its post were matched alone."""
    name = pattern.validator if pattern.validator in VALIDATORS else None
    for m in _within_posts(pattern.regex, text):
        s, e = m.span(pattern.group)
        if s < 0 or (name and not _valid(name, text[s:e])):
            continue
        pos = int(np.searchsorted(starts, s, side="right")) - 1
        yield Hit(rows[pos], field, -1, rule, s - int(starts[pos]), e - int(starts[pos]), scope=pattern.scope)


@lru_cache(maxsize=4096)
def _valid(validator: str, text: str) -> bool:
    """Whether a validator accepts a matched text, each text asked once (a validator is a pure function of it, and
    parsing a phone number costs 70 µs: a signature repeated in every post cost that each time)."""
    return VALIDATORS[validator](text)


def _within_posts(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches in a NUL-joined text that neither span nor peek past the end of their own post.

    One search over the joined text is fast, but `\\W{0,20}` crosses a NUL and a lookahead like
    `(?=[^\\n]{0,40}stop)` reads the next post: "passport no." ending one post then flagged "AB123456" in the
    next. Such a match is searched again within its post alone (`endpos` ends the text at the separator).
    """
    pos, size = 0, len(text)
    while (m := regex.search(text, pos)) is not None:
        end = text.find(SEPARATOR, m.start())
        end = size if end < 0 else end
        alone = regex.match(text, m.start(), end) if end < size else m
        if m.end() <= end and alone is not None and alone.span() == m.span():
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1
            continue
        yield from regex.finditer(text, pos, end)
        pos = end + 1


class Keys:
    """One automaton of folded keys, each standing for the specs added under it (in the order added)."""

    def __init__(self) -> None:
        self._specs: dict[str, list[int]] = {}

    def add(self, key: str, spec: int) -> None:
        self._specs.setdefault(key, []).append(spec)

    def build(self) -> None:
        """Make the automaton; afterwards `find` reads it."""
        self._specs = {key: specs for key, specs in self._specs.items() if key}  # an empty key is never found
        self._automaton = _automaton(tuple(self._specs)) if self._specs else None
        counts = np.array([len(v) for v in self._specs.values()], dtype=np.int64)
        self._count, self._first = counts, np.cumsum(counts) - counts
        self._spec = np.array([s for v in self._specs.values() for s in v], dtype=np.int64)
        self._key_length = np.array([len(key) for key in self._specs], dtype=np.int64)
        lengths = {s: len(key) for key, v in self._specs.items() for s in v}  # by spec id: this automaton's specs
        self._length = np.zeros(max(lengths, default=-1) + 1, dtype=np.int64)
        self._length[list(lengths)] = list(lengths.values())

    def __len__(self) -> int:
        return len(self._specs)

    def ids(self) -> int:
        """One more than the largest id added."""
        return len(self._length)

    def length_of(self, spec: np.ndarray) -> np.ndarray:
        """The length of the key each spec was found under."""
        return self._length[spec]

    def find(self, folded: str, data: bytes | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(spec, end) for every spec of every key found in `folded` (`data`: its UTF-8 bytes, when made already),
        by end position and, at one end, longest key first; `end` is the position of the key's last character."""
        if self._automaton is None:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        key, end = _found(self._automaton, folded, data)
        order = np.lexsort((-self._key_length[key], end))
        key, end = key[order], end[order]
        count = self._count[key]
        total = int(count.sum())
        within = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
        return self._spec[np.repeat(self._first[key], count) + within], np.repeat(end, count)


@lru_cache(maxsize=16)
def _automaton(keys: tuple[str, ...]) -> ahocorasick_rs.BytesAhoCorasick:
    """A DFA of the keys' UTF-8 bytes, built once per list of keys (40 ms: a Matcher is made for every score())."""
    return ahocorasick_rs.BytesAhoCorasick([key.encode("utf-8", "surrogatepass") for key in keys],
                                           implementation=ahocorasick_rs.Implementation.DFA)


def _found(automaton: ahocorasick_rs.BytesAhoCorasick, folded: str,
           data: bytes | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(key, end) of every key found in `folded`, overlapping ones too; `end`: the position of its last character.

    The automaton reads the text's UTF-8 bytes (a byte DFA: 4 times as fast as pyahocorasick over characters);
    a key's bytes begin with no continuation byte, so they are only ever found at a character's start, and a byte
    offset less the continuation bytes before it is a character offset."""
    data = folded.encode("utf-8", "surrogatepass") if data is None else data
    table = match_table(automaton.find_matches_as_indexes(data, overlapping=True))
    key, stop = table[:, 0], table[:, 2]
    if len(data) != len(folded):
        continuation = np.flatnonzero((np.frombuffer(data, dtype=np.uint8) & 0xC0) == 0x80)
        stop = stop - np.searchsorted(continuation, stop)
    return key, stop - 1
