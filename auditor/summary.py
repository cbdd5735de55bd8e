"""The short summary a scan prints on the terminal: what was read, skipped and flagged, and where the report is."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from auditor.pipeline import ScanOutcome
from auditor.safe_text import for_terminal
from connectors.base import file_of, skip_count

MAX_REASONS = 8


def lines(outcome: ScanOutcome) -> list[str]:
    """The summary as lines of text."""
    audit = outcome.audit
    total = sum(c.posts for c in audit.coverage)
    out = _new_since(audit)
    out.append(f"Read {total:,} posts from {len(outcome.results)} source(s) in {outcome.seconds:.1f} s.")
    for cov in audit.coverage:
        kinds = ", ".join(f"{kind} {n:,}" for kind, n in sorted(cov.kinds.items(), key=lambda kv: -kv[1]))
        span = f"  {cov.first:%Y-%m-%d} → {cov.last:%Y-%m-%d}" if cov.first and cov.last else ""
        out.append(f"  {cov.platform:<10} {cov.posts:>9,}  ({kinds}){span}")
    if outcome.out_of_range:
        out.append(f"  {outcome.out_of_range:,} posts outside --since/--until (or undated) left out of the report.")
    if outcome.direct_left_out:
        out.append(f"  {outcome.direct_left_out:,} direct messages left out of the report (--exclude-direct).")
    out += _languages(audit)
    out += _accounting(audit)
    out += _skips(audit.skipped)
    out += _merges(audit)
    out += [f"Note: {note}" for note in audit.notes[:MAX_REASONS]]
    out += _profiles(audit)
    bands = audit.band_counts()
    out.append(f"Flagged: {bands['high']:,} high · {bands['medium']:,} medium · {bands['low']:,} low "
               f"(rules {audit.ruleset_version})")
    if audit.has_column("reviewed"):
        todo = audit.band_counts(exclude_reviewed=True)
        reviewed = int(audit.reviewed().sum())
        out.append(f"To review: {todo['high']:,} high · {todo['medium']:,} medium · {todo['low']:,} low "
                   f"({reviewed:,} already reviewed; `auditor review` to decide)")
    if audit.role_change is not None:
        change = audit.role_change
        high = sum(c.band_next == "high" for c in change.rises)
        out.append(f"In the role of {Path(change.profile_next.get('profile', 'the compared profile')).name}: "
                   f"{len(change.rises):,} posts would become riskier ({high:,} of them high), {len(change.drops):,} "
                   "less risky: see \"What a new role changes\" in the report.")
    out += [f"Written: {where(path)}" for path in outcome.written]
    return [for_terminal(line, newlines=False) for line in out]  # why: a name in an export may hold a line break


def _profiles(audit) -> list[str]:
    """What the profiles of the accounts say: how many were read, their flags, and the exports with none."""
    found = audit.profiles
    if found is None:
        return []
    accounts = found.table.accounts()
    counts = found.severity_counts()
    out = [f"Profiles: {len(accounts):,} account(s), {len(found.table.fields):,} field(s); {len(found.flags):,} "
           f"flag(s): {counts['high']:,} high · {counts['medium']:,} medium · {counts['low']:,} low"
           + (" (see \"Your profiles\" in the report)." if found.flags else ".")]
    for source in found.table.sources:
        if not source.has_data:
            unreadable = [lk for lk in source.looked if lk.state == "unreadable"]
            why = f" ({unreadable[0].where}: {unreadable[0].detail})" if unreadable else ""
            out.append(f"  No profile data in {source.source} ({source.platform}){why}.")
    return out


def where(path: str | os.PathLike) -> str:
    """A written file's path as a person can open it from any folder: absolute (scan and demo alike)."""
    return os.path.abspath(path)


def _new_since(audit) -> list[str]:
    """What changed since the previous audit leads the verdict (first audits have nothing to compare)."""
    if audit.previous_scan_at is None:
        return []
    new = audit.is_new()
    flagged = int((new & (audit.posts["band"] != "none")).sum())
    return [f"New or changed since your last audit ({audit.previous_scan_at:%Y-%m-%d}): {int(new.sum()):,} posts, "
            f"{flagged:,} of them flagged."]


def _languages(audit) -> list[str]:
    """Which languages the posts are in: those read by every rule, and those read only by language-neutral ones."""
    found = audit.languages()
    if not found["scored"] and not found["not_scored"]:
        return []
    scored = ", ".join(f"{lang} {n:,}" for lang, n in found["scored"].items())
    out = [f"Languages read by every rule: {scored or 'none'} (und: too short or unclear to tell, read as English "
           "and French)."]
    if found["not_scored"]:
        others = ", ".join(f"{lang} {n:,}" for lang, n in list(found["not_scored"].items())[:12])
        more = len(found["not_scored"]) - 12
        out.append(f"Not scored, no rules for their language (only numbers, accounts and links were checked): "
                   f"{sum(found['not_scored'].values()):,} posts: {others}" + (f" and {more} more" if more > 0 else "")
                   + ".")
    return out


def _accounting(audit) -> list[str]:
    """What the files of this scan held, per platform: records = imported + skipped + duplicates merged."""
    counted = [c for c in audit.coverage if c.records]
    if not counted:
        return []
    total = {name: sum(getattr(c, name) for c in counted) for name in ("records", "imported", "skipped", "merged")}
    out = [f"The files read hold {total['records']:,} records = {_adding_up(total)}."]
    out += [f"  {c.platform:<10} {c.records:>9,} records = {_adding_up(vars(c))}" for c in counted]
    return out


def _adding_up(count: dict) -> str:
    return f"{count['imported']:,} imported + {count['skipped']:,} skipped + {count['merged']:,} duplicates merged"


def _merges(audit) -> list[str]:
    """The files where duplicates were merged, with the first of each (the record kept is the one read last)."""
    files = [f for f in audit.files if f.merged]
    if not files:
        return []
    first: dict[str, object] = {}
    for merge in audit.merged:
        first.setdefault(file_of(merge.where), merge)
    out = [f"Merged {sum(f.merged for f in files):,} duplicates (a post read again; the one read last is kept):"]
    for count in sorted(files, key=lambda f: -f.merged)[:MAX_REASONS]:
        example = first.get(file_of(count.where))
        shown = f" (first: {example.where} into {example.into})" if example else ""
        out.append(f"  {count.merged:>6,} × {file_of(count.where)}{shown}")
    if len(files) > MAX_REASONS:
        out.append(f"  … and {len(files) - MAX_REASONS} more files (all counted in the JSON report).")
    return out


def _skips(skipped) -> list[str]:
    if not skipped:
        return ["Skipped: nothing."]
    by_reason: Counter = Counter()
    for s in skipped:
        by_reason[_file_of(s.where), s.reason] += s.count
    out = [f"Skipped {skip_count(skipped):,} entries:"]
    for (where, reason), n in by_reason.most_common(MAX_REASONS):
        out.append(f"  {n:>6,} × {reason}  [{where}]")
    if len(by_reason) > MAX_REASONS:
        out.append(f"  … and {len(by_reason) - MAX_REASONS} more reasons (all listed in the report).")
    return out


def _file_of(where: str) -> str:
    """`tweets.js#812` → `tweets.js`, so identical reasons in one file are counted together."""
    return where.split("#", 1)[0]
