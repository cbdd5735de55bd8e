"""Audits for the reading-order tests (issue 18): likes and reposts, a word only in a reason, categories of every
severity, enough posts to fill a screen."""

from __future__ import annotations

from datetime import UTC, datetime

from auditor.core.audit import Audit
from tests.reports import factory


def endorsements() -> Audit:
    """A post of one's own, an X like (no author in like.js), an X retweet, a Mastodon boost and an own repost."""
    posts = [
        factory.post("mastodon:own", "Vote for the Party on Monday", 80, "high", ["partisan"]),
        factory.post("twitter:like:9", "Vote Liberal this October #VoteLiberal", 70, "high", ["partisan"],
                     platform="twitter", kind="like", account="EliseOTT", created_at=None,
                     url="https://twitter.com/i/web/status/9", quoted="https://twitter.com/i/web/status/9"),
        factory.post("twitter:rt:8", "RT @CPC_HQ: Vote Conservative on September 20th", 65, "medium", ["partisan"],
                     platform="twitter", kind="repost", account="EliseOTT"),
        factory.post("mastodon:boost:7", "Vote for the Greens", 50, "medium", ["partisan"], kind="repost",
                     quoted="https://green.example/users/greenparty/statuses/7"),
        factory.post("mastodon:boost:6", "Vote for me, your candidate", 45, "medium", ["partisan"], kind="repost",
                     account="me@example.social", quoted="https://example.social/users/me/statuses/6"),
    ]
    flags = [factory.flag(p["post_id"], "PART-001", "partisan", [(0, 4, p["text"][:4])], score=p["risk"])
             for p in posts]
    flags[2]["evidence"] = [{"field": "text", "start": 12, "end": 16, "text": "Vote"}]
    return factory.audit(posts, flags)


def minister() -> Audit:
    """Two posts whose reasons name a minister; only one says the word itself."""
    posts = [
        factory.post("mastodon:m1", "The minister was wrong again today.", 60, "medium", ["policy"]),
        factory.post("mastodon:m2", "Budget day: taxes up, services down.", 55, "medium", ["policy"]),
        factory.post("mastodon:m3", "Lovely weather for a walk.", 20, "low", ["controversial"], title="Sunday stroll",
                     media_alt="A dog on a leash"),
    ]
    flags = [factory.flag(p["post_id"], "POL-001", p["categories"][0], [(0, 3, p["text"][:3])], score=p["risk"],
                          explanation="POL-001 opinions on a minister's or the government's policy.")
             for p in posts[:2]]
    flags.append(factory.flag("mastodon:m3", "CONT-001", "controversial", [(0, 6, "Lovely")], score=20))
    return factory.audit(posts, flags)


def severities() -> Audit:
    """Many vulgar posts, a few hateful and partisan ones: the chart must still lead with the most serious."""
    posts, flags = [], []
    spec = [("profanity", 9, 30, "low"), ("controversial", 6, 25, "low"), ("respect", 2, 85, "high"),
            ("partisan", 3, 75, "high"), ("employer", 4, 50, "medium")]
    for category, count, risk, band in spec:
        for i in range(count):
            post_id = f"mastodon:{category}:{i}"
            posts.append(factory.post(post_id, f"Words about {category} number {i}", risk - i, band, [category]))
            flags.append(factory.flag(post_id, f"{category.upper()}-001", category, [(0, 5, "Words")],
                                      score=risk - i))
    return factory.audit(posts, flags)


def crowded(n: int = 40) -> Audit:
    """A re-audit of `n` flagged posts over several platforms, years and categories: the fullest top of the page
    (what is new, six totals, the review filters) above the first post."""
    platforms = ("mastodon", "twitter", "facebook", "linkedin")
    categories = ("partisan", "respect", "confidential", "employer", "profanity", "policy")
    posts, flags, marks = [], [], {}
    for i in range(n):
        post_id = f"p:{i}"
        category = categories[i % len(categories)]
        band = "high" if i < 5 else "medium" if i < 20 else "low"
        posts.append(factory.post(post_id, f"Post number {i}, " + "a few words of the post " * 6, 95 - 2 * i, band,
                                  [category], platform=platforms[i % len(platforms)],
                                  created_at=f"{2012 + i % 12}-05-0{1 + i % 9}T10:00:00Z"))
        flags.append(factory.flag(post_id, "X-001", category, [(0, 4, "Post")], score=90 - 2 * i))
        marks[post_id] = {"reviewed": i in (0, 3), "decision": "keep" if i in (0, 3) else None, "is_new": i % 3 == 0}
    base = factory.audit(posts, flags, notes=["An import note."])
    return factory.with_decisions(base, marks, previous_scan_at=datetime(2026, 10, 1, tzinfo=UTC))
