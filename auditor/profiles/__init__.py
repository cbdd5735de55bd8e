"""Who an account appears to be: the profile fields exports hold, scored by rules of their own.

`table` gathers the canonical profile table (platform, account, field, value, when) from the imports; `rules`
loads the profile rules; `score` raises profile flags; `ProfileAudit` is what every report renders.
"""
