"""A small Mastodon account archive written on the fly, and audits of it, for the decision and action tests."""

from __future__ import annotations

import json
from pathlib import Path

HOST = "mastodon.example"
USER = "me"

#: status id → text; three flagged posts (partisan, confidential + personal info, profanity) and one clean one
POSTS = {
    "101": "Vote Conservative! Donate to the Liberal Party campaign today https://www.liberal.ca/donate",
    "102": "This document is PROTECTED B, do not share. Call me at 613-555-0199",
    "103": "What a shitty day",
    "104": "Lovely weather for a walk",
}


def uri(status_id: str) -> str:
    """The ActivityPub id of one of our statuses (what the archive's post ids are built from)."""
    return f"https://{HOST}/users/{USER}/statuses/{status_id}"


def post_id(status_id: str) -> str:
    """The canonical post id the Mastodon archive connector gives a status."""
    return f"mastodon:{uri(status_id)}"


def _create(status_id: str, text: str, day: int) -> dict:
    published = f"2024-03-{day:02d}T03:00:00Z"
    public = ["https://www.w3.org/ns/activitystreams#Public"]
    note = {"id": uri(status_id), "type": "Note", "published": published, "content": f"<p>{text}</p>",
            "url": f"https://{HOST}/@{USER}/{status_id}", "to": public, "cc": []}
    return {"id": f"{uri(status_id)}/activity", "type": "Create", "published": published, "to": public,
            "cc": [], "object": note}


def write_archive(folder: Path, posts: dict[str, str] = POSTS) -> Path:
    """Write `outbox.json` and `actor.json` for `posts` (status id → text) into `folder`; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    items = [_create(sid, text, 1 + i) for i, (sid, text) in enumerate(posts.items())]
    outbox = {"id": "outbox.json", "type": "OrderedCollection", "totalItems": len(items), "orderedItems": items}
    (folder / "outbox.json").write_text(json.dumps(outbox), encoding="utf-8")
    actor = {"type": "Person", "preferredUsername": USER, "url": f"https://{HOST}/@{USER}"}
    (folder / "actor.json").write_text(json.dumps(actor), encoding="utf-8")
    return folder


def audit_of(folder: Path):
    """Score an archive folder without a store: the `Audit` a scan would report."""
    from auditor.core.profile import Profile
    from auditor.pipeline.build import build_audit
    from auditor.pipeline.imports import open_all, read_archive
    from auditor.scoring import load_rules

    source = str(folder)
    result = read_archive(source, open_all([source])[source], None)
    return build_audit(result.frame, [result], load_rules(), Profile(), [source])


def scan_into(store, folder: Path) -> int:
    """Import an archive folder into the store and record the scan, as `auditor scan` does; returns the scan id."""
    from auditor.pipeline.imports import open_all, read_archive
    from auditor.scoring import load_rules

    source = str(folder)
    result = read_archive(source, open_all([source])[source], None)
    store.upsert(result.frame)
    return store.record_scan([source], load_rules().version, {source: len(result.frame)})


#: a rule file of the person's own, as `--rules` takes it: it flags the recorded Mastodon account's "Toot" statuses
OWN_RULES = """category = "conduct"
guidance_url = "https://www.canada.ca/en/treasury-board-secretariat/services/values-ethics/code.html"
guidance_title = "Values and Ethics Code for the Public Sector"
[[rule]]
id = "MINE-001"
title = "Says toot"
severity = "medium"
confidence = 0.9
reason = "A word the person asked to find"
terms = ["toot"]
"""


def decide(store, picks: list[tuple[str, str, str, str]], extra_rules=(), profile=None) -> None:
    """Record (post_id, rule_id, decision, note) as the report or `auditor review` would: now, under the current
    definition of each rule (the built-in ones, `extra_rules` files and the profile's)."""
    from auditor.core.profile import Profile
    from auditor.review import decisions
    from auditor.scoring import load_rules
    from auditor.scoring.derived import profile_rules

    person = profile or Profile()
    rules = load_rules(extra=extra_rules, packs=person.packs)
    digests = decisions.rule_digests([*rules.rules, *profile_rules(person)])
    decisions.record(store, [decisions.Decision(p, r, d, n, ruleset_version=rules.version, rule_digest=digests[r])
                             for p, r, d, n in picks])
