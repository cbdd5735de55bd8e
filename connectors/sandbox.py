"""Run a parser we do not drive in a forked child under an address-space ceiling and a deadline.

feedparser expands what a document asks it to (a base URI joined onto every relative link, entities in its
fallback parser): a 287 KB feed gave 600 MB of text. Checks of the input catch the known ways; this bounds the
unknown ones, so that no document can take the machine's memory or hang the run. The child inherits what it needs
(fork, nothing pickled on the way in) and sends back only its result; it costs a few milliseconds per document.
"""

from __future__ import annotations

import os
import resource
import signal
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection, Pipe
from typing import TypeVar

from auditor.core.errors import SourceError
from auditor.core.forked import die_with

T = TypeVar("T")
MEMORY = 512 * 1024 ** 2  # bytes of address space the child may add to what it inherits
SECONDS = 120.0


def run(task: Callable[[], T], where: str, *, memory: int = MEMORY, seconds: float = SECONDS) -> T:
    """`task()` in a forked child; its SourceError is raised here, and so is one naming `where` when the child
    needs more than `memory` bytes or `seconds`. Without fork (Windows) it runs here, unbounded."""
    if not hasattr(os, "fork"):
        return task()
    receive, send = Pipe(duplex=False)
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        die_with(parent)
        receive.close()
        _child(task, send, memory)
    send.close()
    try:
        outcome = receive.recv() if receive.poll(seconds) else ("slow",)
    except EOFError:  # the child died without a word (killed: the ceiling reached in C code)
        outcome = ("memory",)
    finally:
        receive.close()
        _end(pid)
    return _result(outcome, where, memory, seconds)


def _child(task: Callable[[], object], send: Connection, memory: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it ends this child
    try:
        _limit(memory)
        outcome: tuple = ("ok", task())
    except SourceError as exc:  # why parts: a SourceError (two arguments) does not survive pickling
        outcome = ("refused", exc.source, exc.problem)
    except MemoryError:
        outcome = ("memory",)
    except BaseException:  # a bug: the parent raises it with this traceback
        outcome = ("bug", traceback.format_exc())
    try:
        send.send(outcome)
    except MemoryError:
        send.send(("memory",))
    finally:
        os._exit(0)  # why: no atexit handlers, pytest or multiprocessing finalizers of the parent's run here


def _limit(memory: int) -> None:
    # why relative: the child starts with the parent's whole address space (1.7 GB for an idle scan)
    try:
        with open("/proc/self/statm") as statm:
            used = int(statm.read().split()[0]) * resource.getpagesize()
    except OSError:  # no /proc (macOS): the deadline still holds
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = used + memory if hard == resource.RLIM_INFINITY else min(hard, used + memory)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))


def _end(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)  # the deadline for a child still running; unreaped, an exited one still has its pid
    os.waitpid(pid, 0)


def _result(outcome: tuple, where: str, memory: int, seconds: float):  # type: ignore[no-untyped-def]
    kind, *rest = outcome
    if kind == "ok":
        return rest[0]
    if kind == "refused":
        raise SourceError(*rest)
    if kind == "memory":
        raise SourceError(where, f"needs more than {memory // 1024 ** 2:,} MB of memory to read (an expansion "
                                 "attack?), not read")
    if kind == "slow":
        raise SourceError(where, f"takes more than {seconds:.0f} s to read, not read")
    raise RuntimeError(f"{where}: the parser failed in its child process:\n{rest[0]}")
