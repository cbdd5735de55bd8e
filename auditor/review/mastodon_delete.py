"""Delete the Mastodon posts marked 'delete', through Mastodon.py: a dry run unless told, within the rate limits.

Only the posts of `Plan.deletions("mastodon")` are candidates, decisions that still stand
(`auditor.review.standing`); the dry run and the real run choose their targets with the same function from the same
plan, so what the dry run lists is exactly what `--yes` deletes. Posts whose delete decision no longer stands are
listed as needing a fresh decision.

Before each deletion the server's full status (and the stored row) is written to the store's `removed_posts`
table, in its own transaction, so nothing the person wrote is lost even if the deletion or the run fails. Mastodon
allows 30 deletions per 30 minutes; a 429 is answered by waiting until the server's `X-RateLimit-Reset` (never
by hammering), and a run stops cleanly after `max_wait` seconds of waiting in all, to be resumed later.
"""

from __future__ import annotations

import contextlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from mastodon import (
    Mastodon,
    MastodonError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonUnauthorizedError,
)

from auditor import i18n
from auditor.core.errors import SourceError
from auditor.core.frame import COLUMNS
from auditor.core.safe_text import for_terminal
from auditor.review.actions import Plan
from connectors import mastodon_client
from connectors.http_guard import Refused

# Mastodon's status URIs: /users/<name>/statuses/<id>, or (4.4+) /ap/users/<account id>/statuses/<id>
_STATUS_URI = re.compile(r"^https?://(?P<host>[^/:]+)(?::\d+)?/(?:ap/)?users/(?P<owner>[^/]+)/statuses/(?P<id>\d+)$")
BACKOFF = 60.0  # seconds to wait after a 429 that gives no usable reset time
MAX_RETRIES = 8


@dataclass(frozen=True)
class Target:
    """One of the account's statuses to delete."""

    post_id: str
    status_id: str
    url: str
    text: str


@dataclass
class Outcome:
    """What a run did (or, in a dry run, would do)."""

    targets: list[Target]
    skipped: list[tuple[str, str]]
    dry_run: bool
    fresh: list[tuple[str, str]] = field(default_factory=list)  # (post_id, why): marked delete, no longer standing
    deleted: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # already deleted on the server: backed up, nothing to do
    waited: float = 0.0
    stopped: str = ""  # why the run stopped before the end, if it did


def connect(host: str, token: str, api_base_url: str | None = None) -> mastodon_client.GuardedApi:
    """The hardened client the scan uses too (pinned to the instance, a deadline and a size cap per request); rate
    limits are handled here (`_Pacer`), so Mastodon.py only reports them."""
    return mastodon_client.connect(host, token, api_base_url=api_base_url)


def status_id(post_id: str, host: str, owners: set[str]) -> str | None:
    """The server's id of one of the account's own statuses, from its post id; None for a boost or another's post.

    `owners` holds the account's name and numeric id (lower case): either may appear in its status URIs.
    """
    match = _STATUS_URI.match(post_id.removeprefix("mastodon:"))
    if match and match["host"].lower() == host.split(":")[0].lower() and match["owner"].lower() in owners:
        return match["id"]
    return None


def targets(plan: Plan, user: str, host: str, account_id: str = "",
            lang: str = "en") -> tuple[list[Target], list[tuple[str, str]]]:
    """The account's posts whose standing decision is delete, and (post_id, reason in `lang`) for Mastodon posts
    marked delete that cannot be deleted here."""
    found, skipped = [], []
    for action in plan.deletions("mastodon"):
        sid = status_id(action.post_id, host, {user.lower(), str(account_id)} - {""})
        if sid is None:
            skipped.append((action.post_id, i18n.text("delete.not_own", lang, account=f"@{user}@{host}")))
        else:
            found.append(Target(action.post_id, sid, action.url, action.text))
    return found, skipped


def run(store, api: Mastodon, user: str, host: str, *, plan: Plan, yes: bool,
        sleep: Callable[[float], None] = time.sleep, max_wait: float = 3 * 3600,
        on_progress: Callable[[str], None] | None = None, lang: str = "en") -> Outcome:
    """Delete (with `yes`) or list (without) the account's posts whose standing decision is delete; the token must be
    the account's. `plan` is `actions.plan(store, rules, profile)`, made with the rules and profile of the scan. What
    it says (progress, reasons, why it stopped) is in `lang`."""
    me = _check_account(api, user, host)
    found, skipped = targets(plan, user, host, str(me.get("id", "")), lang)
    fresh = [(a.post_id, a.note) for a in plan.fresh if a.platform == "mastodon"]
    outcome = Outcome(found, skipped, dry_run=not yes, fresh=fresh)
    if not yes:
        return outcome
    pacer = _Pacer(api, sleep, max_wait, on_progress, lang)
    for target in found:
        try:
            _delete_one(store, api, pacer, target, outcome)
        except _OutOfTime as exc:
            outcome.stopped = i18n.text(exc.key, lang, **exc.args_)
            break
        except Refused as exc:  # the guarded client's own words (a redirect elsewhere, a response too big)
            outcome.stopped = str(exc)
            break
        except MastodonError as exc:  # why: what was deleted is recorded; the summary must still say so
            outcome.stopped = i18n.text("delete.server_failed", lang, error=type(exc).__name__)
            break
    outcome.waited = pacer.waited
    return outcome


