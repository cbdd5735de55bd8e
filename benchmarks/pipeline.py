"""Time import → store → score → report on synthetic exports of N posts, and print each stage and peak memory.

Usage: python benchmarks/pipeline.py [N ...] [--keep DIR] [--no-store]
  e.g. python benchmarks/pipeline.py 10000 100000 1000000
Each N runs in its own process so peak memory is that run's alone; each run starts from a new store (a first
import, the costliest), and the archives are read as `auditor scan` reads them: the next one in a forked child
while the previous one is stored, and each one is scored in the background from the moment it is read (so "score"
is the time scoring still takes once everything is stored).

"peak MB" is the most memory the run held at once: this process and every process it forked, a page they share
counted once (the machine's used memory, as `free` counts it, ten times a second: run it on an otherwise idle
machine, as timings need anyway); "tree MB" is the most this process and its children were resident at once, summed
(a page a forked child shares is counted in each: an upper bound, but one the other programs of a shared machine
do not move); "main MB" is this process's own peak resident size. "CPU s" is every process's CPU time, "main CPU"
this process's alone: on a machine with a free second core, the run's time follows the main process's CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def run_once(n: int, workdir: Path, use_store: bool) -> dict:
    """Generate N posts (if not there yet) and run every stage, timing each."""
    from auditor.core.profile import load_profile
    from auditor.pipeline.build import build_audit
    from auditor.pipeline.imports import open_all
    from auditor.pipeline.readahead import read_archives
    from auditor.scan import release, report_frame
    from auditor.scoring import load_rules
    from auditor.scoring.engine import Scorer
    from reports import render

    exports = workdir / f"exports-{n}"
    if not exports.exists():
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), str(exports)], check=True,
                       stdout=subprocess.DEVNULL)
    times: dict[str, float] = {"import": 0.0, "store": 0.0}
    sampler = _MemorySampler()
    started = time.monotonic()
    sources = [str(p) for p in sorted(exports.iterdir()) if p.is_dir()]
    store = _new_store(workdir / f"store-{n}.sqlite") if use_store else None
    opened = open_all(sources)
    profile = load_profile(None)
    rules = load_rules()
    results = []
    archives = read_archives([(s, opened[s]) for s in sources], scorer=Scorer(rules, profile))
    for _ in sources:
        mark = time.monotonic()
        results.append(next(archives))
        times["import"] += time.monotonic() - mark
        if store is not None:
            mark = time.monotonic()
            store.upsert(results[-1].frame)
            times["store"] += time.monotonic() - mark
    del archives
    mark = time.monotonic()
    frame = report_frame(results, store)  # as `auditor scan` gathers what it scores
    if store is not None:
        store.close()
    times["store" if store is not None else "import"] += time.monotonic() - mark

    mark = time.monotonic()
    audit = build_audit(frame, results, rules, profile, sources)
    posts = len(frame)
    del frame
    release(results, store)  # as `auditor scan` does before writing the reports
    times["score"] = time.monotonic() - mark

    mark = time.monotonic()
    written = render(audit, workdir / f"report-{n}.html", formats=("html", "csv"))
    times["report"] = time.monotonic() - mark
    total = time.monotonic() - started
    peak_total_kib = sampler.stop()
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = sum(u.ru_utime + u.ru_stime for u in usage)  # the machine is shared: CPU seconds say more than wall time
    return {"posts": posts, "flagged": int((audit.posts["band"] != "none").sum()), "stages": times,
            "total": total, "posts_per_s": posts / total, "peak_mb": peak_total_kib / 1024,
            "tree_mb": sampler.tree_highest / 1024, "main_mb": usage[0].ru_maxrss / 1024, "cpu": cpu,
            "main_cpu": usage[0].ru_utime + usage[0].ru_stime,
            "report_mb": sum(p.stat().st_size for p in written) / 2**20}


class _MemorySampler:
    """The most memory the run's processes held at once: the largest rise of the machine's used memory (as `free`
    counts it: neither free nor page cache) over what it was at the start.

    It counts this process and every process it forks, a page they share once, and costs nothing to read (summing
    each process's PSS instead walks their page tables: 4 times a second that cost the run 10 s). Files written
    (the store, the reports) sit in the page cache and are not counted. It is machine-wide, so it is right on an
    otherwise idle machine, which is where timings are right too."""

    def __init__(self, every: float = 0.1) -> None:
        self.start = self.highest = _used_kib()
        self.tree_highest = _tree_kib()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)
        self._thread.start()

    def stop(self) -> int:
        """Stop sampling; the peak in KiB."""
        self._done.set()
        self._thread.join()
        return self.highest - self.start

    def _run(self, every: float) -> None:
        while not self._done.wait(every):
            self.highest = max(self.highest, _used_kib())
            self.tree_highest = max(self.tree_highest, _tree_kib())


def _tree_kib() -> int:
    """The resident KiB of this process and of every process descended from it, summed."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])  # the name in () may hold spaces
            except (OSError, ValueError, IndexError):  # gone meanwhile
                continue
            children.setdefault(parent, []).append(int(entry.name))
    total, todo = 0, [os.getpid()]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
                total += int(statm.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except OSError:
            continue
        todo += children.get(pid, [])
    return total


def _used_kib() -> int:
    """MemTotal - MemFree - Buffers - Cached - SReclaimable, as `free` computes "used"."""
    with open("/proc/meminfo", encoding="ascii") as meminfo:
        values = {line.split(":")[0]: int(line.split()[1]) for line in meminfo}
    return values["MemTotal"] - sum(values.get(k, 0) for k in ("MemFree", "Buffers", "Cached", "SReclaimable"))


def _new_store(path: Path):
    """An empty store at `path` (a kept one from an earlier run is removed: re-imports cost less)."""
    from auditor.store.database import Store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return Store.open(path)


def main() -> None:
    """Run each size in a child process and print one table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--keep", type=Path, help="work folder to keep generated exports between runs")
    parser.add_argument("--no-store", action="store_true", help="skip the SQLite store stage")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="auditor-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if args.child:
        print(json.dumps(run_once(args.child, workdir, not args.no_store)))
        return
    import machine

    before = machine.cpu_loop()
    print(f"{'posts':>10} {'import':>8} {'store':>8} {'score':>8} {'report':>8} {'total':>8} {'posts/s':>9} "
          f"{'peak MB':>8} {'tree MB':>8} {'flagged':>8} {'report MB':>9} {'CPU s':>7} {'main CPU':>8} {'main MB':>8}")
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--child", str(n), "--keep", str(workdir)]
        if args.no_store:
            cmd.append("--no-store")
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        r = json.loads(out)
        s = r["stages"]
        print(f"{r['posts']:>10,} {s['import']:>8.1f} {s.get('store', 0):>8.1f} {s['score']:>8.1f} "
              f"{s['report']:>8.1f} {r['total']:>8.1f} {r['posts_per_s']:>9,.0f} {r['peak_mb']:>8,.0f} "
              f"{r['tree_mb']:>8,.0f} {r['flagged']:>8,} {r['report_mb']:>9.1f} {r['cpu']:>7.1f} {r['main_cpu']:>8.1f} "
              f"{r['main_mb']:>8,.0f}")
    print(machine.line(before, machine.cpu_loop()))


if __name__ == "__main__":
    main()
