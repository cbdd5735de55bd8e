"""From decisions to action: the posts marked delete or edit, with platform, date, link and how to do it there.

The how-to texts are data (`actions_howto.toml`), one table per platform, so they are fixed without touching code.
"""

from __future__ import annotations

import csv
import io
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from auditor.decisions import ACTIONS, overall

COLUMNS = ("action", "platform", "created_at", "url", "how", "rules", "note", "post_id", "text")
_PREVIEW = 140

# a post is listed once, under the decision among its flags that calls for the most (delete over edit)
_QUERY = """
SELECT d.post_id, d.rule_id, d.decision, d.note, p.platform, p.created_at, p.url, p.text, p.account
FROM decisions AS d JOIN posts AS p ON p.post_id = d.post_id
WHERE d.post_id NOT IN (SELECT post_id FROM removed_posts WHERE deleted_at IS NOT NULL)
ORDER BY p.created_at, d.post_id, d.rule_id
"""


@dataclass(frozen=True)
class Action:
    """One post to delete or edit, and how."""

    action: str
    post_id: str
    platform: str
    account: str
    created_at: str
    url: str
    text: str
    rules: tuple[str, ...]
    note: str
    how: str


@cache
def howto() -> dict[str, dict[str, str]]:
    """platform → {"delete": text, "edit": text}, with a "default" entry for platforms not listed."""
    text = resources.files("auditor").joinpath("actions_howto.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def how(platform: str, action: str) -> str:
    """How to carry out `action` ("delete" or "edit") on `platform`."""
    table = howto()
    return table.get(platform, table["default"])[action]


def planned(store) -> list[Action]:
    """Every post whose decisions call for a delete or an edit and that has not been deleted by us, oldest first."""
    by_post: dict[str, list[tuple]] = {}
    for row in store.connection.execute(_QUERY):
        by_post.setdefault(row[0], []).append(row)
    out = []
    for post_id, rows in by_post.items():
        action = overall(r[2] for r in rows)
        if action not in ACTIONS:
            continue
        first = rows[0]
        notes = "; ".join(dict.fromkeys(r[3] for r in rows if r[3]))
        out.append(Action(action, post_id, first[4], first[8] or "", (first[5] or "")[:10], first[6] or "",
                          first[7] or "", tuple(r[1] for r in rows if r[2] == action), notes, how(first[4], action)))
    return out


def to_csv(actions: list[Action]) -> str:
    """The actions as CSV (one row per post, a header first)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for a in actions:
        writer.writerow([a.action, a.platform, a.created_at, a.url, a.how, " ".join(a.rules), a.note, a.post_id,
                         a.text])
    return buffer.getvalue()


def to_markdown(actions: list[Action]) -> str:
    """The actions as a Markdown checklist, grouped by platform, with each platform's how-to once."""
    if not actions:
        return "Nothing to do: no post is marked delete or edit.\n"
    lines = [f"# To do: {len(actions)} post(s)", ""]
    for platform in sorted({a.platform for a in actions}):
        lines += [f"## {platform}", ""]
        for action in ACTIONS:
            group = [a for a in actions if a.platform == platform and a.action == action]
            if group:
                lines += [f"**{action.capitalize()}** ({len(group)}): {how(platform, action)}", ""]
                lines += [_md_item(a) for a in group] + [""]
    return "\n".join(lines)


def _md_item(action: Action) -> str:
    text = " ".join(action.text.split())
    preview = text if len(text) <= _PREVIEW else text[:_PREVIEW] + "…"
    when = action.created_at or "undated"
    link = f"[{when}]({_md_url(action.url)})" if action.url else when
    note = f" — note: {_md_escape(action.note)}" if action.note else ""
    return f"- [ ] {link} {_md_escape(preview)} ({', '.join(action.rules)}){note}"


def _md_url(url: str) -> str:
    """A link target that cannot end the Markdown link early: spaces and brackets percent-encoded."""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def _md_escape(text: str) -> str:
    """Post text is hostile input: keep it from turning into links, images or HTML in a Markdown viewer."""
    return "".join("\\" + c if c in "\\`*_[]<>()#!|" else c for c in text)
