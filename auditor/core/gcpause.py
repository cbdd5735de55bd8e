"""Pause Python's cyclic garbage collector around a batch that allocates millions of short-lived, acyclic objects.

Reading an archive, storing it, scoring and report writing make dicts, lists and tuples per post and per flag;
with a million-post frame alive, every full collection walks all of it again (about 15% of scoring time at 100k
posts, more at 1M). Reference counting still frees everything these batches drop; the collector runs again as soon
as the batch ends. Measured 2026-12-06 (benchmarks/pipeline.py, 100,000 posts, medians of three runs on a busy
2-core machine): 27.1 CPU s with the pauses, 30.0 s without them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block; the collector's earlier state is restored after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
