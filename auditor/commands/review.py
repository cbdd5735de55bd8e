"""`auditor review`: decide on flags in the terminal, import decisions made in the report, see per-rule stats."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from auditor import i18n
from auditor.cli_help import Group, argument
from auditor.commands import output
from auditor.commands.keep import keep_command
from auditor.commands.messages import lang_option
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
@lang_option()
def import_command(file: Path, store: Path | None, lang: str) -> None:
    """Record a decisions file in the store, and say how many decisions it held (in --lang, else the person's)."""
    from auditor.scoring import load_rules

    with _open(store) as opened:
        done = record_file(opened, file, load_rules())
    counts = {"read": i18n.count(done.read, lang), "recorded": i18n.count(done.recorded, lang)}
    if done.unplaced:  # the file name last: its own text is never read as a placeholder
        said = i18n.text("review.imported_again", lang, **counts, unplaced=i18n.count(done.unplaced, lang), file=file)
    else:
        said = i18n.text("review.imported", lang, **counts, file=file)
    output.say(said)


@review_group.command("stats", context_settings=HELP, help="help.command.review.stats")
@STORE
@lang_option()
def stats_command(store: Path | None, lang: str) -> None:
    """Print, per rule, the flags decided and those called not a problem (in --lang, else the person's)."""
    with _open(store) as opened:
        rows = decisions.stats(opened)
    rule, decided, wrong = (i18n.text(f"review.stats.{key}", lang) for key in ("rule", "decided", "not_a_problem"))
    # the English columns as they always were; a longer heading widens its column, and French writes "50 %"
    width, extra = max(8, len(decided)), max(0, len(wrong) - 14)
    output.say(f"{rule:<12} {decided:>{width}} {wrong:>{14 + extra}}")
    output.say("\n".join(f"{s.rule_id:<12} {i18n.count(s.decided, lang):>{width}} "
                         f"{i18n.count(s.not_a_problem, lang):>{8 + extra}} ({_share(s.share, lang)})" for s in rows)
               or i18n.text("review.stats.none", lang))


def _share(share: float, lang: str) -> str:
    """A share as English printed it before (' 50%'), with French's space before the sign (' 50 %')."""
    return f"{share:4.0%}".replace("%", "\u00a0%") if lang == "fr" else f"{share:4.0%}"


review_group.add_command(keep_command)

command = review_group
