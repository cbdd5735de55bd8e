"""How long a person waits for the commands they run most, beside the floor of starting Python at all.

Usage: python benchmarks/startup.py [--runs N]

Prints the median wall time of `auditor --version`, `auditor -h` and a 1,000-post scan end to end (a synthetic X
and Mastodon history, no store, HTML report), each beside `python -c pass` measured in the same run, and the
targets of issue 20 (0.3 s, 0.3 s, 1.5 s). `python -X importtime -c "import auditor.cli"` says where the time goes.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from benchmarks.generate import generate

_SCRIPT = Path(sys.executable).parent / "auditor"  # the installed command, as a person runs it
AUDITOR = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-c", "from auditor.cli import main; main()"]


def seconds(command: list[str], runs: int) -> float:
    """The median wall time of `runs` runs of `command` (output discarded; a failure stops the benchmark)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        history = Path(work) / "history"
        generate(1000, history, parallel=False)
        floor = seconds([sys.executable, "-c", "pass"], args.runs)
        rows = [("auditor --version", seconds([*AUDITOR, "--version"], args.runs), 0.3),
                ("auditor -h", seconds([*AUDITOR, "-h"], args.runs), 0.3),
                ("scan of 1,000 posts", seconds([*AUDITOR, "scan", str(history / "x_archive"),
                                                 str(history / "mastodon_archive"), "--no-store",
                                                 "--out", str(Path(work) / "report.html")], args.runs), 1.5)]
    print(f"{'command':<22}{'median':>9}{'floor':>9}{'target':>9}")
    for name, value, target in rows:
        mark = "ok" if value < target else "over"
        print(f"{name:<22}{value:8.2f}s{floor:8.2f}s{target:8.2f}s  {mark}")
    print("floor: python -c pass, in the same run")


if __name__ == "__main__":
    main()
