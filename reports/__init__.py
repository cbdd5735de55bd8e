"""Report formats (html, csv, json), each a module with one `render(audit, path)`; `render` writes several."""

from __future__ import annotations

import os
from pathlib import Path

from auditor.audit import Audit

FORMATS = ("html", "csv", "json")


def render(audit: Audit, out: str | os.PathLike, formats: tuple[str, ...] | list[str] = ("html", "csv"),
           lang: str = "en") -> list[Path]:
    """Write `audit` in each format beside `out` (`report.html` → `report.csv`, `report.json`); return the paths."""
    from reports import csv, html, json  # here, not at import time: `reports.csv` must not shadow the stdlib's

    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        raise ValueError(f"unknown report format(s) {', '.join(unknown)}: choose from {', '.join(FORMATS)}")
    base = Path(out)
    written = []
    for name in dict.fromkeys(formats):
        target = base if base.suffix.lower() == f".{name}" else base.with_suffix(f".{name}")
        if name == "html":
            written.append(html.render(audit, target, lang=lang))
        else:
            written.append({"csv": csv, "json": json}[name].render(audit, target))
    return written
