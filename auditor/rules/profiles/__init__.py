"""Profile rules (profiles.toml): read by auditor.profiles.rules, apart from the post rules."""
