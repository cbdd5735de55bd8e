"""A real HTTP server on 127.0.0.1 (or another loopback address) for the feed tests: ephemeral port, its own
thread, counted requests.

Routes are exact paths (query included). A file can be served with the headers its own `Header:` comment lines
declare, as feedparser's upstream harness does, so charset and Content-Type quirks are exercised over real HTTP.
A route may also fail its first requests (HTTP 500), drip its body a byte at a time, be sent gzip-compressed, or
leave its length unsaid (the body ends when the connection does). A route's path may be an absolute URL: that is
what a client asks of this server as its HTTP proxy.
"""

from __future__ import annotations

import gzip
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_HEADER_LINE = re.compile(rb"^\s*Header:\s*([A-Za-z-]+):\s*(.+?)\s*$", re.MULTILINE)


@dataclass
class Route:
    """What one path answers: status, body, headers, an ETag for conditional requests, how many first requests
    get an HTTP 500 instead, the seconds between the bytes of a body sent a byte at a time, whether the body is
    sent gzip-compressed, and whether its Content-Length is sent."""

    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 200
    etag: str | None = None
    failures: int = 0
    drip: float = 0.0
    gzip: bool = False
    length: bool = True


class FeedServer:
    """Serves routes on a loopback address (127.0.0.1 unless told) and remembers every request (path and headers)."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._httpd = ThreadingHTTPServer((host, 0), _handler(self))
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def netloc(self) -> str:
        """host:port of this server."""
        host, port = self._httpd.server_address[:2]
        return f"{host}:{port}"

    def url(self, path: str) -> str:
        """The absolute URL of a path on this server."""
        return f"http://{self.netloc}{path}"

    def add(self, path: str, body: bytes | str, content_type: str = "application/rss+xml; charset=utf-8",
            **options: object) -> str:
        """Serve a body at a path; returns its URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        route = Route(body=data, **options)  # type: ignore[arg-type]
        route.headers.setdefault("Content-Type", content_type)
        self.routes[path] = route
        return self.url(path)

    def add_file(self, path: str, file: Path) -> str:
        """Serve a sample file with the headers its `Header:` lines declare (XML Content-Type otherwise)."""
        data = file.read_bytes()
        headers = {name.decode(): value.decode("latin-1") for name, value in _HEADER_LINE.findall(data)}
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "application/xml")
        headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        return self.add(path, data, content_type, headers=headers)

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.hits[self.path] += 1
            server.requests.append((self.path, dict(self.headers.items())))
            route = server.routes.get(self.path)
            if route is None:
                self._answer(404, b"not found", {"Content-Type": "text/plain"})
            elif route.failures:
                route.failures -= 1
                self._answer(500, b"try again later", {"Content-Type": "text/plain"})
            elif route.etag and self.headers.get("If-None-Match") == route.etag:
                self._answer(304, b"", {"ETag": route.etag})
            else:
                extra = {"ETag": route.etag} if route.etag else {}
                if route.gzip:
                    extra["Content-Encoding"] = "gzip"
                body = gzip.compress(route.body) if route.gzip else route.body
                self._answer(route.status, body, {**route.headers, **extra}, route.drip, route.length)

        def _answer(self, status: int, body: bytes, headers: dict[str, str], drip: float = 0.0,
                    length: bool = True) -> None:
            if drip:
                self._drip(status, body, headers, drip)
                return
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if length:  # why it may be left out: HTTP/1.0, so the body ends when the connection closes
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:  # the client stopped reading (a page past its size cap): so does this answer
                return

        def _drip(self, status: int, body: bytes, headers: dict[str, str], drip: float) -> None:
            # why the status line and headers too: every read gets a byte before its timeout; only a deadline ends it
            head = "".join(f"{name}: {value}\r\n" for name, value in {**headers, "Content-Length": len(body)}.items())
            raw = f"HTTP/1.0 {status} OK\r\n{head}\r\n".encode() + body
            for at in range(len(raw)):
                try:
                    self.wfile.write(raw[at:at + 1])
                    self.wfile.flush()
                except OSError:  # the client gave up: so does this answer
                    return
                time.sleep(drip)

        def log_message(self, format: str, *args: object) -> None:  # why: keep pytest output clean
            return

    return Handler
