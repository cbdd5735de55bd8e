"""auditor: a personal social-media history auditor that runs locally."""

__version__ = "0.1.0"
