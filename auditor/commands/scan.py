"""`auditor scan`: audit sources and write the report."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from auditor.cli_help import Command, argument, lang_of
from auditor.commands import output, summary
from auditor.commands.options import FILE, HELP, parse_date, report_options
from auditor.i18n import text
from auditor.pipeline.imports import LiveOptions
from auditor.scan import ScanRequest, scan


def progress_printer(lang: str = "en") -> object:
    """Progress lines on a terminal only (never in pipes, logs or tests), in `lang` where a template fits."""
    if not sys.stderr.isatty():
        return None
    if lang == "en":
        return output.progress
    from auditor.i18n.messages import say

    return lambda message: output.progress(say(message, lang))


def _hosts(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """--follow-host values, each a host or host:port."""
    from connectors.feed_hosts import parse_host

    for value in values:
        try:
            parse_host(value)
        except ValueError:
            raise click.BadParameter(text("cli.bad_host", lang_of(ctx), value=repr(value.strip()))) from None
    return values


def _default_store() -> Path:
    from auditor.store.database import (
        default_store_path,  # here: a scan with --no-store loads no store code (nor sqlite3)
    )

    return default_store_path()


def run(request: ScanRequest) -> None:
    """Run a scan and print its summary, in the request's language (--lang, else the person's)."""
    outcome = scan(request, progress_printer(request.lang))
    if sys.stderr.isatty():
        output.clear_progress()
    output.say("\n".join(summary.lines(outcome, request.lang)))


@click.command("scan", cls=Command, context_settings=HELP, help="help.command.scan")
@argument("sources", nargs=-1, metavar="SOURCES")
@report_options("auditor-report.html")
@click.option("--since", callback=parse_date, metavar="DATE", help="help.scan.since")
@click.option("--until", callback=parse_date, metavar="DATE", help="help.scan.until")
@click.option("--profile", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar=FILE,
              help="help.option.profile")
@click.option("--compare", "compare", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar=FILE,
              help="help.scan.compare")
@click.option("--rules", "rules", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              metavar=FILE, help="help.scan.rules")
@click.option("--store", type=click.Path(dir_okay=False, path_type=Path), metavar=FILE, help="help.option.store")
@click.option("--no-store", is_flag=True, help="help.scan.no_store")
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar=FILE,
              help="help.option.token_file")
@click.option("--exclude-direct", is_flag=True, help="help.scan.exclude_direct")
@click.option("--follow-host", "follow_hosts", multiple=True, callback=_hosts, metavar="help.metavar.host",
              help="help.scan.follow_host")
@click.option("--feed-timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              metavar="help.metavar.seconds", help="help.scan.feed_timeout")
def scan_command(sources, out, formats, lang, since, until, profile, compare, rules, store, no_store, token_file,
                 exclude_direct, follow_hosts, feed_timeout) -> None:
    """Scan the sources the command line names, or the store alone (help: help.command.scan in auditor/i18n)."""
    store_path = None if no_store else (store or _default_store())
    if not sources and (store_path is None or not store_path.exists()):
        why = text("scan.no_store_kept", lang) if no_store else text("scan.no_store_yet", lang, path=store_path)
        raise click.UsageError(text("scan.no_source", lang, why=why))
    run(ScanRequest(sources=list(sources), out=out, formats=formats, since=since, until=until, profile=profile,
                    rules=list(rules), lang=lang, store=store_path, compare=compare,
                    live=LiveOptions(token_file=token_file, exclude_direct=exclude_direct,
                                     follow_hosts=follow_hosts, feed_timeout=feed_timeout)))


command = scan_command
