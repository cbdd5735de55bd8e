"""Forked children that end with their parent.

After `kill -9` or the kernel's out-of-memory killer takes the parent, nothing else tells a forked child: one blocked
sending its result down a pipe would wait forever, holding the store open and its memory. Every child the tool forks
(readers, scoring and CSV workers, the feed parser's sandbox) asks the kernel to end it with its parent.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def dies_with_parent(target: Callable[..., None]) -> Callable[..., None]:
    """`target`, to run in a forked child that ends as soon as this process does."""
    parent = os.getpid()

    def run(*args: object, **kwargs: object) -> None:
        die_with(parent)
        target(*args, **kwargs)

    return run


def die_with(parent: int) -> None:
    """In a forked child of `parent`: end when it ends (at once if it already has)."""
    if sys.platform.startswith("linux"):
        # why: the kernel sends SIGKILL when the thread that forked us ends; every fork here is from the main thread
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    else:  # elsewhere, a watcher notices that we were handed to another parent
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
