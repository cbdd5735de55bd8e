"""The decisions file: what the HTML report downloads and `auditor review import FILE` records in the store.

Format (JSON, UTF-8), version 1 — the report's JavaScript writes exactly this:

    {
      "format": "auditor-decisions",
      "version": 1,
      "report": "<rule-set version the report was made under>",
      "decisions": [
        {"flag_id": "<post_id>/<rule_id>", "post_id": "<post_id>", "rule_id": "<rule_id>",
         "decision": "keep" | "delete" | "edit" | "not_a_problem",
         "note": "<free text, may be empty>", "decided_at": "<ISO 8601 time, e.g. 2024-05-01T12:00:00Z>"}
      ]
    }

`flag_id` must equal `post_id + "/" + rule_id`. A later format bumps `version` and adds a step to `UPGRADES`
that turns a version-n document into version n+1, so files downloaded from older reports keep importing; a file
from a newer auditor is refused with a clear message rather than half-read.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from auditor.review.decisions import (
    Decision,
    DecisionError,
    digests_of,
    flag_id,
    parse_time,
    record,
    remember_digests,
    rule_digests,
)
from auditor.scoring.model import RuleSet

FORMAT = "auditor-decisions"
VERSION = 1
MAX_BYTES = 50_000_000  # far beyond any real history; refuses a wrong file before reading it whole

#: version n → a function turning a version-n document into version n+1
UPGRADES: dict[int, Callable[[dict], dict]] = {}


def dumps(decisions: list[Decision], ruleset_version: str) -> str:
    """The decisions file's text for these decisions."""
    entries = [{"flag_id": d.flag_id, "post_id": d.post_id, "rule_id": d.rule_id, "decision": d.decision,
                "note": d.note, "decided_at": d.decided_at.astimezone(UTC).isoformat().replace("+00:00", "Z")}
               for d in decisions]
    document = {"format": FORMAT, "version": VERSION, "report": ruleset_version, "decisions": entries}
    return json.dumps(document, ensure_ascii=False, indent=1)


def read(path: Path, upgrades: dict[int, Callable[[dict], dict]] = UPGRADES) -> tuple[str, list[Decision]]:
    """(rule-set version of the report, decisions) from a decisions file, upgraded to the current version."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise DecisionError(f"{path}: too large for a decisions file")
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionError(f"{path}: cannot read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise DecisionError(f"{path}: not a decisions file (invalid JSON: {exc})") from None
    except RecursionError:  # why: the report never nests deeper than three levels; a 20,000-deep file is not ours
        raise DecisionError(f"{path}: not a decisions file (JSON nested too deeply)") from None
    except ValueError:  # why: Python refuses to convert integers of over 4,300 digits (a denial-of-service guard)
        raise DecisionError(f"{path}: not a decisions file (it holds a number thousands of digits long)") from None
    return parse(document, str(path), upgrades)


def parse(document: object, where: str, upgrades: dict[int, Callable[[dict], dict]] = UPGRADES,
          ) -> tuple[str, list[Decision]]:
    """(rule-set version, decisions) of a parsed decisions document."""
    document = upgrade(document, where, upgrades)
    entries = document.get("decisions")
    if not isinstance(entries, list):
        raise DecisionError(f"{where}: 'decisions' must be a list")
    report = document.get("report")
    if not isinstance(report, str):
        raise DecisionError(f"{where}: 'report' (the rule-set version) must be a string")
    return report, [_entry(entry, f"{where}: decisions[{i}]", report) for i, entry in enumerate(entries)]


def upgrade(document: object, where: str, upgrades: dict[int, Callable[[dict], dict]] = UPGRADES) -> dict:
    """The document brought up to `VERSION` through each upgrade step; newer or unknown versions are refused."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DecisionError(f"{where}: not a decisions file (no \"format\": \"{FORMAT}\")")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DecisionError(f"{where}: 'version' must be a whole number from 1")
    if version > VERSION:
        raise DecisionError(f"{where}: written by a newer auditor (decisions format v{version}, this one "
                            f"reads up to v{VERSION}); upgrade auditor")
    while version < VERSION:
        if version not in upgrades:
            raise DecisionError(f"{where}: decisions format v{version} can no longer be read")
        document = upgrades[version](dict(document))
        version = document["version"] = version + 1
    return document


def _entry(entry: object, where: str, report: str) -> Decision:
    if not isinstance(entry, dict):
        raise DecisionError(f"{where}: must be an object")
    texts = {key: entry.get(key) for key in ("post_id", "rule_id", "decision", "flag_id")}
    missing = [key for key, value in texts.items() if not isinstance(value, str) or not value]
    if missing:
        raise DecisionError(f"{where}: {', '.join(missing)} missing or not text")
    if texts["flag_id"] != flag_id(texts["post_id"], texts["rule_id"]):
        raise DecisionError(f"{where}: flag_id {texts['flag_id']!r} is not post_id/rule_id")
    note = entry.get("note") or ""
    if not isinstance(note, str):
        raise DecisionError(f"{where}: note must be text")
    decided_at = parse_time(entry.get("decided_at"), where)
    # the newest decision wins in the store, so a time far in the future would pin this one for good
    if decided_at > datetime.now(UTC) + timedelta(days=1):
        raise DecisionError(f"{where}: decided_at {entry['decided_at']!r} is in the future")
    try:
        return Decision(texts["post_id"], texts["rule_id"], texts["decision"], note.strip(), decided_at, report)
    except DecisionError as exc:
        raise DecisionError(f"{where}: {exc}") from None


@dataclass(frozen=True)
class Imported:
    """What an import did: decisions read, recorded (newer than what the store had), and made under unknown rules."""

    read: int
    recorded: int
    unplaced: int


def record_file(store, path: Path, rules: RuleSet) -> Imported:
    """Record a decisions file in the store, each decision tied to its rule's digest under the report's version."""
    report, found = read(path)
    remember_digests(store, rules.version, rule_digests(rules.rules))
    digests = digests_of(store, report)
    # a report made under rules this store never saw cannot be placed: its decisions will be asked again
    placed = [dataclasses.replace(d, rule_digest=digests.get(d.rule_id)) for d in found]
    recorded = record(store, placed)
    return Imported(len(found), recorded, sum(1 for d in placed if d.rule_digest is None))
