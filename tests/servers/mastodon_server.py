"""A real HTTP server on 127.0.0.1 that answers like a Mastodon instance, from recorded API responses.

It serves `verify_credentials` and an account's statuses with Mastodon's paging (max_id, since_id, min_id, limit
and the `Link` header), checks the bearer token, counts requests, can gain statuses between runs, and injects
faults into the next requests: a 429 with rate-limit headers, 5xx, a 401, a response that stalls, one that drips a
byte at a time, one far too large (plain or as a gzip bomb), or a redirect. It can also misbehave for good: ignore
max_id/min_id (`ignore_bounds`) or point its `Link` header at another server (`link_base`). One status can be
fetched (`GET /api/v1/statuses/:id`) and deleted (`DELETE`), within Mastodon's limit of 30 deletions per half hour
(`delete_limit`); every request that is not a GET is kept in `changes`, and every request's headers in `headers`.
"""

from __future__ import annotations

import json
import re
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

_STATUSES = "/api/v1/accounts/{id}/statuses"
_DEFAULT_LIMIT, _MAX_LIMIT = 20, 40  # Mastodon's own defaults for account statuses
_ONE_STATUS = re.compile(r"^/api/v1/statuses/(\d+)$")
_DELETE_WINDOW = 1800.0  # Mastodon counts deletions per half hour
_RECORDED_LINK_BASE = "http://localhost:3000"  # the recordings' Link headers name the server they were made on
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Fault:
    """What the next matching request gets instead of its answer: a status code, or a stall of `seconds`.

    With `drip`, the true answer is sent one byte every `drip` seconds, status line included; with `size`, a
    200 answer of that many bytes (a JSON list of statuses; with `gzip`, that many bytes of JSON once
    decompressed); with `location` (and a 3xx status), a redirect there; with `body`, that JSON (status 200; bytes
    are sent as they are).
    """

    status: int = 0
    seconds: float = 0.0  # for 429: when the limit resets; for a stall (status 0): how long to hang
    path_part: str = ""  # only requests whose path contains this
    method: str = ""  # only requests with this HTTP method ("" for any)
    drip: float = 0.0
    size: int = 0
    gzip: bool = False
    location: str = ""
    body: object = None


