"""Ctrl-C and kill -9 during `auditor scan`: the store stays consistent, no half report is left, the next run finishes.

Consistent means, after an interruption at any moment: the store passes `PRAGMA integrity_check`; each source's
posts are there completely or not at all; no scan is recorded and no post carries a scan id unless that scan
finished, reports included; the report files are the earlier ones, byte for byte, with no temporary file beside
them. Running the same scan again then leaves the store and the reports exactly as one uninterrupted run does.

Each moment is made exact by a small wrapper that patches one function in the child process to send itself a real
SIGINT (or SIGKILL) at that point, then runs the command line's own `main`; the production code knows nothing of it.
"""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from auditor.store.database import Store
from benchmarks.generate import generate

ROOT = Path(__file__).resolve().parent.parent
INTERRUPTED = 130
OLD_REPORTS = {"report.html": b"<p>the previous report</p>", "report.csv": b"record\nold\n", "report.json": b"{}\n"}

_WRAPPER = textwrap.dedent("""
    import json, os, signal, sys

    moment, args = sys.argv[1], sys.argv[2:]


    def interrupt():
        os.kill(os.getpid(), signal.SIGINT)  # what Ctrl-C sends; Python raises KeyboardInterrupt right after


    if moment == "reading":  # 50 rows into the first source
        import auditor.pipeline.imports as imports
        counted = imports._counted

        def _counted(rows, source, progress):
            for n, row in enumerate(counted(rows, source, progress)):
                if n == 50:
                    interrupt()
                yield row
        imports._counted = _counted
    elif moment == "between":  # the first source is committed, the second not stored yet
        from contextlib import contextmanager
        from auditor.store.database import Store
        transaction = Store.transaction

        @contextmanager
        def commit_then_interrupt(self):
            with transaction(self):
                yield
            if not self._depth:  # the outermost one, just committed: the first source's
                interrupt()
        Store.transaction = commit_then_interrupt
    elif moment in ("upserting", "killed"):  # 100 rows into the second source's transaction
        from auditor.store import database as store
        upsert, rows_of, calls = store.Store.upsert, store._rows, {"upserts": 0, "rows": 0}

        def counted_upsert(self, frame):
            calls["upserts"] += 1
            calls["wal"] = f"{self.path}-wal"
            if calls["upserts"] == 2 and moment == "killed":
                self.connection.execute("PRAGMA cache_size = 1")  # spill uncommitted pages into the WAL file
                print("wal-before", os.path.getsize(calls["wal"]), flush=True)
            return upsert(self, frame)

        def rows_or_stop(columns, known):
            for row in rows_of(columns, known):
                calls["rows"] += calls["upserts"] == 2
                if calls["rows"] == 100:
                    if moment == "killed":
                        print("wal-at-kill", os.path.getsize(calls["wal"]), flush=True)
                        os.kill(os.getpid(), signal.SIGKILL)
                    interrupt()
                yield row
        store.Store.upsert, store._rows = counted_upsert, rows_or_stop
    elif moment == "scoring":  # everything imported, scoring starts
        import auditor.scoring as scoring
        score = scoring.score

        def interrupt_then_score(*a, **k):
            interrupt()
            return score(*a, **k)
        scoring.score = interrupt_then_score
    elif moment == "rendering":  # the HTML is written, the CSV half written
        import reports.csv as csv_report
        from reports.files import private_file

        def half_csv(audit, path, **_options):
            with private_file(path) as handle:
                handle.write("record,ruleset_version\\n")
                interrupt()
                handle.write("never reached\\n")
        csv_report.render = half_csv

    from auditor.cli import main

    if moment != "again":
        main(args=args, prog_name="auditor")
    codes = []
    for run in json.loads(args[0]):  # the next run of several stores, one after another
        try:
            main(args=run, prog_name="auditor")
        except SystemExit as done:
            codes.append(done.code)
    print("exit codes", json.dumps(codes))
""")


def _args(exports: Path, folder: Path, formats: str = "html,csv,json") -> list[str]:
    return ["scan", str(exports / "x_archive"), str(exports / "mastodon_archive"), "--store",
            str(folder / "store.sqlite"), "--out", str(folder / "out" / "report.html"), "--format", formats]


def _start(moment: str, args: list[str], **popen: object) -> subprocess.Popen:
    popen.setdefault("stdout", subprocess.PIPE)
    popen.setdefault("stderr", subprocess.PIPE)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", _WRAPPER, moment, *args], cwd=ROOT, text=True, env=env, **popen)


def _finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


def _with_old_reports(folder: Path) -> Path:
    (folder / "out").mkdir(parents=True)
    for name, data in OLD_REPORTS.items():
        (folder / "out" / name).write_bytes(data)
    return folder


