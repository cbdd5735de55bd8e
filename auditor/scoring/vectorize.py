"""Hashed features of a post's words, word pairs and letter n-grams, and linear scores over them: numpy and scipy.

What a post is, to the model: the set of its distinct words (letters only; a run of digits read as its length,
`<d11>`; a punctuation mark or an emoji as itself) and of its distinct pairs of adjacent words. Each word stands for
its own column and one column per letter n-gram of it (3 to 5 letters in the shipped model, with its start and end
marked); each pair for one column. Columns are hashed (CRC-32: the same on every machine and every run, unlike
Python's `hash`) into `2**bits`, so no list of words from the training data is kept or shipped, only one weight per
column. A column weighs its idf (how rare it was in the training texts); a post's vector is that sum divided by its
length, taken as if no two of its words shared a column (`_norms`), which lets a linear score be summed word by
word: each distinct word's score is computed once per batch, and a batch of posts costs one regular expression, one
hash table and a few sums. Training (`auditor/scoring/train/`) builds the same vectors as a sparse matrix (`design`);
`linear` gives the same scores as `design(...) @ weights` (checked in the tests).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

#: links, e-mail addresses and handles (and fediverse addresses): someone else's words, or no words at all
_NOT_PROSE = re.compile(r"(?:[a-z][a-z0-9+.-]{1,15}://|www\.|pic\.twitter\.com/)\S+|[\w.+-]*@[\w.@-]+",
                        re.IGNORECASE)
#: every match of _NOT_PROSE holds one of these, with only word characters, '.', '+' or '-' before it in the match:
#: `@|://|www\.|pic\.twitter\.com/` read case-insensitively, each alternative opening with one character matched as
#: it is (the regex engine then skips to where one may start, as it does for a literal)
_NOT_PROSE_HINT = re.compile(r"@|://|w(?i:ww\.)|W(?i:ww\.)|p(?i:ic\.twitter\.com/)|P(?i:ic\.twitter\.com/)")
#: words (letters only), runs of digits, and single other visible characters (punctuation, emoji)
_TOKENS = re.compile(r"[^\W\d_]+|\d+|[^\w\s'’]")
_SEPARATOR = "\x00"  # between joined texts: a one-character token no text keeps (removed from each text first)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # #BlackLivesMatter reads as its words too
_HASHTAG = re.compile(r"#(\w+)")
_RETWEET = re.compile(r"\bRT:?\s*@[\w.@-]+:?")  # "RT @someone:" says who is quoted, not what is said
_WORD = re.compile(r"#?[^\W\d_]{2,}")
_MAX_WORD = 24  # letter n-grams of a longer word are taken from its first 24 letters
_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True)
class Settings:
    """What is hashed: `bits` (2**bits columns), letter n-grams from `chars[0]` to `chars[1]` letters (none when
    `chars[1]` is 0), and pairs of adjacent words (`pairs`)."""

    bits: int = 20
    chars: tuple[int, int] = (2, 5)
    pairs: bool = True

    def as_dict(self) -> dict:
        return {"bits": self.bits, "chars": list(self.chars), "pairs": self.pairs}

    @classmethod
    def from_dict(cls, data: dict) -> Settings:
        return cls(int(data["bits"]), (int(data["chars"][0]), int(data["chars"][1])), bool(data["pairs"]))


def plain(text: object) -> str:
    """A post's own prose, as the model reads it: links, e-mail addresses and handles left out, a hashtag read as
    its word and, in camel case, as its words too."""
    if not isinstance(text, str):
        return ""
    if "@" in text or "/" in text or "www." in text or "WWW." in text:
        text = not_prose_blanked(_RETWEET.sub(" ", text))
    if "#" in text:
        text = _HASHTAG.sub(lambda m: f" {m.group(1)} {_CAMEL.sub(' ', m.group(1))} ", text)
    return text.replace(_SEPARATOR, " ")


def not_prose_blanked(text: str) -> str:
    """`_NOT_PROSE.sub(" ", text)`, each match searched for from the start of the run of word characters, '.', '+'
    and '-' before the next hint (`_NOT_PROSE_HINT`) instead of tried at every character: `[\\w.+-]*@` re-read each
    word to its end from each of its letters (the texts the heads read of 100,000 posts: 0.38 -> 0.05 CPU s).

    No match starts before that run: every match holds a hint with only such characters before it in the match,
    so a match starting earlier would have put the run's start, or a hint, earlier. The pattern looks at nothing
    before its start, so the match searched for from there is the one a scan from the last match's end finds."""
    out, done, at = [], 0, 0
    while (hint := _NOT_PROSE_HINT.search(text, done)) is not None:
        start = hint.start()
        while start > done and (text[start - 1] in "_.+-" or text[start - 1].isalnum()):
            start -= 1
        match = _NOT_PROSE.search(text, start)
        if match is None:
            break
        out += (text[at:match.start()], " ")
        at = done = match.end()
    if not at:
        return text
    out.append(text[at:])
    return "".join(out)


