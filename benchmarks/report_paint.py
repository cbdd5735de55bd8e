"""How big and how fast the HTML report is for a huge history, and how soon chromium paints it.

Usage: python benchmarks/report_paint.py [--posts 1000000] [--flagged 40000] [--max-rows 5000] [--out DIR]

Builds a synthetic scored audit directly (posts of realistic length, about 4 % flagged: 5 % of those high,
20 % medium, the rest low, 1–2 flags each with evidence), renders the HTML, CSV and JSON reports, then opens the
HTML in Debian's chromium and reads first-contentful-paint (performance.getEntriesByType('paint')), load time and
how long one filter change and one search take in the page.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from auditor.core.audit import Audit, Coverage
from auditor.core.frame import COLUMNS, KINDS, PLATFORMS, validate
from auditor.core.records import Skip
from reports import csv as csv_report
from reports import html
from reports import json as json_report
from reports.screenshot import CHROMIUM, CHROMIUM_ARGS

WORDS = ("the", "a", "new", "report", "today", "meeting", "coffee", "great", "walk", "city", "weekend", "budget",
         "transit", "we", "our", "team", "le", "la", "les", "projet", "ville", "soleil", "merci", "photo", "book",
         "reading", "concert", "garden", "recipe", "friends", "school", "river", "bike", "tomorrow", "thanks")
TERMS = {"partisan": "vote Liberal", "policy": "carbon tax", "employer": "my boss", "confidential": "Protected B",
         "profanity": "damn", "controversial": "pipeline", "personal_info": "555-0134", "official": "GC logo"}
CATEGORY_NAMES = tuple(TERMS)


def synthetic(posts: int, flagged: int, seed: int = 7) -> Audit:
    """A scored audit of `posts` posts, `flagged` of them flagged, built column by column for speed."""
    rng = np.random.default_rng(seed)
    start, end = datetime(2008, 1, 1, tzinfo=UTC).timestamp(), datetime(2026, 1, 1, tzinfo=UTC).timestamp()
    words = np.array(WORDS)[rng.integers(0, len(WORDS), (posts, 24))]
    texts = [" ".join(row) for row in words]  # about 140 characters, like a real post
    hit = rng.choice(posts, flagged, replace=False)
    cats = rng.integers(0, len(CATEGORY_NAMES), flagged)
    for row, cat in zip(hit, cats, strict=True):
        texts[row] = f"{TERMS[CATEGORY_NAMES[cat]]} {texts[row]}"
    frame = _posts(rng, posts, texts, start, end)
    band = np.full(posts, "none", dtype=object)
    risk = np.zeros(posts, dtype=int)
    tier = rng.random(flagged)
    band[hit] = np.where(tier < 0.05, "high", np.where(tier < 0.25, "medium", "low"))
    risk[hit] = np.where(tier < 0.05, rng.integers(70, 100, flagged),
                         np.where(tier < 0.25, rng.integers(40, 70, flagged), rng.integers(10, 40, flagged)))
    categories = np.empty(posts, dtype=object)
    categories[:] = [[]] * posts
    factors = np.empty(posts, dtype=object)
    factors[:] = [[]] * posts
    for row, cat in zip(hit, cats, strict=True):
        categories[row] = [CATEGORY_NAMES[cat]]
        factors[row] = [{"factor": "visibility", "delta": 5, "reason": "public posts can be seen by anyone"}]
    frame["risk"], frame["band"], frame["categories"], frame["factors"] = risk, band, categories, factors
    frame = frame.sort_values("risk", ascending=False, kind="stable").reset_index(drop=True)
    flags = _flags(rng, frame[frame["band"] != "none"])
    coverage = [Coverage(str(p), int(n), {}, None, None, 0) for p, n in frame["platform"].value_counts().items()]
    skipped = [Skip(f"tweets.js#{i}", "not valid JSON" if i % 3 else "no created_at", "twitter") for i in range(500)]
    return Audit(frame, flags, coverage, skipped, ruleset_version="bench", generated_at=datetime.now(UTC))


def _posts(rng: np.random.Generator, n: int, texts: list[str], start: float, end: float) -> pd.DataFrame:
    data: dict[str, object] = {name: pd.array([None] * n, dtype="str") for name, d in COLUMNS.items() if d == "str"}
    data["post_id"] = pd.array([f"twitter:{i}" for i in range(n)], dtype="str")
    data["account"] = pd.array(["@me"] * n, dtype="str")
    data["text"] = pd.array(texts, dtype="str")
    data["source"] = pd.array(["bench"] * n, dtype="str")
    data["url"] = pd.array([f"https://example.social/@me/{i}" for i in range(n)], dtype="str")
    data["platform"] = pd.Categorical.from_codes(rng.integers(0, len(PLATFORMS) - 1, n), dtype=COLUMNS["platform"])
    data["kind"] = pd.Categorical.from_codes(rng.integers(0, len(KINDS), n), dtype=COLUMNS["kind"])
    data["visibility"] = pd.Categorical.from_codes(rng.integers(0, 4, n), dtype=COLUMNS["visibility"])
    data["created_at"] = pd.to_datetime(rng.integers(int(start), int(end), n), unit="s", utc=True).astype(
        "datetime64[ns, UTC]")
    data["edited_at"] = pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns, UTC]")
    empty = np.empty(n, dtype=object)
    empty[:] = [[]] * n
    for name in ("links", "mentions", "hashtags"):
        data[name] = empty
    data["media_count"] = np.zeros(n, dtype="int32")
    for name in ("likes", "reposts", "replies"):
        data[name] = pd.array(rng.integers(0, 500, n), dtype="Int64")
    data["deleted"] = np.zeros(n, dtype=bool)
    frame = pd.DataFrame({name: data[name] for name in COLUMNS})
    validate(frame)
    return frame


def _flags(rng: np.random.Generator, flagged: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for post_id, risk, cats in zip(flagged["post_id"], flagged["risk"], flagged["categories"], strict=True):
        cat = cats[0]
        term = TERMS[cat]
        for extra in range(1 + int(rng.random() < 0.3)):
            rule = f"{cat[:4].upper()}-00{extra + 1}"
            rows.append({"flag_id": f"{post_id}/{rule}", "post_id": post_id, "rule_id": rule, "category": cat,
                         "severity": "medium", "confidence": 0.7, "score": int(risk) - extra * 5,
                         "evidence": [{"field": "text", "start": 0, "end": len(term), "text": term}],
                         "adjustments": [{"factor": "context", "delta": 3, "reason": "'today' raises it"}],
                         "explanation": f"Mentions “{term}”, which the {cat} rule looks for.",
                         "guidance_url": "https://www.canada.ca/en/government/publicservice/values-ethics.html",
                         "guidance_title": "Values and Ethics Code"})
    return pd.DataFrame(rows)


def paint(path: Path) -> dict[str, float]:
    """First contentful paint, load, and in-page filter and search times (ms) in headless chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        began = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load", timeout=300_000)
        wall = (time.perf_counter() - began) * 1000
        page.wait_for_function("performance.getEntriesByType('paint').length > 1")
        timings = page.evaluate("""() => {
            const out = {};
            for (const e of performance.getEntriesByType('paint')) out[e.name] = e.startTime;
            const nav = performance.getEntriesByType('navigation')[0];
            out.dom_content_loaded = nav.domContentLoadedEventEnd; out.load = nav.loadEventEnd;
            let t = performance.now();
            const box = document.querySelector('#filters input[value=high]');
            box.checked = false; box.dispatchEvent(new Event('change', {bubbles: true}));
            out.filter_change = performance.now() - t;
            t = performance.now();
            const q = document.querySelector('#f-q');
            q.value = 'carbon'; q.dispatchEvent(new Event('input', {bubbles: true}));
            out.first_search = performance.now() - t;
            return out;
        }""")
        timings["goto_wall"] = wall
        browser.close()
    return timings


def main() -> int:
    """Build, render, open and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--flagged", type=int, default=40_000)
    parser.add_argument("--max-rows", type=int, default=html.MAX_ROWS)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="report-paint-"))
    out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    audit = synthetic(args.posts, args.flagged)
    print(f"built audit: {len(audit.posts):,} posts, {args.flagged:,} flagged, {len(audit.flags):,} flags "
          f"in {time.perf_counter() - began:.1f} s")
    writers = (("html", lambda p: html.render(audit, p, max_rows=args.max_rows)),
               ("csv", lambda p: csv_report.render(audit, p)), ("json", lambda p: json_report.render(audit, p)))
    for name, write in writers:
        began = time.perf_counter()
        path = write(out / f"report.{name}")
        print(f"{name}: {path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - began:.2f} s -> {path}")
    if not Path(CHROMIUM).exists():
        print(f"no {CHROMIUM}: paint not measured")
        return 0
    for name, value in paint(out / "report.html").items():
        print(f"chromium {name}: {value:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
