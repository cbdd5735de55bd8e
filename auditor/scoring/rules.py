"""Rule files (TOML + plain-text lexicons) loaded from the package and validated: errors name file, rule and field."""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from auditor.core.errors import RuleError
from auditor.scoring.model import Rule, RuleSet
from auditor.scoring.validate import build_rules


def load_rules(extra: Iterable[Path] = (), packs: Iterable[str] = ()) -> RuleSet:
    """Load the built-in rules (and packs), plus user rule files given in `extra`; validate them all."""
    root = resources.files("auditor.rules")
    texts = [(f"auditor/rules/{e.name}", e.read_text(encoding="utf-8"), True)
             for e in sorted(root.iterdir(), key=lambda e: e.name) if e.name.endswith(".toml")]
    texts += [(str(p), _read_user_file(Path(p)), False) for p in extra]
    digest = hashlib.sha256()
    rules: list[Rule] = []
    for name, text, builtin in texts:
        digest.update(name.encode() + b"\0" + text.encode())
        rules.extend(parse_rule_file(name, text, builtin=builtin))
    lexicons = root / "lexicons"  # a lexicon edit changes results as surely as a rule edit: it changes the version
    for entry in sorted(lexicons.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    available = frozenset(r.pack for r in rules if r.pack)
    unknown = set(packs) - available
    if unknown:
        have = ", ".join(sorted(available))
        raise RuleError(f"unknown jurisdiction pack(s): {', '.join(sorted(unknown))} (have {have})")
    _check_unique(rules)
    return RuleSet(rules, digest.hexdigest()[:10], frozenset(packs), available)


def _read_user_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file ({exc})") from None


def _check_unique(rules: list[Rule]) -> None:
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"{rule.source}: rule {rule.id}: field id: duplicate (also in {seen[rule.id]})")
        seen[rule.id] = rule.source


def parse_rule_file(name: str, text: str, *, builtin: bool = False) -> list[Rule]:
    """Parse and validate one rule file's text; `name` is used in error messages. A built-in file (`builtin`) must
    give every rule's French too; a person's own may omit it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{name}: not valid TOML ({exc})") from None
    return build_rules(name, data, require_french=builtin)