def words(text: object, enough: int = 1 << 30) -> int:
    """How many words (two letters or more; a hashtag one word) a text holds outside links and handles, counted up
    to `enough` (the count stops there: most posts have enough words long before their end)."""
    if not isinstance(text, str):
        return 0
    if "@" in text or "/" in text or "www." in text or "WWW." in text:
        text = not_prose_blanked(text)
    count = 0
    for _ in _WORD.finditer(text):
        count += 1
        if count >= enough:
            break
    return count


def windows(text: str, size: int) -> list[str]:
    """A text cut at spaces into pieces of at most about `size` characters (a word longer than that is one piece)."""
    if len(text) <= size:
        return [text]
    out, start = [], 0
    while start < len(text):
        end = start + size
        if end < len(text):
            cut = text.rfind(" ", start + 1, end)
            end = cut if cut > start else end
        out.append(text[start:end])
        start = end
    return out


def pieces(texts: Sequence[str], size: int) -> tuple[list[str], np.ndarray]:
    """Each text, or its prose cut into `windows` when longer than `size`, and the text each piece comes from."""
    out, owners = [], []
    for at, text in enumerate(texts):
        parts = windows(plain(text), size) if len(text) > size else [text]
        out.extend(parts)
        owners.extend([at] * len(parts))
    return out, np.array(owners, dtype=np.int64)


def highest(values: np.ndarray, owners: np.ndarray, count: int) -> np.ndarray:
    """Per text (`owners` of each row of `values`), the highest of its pieces' rows."""
    if len(values) == count:
        return values
    out = np.full((count, *values.shape[1:]), -np.inf)
    np.maximum.at(out, owners, values)
    return out


@dataclass
class Batch:
    """A batch of texts read into words: each text's distinct words (`rows`, `ids` into `words`) and distinct
    pairs of adjacent words (`pair_rows`, `pair_columns`)."""

    size: int
    words: list[str]
    rows: np.ndarray
    ids: np.ndarray
    pair_rows: np.ndarray
    pair_columns: np.ndarray


def _hash(value: str) -> int:
    return zlib.crc32(value.encode("utf-8", "surrogatepass"))


@dataclass
class Tokens:
    """A batch of texts as the words of their tokens, text after text (`codes` into `words`, in order of first
    appearance), the separator word between two texts."""

    size: int
    codes: np.ndarray
    words: list[str]

    def take(self, texts: np.ndarray) -> Tokens:
        """The tokens of some of the texts (positions, ascending), as `tokens` gives them for those texts alone."""
        if len(texts) == self.size:
            return self
        separator = self.words.index(_SEPARATOR) if _SEPARATOR in self.words else -1
        is_separator = self.codes == separator
        row = np.cumsum(is_separator)  # a separator's row: the text after it
        wanted = np.zeros(self.size, dtype=bool)
        wanted[texts] = True
        keep = wanted[row] & (~is_separator | (row != (texts[0] if len(texts) else 0)))
        codes, uniques = pd.factorize(self.codes[keep], sort=False)
        return Tokens(len(texts), np.asarray(codes, dtype=np.int64), [self.words[u] for u in uniques.tolist()])


