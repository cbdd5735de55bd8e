"""`auditor actions`: the posts you marked delete or edit, with how to do it; for Mastodon, do the deleting."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.cli_help import Command
from auditor.commands import handoff, output
from auditor.commands.messages import lang_option, text
from auditor.commands.options import FILE, HELP
from auditor.review import actions, mastodon_delete


@click.command("actions", cls=Command, context_settings=HELP, help="help.command.actions")
@click.option("--format", "fmt", type=click.Choice(["md", "csv", *handoff.FORMATS]), default="md", show_default=True,
              help="help.actions.format")
@click.option("--out", metavar="help.metavar.path", help="help.actions.out")
@click.option("--archive", "archives", multiple=True, metavar="help.metavar.path", help="help.actions.archive")
@click.option("--account", "x_account", metavar="help.metavar.name", help="help.actions.account")
@click.option("--overwrite", is_flag=True, help="help.actions.overwrite")
@click.option("--apply", "account", metavar="help.metavar.account", help="help.actions.apply")
@click.option("--yes", is_flag=True, help="help.actions.yes")
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar=FILE,
              help="help.option.token_file")
@click.option("--store", type=click.Path(dir_okay=False, path_type=Path), metavar=FILE, help="help.option.store")
@click.option("--profile", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar=FILE,
              help="help.actions.profile")
@click.option("--rules", "rules", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              metavar=FILE, help="help.option.rules_used")
@lang_option("help.actions.lang")
def actions_command(fmt: str, out: str | None, archives: tuple[str, ...], x_account: str | None, overwrite: bool,
                    account: str | None, yes: bool, token_file: Path | None, store: Path | None,
                    profile: Path | None, rules: tuple[Path, ...], lang: str) -> None:
    """Print the to-do list, write the files for the deletion tools, or delete on Mastodon (--apply)."""
    from auditor.core.profile import load_profile
    from auditor.scoring import load_rules
    from auditor.store.database import Store, default_store_path

    if yes and not account:
        raise click.UsageError(text(lang, "cli.yes_without_apply"))
    handoff.check_options(fmt, out, bool(archives or x_account or overwrite), bool(account), lang)
    person = load_profile(profile)
    rule_set = load_rules(extra=rules, packs=person.packs)
    with Store.open(store or default_store_path()) as opened:
        if account:
            from connectors.mastodon_api import parse_account, read_token

            user, host = parse_account(account)
            token = read_token(token_file)  # before the plan: a missing token is said at once
            plan = actions.plan(opened, rule_set, person, lang)
            api = mastodon_delete.connect(host, token)
            outcome = mastodon_delete.run(opened, api, user, host, plan=plan, yes=yes, on_progress=output.say,
                                          lang=lang)
            output.say("\n".join(mastodon_delete.lines(outcome, lang)))
            return
        plan = actions.plan(opened, rule_set, person, lang)
        if fmt == "ids":
            handoff.write_ids(opened, plan, out, overwrite, lang)
            return
        if fmt == "tweets-js":
            handoff.write_tweets_js(opened, plan, out, archives, x_account, overwrite, lang)
            return
    output.say(actions.to_csv(plan) if fmt == "csv" else actions.to_markdown(plan, lang), nl=False)


command = actions_command
