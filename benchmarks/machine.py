"""The machine's speed at the time of a benchmark: a fixed CPU loop, timed before and after the run (issue 20).

This 2-core machine's speed varies during the day and with other work on it; a figure is comparable with another
only beside the time the same loop took then. `python benchmarks/machine.py` prints it alone.
"""

from __future__ import annotations

import time

LOOP = 10_000_000  # iterations: about half a second on this machine when idle


def cpu_loop() -> float:
    """Seconds (wall clock: what another program's load slows) that a fixed pure-Python loop takes."""
    start = time.perf_counter()
    total = 0
    for i in range(LOOP):
        total += i * i % 7
    elapsed = time.perf_counter() - start
    assert total >= 0  # the loop's result is used
    return elapsed


def line(before: float, after: float) -> str:
    """What to print beside a benchmark's figures."""
    return (f"machine speed: a fixed CPU loop ({LOOP:,} iterations, benchmarks/machine.py) took {before:.2f} s "
            f"before and {after:.2f} s after (lower is faster)")


if __name__ == "__main__":
    print(f"a fixed CPU loop ({LOOP:,} iterations): {cpu_loop():.2f} s")
