"""Hypothesis settings for the property suite: fast enough for every `make test`, reproducible under CI.

Every property test decorates itself with `PROPERTY` (imported from here) rather than loading a global profile,
so the settings of other test modules that use hypothesis (tests/test_store.py) are left as they are.
`AUDITOR_PROPERTY_EXAMPLES=500` runs a deeper search locally without editing anything.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: examples per property test: the whole suite stays under ~60 s on a 2-core machine
EXAMPLES = int(os.environ.get("AUDITOR_PROPERTY_EXAMPLES", "40"))

settings.register_profile(
    "auditor-property",
    max_examples=EXAMPLES,
    deadline=None,  # one example builds a zip, sniffs, parses and builds a frame: timings vary with machine load
    # too_slow: recursive JSON/XML strategies plus zip building legitimately take a while to generate;
    # data_too_large: a few strategies (whole exports of weird records) can exceed the buffer and are simply retried;
    # both are about generation cost, not about the properties tested
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,  # a failure prints the @reproduce_failure blob, so it can be replayed exactly
)
# CI must be reproducible: the same examples every run, and no example database carried between runs
settings.register_profile(
    "auditor-property-ci", parent=settings.get_profile("auditor-property"), derandomize=True, database=None
)

PROPERTY = settings.get_profile("auditor-property-ci" if os.environ.get("CI") == "true" else "auditor-property")