class MastodonServer:
    """Serves one account and its statuses (newest first, as recorded) on an ephemeral 127.0.0.1 port."""

    def __init__(self, account: dict, statuses: list[dict], token: str) -> None:
        self.account = account
        self.statuses = sorted(statuses, key=lambda s: int(s["id"]), reverse=True)
        self.token = token
        self.requests: list[str] = []  # path with query, in order
        self.headers: list[str] = []  # every request's headers as received, in order
        self.ignore_bounds = False  # answer every statuses request with the newest page, whatever it asks
        self.link_base = _RECORDED_LINK_BASE  # where the Link header's next and prev point
        self.faults: list[Fault] = []
        self.changes: list[str] = []  # "METHOD path" of every request that is not a GET
        self.deleted: list[str] = []  # ids of deleted statuses, in order
        self.delete_limit = 30
        self._deletions: list[float] = []  # monotonic times of the deletions in the current window
        self._lock = threading.Lock()
        self._released = threading.Event()  # lets stalled handlers end when the server stops
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        """The api_base_url to give Mastodon.py."""
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def add_status(self, status: dict) -> None:
        """The account posts a new status (it must have the highest id so far, as snowflake ids do)."""
        with self._lock:
            self.statuses.insert(0, status)

    def inject(self, *faults: Fault) -> None:
        """Answer the next matching requests with these faults, one each, in order."""
        with self._lock:
            self.faults.extend(faults)

    def statuses_requests(self) -> list[dict[str, str]]:
        """The query of every statuses request made so far."""
        wanted = _STATUSES.format(id=self.account["id"])
        return [{k: v[0] for k, v in parse_qs(urlsplit(p).query).items()}
                for p in self.requests if urlsplit(p).path == wanted]

    def __enter__(self) -> MastodonServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._released.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def take_fault(self, path: str, method: str = "GET") -> Fault | None:
        """The first pending fault that applies to `path` (and `method`), removed from the queue."""
        with self._lock:
            for index, fault in enumerate(self.faults):
                if fault.path_part in path and fault.method in ("", method):
                    return self.faults.pop(index)
        return None

    def status(self, status_id: str) -> dict | None:
        """The status with this id, if the account has it."""
        with self._lock:
            return next((s for s in self.statuses if s["id"] == status_id), None)

    def delete(self, status_id: str) -> tuple[int, dict, dict[str, str]]:
        """(HTTP status, body, headers) of deleting a status, counted against the half-hour deletion limit."""
        with self._lock:
            now = time.monotonic()
            self._deletions = [t for t in self._deletions if now - t < _DELETE_WINDOW]
            if len(self._deletions) >= self.delete_limit:
                reset = datetime.now(UTC) + timedelta(seconds=_DELETE_WINDOW - (now - self._deletions[0]))
                return 429, {"error": "Too many requests"}, {"X-RateLimit-Limit": str(self.delete_limit),
                                                             "X-RateLimit-Remaining": "0",
                                                             "X-RateLimit-Reset": reset.isoformat()}
            found = next((s for s in self.statuses if s["id"] == status_id), None)
            if found is None:
                return 404, {"error": "Record not found"}, {}
            self.statuses.remove(found)
            self.deleted.append(status_id)
            self._deletions.append(now)
            left = self.delete_limit - len(self._deletions)
        # as Mastodon: the deleted status, with its source text for "delete and redraft"
        return 200, {**found, "text": re.sub(r"<[^>]+>", "", found.get("content") or "")}, {
            "X-RateLimit-Limit": str(self.delete_limit), "X-RateLimit-Remaining": str(left)}

    def page(self, query: dict[str, str]) -> list[dict]:
        """Mastodon's selection: max_id/since_id bound it, min_id takes the statuses just above it."""
        limit = min(int(query.get("limit", _DEFAULT_LIMIT)), _MAX_LIMIT)
        if self.ignore_bounds:
            query = {}
        with self._lock:
            chosen = [s for s in self.statuses if _within(int(s["id"]), query)]
        if "min_id" in query:
            return chosen[-limit:]  # oldest ones above min_id, still newest first
        return chosen[:limit]

    def link(self, path: str, query: dict[str, str], page: list[dict]) -> str:
        """The Link header Mastodon sends: next = older (max_id), prev = newer (min_id)."""
        if not page:
            return ""
        limit = query.get("limit", str(_DEFAULT_LIMIT))
        base = f"{self.link_base}{path}?limit={limit}"  # as recorded: Mastodon.py only reads the ids
        return f'<{base}&max_id={page[-1]["id"]}>; rel="next", <{base}&min_id={page[0]["id"]}>; rel="prev"'

    def wait_released(self, seconds: float) -> bool:
        """Hang for `seconds`, or less if the server stops; whether it stopped."""
        return self._released.wait(seconds)

    def huge_page(self, size: int) -> Iterator[bytes]:
        """A JSON list of at least `size` bytes of distinct statuses below the oldest one, a megabyte at a time."""
        oldest = self.statuses[-1]
        template = json.dumps({**oldest, "id": "ID", "uri": "URI/ID", "url": "URI/ID"}).encode()
        uri = oldest["uri"].rsplit("/", 1)[0].encode()
        number, sent, block = int(oldest["id"]) - 1, 0, bytearray(b"[")
        while sent + len(block) < size:
            text = str(number).encode()
            block += (b"," if number < int(oldest["id"]) - 1 else b"") + template.replace(
                b"URI/ID", uri + b"/" + text).replace(b'"ID"', b'"' + text + b'"')
            number -= 1
            if len(block) >= _CHUNK:
                sent += len(block)
                yield bytes(block)
                block = bytearray()
        yield bytes(block + b"]")


def _within(status_id: int, query: dict[str, str]) -> bool:
    if "max_id" in query and status_id >= int(query["max_id"]):
        return False
    if "since_id" in query and status_id <= int(query["since_id"]):
        return False
    return not ("min_id" in query and status_id <= int(query["min_id"]))


