"""Report formats (html, csv, json), each a module with one `render(audit, path)`; `render` writes several."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from auditor.core.audit import Audit
from reports.files import ReportError, publish, staging

FORMATS = ("html", "csv", "json")
# below this many posts a forked worker costs more than writing the CSV here (at 100,000 posts it is ~1 s)
PARALLEL_POSTS = 40_000


def render(audit: Audit, out: str | os.PathLike, formats: tuple[str, ...] | list[str] = ("html", "csv"),
           lang: str = "en") -> list[Path]:
    """Write `audit` in each format beside `out` (`report.html` → `report.csv`, `report.json`); return the paths.

    For a large audit the CSV (the costliest format) is written by a forked worker while this process writes the
    others; either way every file is staged first and all are published together, or none."""
    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        raise ValueError(f"unknown report format(s) {', '.join(unknown)}: choose from {', '.join(FORMATS)}")
    base = Path(out)
    targets = {name: base if base.suffix.lower() == f".{name}" else base.with_suffix(f".{name}")
               for name in dict.fromkeys(formats)}
    # every format is written first, then all are moved into place: a failure never leaves a new HTML report
    # beside the CSV of an earlier run
    with staging(base.parent) as stage:
        jobs = {name: _job(name, audit, stage, target, lang, tuple(targets)) for name, target in targets.items()}
        if "csv" in jobs and len(jobs) > 1 and _parallel(audit):
            _csv_beside(jobs.pop("csv"), lambda: [job() for job in jobs.values()], targets["csv"])
        else:
            for job in jobs.values():
                job()
        publish(stage, targets.values())
    return list(targets.values())


def _job(name: str, audit: Audit, stage: Path, target: Path, lang: str,
         formats: tuple[str, ...]) -> Callable[[], None]:
    """Writing one format into `stage` under its target's name; a ReportError names the target, not the copy."""
    from reports import csv, html, json  # here, not at import time: `reports.csv` must not shadow the stdlib's

    def write() -> None:
        try:
            if name == "html":
                html.render(audit, stage / target.name, lang=lang, formats=formats)  # names only exports written
            elif name == "csv":  # follows the report's language; the JSON holds both
                csv.render(audit, stage / target.name, lang=lang)
            else:
                json.render(audit, stage / target.name)
        except ReportError as exc:  # name the report asked for, not its temporary copy
            raise ReportError(target, exc.problem) from None

    return write


def _parallel(audit: Audit) -> bool:
    """True when the audit is large enough to pay for a forked worker and one can be forked."""
    from auditor.scoring import parallel

    return len(audit.posts) >= PARALLEL_POSTS and parallel.available()


def _csv_beside(write_csv: Callable[[], None], write_rest: Callable[[], object], target: Path) -> None:
    """Write the CSV in a forked worker (into the staging folder only) while `write_rest` runs here.

    The worker's CSV is complete and on disk (private_file fsyncs it) when it returns. Its failure is raised here
    as the error it was (a ReportError is sent back as its problem: its own pickling loses the path); a worker
    that dies is a ReportError naming the CSV. Either way the caller publishes nothing."""
    from auditor.scoring import parallel

    here_failed = False

    def in_worker() -> Exception | str | None:
        try:
            write_csv()
        except ReportError as exc:
            return exc.problem
        except Exception as exc:  # returned, not raised: raised here below
            return exc
        return None

    def here() -> None:
        nonlocal here_failed
        try:
            write_rest()
        except BaseException:
            here_failed = True
            raise

    try:
        failure, _ = parallel.run_both(in_worker, here)
    except Exception as exc:
        if here_failed:
            raise
        raise ReportError(target, f"the worker writing it failed ({exc})") from None
    if isinstance(failure, str):
        raise ReportError(target, failure)
    if failure is not None:
        raise failure
