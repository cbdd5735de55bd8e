"""One audit end to end: import the sources, keep them in the store, score, and write the reports.

Interrupted at any moment (Ctrl-C, kill -9, a crash, a full disk), a scan leaves the store consistent: each
source's posts are committed all at once (an archive in one transaction, a feed together with the sync state that
skips them next time, a live Mastodon account page by page with the state it reached), so the store holds every
source whose import finished and nothing of the one under way. A scan is recorded, and the posts it brought are
marked with its id, in the same transaction in which its reports are moved into place: a recorded scan always
finished, reports included. Posts imported by an interrupted run stay unmarked, and the next run that finishes
claims them, reporting them as new exactly as if the interrupted run had never happened.
"""

from __future__ import annotations

import gc
import time
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from datetime import time as dtime
from pathlib import Path

import pandas as pd

from auditor.core import memory
from auditor.core.audit import Audit
from auditor.core.frame import empty_frame
from auditor.pipeline import accounting
from auditor.pipeline.build import build_audit
from auditor.pipeline.imports import (
    LiveOptions,
    Progress,
    SourceResult,
    is_feed_url,
    is_mastodon,
    open_all,
    read_feed,
    sync_mastodon,
)
from auditor.pipeline.readahead import read_archives
from auditor.profiles import stored
from auditor.profiles.audit import ProfileAudit, audit_profiles
from auditor.profiles.table import ProfileTable, gather
from auditor.scoring.engine import Scorer


@dataclass
class ScanRequest:
    """Everything a scan needs, passed explicitly (no global settings)."""

    sources: list[str]
    out: Path
    formats: tuple[str, ...] = ("html", "csv")
    since: date | None = None
    until: date | None = None
    profile: Path | None = None
    rules: list[Path] = field(default_factory=list)
    lang: str = "en"
    store: Path | None = None  # None: no store, the report covers only this run's sources
    live: LiveOptions = field(default_factory=LiveOptions)
    compare: Path | None = None  # a second profile.toml: the report adds what that role would change


@dataclass
class ScanOutcome:
    """What the terminal summary reports."""

    audit: Audit
    written: list[Path]
    results: list[SourceResult]
    seconds: float
    out_of_range: int = 0
    scan_id: int | None = None
    direct_left_out: int = 0  # direct messages kept out of the report (--exclude-direct)


def scan(request: ScanRequest, progress: Progress | None = None) -> ScanOutcome:
    """Run one audit; raises the tool's own errors with one clear line for a person."""
    from auditor.core.profile import load_profile
    from auditor.scoring import load_rules

    started = time.monotonic()
    # a source named twice is read once: its archive's counts (and the notes they give) would be doubled
    request = replace(request, sources=list(dict.fromkeys(request.sources)))
    profile = load_profile(request.profile)
    rules = load_rules(extra=request.rules, packs=profile.packs)
    opened = open_all(request.sources)
    store = _open_store(request.store)
    results: list[SourceResult] = []
    try:
        _import_all(request, opened, store, progress, results, Scorer(rules, profile))
        accounting.settle_across(results)
        frame, out_of_range = _in_range(report_frame(results, store), request.since, request.until)
        frame, direct = _without_direct(frame) if request.live.exclude_direct else (frame, 0)
        audit = build_audit(frame, results, rules, profile, request.sources, progress)
        audit.profiles = profiles_of(results, store, profile)
        if request.compare is not None:
            from auditor.compare import compare_with

            audit.role_change = compare_with(audit.posts, audit.flags, profile, request.compare, request.rules)
        del frame  # audit.posts has it all now: a large scan's reports get the memory of the frames it read
        counts = release(results, store)
        audit, written, scan_id = _conclude(audit, request, store, (rules, profile), counts)
    finally:
        for result in results:  # a failure or Ctrl-C before scoring: its background workers are not needed
            result.stop_scoring()
        if store is not None:
            store.close()
    return ScanOutcome(audit, written, results, time.monotonic() - started, out_of_range, scan_id, direct)


def _conclude(audit: Audit, request: ScanRequest, store, scoring: tuple, counts: dict[str, int]):
    """Write the reports; with a store, record the scan and apply earlier decisions in the same transaction."""
    if store is None:
        return audit, _write(audit, request), None
    rules, profile = scoring
    # the store's write lock is held while the reports are written (readers are never blocked): the price of a
    # scan being recorded only once its reports are in place
    with store.transaction():
        scan_id = store.record_scan(request.sources, rules.version, counts)
        audit = _with_decisions(audit, store, rules, profile)
        return audit, _write(audit, request), scan_id


def _open_store(path: Path | None):
    if path is None:
        return None
    from auditor.store.database import Store

    return Store.open(path)


