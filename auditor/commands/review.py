"""`auditor review`: decide on flags in the terminal, import decisions made in the report, see per-rule stats."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from auditor import i18n
from auditor.cli_help import Group, argument
from auditor.commands import output
from auditor.commands.keep import keep_command
from auditor.commands.options import FILE, HELP
from auditor.i18n import terminal_lang
from auditor.review import decisions, reaudit
from auditor.review import walk as review
from auditor.review.decisions_file import record_file

STORE = click.option("--store", type=click.Path(dir_okay=False, path_type=Path), metavar=FILE,
                     help="help.option.store")


def has_terminal() -> bool:
    """Whether the review can ask its questions: one key at a time needs a terminal on standard input."""
    return sys.stdin is not None and sys.stdin.isatty()


def _open(store: Path | None):
    from auditor.store.database import Store, default_store_path

    return Store.open(store or default_store_path())


@click.group("review", cls=Group, context_settings=HELP, invoke_without_command=True, help="help.command.review")
@STORE
@click.option("--profile", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar=FILE,
              help="help.option.profile")
@click.pass_context
def review_group(ctx: click.Context, store: Path | None, profile: Path | None) -> None:
    """Walk the flagged posts in the terminal, one key per decision (unless a subcommand runs)."""
    if ctx.invoked_subcommand is not None:
        return
    if not has_terminal():  # before the audit is loaded: it can take a while on a large store
        output.say("auditor: " + output.text("review.needs_terminal"), err=True)
        ctx.exit(2)
    from auditor.core.profile import load_profile
    from auditor.scoring import load_rules
    from auditor.scoring.derived import profile_rules

    person = load_profile(profile)
    rules = load_rules(packs=person.packs)
    lang = terminal_lang()
    with _open(store) as opened:
        walk = review.Review(review.pending(reaudit.audit_from_store(opened, rules, person)), rules.version,
                             decisions.rule_digests([*rules.rules, *profile_rules(person)]), lang=lang)
        counts = review.run_terminal(walk, getkey=click.getchar, prompt=lambda m: click.prompt(m, default=""),
                                     echo=output.say, save=lambda made: decisions.record(opened, made))
    parts = [i18n.text("review.count", lang, choice=i18n.text(f"decision.{d}", lang), n=n)
             for d, n in counts.items() if n]
    output.say(i18n.text("review.decided", lang, counts=", ".join(parts)) if parts
               else i18n.text("review.decided_none", lang))


@review_group.command("import", context_settings=HELP, help="help.command.review.import")
@argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar=FILE)
@STORE
def import_command(file: Path, store: Path | None) -> None:
    """Record a decisions file in the store, and say how many decisions it held."""
    from auditor.scoring import load_rules

    with _open(store) as opened:
        done = record_file(opened, file, load_rules())
    again = f"; {done.unplaced} will be asked again (made under rules this store never saw)" if done.unplaced else ""
    output.say(f"{file}: {done.read} decision(s) read, {done.recorded} recorded{again}.")


@review_group.command("stats", context_settings=HELP, help="help.command.review.stats")
@STORE
def stats_command(store: Path | None) -> None:
    """Print, per rule, the flags decided and those called not a problem."""
    with _open(store) as opened:
        rows = decisions.stats(opened)
    output.say(f"{'rule':<12} {'decided':>8} {'not a problem':>14}")
    output.say("\n".join(f"{s.rule_id:<12} {s.decided:>8} {s.not_a_problem:>8} ({s.share:4.0%})" for s in rows)
               or "No decisions yet: run `auditor review`.")


review_group.add_command(keep_command)

command = review_group
