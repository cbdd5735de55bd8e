"""`auditor actions`: the posts you marked delete or edit, with how to do it; for Mastodon, do the deleting."""

from __future__ import annotations

from pathlib import Path

import click

from auditor import actions, mastodon_delete
from auditor.commands import output
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
@click.option("--profile", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The profile.toml your scan used (its rules decide which decisions still stand).")
@click.option("--rules", "rules", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The rule files your scan used (repeatable).")
def actions_command(fmt: str, account: str | None, yes: bool, token_file: Path | None, store: Path | None,
                    profile: Path | None, rules: tuple[Path, ...]) -> None:
    """List the posts marked delete or edit, with platform, date, link and how to do it there.

    Only decisions that still stand are acted on: a post decided under a rule whose definition has changed, in a
    report this store cannot place, on a flag no longer raised, or before the post changed needs a fresh decision,
    and is listed apart (never deleted). Give the same --profile and --rules as your scan.

    \b
    Example:
      auditor actions > todo.md
      auditor actions --format csv > todo.csv
      auditor actions --apply mastodon:@me@mastodon.social          # dry run: lists, changes nothing
      auditor actions --apply mastodon:@me@mastodon.social --yes
    """
    from auditor.profile import load_profile
    from auditor.scoring import load_rules
    from auditor.store import Store, default_store_path

    if yes and not account:
        raise click.UsageError("--yes only goes with --apply mastodon:@you@host")
    person = load_profile(profile)
    rule_set = load_rules(extra=rules, packs=person.packs)
    with Store.open(store or default_store_path()) as opened:
        if account:
            from connectors.mastodon_api import parse_account, read_token

            user, host = parse_account(account)
            token = read_token(token_file)  # before the plan: a missing token is said at once
            plan = actions.plan(opened, rule_set, person)
            api = mastodon_delete.connect(host, token)
            outcome = mastodon_delete.run(opened, api, user, host, plan=plan, yes=yes, on_progress=output.say)
            output.say("\n".join(mastodon_delete.lines(outcome)))
            return
        plan = actions.plan(opened, rule_set, person)
    output.say(actions.to_csv(plan) if fmt == "csv" else actions.to_markdown(plan), nl=False)


command = actions_command
