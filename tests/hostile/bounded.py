"""The real `auditor` command in a child process under a memory ceiling and a deadline, for hostile-input tests.

An unbounded expansion (an entity bomb, an archive bomb, a server that never stops sending) must fail the test, not
the machine: the child runs under `RLIMIT_AS`, is killed at a deadline, and reports its peak resident memory (its
own and its forked readers', written by the child as it exits), so a test can also assert that memory stayed
bounded.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: address space for the whole child; an idle scan maps ~1.7 GB (thread stacks, Arrow's and BLAS's arenas)
ADDRESS_SPACE = 3 * 1024 ** 3
DEADLINE = 120.0  # seconds; a guard against hangs, not a speed test
# The child writes its peak at exit: its own high-water mark (VmHWM, of its image after exec only) and its forked
# readers'. wait4's figure would also count the pages of this test process that the fork copied before the exec.
_MAIN = """
import atexit, os, resource, sys

def _peak():
    with open("/proc/self/status") as status:
        own = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(os.environ["BOUNDED_PEAK_FILE"], "w") as out:
        out.write(str(max(own, children)))

atexit.register(_peak)
from auditor.cli import main
sys.argv[0] = "auditor"
main()
"""


@dataclass(frozen=True)
class Run:
    """What a bounded run did: exit code (None when it had to be killed), output, and peak resident memory."""

    code: int | None
    stdout: str
    stderr: str
    peak_mb: float

    @property
    def output(self) -> str:
        """stdout and stderr together, as a person at the terminal sees them."""
        return self.stdout + self.stderr


def _limit(address_space: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    os.setsid()  # why: the deadline kills the whole group, forked readers included


def run(args: list[str], *, env: dict[str, str] | None = None, deadline: float = DEADLINE,
        address_space: int = ADDRESS_SPACE, cwd: Path | None = None, stdin: str = "") -> Run:
    """`auditor ARGS` in a child process under the ceiling; a child still running at `deadline` is killed."""
    # why OPENBLAS_NUM_THREADS: OpenBLAS spins instead of failing when a thread's buffer cannot be mapped
    child_env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "PYTHONPATH": str(ROOT), **(env or {})}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err, \
            tempfile.TemporaryFile("w+") as given, tempfile.TemporaryDirectory() as scratch:
        peak_file = Path(scratch) / "peak"
        child_env["BOUNDED_PEAK_FILE"] = str(peak_file)
        given.write(stdin)
        given.seek(0)
        proc = subprocess.Popen([sys.executable, "-c", _MAIN, *args], cwd=cwd or ROOT, env=child_env, text=True,
                                stdin=given, stdout=out, stderr=err,
                                preexec_fn=lambda: _limit(address_space))
        code, peak = _wait(proc.pid, deadline)
        proc.returncode = -9 if code is None else code  # why: reaped here; Popen must not wait for it again
        if peak_file.exists() and peak_file.read_text():  # a child killed at the deadline or the ceiling wrote none
            peak = int(peak_file.read_text()) / 1024
        out.seek(0)
        err.seek(0)
        stderr = err.read() + ("" if code is not None else f"\n[killed after {deadline:.0f} s]")
        return Run(code, out.read(), stderr, peak)


def _wait(pid: int, deadline: float) -> tuple[int | None, float]:
    """(exit code, or None when killed at the deadline; peak resident MB of the child and what it reaped)."""
    end = time.monotonic() + deadline
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024
        if time.monotonic() > end:
            os.killpg(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            return None, usage.ru_maxrss / 1024
        time.sleep(0.02)


def wait_until(condition, timeout: float = 10.0, step: float = 0.02) -> bool:
    """Poll `condition()` until it is true or `timeout` passes; whether it became true."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())
