"""Options shared by the commands that produce reports (their help: keys of auditor/i18n, see auditor.cli_help)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import click

from auditor.cli_help import lang_of
from auditor.i18n import terminal_lang, text

FORMATS = ("html", "csv", "json")
FILE = "help.metavar.file"  # the metavar of every option that names a file

#: every command takes -h as well as --help, also when invoked on its own (click caches a command's help option)
HELP = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def parse_formats(ctx: click.Context, _param, value: str) -> tuple[str, ...]:
    """`html,csv` → ("html", "csv"), refusing unknown names."""
    names = tuple(dict.fromkeys(part.strip().lower() for part in value.split(",") if part.strip()))
    bad = [n for n in names if n not in FORMATS]
    if bad or not names:
        raise click.BadParameter(text("cli.bad_formats", lang_of(ctx), formats=", ".join(FORMATS), value=repr(value)))
    return names


def parse_date(ctx: click.Context, _param, value: str | None) -> date | None:
    """YYYY-MM-DD (or YYYY-MM, YYYY) to a date."""
    if value is None:
        return None
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise click.BadParameter(text("cli.bad_date", lang_of(ctx), value=repr(value)))


def report_options(default_out: str) -> Callable:
    """--out, --format and --lang, as every report-writing command takes them."""

    def decorate(func: Callable) -> Callable:
        func = click.option("--lang", type=click.Choice(["en", "fr"]), default=None, callback=choose_lang,
                            help="help.option.report_lang")(func)
        func = click.option("--format", "formats", default="html,csv", show_default=True, callback=parse_formats,
                            metavar="FORMATS", help="help.option.formats")(func)
        func = click.option("--out", type=click.Path(), default=default_out, show_default=True,
                            callback=lambda _ctx, _param, value: report_path(value, default_out),
                            metavar="help.metavar.path", help="help.option.out")(func)
        return func

    return decorate


def choose_lang(_ctx, _param, value: str | None) -> str:
    """--lang when given, else the person's language (auditor.i18n.terminal_lang: AUDITOR_LANG, else the locale)."""
    return value or terminal_lang()


def report_path(out: str, default_name: str) -> Path:
    """--out as the report file: a folder (one that exists, or a path ending in a separator) gets `default_name`."""
    if out.endswith(("/", os.sep)) or Path(out).is_dir():
        return Path(out) / default_name
    return Path(out)
