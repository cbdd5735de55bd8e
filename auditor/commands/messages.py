"""What the hand-off and keep commands print, in English and French (data in templates/i18n/cli-*.json).

The report's own strings (templates/i18n/<lang>.json) are all sent inside every report page; these are the
terminal's, so they live apart. Counts are written with the language's digit grouping (reports.i18n).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import click

from reports.i18n import LANGS, Strings, check_lang, format_number


def lang_option(help_text: str = "Language of the messages."):
    """The --lang option of a command that prints these messages."""
    return click.option("--lang", type=click.Choice(LANGS), default="en", show_default=True, help=help_text)


@cache
def strings(lang: str) -> Strings:
    """The terminal strings of one language."""
    source = resources.files("templates").joinpath("i18n", f"cli-{check_lang(lang)}.json")
    return Strings(json.loads(source.read_text(encoding="utf-8")))


def text(lang: str, key: str, **args: object) -> str:
    """One message, its integer arguments grouped as the language writes numbers."""
    shown = {k: format_number(v, lang) if isinstance(v, int) and not isinstance(v, bool) else v
             for k, v in args.items()}
    return strings(lang).t(key, **shown)
