"""Case and accent folding that keeps every character at its offset, so spans map back to the original text."""

from __future__ import annotations

import re
import unicodedata

import numpy as np

# Typographic look-alikes that change how a phrase is spelt but not what it says.
_EXTRA = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-",
          "\u00a0": " ", "\u202f": " ", "ß": "s", "æ": "a", "œ": "o", "ø": "o", "ð": "d", "þ": "t", "ı": "i"}


def _build_table() -> dict[int, str]:
    """Map each accented Latin letter to its unaccented lower-case base letter (one character for one)."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0].lower()
        if len(base) == 1 and base.isascii():
            table[code] = base
    table.update({ord(k): v for k, v in _EXTRA.items()})
    return table


_TABLE = _build_table()
_CHARS = {chr(k): v for k, v in _TABLE.items()}
_LOOKUP = np.arange(max(_TABLE) + 1, dtype=np.uint32)  # code point -> the code point it folds to
_LOOKUP[list(_TABLE)] = [ord(v) for v in _TABLE.values()]
_UNITS = np.arange(1 << 16, dtype=np.uint16)  # the same for every UTF-16 code unit (surrogates map to themselves)
_UNITS[: len(_LOOKUP)] = _LOOKUP
_LATIN1 = bytes(_LOOKUP[:256].tolist())  # the same for a Latin-1 text's bytes: every one folds to a Latin-1 letter
#: a Latin-1 byte -> the byte of its lower case, folded (a Latin-1 character lower-cases to one Latin-1 character): a
#: long text's str.lower() cost 0.07 s per 100,000 posts when it held one accent, then it was folded in bytes anyway
_LATIN1_FOLD = bytes(_LATIN1[ord(chr(b).lower())] for b in range(256))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SLICE = 1 << 22  # characters folded at a time in a long text (16 MB as code points)
_LONG = 4096  # from this length on, fold maps code points through a lookup array (joined batches of posts)


def _swap(match: re.Match[str]) -> str:
    return _CHARS.get(match.group(), match.group())


def fold(text: str) -> str:
    """Lower-case and strip accents, keeping the length (and every offset) of `text`."""
    if len(text) >= _LONG and not text.isascii():
        try:  # a joined batch of English and French posts: every character is a Latin-1 byte
            return text.encode("latin-1").translate(_LATIN1_FOLD).decode("latin-1")
        except UnicodeEncodeError:
            mixed = _fold_mixed(text)
            if mixed is not None:
                return mixed
    low = text.lower()
    if low.isascii():
        return low
    if len(low) != len(text):
        # a few letters (e.g. 'İ') lower-case to two characters; keep those as they are to preserve offsets
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if len(low) < _LONG:
        # str.translate is slow on non-ASCII text; a regex visits only the non-ASCII characters
        return _NON_ASCII.sub(_swap, low)
    # a long (joined) text: slices of it through one lookup array, so the copies stay small
    return "".join(_fold_units(low[at:at + _SLICE]) for at in range(0, len(low), _SLICE))


def _fold_mixed(text: str) -> str | None:
    """`fold` of a long text of Latin-1 with some characters beyond it (emoji, typographic quotes): the Latin-1 in
    one bytes.translate, the others one by one (str.lower() of the whole and a trip through UTF-16 cost 0.1 s per
    30,000 posts). None where that would not be `fold`'s answer: a 'Σ' (lower-cased by its neighbours), or a text
    whose lower case is all ASCII (returned unfolded)."""
    if "\u03a3" in text:
        return None
    data = text.encode("latin-1", "replace")  # one '?' for each character beyond Latin-1
    folded = data.translate(_LATIN1_FOLD).decode("latin-1")
    pieces, at, ascii_low = [], 0, True
    for i in np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == ord("?")).tolist():
        if text[i] == "?":
            continue
        low = text[i].lower()
        low = low if len(low) == 1 else text[i]  # 'İ' lower-cases to two characters: kept, as fold keeps it
        ascii_low = ascii_low and low.isascii()
        pieces += (folded[at:i], _CHARS.get(low, low))
        at = i + 1
    if ascii_low and data.isascii():
        return None
    pieces.append(folded[at:])
    return "".join(pieces)


def _fold_units(low: str) -> str:
    """`_fold_codes`, reading UTF-16 code units (half the bytes; every folded character is in the BMP), or a Latin-1
    text's bytes through bytes.translate (at memory speed: English and French posts without emoji)."""
    try:
        return low.encode("latin-1").translate(_LATIN1).decode("latin-1")
    except UnicodeEncodeError:
        pass
    units = np.frombuffer(low.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    out = _UNITS[units].tobytes().decode("utf-16-le", "surrogatepass")
    # two lone surrogates side by side decode as one character: then the length changed, and code points are read
    return out if len(out) == len(low) else _fold_codes(low)


def _fold_codes(low: str) -> str:
    """Every code point of a lower-cased text through the lookup array (each maps to one character: lengths hold)."""
    codes = np.frombuffer(low.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    mapped = _LOOKUP.take(codes, mode="clip")  # code points past the table are put back just below
    np.copyto(mapped, codes, where=codes >= len(_LOOKUP))
    return mapped.tobytes().decode("utf-32-le", "surrogatepass")


def fold_term(term: str) -> str:
    """Fold a lexicon term the way post text is folded, and squeeze its spaces."""
    return " ".join(fold(term).split())
