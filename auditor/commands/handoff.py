"""`auditor actions --format ids | tweets-js`: write the hand-off files owner-only, and say what was left out."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.commands import output
from auditor.commands.messages import text
from auditor.commands.options import report_path
from auditor.core.errors import AuditorError
from auditor.review import handoff
from auditor.review.actions import Plan
from reports.files import private_file, publish, staging

FORMATS = ("ids", "tweets-js")


def check_options(fmt: str, out: str | None, extra: bool, apply: bool, lang: str) -> None:
    """Refuse the options that do not go together, before anything is read."""
    if fmt in FORMATS and apply:
        raise click.UsageError(text(lang, "handoff.apply_format"))
    if fmt not in FORMATS and (out or extra):
        raise click.UsageError(text(lang, "handoff.out_only"))
    if fmt in FORMATS and not out:
        raise click.UsageError(text(lang, "handoff.out_needed", format=fmt))


def write_ids(store, plan: Plan, out: str, overwrite: bool, lang: str) -> None:
    """One file per platform and account in the folder `out`, one id per line (0600)."""
    lists, left = handoff.id_lists(store, plan)
    if not lists:
        output.say(text(lang, "handoff.nothing"))
    else:
        folder = Path(out)
        if folder.exists() and not folder.is_dir():
            raise AuditorError(text(lang, "handoff.out_is_file", path=folder))
        targets = [folder / found.file_name for found in lists]
        _refuse_existing(targets, overwrite, lang)
        _private_folder(folder, lang)
        with staging(folder) as stage:
            for found, target in zip(lists, targets, strict=True):
                with private_file(stage / target.name) as handle:
                    handle.write(found.text())
            publish(stage, targets)
        for found, target in zip(lists, targets, strict=True):
            output.say(text(lang, "handoff.wrote_ids", platform=found.platform, count=len(found.ids), path=target,
                            account=found.account or text(lang, "handoff.no_account")))
    _say_left(left, plan, lang)


def write_tweets_js(store, plan: Plan, out: str, archives: tuple[str, ...], account: str | None,
                    overwrite: bool, lang: str) -> None:
    """The tweets marked delete as an X archive's `tweets.js` at `out` (a file, or a folder to write it in)."""
    accounts = handoff.x_accounts(plan)
    if account is None and len(accounts) > 1:
        raise click.UsageError(text(lang, "handoff.accounts", count=len(accounts), accounts=", ".join(accounts)))
    sources = list(archives) or handoff.recorded_sources(store)
    target = report_path(out, "tweets.js")
    wanted, left = handoff.wanted_tweets(store, plan, account)
    if wanted and not sources:
        raise AuditorError(text(lang, "handoff.no_sources"))
    if wanted:  # before the archives are read: a refusal costs nothing
        _refuse_existing([target], overwrite, lang)
    found = handoff.read_tweets(wanted, left, sources)
    if found.entries:
        with private_file(target) as handle:
            handle.write(found.text())
        output.say(text(lang, "handoff.wrote_tweets", count=len(found.entries), path=target,
                        sources=", ".join(found.read)))
    elif not found.missing:
        output.say(text(lang, "handoff.nothing"))
    if found.missing:
        output.say(text(lang, "handoff.missing", count=len(found.missing), ids=" ".join(found.missing)))
    for source, problem in found.unreadable:
        output.say(text(lang, "handoff.unreadable", source=source, problem=problem))
    _say_left(found.left, plan, lang)


def _refuse_existing(targets: list[Path], overwrite: bool, lang: str) -> None:
    existing = next((t for t in targets if t.exists() or t.is_symlink()), None)
    if existing is not None and not overwrite:
        raise click.UsageError(text(lang, "handoff.exists", path=existing))
    if existing is not None and existing.is_dir():
        raise AuditorError(text(lang, "handoff.out_is_folder", path=existing))


def _private_folder(folder: Path, lang: str) -> None:
    """A folder made for the lists is the owner's only (an existing one is left as it is)."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise AuditorError(text(lang, "handoff.no_folder", path=folder, problem=exc.strerror or exc)) from None


def _say_left(left: handoff.Left, plan: Plan, lang: str) -> None:
    for (platform, reason), count in sorted(left.counts.items()):
        output.say(text(lang, f"handoff.left.{reason}", count=count, platform=platform))
    if plan.fresh:  # marked delete or edit: which one no longer matters, nothing is done by it
        output.say(text(lang, "handoff.fresh", count=len(plan.fresh)))
