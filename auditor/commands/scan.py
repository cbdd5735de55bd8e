"""`auditor scan`: audit sources and write the report."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from auditor.commands import output, summary
from auditor.commands.options import HELP, parse_date, report_options
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

    try:
        for value in values:
            parse_host(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
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


@click.command("scan", context_settings=HELP)
@click.argument("sources", nargs=-1)
@report_options("auditor-report.html")
@click.option("--since", callback=parse_date, help="Only posts on or after this date (YYYY-MM-DD).")
@click.option("--until", callback=parse_date, help="Only posts on or before this date (YYYY-MM-DD).")
@click.option("--profile", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your profile.toml (see `auditor profile init`).")
@click.option("--compare", "compare", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The profile.toml of a role you are moving to: the report adds what it would change.")
@click.option("--rules", "rules", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A rule file of your own, added to the built-in rules (repeatable).")
@click.option("--store", type=click.Path(dir_okay=False, path_type=Path),
              help="The store file to read and write (default: in your user data folder).")
@click.option("--no-store", is_flag=True, help="Keep none of your posts: report only the sources of this run.")
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="File holding a Mastodon access token (else MASTODON_ACCESS_TOKEN).")
@click.option("--exclude-direct", is_flag=True,
              help="Leave direct messages out: not fetched from a live Mastodon account, and not in the report.")
@click.option("--follow-host", "follow_hosts", multiple=True, callback=_hosts, metavar="HOST[:PORT]",
              help="A host a feed's older pages and redirects may also come from (repeatable); by default they "
                   "must stay on the feed's own scheme, host and port.")
@click.option("--feed-timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              metavar="SECONDS", help="The most time one feed page may take to arrive, however slowly it is sent.")
def scan_command(sources, out, formats, lang, since, until, profile, compare, rules, store, no_store, token_file,
                 exclude_direct, follow_hosts, feed_timeout) -> None:
    """Audit SOURCES (export zips or folders, mastodon:@you@host, feed URLs) and write the report.

    With no SOURCES, audit what the store already holds (for instance with another --profile or --compare).

    \b
    Example:
      auditor scan ~/Downloads/twitter-2024.zip ~/Downloads/archive-mastodon.zip
      auditor scan mastodon:@me@mastodon.social https://myblog.example/feed --profile profile.toml
      auditor scan https://myblog.example/feed --follow-host archive.myblog.example
      auditor scan ~/Downloads/twitter-2024.zip --profile now.toml --compare next.toml
      auditor scan --profile now.toml --compare next.toml
    """
    store_path = None if no_store else (store or _default_store())
    if not sources and (store_path is None or not store_path.exists()):
        from auditor.i18n import text

        why = text("scan.no_store_kept", lang) if no_store else text("scan.no_store_yet", lang, path=store_path)
        raise click.UsageError(text("scan.no_source", lang, why=why))
    run(ScanRequest(sources=list(sources), out=out, formats=formats, since=since, until=until, profile=profile,
                    rules=list(rules), lang=lang, store=store_path, compare=compare,
                    live=LiveOptions(token_file=token_file, exclude_direct=exclude_direct,
                                     follow_hosts=follow_hosts, feed_timeout=feed_timeout)))


command = scan_command
