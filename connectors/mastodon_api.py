"""The live Mastodon source (`mastodon:@me@instance`): page through one's own statuses with Mastodon.py into the store.

Each page is written to the store together with the sync state in one transaction, so a run that is killed or
fails keeps what it fetched, and the next run resumes: a first run pages back from the newest status (`max_id`,
the backfill cursor); later runs ask only for statuses above the newest one stored (`min_id`, the watermark).
`min_id` is passed explicitly on every request, because Mastodon.py's `fetch_next` drops `since_id`; every page is
asked of the instance itself, from the ids read, never of a `Link` header's address.

Paging ends, with one note, when a page brings back a status already read in this run (the server ignores the
bound: unchecked, that was 568 identical requests in 30 s, for ever), and after `max_pages` pages; neither the
cursor nor the watermark ever moves past what was read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from auditor.core.errors import SourceError
from auditor.core.frame import to_frame
from auditor.store.database import Store
from connectors.base import ImportLog
from connectors.http_guard import Limits
from connectors.mastodon_client import Client, connect
from connectors.mastodon_profile import account_profile
from connectors.mastodon_status import BrokenStatus, to_row

TOKEN_ENV = "MASTODON_ACCESS_TOKEN"
_SPEC = re.compile(r"^mastodon:@?([A-Za-z0-9_.-]+)@([A-Za-z0-9.-]+\.?[A-Za-z0-9-]*(?::\d{1,5})?)$")
_TOKEN_HINT = "create one with the read scope under Preferences > Development on your instance"
MAX_PAGES = 2_500  # one run's bound: 100,000 statuses at Mastodon's 40 a page; the next run continues

Progress = Callable[[str], None]


@dataclass(frozen=True)
class SyncResult:
    """What one sync did: statuses fetched (and written), pages read, HTTP requests made (retries included)."""

    fetched: int
    pages: int
    requests: int
    stopped: str = ""  # why paging stopped before the end of the account ("" when it got there)


def parse_account(spec: str) -> tuple[str, str]:
    """`mastodon:@user@host` -> (user, host); a malformed spec raises `SourceError`."""
    match = _SPEC.match(spec.strip())
    if not match:
        raise SourceError(spec, "is not a Mastodon account: write it as mastodon:@user@instance.social")
    return match.group(1), match.group(2).lower()


def read_token(token_file: Path | None) -> str:
    """The access token from `token_file` (first line) or $MASTODON_ACCESS_TOKEN; errors never include it."""
    if token_file is not None:
        try:
            lines = Path(token_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "it is not utf-8 text"
            raise SourceError(str(token_file), f"cannot read the access token file ({reason})") from None
        token = lines[0].strip() if lines else ""
        if not token:
            raise SourceError(str(token_file), "is empty: put the access token on its first line")
        return token
    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        raise SourceError("mastodon", f"no access token: set {TOKEN_ENV} or pass --token-file ({_TOKEN_HINT})")
    return token


def sync(spec: str, *, token: str, store: Store, log: ImportLog, api_base_url: str | None = None,
         exclude_direct: bool = False, on_progress: Progress | None = None, max_wait: float = 600.0,
         page_size: int = 40, retries: int = 4, backoff: float = 1.0, timeout: float = 30.0,
         max_pages: int = MAX_PAGES, limits: Limits | None = None) -> SyncResult:
    """Fetch the account's statuses that the store does not have yet, page by page, into the store.

    `timeout` bounds each socket read, `limits` each request (its deadline and size cap; by default from the
    environment), `max_pages` the run."""
    user, host = parse_account(spec)
    key = f"mastodon:@{user.lower()}@{host}"  # usernames are case-insensitive: one state per account
    api = connect(host, token, api_base_url=api_base_url, timeout=timeout, limits=limits)
    client = Client(api, key, host, on_progress=on_progress, max_wait=max_wait, retries=retries, backoff=backoff)
    me = client.call(api.account_verify_credentials)
    if str(me.get("username", "")).lower() != user.lower():
        raise SourceError(key, f"the access token belongs to @{me.get('username')}@{host}, not @{user}@{host}")
    owner = f"{me['username']}@{host}"  # as the server spells it, like the archive's preferredUsername
    account_profile(me, owner, key, log.profile)  # the profile comes with the credentials check: no extra request
    pager = _Pager(client, store, key, owner, log, _state(store, key, me), page_size=page_size, max_pages=max_pages,
                   exclude_direct=exclude_direct, on_progress=on_progress)
    pager.backfill()
    pager.forward()
    if pager.direct_left_out:
        log.note(f"{key}: {pager.direct_left_out} direct message(s) left out (--exclude-direct)")
    if pager.stopped:
        log.note(pager.stopped)
    return SyncResult(fetched=pager.fetched, pages=pager.pages, requests=client.requests, stopped=pager.stopped)


def _state(store: Store, key: str, me: dict) -> dict:
    """The saved state, or a fresh one when there is none or it belongs to another account id."""
    state = store.get_state(key) or {}
    if state.get("account_id") != str(me["id"]):
        state = {"account_id": str(me["id"]), "newest_id": None, "backfill_max_id": None, "backfill_done": False}
    return state


class _Pager:
    """Reads pages of the account's statuses and writes each, with the state it reached, in one transaction."""

    def __init__(self, client: Client, store: Store, key: str, owner: str, log: ImportLog, state: dict, *,
                 page_size: int, max_pages: int, exclude_direct: bool, on_progress: Progress | None) -> None:
        self.client, self.store, self.key, self.owner, self.log = client, store, key, owner, log
        self.state, self.page_size, self.max_pages = state, page_size, max_pages
        self.exclude_direct, self.on_progress = exclude_direct, on_progress
        self.host = owner.rsplit("@", 1)[1]
        self.fetched = self.pages = self.direct_left_out = 0
        self.seen: set[str] = set()  # ids of the statuses read in this run: a compliant server never repeats one
        self.stopped = ""  # why paging stopped early, as a note for the summary

    def backfill(self) -> None:
        """First run (or a first run cut off): page from the newest status (or the cursor) down to the oldest."""
        while not self.state["backfill_done"]:
            page = self._fetch(max_id=self.state["backfill_max_id"])
            if page is None:
                return
            if not page:
                # an account with no statuses yet has no watermark to go forward from: backfill again next run
                self.state["backfill_done"] = self.state["newest_id"] is not None
                self._write(page)
                return
            self.state["backfill_max_id"] = str(page[-1]["id"])  # pages are newest first, as Link headers assume
            if self.state["newest_id"] is None:
                self.state["newest_id"] = str(page[0]["id"])
            self._write(page)

    def forward(self) -> None:
        """Statuses above the newest one stored, oldest pages first, until there are none.

        The watermark moves up to a page only once the request asked above it comes back honest (empty, or only
        statuses not read yet): a server that ignores min_id answers with its newest page, and moving straight to
        it would skip, for good, the statuses in between.
        """
        above = self.state["newest_id"]
        while above is not None:
            page = self._fetch(min_id=above)
            if page is None:
                return
            self.state["newest_id"] = above
            self._write(page)
            if not page:
                return
            above = str(page[0]["id"])

    def _fetch(self, **bounds: str | None) -> list | None:
        """The next page, or None when paging stops: an earlier stop, the run's `max_pages` reached, or a page
        that brings back a status read earlier in this run (the server ignored the bound)."""
        if self.stopped:
            return None
        if self.pages >= self.max_pages:
            self.stopped = (f"{self.key}: stopped after {self.pages:,} pages ({self.fetched:,} statuses), the most "
                            f"one run reads: run the scan again to continue")
            return None
        page = self.client.call(self.client.api.account_statuses, self.state["account_id"], limit=self.page_size,
                                **{k: v for k, v in bounds.items() if v is not None})
        self.pages += 1
        ids = _ids(page, self.key, self.host)
        if self.seen.intersection(ids):
            bound = "min_id" if "min_id" in bounds else "max_id"
            self.stopped = (f"{self.key}: stopped after {self.pages:,} pages: {self.host} sent statuses already read "
                            f"in this run again (it ignores {bound}); what was read is kept, and the rest is asked "
                            f"for again next run")
            return None
        self.seen.update(ids)
        return list(page)

    def _write(self, page: list) -> None:
        rows = [row for status in page if (row := self._row(status)) is not None]
        with self.store.transaction():
            if rows:
                self.store.upsert(to_frame(rows))
            self.store.set_state(self.key, self.state)
        self.fetched += len(rows)
        if self.on_progress and page:
            self.on_progress(f"{self.key}: {self.fetched} statuses fetched")

    def _row(self, status: dict) -> dict | None:
        if self.exclude_direct and status.get("visibility") == "direct":
            self.direct_left_out += 1
            return None
        try:
            return to_row(status, owner=self.owner, host=self.host, source=self.key)
        except BrokenStatus as exc:
            self.log.skip(f"{self.key}#{status.get('id')}", str(exc))
            return None


def _ids(page: object, key: str, host: str) -> list[str]:
    """The ids of a page's statuses; a page that is not a list of statuses with ids ends the run, as one line."""
    if not isinstance(page, list) or not all(isinstance(s, dict) and s.get("id") is not None for s in page):
        raise SourceError(key, f"{host} answered with something that is not a list of statuses; what was fetched "
                               f"so far is kept")
    return [str(status["id"]) for status in page]
