"""Report formats (html, csv, json), each a module with one `render(audit, path)`; `render` writes several."""

from __future__ import annotations

import os
from pathlib import Path

from auditor.audit import Audit
from reports.files import ReportError, publish, staging

FORMATS = ("html", "csv", "json")


def render(audit: Audit, out: str | os.PathLike, formats: tuple[str, ...] | list[str] = ("html", "csv"),
           lang: str = "en") -> list[Path]:
    """Write `audit` in each format beside `out` (`report.html` → `report.csv`, `report.json`); return the paths."""
    from reports import csv, html, json  # here, not at import time: `reports.csv` must not shadow the stdlib's

    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        raise ValueError(f"unknown report format(s) {', '.join(unknown)}: choose from {', '.join(FORMATS)}")
    base = Path(out)
    targets = {name: base if base.suffix.lower() == f".{name}" else base.with_suffix(f".{name}")
               for name in dict.fromkeys(formats)}
    # every format is written first, then all are moved into place: a failure never leaves a new HTML report
    # beside the CSV of an earlier run
    with staging(base.parent) as stage:
        for name, target in targets.items():
            try:
                if name == "html":
                    html.render(audit, stage / target.name, lang=lang)
                else:
                    {"csv": csv, "json": json}[name].render(audit, stage / target.name)
            except ReportError as exc:  # name the report asked for, not its temporary copy
                raise ReportError(target, exc.problem) from None
        publish(stage, targets.values())
    return list(targets.values())
