"""`auditor actions`: the posts you marked delete or edit, with how to do it; for Mastodon, do the deleting."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from auditor import actions, mastodon_delete
from auditor.commands.options import HELP


@click.command("actions", context_settings=HELP)
@click.option("--format", "fmt", type=click.Choice(["md", "csv"]), default="md", show_default=True,
              help="Markdown checklist or CSV.")
@click.option("--apply", "account", metavar="mastodon:@you@host",
              help="Delete the posts marked delete on this Mastodon account (a dry run unless --yes).")
@click.option("--yes", is_flag=True, help="With --apply: really delete (each post is backed up in the store first).")
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="File holding a Mastodon access token (else MASTODON_ACCESS_TOKEN).")
@click.option("--store", type=click.Path(dir_okay=False, path_type=Path),
              help="The store file (default: in your user data folder).")
def actions_command(fmt: str, account: str | None, yes: bool, token_file: Path | None, store: Path | None) -> None:
    """List the posts marked delete or edit, with platform, date, link and how to do it there.

    \b
    Example:
      auditor actions > todo.md
      auditor actions --format csv > todo.csv
      auditor actions --apply mastodon:@me@mastodon.social          # dry run: lists, changes nothing
      auditor actions --apply mastodon:@me@mastodon.social --yes
    """
    from auditor.store import Store, default_store_path

    if yes and not account:
        raise click.UsageError("--yes only goes with --apply mastodon:@you@host")
    with Store.open(store or default_store_path()) as opened:
        if account:
            from connectors.mastodon_api import parse_account, read_token

            user, host = parse_account(account)
            api = mastodon_delete.connect(host, read_token(token_file))
            outcome = mastodon_delete.run(opened, api, user, host, yes=yes, on_progress=click.echo)
            click.echo("\n".join(mastodon_delete.lines(outcome)))
            return
        planned = actions.planned(opened)
    sys.stdout.write(actions.to_csv(planned) if fmt == "csv" else actions.to_markdown(planned))


command = actions_command