def tokens(texts: Sequence[object]) -> Tokens:
    """Split a batch of texts into words (of `plain` text, lower-cased), once: `_TOKENS.findall` of the joined texts,
    numbered in order of first appearance.

    No token holds whitespace, so the tokens are those of the text's whitespace-separated pieces, one after the other;
    a batch's pieces repeat (words), and each distinct one is split once (a piece of letters alone is one token) where
    the regex read every character: 0.49 -> 0.26 CPU s for the texts the heads read of 100,000 posts. A token first
    appears in the first piece that holds it, and a distinct piece first appears where it is numbered, so numbering
    the tokens piece by piece, in the pieces' order of first appearance, numbers them as the joined text would."""
    pieces = f" {_SEPARATOR} ".join([plain(t).lower() for t in texts]).split()  # str.split's whitespace is regex \s
    piece_codes, distinct = pd.factorize(pd.Series(pieces, dtype=object), sort=False)
    numbers: dict[str, int] = {}
    number, findall = numbers.setdefault, _TOKENS.findall
    flat: list[int] = []  # each distinct piece's tokens, numbered, piece after piece
    counts: list[int] = []  # how many tokens each distinct piece holds
    for piece in distinct.tolist():
        if piece.isalpha():  # letters are word characters that are no digit: one token
            flat.append(number(piece, len(numbers)))
            counts.append(1)
        else:
            found = findall(piece)
            flat.extend([number(word, len(numbers)) for word in found])
            counts.append(len(found))
    each = np.array(counts, dtype=np.int64)
    lengths = each[piece_codes]  # tokens of each piece of the text, in order
    at = np.repeat(np.cumsum(each)[piece_codes] - each[piece_codes] - (np.cumsum(lengths) - lengths), lengths)
    codes = np.array(flat, dtype=np.int64)[at + np.arange(len(at))]
    return Tokens(len(texts), codes, list(numbers))


def read(texts: Sequence[object], settings: Settings) -> Batch:
    """Split a batch of texts into words, once."""
    return batch_of(tokens(texts), settings)


def batch_of(split: Tokens, settings: Settings) -> Batch:
    """A batch of texts' distinct words and pairs of words, from their tokens."""
    n, width = split.size, 1 << settings.bits
    empty = np.zeros(0, dtype=np.int64)
    if n == 0:
        return Batch(0, [], empty, empty, empty, empty)
    codes, words = split.codes, split.words
    separator = words.index(_SEPARATOR) if _SEPARATOR in words else -1
    is_separator = codes == separator
    rows = np.cumsum(is_separator)
    if int(is_separator.sum()) != n - 1:  # cannot happen: `plain` removes the separator from each text
        raise ValueError("a text holds the separator")
    keep = ~is_separator
    key = _distinct(rows[keep] * len(words) + codes[keep])  # each text's distinct words
    rows_u, ids_u = key // len(words), key % len(words)
    pair_rows = pair_columns = empty
    if settings.pairs and len(codes) > 1:
        hashes = np.fromiter((_hash("p " + w) for w in words), dtype=np.uint64, count=len(words))
        first, second = codes[:-1], codes[1:]
        both = (first != separator) & (second != separator)
        columns = ((hashes[first[both]] * _MIX) ^ hashes[second[both]]) & np.uint64(width - 1)
        key = _distinct(rows[:-1][both] * width + columns.astype(np.int64))  # each text's distinct pairs
        pair_rows, pair_columns = key // width, key % width
    return Batch(n, words, rows_u, ids_u, pair_rows, pair_columns)


