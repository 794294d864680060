"""Fewer garbage collections while mail is read: an import makes millions of short-lived
objects (lines, matches, parts) and hardly a cycle, and at the interpreter's default (the
youngest generation collected every 700 allocations) collecting took about 7% of an import's
CPU, half of it in full collections that walk every object of the parser's caches and of the
editions read so far."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Objects allocated between two collections of the youngest generation, while an import runs:
# a few MiB at most, collected all the same.
IMPORT_THRESHOLD = 10_000

_lock = threading.Lock()
_depth = [0]  # imports running (the app's import thread, an in-process worker's task)
_saved: list[tuple[int, int, int]] = []


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the youngest generation's threshold for the time of the block; nested or in
    two threads at once, the process's own threshold is put back when the last one ends."""
    with _lock:
        if _depth[0] == 0:
            before = gc.get_threshold()
            _saved[:] = [before]
            gc.set_threshold(max(before[0], IMPORT_THRESHOLD), before[1], before[2])
        _depth[0] += 1
    try:
        yield
    finally:
        with _lock:
            _depth[0] -= 1
            if _depth[0] == 0:
                gc.set_threshold(*_saved.pop())
