"""The local store: SQLite tables of posts, scans, decisions and states, and how frames are written to them."""
