"""`auditor review keep`: mark keep every post carrying a hashtag, or every post of a thread (auditor.review.keep)."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.cli_help import Command
from auditor.commands import output
from auditor.commands.messages import lang_option, text
from auditor.commands.options import FILE, HELP
from auditor.core.errors import AuditorError
from auditor.review import keep


@click.command("keep", cls=Command, context_settings=HELP, help="help.command.review.keep")
@click.option("--hashtag", "hashtags", multiple=True, metavar="help.metavar.tag", help="help.review.keep.hashtag")
@click.option("--thread", "threads", multiple=True, metavar="help.metavar.post", help="help.review.keep.thread")
@click.option("--store", type=click.Path(dir_okay=False, path_type=Path), metavar=FILE, help="help.option.store")
@click.option("--profile", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar=FILE,
              help="help.review.keep.profile")
@click.option("--rules", "rules", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              metavar=FILE, help="help.option.rules_used")
@lang_option()
def keep_command(hashtags: tuple[str, ...], threads: tuple[str, ...], store: Path | None, profile: Path | None,
                 rules: tuple[Path, ...], lang: str) -> None:
    """Record keep on every flag of each hashtag's or thread's posts, and say what each keep rule did."""
    from auditor.core.profile import load_profile
    from auditor.scoring import load_rules
    from auditor.store.database import Store, default_store_path

    if not hashtags and not threads:
        raise click.UsageError(text(lang, "keep.nothing_asked"))
    person = load_profile(profile)
    rule_set = load_rules(extra=rules, packs=person.packs)
    with Store.open(store or default_store_path()) as opened:
        tags = [tag.strip().lstrip("#")[:200] for tag in hashtags]
        groups = [(text(lang, "keep.what_hashtag", tag=tag), f"--hashtag {tag}", keep.hashtag_posts(opened, tag))
                  for tag in tags]
        if threads:
            posts = keep.Posts(opened)
            groups += [(text(lang, "keep.what_thread", post=root), f"--thread {root}", posts.thread(root))
                       for root in (_one_post(posts, given, lang) for given in threads)]
        for what, rule, post_ids in groups:
            if not post_ids:
                output.say(text(lang, "keep.none", what=what))
                continue
            done = keep.keep(opened, post_ids, keep.NOTE_PREFIX + rule, rule_set, person)
            output.say(text(lang, "keep.summary", what=what, posts=done.posts, flagged=done.flagged,
                            recorded=done.recorded, already=done.already, yours=done.yours))


def _one_post(posts: keep.Posts, given: str, lang: str) -> str:
    found = posts.find(given)
    if not found:
        raise AuditorError(text(lang, "keep.unknown_post", post=given))
    if len(found) > 1:
        raise AuditorError(text(lang, "keep.ambiguous_post", post=given, count=len(found),
                                    ids=", ".join(found[:5])))
    return found[0]


command = keep_command
