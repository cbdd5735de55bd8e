"""Scoring: rules as data, matched against the post frame, giving flags with evidence and a risk per post."""

from auditor.scoring.engine import Scores, bands
from auditor.scoring.model import CATEGORIES, Rule, RuleSet
from auditor.scoring.reuse import score
from auditor.scoring.rules import load_rules, parse_rule_file

__all__ = ["CATEGORIES", "Rule", "RuleSet", "Scores", "bands", "load_rules", "parse_rule_file", "score"]