def _handler(server: MastodonServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            server.requests.append(self.path)
            server.headers.append(str(self.headers))
            self._answer(server.take_fault(self.path), self._route)

        def do_DELETE(self) -> None:
            server.requests.append(self.path)
            server.headers.append(str(self.headers))
            server.changes.append(f"DELETE {self.path}")
            self._answer(server.take_fault(self.path, "DELETE"), self._delete)

        def do_POST(self) -> None:  # nothing here takes a POST; it is recorded so a test can see none was made
            server.requests.append(self.path)
            server.headers.append(str(self.headers))
            server.changes.append(f"POST {self.path}")
            self._json(404, {"error": "Record not found"})

        def _answer(self, fault: Fault | None, route: Callable[[], None]) -> None:
            """The fault's answer if there is one, else `route`'s (for a holder of the token)."""
            if fault and fault.drip:
                self.wfile = _Drip(self.wfile, fault.drip, server)  # the true answer, a byte at a time
                self._answer(None, route)
            elif fault and fault.size:
                self._huge(fault)
            elif fault and fault.body is not None:
                self._json(200, fault.body)
            elif fault and not fault.status:
                server.wait_released(fault.seconds)
            elif fault:
                self._fault(fault)
            elif self.headers.get("Authorization") != f"Bearer {server.token}":
                self._json(401, {"error": "The access token is invalid"})
            else:
                route()

        def _delete(self) -> None:
            one = _ONE_STATUS.match(urlsplit(self.path).path)
            if one is None:
                self._json(404, {"error": "Record not found"})
            else:
                self._json(*server.delete(one.group(1)))

        def _route(self) -> None:
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            one = _ONE_STATUS.match(parts.path)
            if parts.path == "/api/v1/accounts/verify_credentials":
                self._json(200, server.account)
            elif one and server.status(one.group(1)):
                self._json(200, server.status(one.group(1)))
            elif parts.path == _STATUSES.format(id=server.account["id"]):
                page = server.page(query)
                self._json(200, page, {"Link": server.link(parts.path, query, page)})
            else:
                self._json(404, {"error": "Record not found"})

        def _huge(self, fault: Fault) -> None:
            """A 200 answer of `fault.size` bytes without Content-Length, so only reading it tells its size."""
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            if fault.gzip:
                self.send_header("Content-Encoding", "gzip")
            self.end_headers()
            blocks = _gzipped(b" " * _CHUNK, fault.size) if fault.gzip else server.huge_page(fault.size)
            try:
                for block in blocks:
                    self.wfile.write(block)
            except OSError:  # the client gave up reading, as it should
                pass

        def _fault(self, fault: Fault) -> None:
            if fault.location:
                self.send_response(fault.status or 302)
                self.send_header("Location", fault.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif fault.status == 429:
                reset = (datetime.now(UTC) + timedelta(seconds=fault.seconds)).isoformat()  # as Mastodon: ISO
                headers = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}
                self._json(429, {"error": "Too many requests"}, headers)
            elif fault.status == 401:
                self._json(401, {"error": "The access token is invalid"})
            else:
                self._json(fault.status, {"error": "Internal server error"})

        def _json(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                if value:
                    self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


class _Drip:
    """A response stream that sends what is written one byte every `seconds`, until the client or server stops."""

    def __init__(self, raw, seconds: float, server: MastodonServer) -> None:
        self.raw, self.seconds, self.server = raw, seconds, server

    def write(self, data: bytes) -> int:
        try:
            for index in range(len(data)):
                self.raw.write(data[index:index + 1])
                self.raw.flush()
                if self.server.wait_released(self.seconds):
                    break
        except OSError:  # the client hung up
            pass
        return len(data)

    def flush(self) -> None:
        pass

    @property
    def closed(self) -> bool:
        """As the stream it wraps (the handler asks before its last flush)."""
        return self.raw.closed

    def close(self) -> None:
        self.raw.close()


def _gzipped(block: bytes, size: int) -> Iterator[bytes]:
    """`size` bytes of `block` repeated (whitespace: a valid JSON start), gzip-compressed as they are sent."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    yield packer.compress(b"[")
    for _ in range(size // len(block) + 1):
        yield packer.compress(block)
    yield packer.compress(b"]") + packer.flush()


def recorded(samples: Path) -> tuple[dict, list[dict]]:
    """The recorded account and its statuses (`../shared/samples/mastodon_api/derived`), as the server takes them."""
    folder = samples / "mastodon_api" / "derived"
    return (json.loads((folder / "verify_credentials.json").read_text(encoding="utf-8")),
            json.loads((folder / "own_statuses.json").read_text(encoding="utf-8")))
