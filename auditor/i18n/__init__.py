"""What the tool says on the terminal, in English and French: the strings are data (auditor/i18n/<lang>.json), as
the report's are (templates/i18n/).

Library code takes the language as an argument (English unless told); only the commands read it from the
environment, with `terminal_lang`: AUDITOR_LANG (en or fr) when set, else the locale as gettext reads it (LC_ALL,
then LC_MESSAGES, then LANG), French when that names French and English otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache

LANGS = ("en", "fr")
_LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG")  # the order in which gettext looks for the messages' language


def grouped(n: int) -> str:
    """A count as French writes it: digit groups apart by a no-break space (12 000)."""
    return f"{n:,}".replace(",", "\u00a0")


def count(n: int, lang: str) -> str:
    """A count as the terminal says it in `lang`: grouped in French (12 000), plain digits in English (12000)."""
    return grouped(n) if lang == "fr" else str(n)


def terminal_lang(environ: Mapping[str, str] = os.environ) -> str:
    """The language the person reads on the terminal: AUDITOR_LANG, else the locale's, else English."""
    chosen = environ.get("AUDITOR_LANG", "").strip().lower()
    if chosen in LANGS:
        return chosen
    for name in _LOCALE:
        value = environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


@cache
def strings(lang: str) -> dict[str, str]:
    """One language's terminal strings (auditor/i18n/<lang>.json)."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: choose from {', '.join(LANGS)}")
    return _read(f"{lang}.json")


@cache
def click_strings(lang: str) -> dict[str, str | list[str]]:
    """click's own messages in `lang` (auditor/i18n/click_<lang>.json), keyed by click's English: the messages it
    marks for gettext. English has none (click's own are English); a message with a plural has [one, many]."""
    return {} if lang == "en" else _read(f"click_{lang}.json")


def _read(name: str) -> dict:
    """A catalogue of this package, read by the package's own loader so an installed wheel (or a zip) works.

    pkgutil rather than importlib.resources: `auditor -h` reads a catalogue, and importlib.resources' imports
    (tempfile, random…) took 5-15 ms of its 0.07 s."""
    import json  # here: `auditor --version` and most runs print no catalogue string
    import pkgutil

    data = pkgutil.get_data(__name__, name)
    if data is None:
        raise FileNotFoundError(name)
    return json.loads(data.decode("utf-8"))


def text(key: str, lang: str = "en", **args: object) -> str:
    """The string `key` in `lang`, its `{name}` placeholders filled (a KeyError for an unknown key: a bug)."""
    out = strings(lang)[key]
    for name, value in args.items():
        out = out.replace("{" + name + "}", str(value))
    return out