def _state(folder: Path) -> dict:
    """What an interrupted run left: file modes, the store's facts (opened as the next run opens it), the reports."""
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir() if p.name.startswith("store.sqlite")}
    with Store.open(folder / "store.sqlite") as store:
        conn = store.connection
        facts = {
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
            "scans": conn.execute("SELECT count(*) FROM scans").fetchone()[0],
            "marked": conn.execute("SELECT count(*) FROM posts WHERE first_seen_scan IS NOT NULL "
                                   "OR changed_scan IS NOT NULL").fetchone()[0],
            "platforms": dict(conn.execute("SELECT platform, count(*) FROM posts GROUP BY platform").fetchall()),
        }
    out = folder / "out"
    return {**facts, "modes": modes, "out": {p.name: p.read_bytes() for p in out.iterdir()} if out.exists() else {}}


def _snapshot(folder: Path) -> dict:
    """What a finished run leaves: every stored post with its scan ids, the scans, and the CSV and JSON reports."""
    with Store.open(folder / "store.sqlite") as store:
        conn = store.connection
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        posts = conn.execute("SELECT * FROM posts ORDER BY post_id").fetchall()
        scans = conn.execute("SELECT scan_id, sources, ruleset_version, counts FROM scans").fetchall()
        states = conn.execute("SELECT source_key, state FROM sync_state").fetchall()
        platforms = dict(conn.execute("SELECT platform, count(*) FROM posts GROUP BY platform").fetchall())
    report = json.loads((folder / "out" / "report.json").read_text(encoding="utf-8"))
    del report["generated_at"]
    return {"posts": posts, "scans": scans, "states": states, "platforms": platforms, "report": report,
            "csv": (folder / "out" / "report.csv").read_text(encoding="utf-8"),
            "out": sorted(p.name for p in (folder / "out").iterdir())}


# moment -> the platforms stored after the interruption (the sources are the X archive, then the Mastodon one)
MOMENTS = {"reading": (), "between": ("twitter",), "upserting": ("twitter",), "killed": ("twitter",),
           "scoring": ("twitter", "mastodon"), "rendering": ("twitter", "mastodon")}


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small X archive and a small Mastodon archive (about 200 posts each)."""
    folder = tmp_path_factory.mktemp("exports")
    generate(400, folder, seed=7, parallel=False)
    return folder


@pytest.fixture(scope="module")
def runs(exports: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Each moment's interrupted run (all at once), what it left, then the next run of each and one clean run."""
    folders = {moment: _with_old_reports(tmp_path_factory.mktemp(moment)) for moment in MOMENTS}
    started = {moment: _start(moment, _args(exports, folder)) for moment, folder in folders.items()}
    done = {moment: _finish(proc) for moment, proc in started.items()}
    left = {moment: _state(folder) for moment, folder in folders.items()}
    clean = tmp_path_factory.mktemp("clean")
    batch = [_args(exports, folder) for folder in folders.values()] + [_args(exports, clean)]
    code, stdout, stderr = _finish(_start("again", [json.dumps(batch)]))  # the clean run last, closest in time
    assert code == 0 and stdout.splitlines()[-1] == f"exit codes {json.dumps([0] * len(batch))}", stderr
    return {"done": done, "left": left, "next": {m: _snapshot(f) for m, f in folders.items()},
            "clean": _snapshot(clean)}


@pytest.mark.parametrize("moment", [m for m in MOMENTS if m != "killed"])
def test_ctrl_c_is_one_line_and_exit_130(moment: str, runs: dict) -> None:
    code, _, err = runs["done"][moment]
    assert code == INTERRUPTED, err
    _one_interrupted_line(err)


def _one_interrupted_line(err: str) -> None:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("auditor: interrupted; nothing was left half-written"), err


@pytest.mark.parametrize("moment", list(MOMENTS))
def test_an_interrupted_scan_leaves_whole_sources_and_no_scan(moment: str, runs: dict) -> None:
    left, whole = runs["left"][moment], runs["clean"]["platforms"]
    assert left["integrity"] == "ok"
    assert left["scans"] == 0, "a scan recorded before it finished"
    assert left["marked"] == 0, "posts marked with the id of a scan that never finished"
    assert left["platforms"] == {platform: whole[platform] for platform in MOMENTS[moment]}


@pytest.mark.parametrize("moment", list(MOMENTS))
def test_an_interrupted_scan_leaves_the_previous_reports_and_no_temporary_file(moment: str, runs: dict) -> None:
    assert runs["left"][moment]["out"] == OLD_REPORTS


@pytest.mark.parametrize("moment", list(MOMENTS))
def test_the_next_run_ends_as_one_uninterrupted_run(moment: str, runs: dict) -> None:
    assert runs["next"][moment] == runs["clean"]


def test_kill_9_inside_the_upsert_transaction(runs: dict) -> None:
    code, stdout, _ = runs["done"]["killed"]
    assert code == -signal.SIGKILL
    sizes = dict(line.split() for line in stdout.splitlines())
    assert int(sizes["wal-at-kill"]) > int(sizes["wal-before"])  # uncommitted pages really were on disk
    # the store and what SQLite left beside it are as private as the store
    assert runs["left"]["killed"]["modes"] == dict.fromkeys(["store.sqlite", "store.sqlite-shm", "store.sqlite-wal"],
                                                            0o600)


