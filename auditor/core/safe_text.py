"""Text from an export is hostile input wherever it lands: a terminal, a spreadsheet, a Markdown viewer.

`for_terminal` turns control characters (the ESC of colour, title, clipboard and screen-clearing sequences, the
C1 controls some terminals also obey, a carriage return that overwrites a line) and the Unicode controls that reorder
or hide text into visible escapes such as `\\x1b`, so what a person reads is what the export holds.
`spreadsheet_cell` keeps a spreadsheet from running a cell as a formula. `web_link` gives a link only when it may be
offered as one (a plain http or https address: never `javascript:`, `data:` or `file:`, nothing hidden in it).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: a cell starting with one of these is run as a formula by spreadsheets (CSV injection)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# C0 controls but tab and newline, DEL and the C1 controls, and the format characters that reorder, isolate or
# hide text (bidi embeddings, overrides and isolates, marks, line and paragraph separators)
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{_CONTROLS}]")
_UNSAFE_OR_NEWLINE = re.compile(f"[{_CONTROLS}\n\t]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str, *, newlines: bool = True) -> str:
    """`text` with every character a terminal would act on shown as an escape; newlines kept only if asked."""
    return (_UNSAFE if newlines else _UNSAFE_OR_NEWLINE).sub(_visible, text)


def spreadsheet_cell(text: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character is guarded by a quote, as the report's CSV."""
    return "'" + text if text.startswith(FORMULA_START) else text


def web_link(url: object) -> str | None:
    """The URL if it is a plain absolute http(s) address with nothing hidden in it, else None: nothing else may
    become a link, in the report or in the to-do list."""
    if not isinstance(url, str):
        return None
    candidate = url.strip()
    if not candidate or _UNSAFE_OR_NEWLINE.search(candidate) or candidate.split() != [candidate]:  # no whitespace
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    return candidate if parts.scheme.lower() in ("http", "https") and parts.netloc else None
