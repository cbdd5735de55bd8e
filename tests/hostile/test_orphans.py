"""Issue 14, item 13: after `kill -9` of a scan (or the kernel's out-of-memory killer), its forked children end too.

A forked reader that has read its source sends the result down a pipe its parent no longer reads: without a way to
notice the parent is gone it waits forever, holding the store open and its memory.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from auditor.scoring import parallel
from benchmarks.generate import generate
from tests.hostile.bounded import ROOT, wait_until

# the scan's parent kills itself with SIGKILL right after forking the reader of its second source, and says its pid
_WRAPPER = textwrap.dedent("""
    import os, signal, sys
    import auditor.pipeline.readahead as readahead

    start = readahead._Reader.__init__

    def start_then_die(self, *args):
        start(self, *args)
        print(self._process.pid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    readahead._Reader.__init__ = start_then_die
    from auditor.cli import main
    main(args=sys.argv[1:], prog_name="auditor")
""")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"  # a zombie has ended; only its exit status waits to be collected


@pytest.mark.skipif(not sys.platform.startswith("linux") or not parallel.available(),
                    reason="forked readers need a second core; the check reads /proc")
def test_a_forked_reader_ends_when_its_parent_is_killed(tmp_path: Path) -> None:
    generate(12_000, tmp_path / "exports", seed=5, parallel=False)  # a reader's result fills the pipe many times
    args = ["scan", str(tmp_path / "exports" / "x_archive"), str(tmp_path / "exports" / "mastodon_archive"),
            "--store", str(tmp_path / "s.sqlite"), "--out", str(tmp_path / "out" / "r.html")]
    # the orphan holds the pipes too: read the one line, never wait for their end
    proc = subprocess.Popen([sys.executable, "-c", _WRAPPER, *args], cwd=ROOT, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    child = int(proc.stdout.readline())
    assert proc.wait(timeout=120) == -signal.SIGKILL
    proc.stdout.close()
    try:
        assert wait_until(lambda: not _alive(child), timeout=20), "the forked reader outlived its parent"
    finally:
        if _alive(child):
            os.kill(child, signal.SIGKILL)