def _read_until(fd: int, needle: str, proc: subprocess.Popen, limit: float = 120.0) -> str:
    """What the child writes to its terminal until `needle` shows, it closes the terminal, or `limit` seconds pass."""
    seen, deadline = "", time.monotonic() + limit
    while needle not in seen and time.monotonic() < deadline:
        if select.select([fd], [], [], 0.5)[0]:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: every copy of the child's end is closed
                break
            if not chunk:
                break
            seen += chunk.decode("utf-8", "replace")
        elif proc.poll() is not None and not select.select([fd], [], [], 0)[0]:
            break
    return seen


@pytest.fixture(scope="module")
def big_exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Exports large enough that reading them prints progress: 6,000 tweets and 6,000 Mastodon posts."""
    folder = tmp_path_factory.mktemp("big")
    generate(12_000, folder, seed=3, parallel=False)
    return folder


def _read_directly(exports: Path) -> dict[str, int]:
    """Posts per platform, read from the exports in this process, as an uninterrupted import stores them."""
    from auditor.pipeline.imports import open_all, read_archive

    sources = [str(exports / "x_archive"), str(exports / "mastodon_archive")]
    opened = open_all(sources)
    frames = [read_archive(source, opened[source]).frame for source in sources]
    return {str(f["platform"].iloc[0]): int(f["post_id"].nunique()) for f in frames}


def test_ctrl_c_from_outside_while_importing(big_exports: Path, tmp_path: Path) -> None:
    folder = _with_old_reports(tmp_path)
    terminal, child_end = pty.openpty()  # a terminal for stderr, so that the scan prints its progress
    proc = _start("none", _args(big_exports, folder, "json"), stderr=child_end)
    os.close(child_end)
    try:
        shown = _read_until(terminal, "posts read", proc)
        assert "posts read" in shown, shown  # it is demonstrably importing
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=120)
        shown += _read_until(terminal, "\0", proc, limit=10)
    finally:
        os.close(terminal)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == INTERRUPTED, shown
    assert "Traceback" not in shown
    lines = [line for line in shown.replace("\033[K", "").replace("\r", "\n").splitlines() if line.strip()]
    assert lines[-1].startswith("auditor: interrupted;"), shown  # on a line of its own, not after the progress
    left, whole = _state(folder), _read_directly(big_exports)
    assert (left["integrity"], left["scans"], left["marked"], left["out"]) == ("ok", 0, 0, OLD_REPORTS)
    assert all(count == whole[platform] for platform, count in left["platforms"].items()), "half a source"
    code, _, err = _finish(_start("none", _args(big_exports, folder, "json")))
    assert code == 0, err
    after = _snapshot_counts(folder)
    assert after == {"platforms": whole, "scans": 1, "first_seen_1": sum(whole.values()),
                     "posts_read": sum(whole.values())}


def _snapshot_counts(folder: Path) -> dict:
    with sqlite3.connect(folder / "store.sqlite") as conn:
        platforms = dict(conn.execute("SELECT platform, count(*) FROM posts GROUP BY platform").fetchall())
        scans = conn.execute("SELECT count(*) FROM scans").fetchone()[0]
        first = conn.execute("SELECT count(*) FROM posts WHERE first_seen_scan = 1").fetchone()[0]
    report = json.loads((folder / "out" / "report.json").read_text(encoding="utf-8"))
    return {"platforms": platforms, "scans": scans, "first_seen_1": first, "posts_read": report["posts_read"]}


def _rss(*guids: str) -> str:
    items = "".join(f"<item><title>Post {g}</title><guid>urn:{g}</guid><description>Words of {g}</description>"
                    f"<pubDate>Mon, 0{n + 1} Jan 2024 10:00:00 +0000</pubDate></item>" for n, g in enumerate(guids))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title>{items}</channel></rss>'


def test_a_feed_and_its_sync_state_are_kept_together_or_not_at_all(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.scan import ScanRequest, scan
    from tests.servers.feed_server import FeedServer

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt  # Ctrl-C after the feed's posts were written, before its state was

    with FeedServer() as server:
        url = server.add("/feed", _rss("a", "b"))
        request = ScanRequest(sources=[url], out=tmp_path / "report.json", formats=("json",),
                              store=tmp_path / "store.sqlite")
        with monkeypatch.context() as patch, pytest.raises(KeyboardInterrupt):
            patch.setattr(Store, "set_state", interrupted)
            scan(request)
        with Store.open(request.store) as store:
            assert (store.count(), store.get_state(f"feed:{url}"), store.scans()) == (0, None, [])
        scan(request)
    with Store.open(request.store) as store:
        assert store.count() == 2
        assert store.get_state(f"feed:{url}") is not None
        assert len(store.scans()) == 1
