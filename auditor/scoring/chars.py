"""A text as numpy arrays: its code points, and which of them are word characters (regex `\\w`).

A whole joined batch is read this way (the word boundaries around automaton hits), so that no Python code runs per
character.
"""

from __future__ import annotations

from functools import cache

import numpy as np

_BMP = 0x10000


def is_word(ch: str) -> bool:
    """A word character, as regex `\\w` reads one."""
    return ch.isalnum() or ch == "_"


@cache
def _table() -> np.ndarray:
    """For every code point of the Basic Multilingual Plane, whether it is a word character (built once, ~10 ms)."""
    return np.fromiter((is_word(chr(c)) for c in range(_BMP)), dtype=bool, count=_BMP)


def code_points(text: str) -> np.ndarray:
    """The code points of `text`: one byte each when it is ASCII, else four."""
    if text.isascii():
        return np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def word_chars(codes: np.ndarray) -> np.ndarray:
    """For each code point, whether it is a word character."""
    out = _table().take(codes, mode="clip")
    if codes.dtype != np.uint8:
        beyond = np.flatnonzero(codes >= _BMP)  # emoji and rarer scripts: each distinct one asked once
        if len(beyond):
            distinct, where = np.unique(codes[beyond], return_inverse=True)
            out[beyond] = np.fromiter((is_word(chr(c)) for c in distinct.tolist()), dtype=bool,
                                      count=len(distinct))[where]
    return out


_ASCII_WORDS = bytes(is_word(chr(c)) for c in range(256))  # Latin-1 byte -> 1 for a word character, else 0


def text_word_chars(text: str, codes: np.ndarray) -> np.ndarray:
    """`word_chars(codes)` for `text` itself (its code points `codes`): its Latin-1 bytes through bytes.translate,
    at memory speed, where indexing a table first widens every character to a 64-bit index (0.5 s per 100,000
    French and English posts); only the characters beyond Latin-1 (each encoded as a '?') are looked up."""
    if codes.dtype == np.uint8:
        return np.frombuffer(text.encode("ascii").translate(_ASCII_WORDS), dtype=bool)
    data = text.encode("latin-1", "replace")
    out = np.frombuffer(bytearray(data.translate(_ASCII_WORDS)), dtype=bool)
    marks = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == ord("?"))
    beyond = marks[codes[marks] > 0xFF]
    out[beyond] = word_chars(codes[beyond])
    return out
