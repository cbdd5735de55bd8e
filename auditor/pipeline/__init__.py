"""Reading sources into frames: which reader a path or address needs, importing, and building the audit."""
