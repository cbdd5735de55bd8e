"""Audits built directly for the report tests: a canonical frame plus the scoring columns and a flags frame."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pandas as pd

from auditor.core.audit import Audit, Coverage
from auditor.core.frame import to_frame
from auditor.core.records import Skip

FLAG_COLUMNS = ("flag_id", "post_id", "rule_id", "category", "severity", "confidence", "score", "evidence",
                "adjustments", "explanation", "guidance_url", "guidance_title")
GUIDANCE = "https://www.canada.ca/en/treasury-board-secretariat/services/values-ethics/code/social-media.html"


def post(post_id: str, text: str, risk: int, band: str, categories: list[str], **fields: object) -> dict:
    """One post row: canonical fields (with defaults) plus its scoring columns."""
    row = {"post_id": post_id, "platform": "mastodon", "account": "@me@example.social", "kind": "post",
           "created_at": "2021-03-04T12:00:00Z", "text": text, "visibility": "public", "likes": 3,
           "risk": risk, "band": band, "categories": categories, "factors": []}
    row.update(fields)
    return row


def flag(post_id: str, rule_id: str, category: str, spans: list[tuple[int, int, str]], score: int = 50,
         field: str = "text", **extra: object) -> dict:
    """One flag row with evidence spans (start, end, quoted text) in `field`."""
    row = {"flag_id": f"{post_id}/{rule_id}", "post_id": post_id, "rule_id": rule_id, "category": category,
           "severity": "high", "confidence": "medium", "score": score,
           "evidence": [{"field": field, "start": s, "end": e, "text": t} for s, e, t in spans],
           "adjustments": [], "explanation": f"The post matches {rule_id}.", "guidance_url": GUIDANCE,
           "guidance_title": "Guidance on personal use of social media"}
    row.update(extra)
    return row


def audit(posts: list[dict], flags: list[dict], skipped: list[Skip] | None = None, **extra: object) -> Audit:
    """An Audit as the scoring would hand it over: posts sorted by risk, coverage computed from the frame."""
    scoring = {p["post_id"]: {k: p[k] for k in ("risk", "band", "categories", "factors")} for p in posts}
    frame = to_frame(posts)
    for column in ("risk", "band", "categories", "factors"):
        frame[column] = [scoring[pid][column] for pid in frame["post_id"]]
    frame["risk"] = frame["risk"].astype(int)
    frame = frame.sort_values("risk", ascending=False, kind="stable").reset_index(drop=True)
    flag_frame = pd.DataFrame(flags, columns=list(FLAG_COLUMNS))
    skipped = list(skipped or [])
    coverage = []
    for platform, group in frame.groupby("platform", observed=True):
        coverage.append(Coverage(
            platform=str(platform), posts=len(group), kinds={str(k): int(v) for k, v in
                                                             group["kind"].value_counts().items() if v},
            first=group["created_at"].min().to_pydatetime(), last=group["created_at"].max().to_pydatetime(),
            skipped=sum(1 for s in skipped if s.platform == platform)))
    defaults = {"ruleset_version": "2026.11-test", "generated_at": datetime(2026, 11, 22, 9, 30, tzinfo=UTC),
                "sources": ["samples/mastodon/archive.zip"]}
    defaults.update(extra)
    return Audit(posts=frame, flags=flag_frame, coverage=coverage, skipped=skipped, **defaults)


def sample() -> Audit:
    """A small mixed audit: three bands, two platforms, French text, a skip, an unflagged post."""
    text1 = "Vote for the Party! #Campaign2021 donate now"
    text2 = "My boss at the department is useless, internal only memo attached"
    text3 = "Quelle bande d'idiots au ministère, sérieusement."
    posts = [
        post("mastodon:1", text1, 88, "high", ["partisan"], url="https://example.social/@me/1",
             factors=[{"factor": "public_facing", "delta": 10, "reason": "You are a spokesperson."}]),
        post("twitter:2", text2, 61, "medium", ["employer", "confidential"], platform="twitter", kind="reply",
             created_at="2019-06-01T08:00:00Z", likes=None, url="javascript:alert(1)"),
        post("facebook:3", text3, 22, "low", ["profanity"], platform="facebook", created_at="2016-01-15T20:00:00Z",
             language="fr", title="Un titre"),
        post("mastodon:4", "A quiet walk in the park.", 0, "none", [], created_at="2022-05-05T10:00:00Z"),
    ]
    flags = [
        flag("mastodon:1", "PART-001", "partisan", [(0, 18, "Vote for the Party"), (20, 33, "#Campaign2021")],
             score=80),
        flag("twitter:2", "EMPL-002", "employer", [(0, 7, "My boss")], score=45,
             adjustments=[{"factor": "reply", "delta": -5, "reason": "A reply reaches fewer people."}]),
        flag("twitter:2", "CONF-001", "confidential", [(38, 51, "internal only")], score=55),
        flag("facebook:3", "PROF-001", "profanity", [(17, 23, "idiots")], score=20),
    ]
    skipped = [Skip("tweets.js#12", "not valid JSON", "twitter"), Skip("tweets.js#40", "not valid JSON", "twitter"),
               Skip("posts/your_posts_2.json", "empty file", "facebook")]
    return audit(posts, flags, skipped, notes=["Bluesky export had no posts."])


HOSTILE_TEXT = ('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> '
                '"><svg onload=window.__pwned=3> {{ 7*7 }} Transfer \u202Egnp.exe\u202C now\x07 \u2066hidden\u2069')


def hostile() -> Audit:
    """Post texts, links, reasons and skips written to break out of the page: none of it may run or link."""
    text = HOSTILE_TEXT
    start = text.index("Transfer")
    posts = [
        post("mastodon:h1", text, 90, "high", ["respect"], url="javascript:window.__pwned=4",
             account="<b onmouseover=window.__pwned=5>me</b>", title="</title><script>window.__pwned=6</script>",
             factors=[{"factor": "<i>x</i>", "delta": 5, "reason": "<script>window.__pwned=7</script>"}]),
        post("mastodon:h2", "Plain words <style>body{display:none}</style>", 40, "medium",
             ['x" onclick="window.__pwned=8'], url="data:text/html,<script>window.__pwned=9</script>"),
    ]
    flags = [
        flag("mastodon:h1", "RESP-001", "respect", [(0, 33, text[:33]), (start, start + 8, "Transfer")],
             explanation='<a href="javascript:window.__pwned=10">click</a>',
             guidance_url="javascript:window.__pwned=11", guidance_title="<script>window.__pwned=12</script>"),
        flag("mastodon:h2", "X-001", 'x" onclick="window.__pwned=8', [(0, 5, "Plain")],
             guidance_url="  https://example.org/ok  "),
    ]
    skipped = [Skip("<img src=x onerror=window.__pwned=13>", "<script>window.__pwned=14</script>", "mastodon")]
    return audit(posts, flags, skipped, notes=["<script>window.__pwned=15</script>"])


DECISION_COLUMNS = {"decision": None, "decision_note": None, "reviewed": False, "ask_again": False, "is_new": False}


def with_decisions(base: Audit, marks: dict[str, dict], **extra: object) -> Audit:
    """`base` with the re-audit's optional post columns (`decision`, `reviewed`, `is_new`…) set per post id."""
    posts = base.posts.copy()
    for column, default in DECISION_COLUMNS.items():
        cells = [marks.get(pid, {}).get(column, default) for pid in posts["post_id"]]
        posts[column] = pd.Series(cells, index=posts.index, dtype=bool if isinstance(default, bool) else object)
    return dataclasses.replace(base, posts=posts, **extra)


def reviewed() -> Audit:
    """The sample re-audited: p1 kept (with a note), p2 new, p3 asked again (its rule changed), p4 new."""
    marks = {
        "mastodon:1": {"decision": "keep", "decision_note": "Volunteer work <before> I joined.", "reviewed": True},
        "twitter:2": {"is_new": True},
        "facebook:3": {"decision": "delete", "ask_again": True},
        "mastodon:4": {"is_new": True},
    }
    return with_decisions(sample(), marks, previous_scan_at=datetime(2026, 10, 1, 8, 0, tzinfo=UTC), new_posts=2)