def _check_account(api: Mastodon, user: str, host: str) -> dict:
    """Refuse a token of another account: deleting must only ever touch the person's own posts."""
    try:
        me = api.account_verify_credentials()
    except MastodonUnauthorizedError:
        raise SourceError(f"mastodon:@{user}@{host}", "the server refused the access token (401)") from None
    except MastodonError as exc:
        raise SourceError(f"mastodon:@{user}@{host}", f"cannot reach the server to check the token "
                                                     f"({type(exc).__name__})") from None
    if str(me.get("username", "")).lower() != user.lower():
        raise SourceError(f"mastodon:@{user}@{host}", f"the token belongs to @{me.get('username')}, not @{user}")
    return me


def _delete_one(store, api: Mastodon, pacer: _Pacer, target: Target, outcome: Outcome) -> None:
    try:
        status = pacer.call(api.status, target.status_id)
    except MastodonNotFoundError:
        backup(store, target, None)
        mark_deleted(store, target.post_id)
        outcome.gone.append(target.post_id)
        return
    backup(store, target, status)
    with contextlib.suppress(MastodonNotFoundError):  # deleted elsewhere meanwhile: the result is the same
        pacer.call(api.status_delete, target.status_id)
    mark_deleted(store, target.post_id)
    outcome.deleted.append(target.post_id)


class _OutOfTime(Exception):
    """Waiting for the rate limit would pass `max_wait`: the i18n key of why, and its values."""

    def __init__(self, key: str, **args: object) -> None:
        super().__init__(key)
        self.key, self.args_ = key, args


@dataclass
class _Pacer:
    """Calls the API, waiting out 429s until the server's reset time (or a backoff when it gives none)."""

    api: Mastodon
    sleep: Callable[[float], None]
    max_wait: float
    on_progress: Callable[[str], None] | None
    lang: str = "en"
    waited: float = 0.0

    def call(self, method: Callable, *args: object) -> object:
        """`method(*args)`, retried after each rate-limit wait."""
        for _attempt in range(MAX_RETRIES):
            try:
                return method(*args)
            except MastodonRatelimitError:
                self._wait()
        raise _OutOfTime("delete.kept_refusing", waits=MAX_RETRIES)

    def _wait(self) -> None:
        reset = self.api.ratelimit_reset
        seconds = max(1.0, reset - time.time()) if reset else BACKOFF
        if self.waited + seconds > self.max_wait:
            raise _OutOfTime("delete.rate_limited_stop", seconds=f"{seconds:.0f}")
        if self.on_progress:
            self.on_progress(i18n.text("delete.waiting", self.lang, seconds=f"{seconds:.0f}"))
        self.sleep(seconds)
        self.waited += seconds


def backup(store, target: Target, status: object) -> None:
    """Keep the stored row and the server's full status before deleting; an earlier backup is kept as it was."""
    row = store.connection.execute(f"SELECT {', '.join(COLUMNS)} FROM posts WHERE post_id = ?",
                                   (target.post_id,)).fetchone()
    post = dict(zip(COLUMNS, row, strict=True)) if row else {}
    with store.transaction():
        store.connection.execute(
            "INSERT INTO removed_posts (post_id, platform_id, post, status, backed_up_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(post_id) DO UPDATE SET status = coalesce(removed_posts.status, excluded.status)",
            (target.post_id, target.status_id, json.dumps(post, ensure_ascii=False),
             None if status is None else json.dumps(status, ensure_ascii=False, default=str), _now()))


def mark_deleted(store, post_id: str) -> None:
    """Record that the post is gone from the platform (it then leaves `auditor actions`)."""
    with store.transaction():
        store.connection.execute("UPDATE removed_posts SET deleted_at = ? WHERE post_id = ?", (_now(), post_id))


def _now() -> str:
    return datetime.now(UTC).isoformat()


def lines(outcome: Outcome, lang: str = "en") -> list[str]:
    """What a run did, as lines for the terminal, in `lang`."""
    out = []
    if outcome.dry_run:
        out.append(i18n.text("delete.dry_run", lang, count=len(outcome.targets)))
        out += [f"  {t.url or t.post_id}  {' '.join(t.text.split())[:80]}" for t in outcome.targets]
    else:
        out.append(i18n.text("delete.done", lang, deleted=len(outcome.deleted), count=len(outcome.targets)))
        if outcome.gone:
            out.append("  " + i18n.text("delete.gone", lang, count=len(outcome.gone)))
        if outcome.waited:
            out.append("  " + i18n.text("delete.waited", lang, seconds=f"{outcome.waited:.0f}"))
        if outcome.stopped:  # last: its words may hold a '{' of a server's answer
            out.append("  " + i18n.text("delete.stopped", lang, why=outcome.stopped))
    if outcome.skipped:
        out.append(i18n.text("delete.skipped", lang, count=len(outcome.skipped)))
        out += [f"  {post_id}: {reason}" for post_id, reason in outcome.skipped]
    if outcome.fresh:
        out.append(i18n.text("delete.fresh", lang, count=len(outcome.fresh)))
        out += [f"  {post_id}: {why}" for post_id, why in outcome.fresh]
    return [for_terminal(line, newlines=False) for line in out]
