"""The Mastodon.py client, built hardened (`connect`), and calls into it with bounded patience (`Client`).

`connect` gives every request a `GuardedSession`: pinned to the instance (a redirect or link elsewhere is refused
before anything is sent), within a wall-clock deadline and a size cap per answer. The scan and `auditor actions
--apply` both build their client here. Mastodon.py's own "wait" mode sleeps as long as the server asks, unbounded
and silently; we run it in "throw" mode and decide in `Client`: rate limits wait (and say so), 5xx and network
errors retry, a refusal stops at once. Nothing here ever formats the token: Mastodon.py keeps it in a header, and
its error messages carry the URL and the server's answer only.
"""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Callable
from typing import Any

from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonNetworkError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)

from auditor.core.errors import SourceError
from connectors.http_guard import GuardedSession, Limits, Refused, refusal

_KEPT = "what was fetched so far is kept: run the scan again to continue"
_LOOPBACK = ("127.0.0.1", "localhost")


def base_url(host: str) -> str:
    """The instance's address: https, or plain http for a server on this machine (a development instance)."""
    return f"{'http' if host.split(':')[0].lower() in _LOOPBACK else 'https'}://{host}"


def connect(host: str, token: str, *, api_base_url: str | None = None, timeout: float = 30.0,
            limits: Limits | None = None) -> GuardedApi:
    """A Mastodon.py client for `host`, every request pinned to it and within `limits` (by default from the
    environment: `Limits.from_env`). Rate limits are reported to the caller ("throw"), never waited out here."""
    url = api_base_url or base_url(host)
    api = Mastodon(access_token=token, api_base_url=url, ratelimit_method="throw", request_timeout=timeout,
                   version_check_mode="none", session=GuardedSession(url, limits or Limits.from_env()))
    return GuardedApi(api)


class GuardedApi:
    """A Mastodon.py client whose calls raise the guard's `Refused` itself, as one line naming the server."""

    def __init__(self, api: Mastodon) -> None:
        self._api = api

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._api, name)
        return _unwrapped(value) if callable(value) else value


def _unwrapped(method: Callable[..., Any]) -> Callable[..., Any]:
    # why: Mastodon.py turns any exception from its session into MastodonNetworkError("Could not complete request")
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except MastodonNetworkError as exc:
            refused = refusal(exc)
            if refused is None:
                raise
            raise refused from None

    return call


class Client:
    """One account's Mastodon.py client, counting every HTTP request it makes, retries included."""

    def __init__(self, api: GuardedApi, key: str, host: str, *, on_progress: Callable[[str], None] | None,
                 max_wait: float, retries: int, backoff: float, sleep: Callable[[float], None] = time.sleep) -> None:
        self.api = api
        self.key, self.host = key, host
        self.on_progress = on_progress
        self.max_wait, self.retries, self.backoff = max_wait, retries, backoff
        self.requests = 0
        self.waited = 0.0  # seconds spent waiting for rate limits this run, bounded by max_wait
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"Client({self.key!r}, requests={self.requests})"

    def call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """`method(*args, **kwargs)`, waiting out rate limits and retrying server and network failures; a refusal
        of the guard (too slow, too large, another server) ends the run at once, as one line."""
        failures = 0
        while True:
            self.requests += 1
            try:
                return method(*args, **kwargs)
            except Refused as exc:  # the server misbehaved (too slow, too large, elsewhere): asking again will not help
                raise SourceError(self.key, f"{exc}; what was fetched so far is kept") from None
            except MastodonUnauthorizedError:
                raise SourceError(self.key, f"the access token was refused (401): create a token with the read "
                                            f"scope under Preferences > Development on {self.host}") from None
            except MastodonRatelimitError:
                self._wait_for_limit()
            except (MastodonServerError, MastodonNetworkError) as exc:
                failures += 1
                self._back_off(failures, _reason(exc))
            except MastodonAPIError as exc:
                if _is_not_json(exc):
                    raise SourceError(self.key, f"{self.host} answered with something that is not JSON; what was "
                                                f"fetched so far is kept") from None
                raise SourceError(self.key, f"{self.host} refused the request ({_reason(exc)})") from None

    def _wait_for_limit(self) -> None:
        reset = self.api.ratelimit_reset
        wait = max(0.0, reset - time.time()) if reset else self.backoff
        if self.waited + wait > self.max_wait:
            raise SourceError(self.key, f"rate limited by {self.host} for longer than {self.max_wait:.0f} s; {_KEPT}")
        self._say(f"rate limited by {self.host}, waiting {math.ceil(wait)} s")
        self._sleep(wait)
        self.waited += wait

    def _back_off(self, failures: int, reason: str) -> None:
        if failures > self.retries:
            raise SourceError(self.key, f"{self.host} kept failing ({reason}) after {failures} attempts; {_KEPT}")
        delay = self.backoff * 2 ** (failures - 1)
        self._say(f"{self.host}: {reason}; retrying in {delay:g} s ({failures} of {self.retries})")
        self._sleep(delay)

    def _say(self, message: str) -> None:
        if self.on_progress:
            self.on_progress(message)


def _is_not_json(exc: MastodonAPIError) -> bool:
    # why the words: Mastodon.py raises the same MastodonAPIError for a body it cannot parse as for a 4xx, and only
    # its message (which quotes the whole body) tells them apart
    return bool(exc.args) and str(exc.args[0]).startswith("Could not parse response as JSON")


def _reason(exc: Exception) -> str:
    """A short reason: `500 Internal Server Error`, or the network error's own words."""
    args = exc.args
    if len(args) >= 3 and isinstance(args[1], int):
        return f"{args[1]} {args[2]}".strip()
    if isinstance(exc, MastodonNetworkError):
        text = str(args[0]) if args else "network error"
        return "the server did not answer in time" if "timed out" in text.lower() else text[:200]
    return str(exc)[:200]
