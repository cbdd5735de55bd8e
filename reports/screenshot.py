"""A PNG of a rendered HTML report, taken with Debian's chromium through Playwright (`make screenshot`).

Usage: python -m reports.screenshot REPORT.html OUT.png [--width 1200] [--full-page]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reports.files import private_file

CHROMIUM = "/usr/bin/chromium"
# Nothing of the browser's own reaches the network: no updates, sync or background fetches
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def screenshot(report: Path, out: Path, *, width: int = 1200, height: int = 900, full_page: bool = False) -> Path:
    """Open `report` in headless chromium and save what it shows as `out` (PNG)."""
    from playwright.sync_api import sync_playwright  # a test/dev dependency: only needed when taking one

    out.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(report.resolve().as_uri())
            image = page.screenshot(full_page=full_page)
        finally:
            browser.close()
    with private_file(out, binary=True) as handle:  # whole or not at all, like the reports
        handle.write(image)
    return out


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and take the screenshot; 1 with a message if chromium is missing."""
    parser = argparse.ArgumentParser(prog="python -m reports.screenshot", description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--full-page", action="store_true")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"error: {CHROMIUM} not found: apt-get install chromium", file=sys.stderr)
        return 1
    if not args.report.is_file():
        print(f"error: {args.report}: no such report", file=sys.stderr)
        return 1
    print(screenshot(args.report, args.out, width=args.width, full_page=args.full_page))
    return 0


if __name__ == "__main__":
    sys.exit(main())
