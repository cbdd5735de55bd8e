"""`auditor actions`: the posts you marked delete or edit, with how to do it; for Mastodon, do the deleting."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.commands import handoff, output
from auditor.commands.messages import lang_option
from auditor.commands.options import HELP
from auditor.review import actions, mastodon_delete


@click.command("actions", context_settings=HELP)
@click.option("--format", "fmt", type=click.Choice(["md", "csv", *handoff.FORMATS]), default="md", show_default=True,
              help="Markdown checklist or CSV (printed); or, for the tools that delete, ids (one file of post ids per "
                   "platform and account) or tweets-js (an X archive's tweets.js of the tweets marked delete).")
@click.option("--out", metavar="PATH",
              help="With ids: the folder to write the lists in. With tweets-js: the file (or a folder for tweets.js).")
@click.option("--archive", "archives", multiple=True, metavar="PATH",
              help="With tweets-js: the X archive to copy the tweets from (repeatable; default: the sources your "
                   "scans recorded).")
@click.option("--account", "x_account", metavar="NAME",
              help="With tweets-js: only this X account's tweets (needed when several accounts have tweets marked "
                   "delete).")
@click.option("--overwrite", is_flag=True, help="With ids or tweets-js: replace files already there.")
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
@lang_option("Language of what --format ids and tweets-js print (the md and csv lists are in English).")
def actions_command(fmt: str, out: str | None, archives: tuple[str, ...], x_account: str | None, overwrite: bool,
                    account: str | None, yes: bool, token_file: Path | None, store: Path | None,
                    profile: Path | None, rules: tuple[Path, ...], lang: str) -> None:
    """List the posts marked delete or edit, with platform, date, link and how to do it there.

    Only decisions that still stand are acted on: a post decided under a rule whose definition has changed, in a
    report this store cannot place, on a flag no longer raised, or before the post changed needs a fresh decision,
    and is listed apart (never deleted). Give the same --profile and --rules as your scan.

    --format ids and tweets-js write, owner-only, exactly the posts a deletion run would take (standing delete
    decisions): ids for scripts and tools that take a list, tweets.js for tools that read an X archive (TweetXer).

    \b
    Example:
      auditor actions > todo.md
      auditor actions --format csv > todo.csv
      auditor actions --format ids --out to-delete/
      auditor actions --format tweets-js --out to-delete/tweets.js
      auditor actions --apply mastodon:@me@mastodon.social          # dry run: lists, changes nothing
      auditor actions --apply mastodon:@me@mastodon.social --yes
    """
    from auditor.core.profile import load_profile
    from auditor.scoring import load_rules
    from auditor.store.database import Store, default_store_path

    if yes and not account:
        raise click.UsageError("--yes only goes with --apply mastodon:@you@host")
    handoff.check_options(fmt, out, bool(archives or x_account or overwrite), bool(account), lang)
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
        if fmt == "ids":
            handoff.write_ids(opened, plan, out, overwrite, lang)
            return
        if fmt == "tweets-js":
            handoff.write_tweets_js(opened, plan, out, archives, x_account, overwrite, lang)
            return
    output.say(actions.to_csv(plan) if fmt == "csv" else actions.to_markdown(plan), nl=False)


command = actions_command
