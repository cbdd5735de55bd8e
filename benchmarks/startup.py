"""How long a person waits for the commands they run most, beside the floor of starting Python at all.

Usage: python benchmarks/startup.py [--runs N]

Prints the median wall time of `auditor --version`, `auditor -h` and a 1,000-post scan end to end (a synthetic X
and Mastodon history, no store, HTML report), with the CPU time each took, beside `python -c pass` measured in the
same run, and the targets of issue 20 (0.3 s, 0.3 s, 1.5 s). The scan is timed twice: the first on a machine (an
empty cache, which it fills with py3langid's model, the model heads' arrays and the compiled templates:
`auditor/core/cache.py`), and every one after. Python runs as from an installed package: with its modules' bytecode
(compiled into a temporary folder by an untimed first scan, even where PYTHONDONTWRITEBYTECODE is set), and with a
temporary cache folder (XDG_CACHE_HOME, so on Linux; elsewhere the person's own cache is used).
`python -X importtime -c "import auditor.cli"` says where the import time goes.
"""

from __future__ import annotations

import argparse
import os
import resource
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
FIRST_RUNS = 3  # each first scan writes ~80 MB to its own empty cache: a few are enough


def seconds(command: list[str], runs: int, env: dict[str, str],
            fresh_cache: Path | None = None) -> tuple[float, float]:
    """The median wall time and CPU time (user and system) of `runs` runs of `command` (output discarded; a failure
    stops the benchmark); with `fresh_cache`, each run starts from an empty cache folder made under it."""
    walls, cpus = [], []
    for run in range(runs):
        if fresh_cache is not None:
            env = {**env, "XDG_CACHE_HOME": str(fresh_cache / str(run))}
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        history = Path(work) / "history"
        generate(1000, history, parallel=False)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {"PYTHONPYCACHEPREFIX": str(Path(work) / "bytecode"), "XDG_CACHE_HOME": str(Path(work) / "cache")}
        scan = [*AUDITOR, "scan", str(history / "x_archive"), str(history / "mastodon_archive"), "--no-store",
                "--out", str(Path(work) / "report.html")]
        seconds(scan, 1, env)  # untimed: every module's bytecode written, and the cache filled
        floor = seconds([sys.executable, "-c", "pass"], args.runs, env)
        first = seconds(scan, min(FIRST_RUNS, args.runs), env, fresh_cache=Path(work) / "first")
        rows = [("auditor --version", seconds([*AUDITOR, "--version"], args.runs, env), 0.3),
                ("auditor -h", seconds([*AUDITOR, "-h"], args.runs, env), 0.3),
                ("scan, first on a machine", first, None),
                ("scan of 1,000 posts", seconds(scan, args.runs, env), 1.5)]
    print(f"{'command':<26}{'median':>9}{'cpu':>9}{'floor':>9}{'target':>9}")
    for name, (wall, cpu), target in rows:
        mark = "" if target is None else "ok" if wall < target else "over"
        shown = "" if target is None else f"{target:8.2f}s"
        print(f"{name:<26}{wall:8.2f}s{cpu:8.2f}s{floor[0]:8.2f}s{shown:>9}  {mark}")
    print("floor: python -c pass, in the same run; cpu: the command's user + system time (on a busy machine, wall")
    print("time waits for a core and cpu time does not); every run with compiled bytecode, as installed")

if __name__ == "__main__":
    import machine

    before = machine.cpu_loop()
    main()
    print(machine.line(before, machine.cpu_loop()))
