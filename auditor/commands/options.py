"""Options shared by the commands that produce reports."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import click

FORMATS = ("html", "csv", "json")

#: every command takes -h as well as --help, also when invoked on its own (click caches a command's help option)
HELP = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def parse_formats(_ctx, _param, value: str) -> tuple[str, ...]:
    """`html,csv` → ("html", "csv"), refusing unknown names."""
    names = tuple(dict.fromkeys(part.strip().lower() for part in value.split(",") if part.strip()))
    bad = [n for n in names if n not in FORMATS]
    if bad or not names:
        raise click.BadParameter(f"choose from {', '.join(FORMATS)} (comma-separated), not {value!r}")
    return names


def parse_date(_ctx, _param, value: str | None) -> date | None:
    """YYYY-MM-DD (or YYYY-MM, YYYY) to a date."""
    if value is None:
        return None
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise click.BadParameter(f"{value!r} is not a date like 2024-03-31")


def report_options(default_out: str) -> Callable:
    """--out, --format and --lang, as every report-writing command takes them."""

    def decorate(func: Callable) -> Callable:
        func = click.option("--lang", type=click.Choice(["en", "fr"]), default=None, callback=choose_lang,
                            help="Language of the report and of what this command prints (default: AUDITOR_LANG, "
                                 "else the locale's: French when LC_ALL, LC_MESSAGES or LANG names French, else "
                                 "English).")(func)
        func = click.option("--format", "formats", default="html,csv", show_default=True, callback=parse_formats,
                            help="Report formats, comma-separated: html, csv, json.")(func)
        func = click.option("--out", type=click.Path(), default=default_out, show_default=True,
                            callback=lambda _ctx, _param, value: report_path(value, default_out),
                            help=f"Report file, or a folder to write {default_out} in; CSV/JSON are written "
                                 "beside it.")(func)
        return func

    return decorate


def choose_lang(_ctx, _param, value: str | None) -> str:
    """--lang when given, else the person's language (auditor.i18n.terminal_lang: AUDITOR_LANG, else the locale)."""
    from auditor.i18n import terminal_lang

    return value or terminal_lang()


def report_path(out: str, default_name: str) -> Path:
    """--out as the report file: a folder (one that exists, or a path ending in a separator) gets `default_name`."""
    if out.endswith(("/", os.sep)) or Path(out).is_dir():
        return Path(out) / default_name
    return Path(out)
