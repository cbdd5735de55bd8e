"""What the hand-off and keep commands print, in English and French: the terminal's strings (auditor.i18n), with
counts written in the language's digit grouping (reports.i18n)."""

from __future__ import annotations

import click

from auditor import i18n
from reports.i18n import format_number


def lang_option(help_key: str = "help.option.lang"):
    """The --lang option of a command that prints these messages; without it, the terminal's language."""
    return click.option("--lang", type=click.Choice(i18n.LANGS), default=None,
                        callback=lambda ctx, param, value: value or i18n.terminal_lang(), help=help_key)


def text(lang: str, key: str, **args: object) -> str:
    """One message, its integer arguments grouped as the language writes numbers."""
    shown = {k: format_number(v, lang) if isinstance(v, int) and not isinstance(v, bool) else v
             for k, v in args.items()}
    return i18n.text(key, lang, **shown)
