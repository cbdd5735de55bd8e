"""`auditor review keep`: mark keep every post carrying a hashtag, or every post of a thread (auditor.review.keep)."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.commands import output
from auditor.commands.messages import lang_option, text
from auditor.commands.options import HELP
from auditor.core.errors import AuditorError
from auditor.review import keep


@click.command("keep", context_settings=HELP)
@click.option("--hashtag", "hashtags", multiple=True, metavar="TAG",
              help="Keep every post carrying this hashtag (with or without '#', any case; repeatable).")
@click.option("--thread", "threads", multiple=True, metavar="POST_ID",
              help="Keep every post of the thread holding this post: its post id, its link or its status number "
                   "(repeatable).")
@click.option("--store", type=click.Path(dir_okay=False, path_type=Path),
              help="The store file (default: in your user data folder).")
@click.option("--profile", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The profile.toml your scan used (its rules decide which flags there are to keep).")
@click.option("--rules", "rules", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The rule files your scan used (repeatable).")
@lang_option()
def keep_command(hashtags: tuple[str, ...], threads: tuple[str, ...], store: Path | None, profile: Path | None,
                 rules: tuple[Path, ...], lang: str) -> None:
    """Mark keep, at once, every flagged post carrying a hashtag or belonging to a thread.

    Each flag the rules raise today on those posts is recorded as a keep decision, as if you had chosen keep on
    it, with a note naming the keep rule: the report, `auditor review` and `auditor actions` see it. A decision you
    made one post at a time is never replaced, whether made before or after; running the same keep rule again
    records nothing new, unless new rules or scans flagged more of its posts (run it again after those).

    \b
    Example:
      auditor review keep --hashtag CanadaDay
      auditor review keep --thread twitter:1986390643338293306 --lang fr
    """
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