def _import_all(request: ScanRequest, opened: dict, store, progress: Progress | None, results: list[SourceResult],
                scorer: Scorer) -> None:
    """Import every source into `results` (and the store); each large archive's frame starts being scored in the
    background as soon as it is read, so that scoring fills the second core while the store is written."""
    # archives are read in source order; with a second core the next one is read while this one is stored, and
    # closing the reader (on Ctrl-C or an error too) stops that child at once instead of when it is collected
    archives = read_archives([(s, opened[s]) for s in request.sources if s in opened], progress, scorer)
    with closing(archives):
        for source in request.sources:
            if is_mastodon(source):
                result = sync_mastodon(source, store, request.live, progress)
            elif is_feed_url(source):
                state = store.get_state(f"feed:{source}") if store is not None else None
                result, new_state = read_feed(source, state, request.live)
            else:
                result = next(archives)
            if store is not None:
                # a feed's posts and the state that skips them next time, and a source's profile: all or nothing
                with store.transaction():
                    if result.frame is not None:
                        store.upsert(result.frame)
                    if is_feed_url(source) and result.frame is not None:
                        store.set_state(f"feed:{source}", new_state)
                    stored.keep(store, gather(result.logs).fields)
            results.append(result)


def profiles_of(results: list[SourceResult], store, profile) -> ProfileAudit:
    """This scan's profiles (with a store: the latest kept of every account read so far), scored."""
    table = gather([log for result in results for log in result.logs])
    read_now = frozenset(table.accounts())
    if store is not None:
        table = ProfileTable(stored.load(store), table.sources)
    return audit_profiles(table, profile, read_now)


def _with_decisions(audit: Audit, store, rules, profile) -> Audit:
    """Apply earlier decisions (reviewed posts, dismissed flags) and mark what is new since the previous audit."""
    from auditor.review import reaudit

    audit = reaudit.apply(audit, store, rules, profile)
    return reaudit.mark_changes(audit, reaudit.changes_since_last_scan(store))


def report_frame(results: list[SourceResult], store) -> pd.DataFrame:
    """Everything imported so far (from the store), or only this run's rows when there is no store."""
    if store is not None:
        # in stored order: build_audit sorts the posts stably by risk and time, which orders them as it would a
        # frame sorted by time (posts tied on both keep the stored order either way), and a copy is saved
        return store.frame(by_time=False)
    frames = [r.frame for r in results if r.frame is not None and len(r.frame)]
    if not frames:
        return empty_frame()
    if len(frames) == 1:
        return frames[0]
    # in the order read, as from the store (see above), joined without a copy; the same post read twice is kept as
    # read last (filtered only when there is one: a filter copies every column)
    merged = pd.concat(frames, ignore_index=True)
    repeated = merged["post_id"].duplicated(keep="last").to_numpy()
    return merged[~repeated].reset_index(drop=True) if repeated.any() else merged


def release(results: list[SourceResult], store) -> dict[str, int]:
    """Let go of the frames each source gave (and the store kept for `frame()`) once they are scored into the
    audit, so that writing the reports has their memory; returns how many posts each source gave."""
    counts = {r.source: (len(r.frame) if r.frame is not None else r.stored_live) for r in results}
    for result in results:
        result.stop_scoring()
        result.frame, result.scoring, result.origins = None, None, None
    if store is not None:
        store.forget_frames()
    memory.give_back()  # before the reports: what the frames held, and what reading and scoring freed
    # what is left (the audit: a million posts' lists and dicts) lives until the reports are written; set aside,
    # the collector no longer walks it (a full collection while the reports were made took 1.0 s at 1M posts)
    gc.freeze()
    return counts


def _in_range(frame: pd.DataFrame, since: date | None, until: date | None) -> tuple[pd.DataFrame, int]:
    """Keep posts within --since/--until (inclusive days, UTC); undated posts are outside any range."""
    if since is None and until is None:
        return frame, 0
    keep = pd.Series(True, index=frame.index)
    if since is not None:
        keep &= frame["created_at"] >= pd.Timestamp(datetime.combine(since, dtime.min), tz=UTC)
    if until is not None:
        keep &= frame["created_at"] <= pd.Timestamp(datetime.combine(until, dtime.max), tz=UTC)
    keep &= frame["created_at"].notna()
    return frame[keep].reset_index(drop=True), int((~keep).sum())


def _without_direct(frame: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The posts that are not direct messages, and how many were (an archive's, or stored by an earlier run)."""
    direct = (frame["visibility"] == "direct").to_numpy()
    if not direct.any():
        return frame, 0
    return frame[~direct].reset_index(drop=True), int(direct.sum())


def _write(audit: Audit, request: ScanRequest) -> list[Path]:
    from reports import render

    return render(audit, request.out, formats=request.formats, lang=request.lang)