def _distinct(keys: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (a sort and a comparison: faster here than numpy's hashing `unique`)."""
    keys = np.sort(keys)
    return keys[np.concatenate([[True], keys[1:] != keys[:-1]])] if len(keys) else keys


def _columns(word: str, settings: Settings, mask: int) -> list[int]:
    """The columns one word counts in: the word itself and each of its letter n-grams (a run of digits counts as
    its length, and has no n-grams)."""
    if word.isdigit():
        return [_hash(f"w <d{len(word)}>") & mask]
    out = [_hash("w " + word) & mask]
    low, high = settings.chars
    if high and word[0].isalpha():
        marked = f"<{word[:_MAX_WORD]}>"
        for size in range(low, high + 1):
            out.extend(_hash(f"c{size}{marked[i:i + size]}") & mask for i in range(len(marked) - size + 1))
    return out


def word_matrix(words: Sequence[str], settings: Settings) -> sparse.csr_matrix:
    """One row per word: how many times each column counts for it (before idf)."""
    mask = (1 << settings.bits) - 1
    lists = [_columns(w, settings, mask) for w in words]
    lengths = np.fromiter((len(c) for c in lists), dtype=np.int64, count=len(lists))
    total = int(lengths.sum())
    matrix = sparse.csr_matrix((np.ones(total), np.fromiter((c for cs in lists for c in cs), dtype=np.int64,
                                                            count=total),
                                np.concatenate([[0], np.cumsum(lengths)])), shape=(len(words), mask + 1))
    matrix.sum_duplicates()
    return matrix


def design(batch: Batch, settings: Settings, idf: np.ndarray) -> sparse.csr_matrix:
    """The texts' feature vectors as a sparse matrix (for training): idf-weighted, divided by `norm`."""
    width = 1 << settings.bits
    weighted = sparse.csr_matrix(word_matrix(batch.words, settings) @ sparse.diags(idf))
    has = sparse.csr_matrix((np.ones(len(batch.rows)), (batch.rows, batch.ids)),
                            shape=(batch.size, len(batch.words)))
    vectors = has @ weighted
    if len(batch.pair_rows):
        vectors = vectors + sparse.csr_matrix((idf[batch.pair_columns], (batch.pair_rows, batch.pair_columns)),
                                              shape=(batch.size, width))
    vectors = sparse.csr_matrix(vectors)
    return sparse.csr_matrix(sparse.diags(1.0 / _norms(batch, settings, idf, weighted)) @ vectors)


def _norms(batch: Batch, settings: Settings, idf: np.ndarray, weighted: sparse.csr_matrix) -> np.ndarray:
    """Each text's length, taken as if no two of its words or pairs shared a column (1 for an empty text)."""
    per_word = np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel()
    squares = np.bincount(batch.rows, weights=per_word[batch.ids], minlength=batch.size)
    if len(batch.pair_rows):
        squares += np.bincount(batch.pair_rows, weights=idf[batch.pair_columns] ** 2, minlength=batch.size)
    squares[squares == 0] = 1.0
    return np.sqrt(squares)


def linear(batch: Batch, settings: Settings, idf: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """For each head h (a column of `idf` and of `weights`, both columns x heads), the same as
    `design(batch, settings, idf[:, h]) @ weights[:, h]`, summed word by word: each distinct word's share of each
    head's score, and of each text's length, is computed once per batch."""
    counts = word_matrix(batch.words, settings)
    per_word = np.asarray(counts @ (idf * weights))  # distinct words x heads
    per_word_squares = np.asarray(counts.multiply(counts) @ (idf * idf))
    heads = weights.shape[1]
    out = np.zeros((batch.size, heads))
    squares = np.zeros((batch.size, heads))
    for head in range(heads):
        out[:, head] = np.bincount(batch.rows, weights=per_word[batch.ids, head], minlength=batch.size)
        squares[:, head] = np.bincount(batch.rows, weights=per_word_squares[batch.ids, head], minlength=batch.size)
        if len(batch.pair_rows):
            pair_idf = idf[batch.pair_columns, head]
            out[:, head] += np.bincount(batch.pair_rows, weights=pair_idf * weights[batch.pair_columns, head],
                                        minlength=batch.size)
            squares[:, head] += np.bincount(batch.pair_rows, weights=pair_idf * pair_idf, minlength=batch.size)
    squares[squares == 0] = 1.0
    return out / np.sqrt(squares)


def idf_of(batch: Batch, settings: Settings) -> np.ndarray:
    """Smoothed inverse document frequency of each column over a batch of training texts (scikit-learn's formula)."""
    width = 1 << settings.bits
    has = sparse.csr_matrix((np.ones(len(batch.rows)), (batch.rows, batch.ids)),
                            shape=(batch.size, len(batch.words)))
    present = has @ word_matrix(batch.words, settings)
    if len(batch.pair_rows):
        present = present + sparse.csr_matrix((np.ones(len(batch.pair_rows)), (batch.pair_rows, batch.pair_columns)),
                                              shape=(batch.size, width))
    present = sparse.csr_matrix(present)
    present.sum_duplicates()
    documents = np.bincount(present.indices, minlength=width)
    return np.log((1.0 + batch.size) / (1.0 + documents)) + 1.0
