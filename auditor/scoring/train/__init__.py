"""Scripts that build the model files shipped under `auditor/scoring/models/` (run by developers, never by a scan)."""
