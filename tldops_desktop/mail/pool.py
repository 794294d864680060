"""Examine candidate messages in worker processes while the scan goes on.

Scanning a large mailbox and parsing the editions it holds each take about a second of pure
Python; in one process they add up. Here the scanning process hands each candidate to a
worker process over a pipe and takes the results back in the order given, so the two run on
separate cores.

Workers are fresh interpreters (``examine_worker``; never forked: a GUI process has threads)
that see nothing but candidate bytes over their stdin and write nothing but results to their
stdout: no file, no socket. A worker that dies leaves its unfinished candidates to be examined
in the scanning process, and a worker whose parent dies sees its input close and exits.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from tldops_desktop.mail import examine_worker
from tldops_desktop.mail.identity import ListIdentity
from tldops_desktop.mail.message import examine

# Below this many bytes to scan, a worker's start-up (a fresh interpreter) costs more than
# it saves: the scan and the editions it finds are done in one process.
PARALLEL_FROM_BYTES = 64 * 1024 * 1024
MAX_WORKERS = 3
_IN_FLIGHT_BYTES = 128 * 1024 * 1024  # candidates handed out but not yet examined
_WORKERS_VARIABLE = "TLDOPS_IMPORT_WORKERS"


def worker_count(bytes_to_scan: int, requested: int | None = None) -> int:
    """How many workers to start: ``requested`` or $TLDOPS_IMPORT_WORKERS when given, else
    none for a small scan or a one-core machine, and one fewer than the cores otherwise."""
    if requested is None:
        with contextlib.suppress(ValueError):
            requested = int(os.environ.get(_WORKERS_VARIABLE, ""))
    if requested is not None:
        return max(0, min(requested, 16))
    if bytes_to_scan < PARALLEL_FROM_BYTES:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(0, min((cores or 1) - 1, MAX_WORKERS))


def _worker_command() -> list[str]:
    if getattr(sys, "frozen", False):  # a bundle: its own program runs the worker loop
        return [sys.executable, examine_worker.FLAG]
    return [sys.executable, "-m", "tldops_desktop.mail.examine_worker"]


def _worker_environment() -> dict[str, str]:
    """This process's environment, with this package importable even when not installed."""
    environment = dict(os.environ)
    package_root = str(Path(__file__).resolve().parent.parent.parent)
    paths = [package_root, *filter(None, environment.get("PYTHONPATH", "").split(os.pathsep))]
    environment["PYTHONPATH"] = os.pathsep.join(paths)
    return environment


class _Worker:
    """One worker process, a thread that feeds it and a thread that reads its results."""

    def __init__(self, identity: ListIdentity, results: queue.SimpleQueue[Any]) -> None:
        self.process = subprocess.Popen(
            _worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # a worker's failure is handled, never shown as a trace
            env=_worker_environment(),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self._tasks, self._results = self.process.stdin, self.process.stdout
        self._outbox: queue.SimpleQueue[tuple[int, bytes, str] | None] = queue.SimpleQueue()
        self._outbox_identity = identity
        self._results_out = results
        self.busy = 0  # candidates handed to this worker and not yet answered
        self._feeder = threading.Thread(target=self._feed, name="tldops-examine-feed", daemon=True)
        self._reader = threading.Thread(target=self._read, name="tldops-examine-read", daemon=True)
        self._feeder.start()
        self._reader.start()

    def submit(self, number: int, data: bytes, source: str) -> None:
        self.busy += 1
        self._outbox.put((number, data, source))

    def _feed(self) -> None:
        try:
            examine_worker.write_frame(self._tasks, self._outbox_identity)
            while (task := self._outbox.get()) is not None:
                examine_worker.write_frame(self._tasks, task)
        except (OSError, ValueError):
            return  # the worker is gone: the reader reports it
        finally:
            with contextlib.suppress(OSError, ValueError):
                self._tasks.close()

    def _read(self) -> None:
        unpickler = pickle.Unpickler(self._results)  # one for all: answers refer to earlier ones
        try:
            while True:
                self._results_out.put(("result", self, unpickler.load()))
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):
            self._results_out.put(("gone", self, None))

    def close(self) -> None:
        """Let the worker finish what it holds and exit; stop it if it does not."""
        self._outbox.put(None)
        self._feeder.join(timeout=5)
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.stop()
        self._reader.join(timeout=5)

    def stop(self) -> None:
        """Stop at once (the import was cancelled or failed, or the worker misbehaved)."""
        with contextlib.suppress(OSError):
            self.process.kill()
        self._outbox.put(None)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        self._feeder.join(timeout=5)
        self._reader.join(timeout=5)
        with contextlib.suppress(OSError):
            self._results.close()


class ExaminePool:
    """Examine candidates in ``workers`` processes; results (``MessageResult``) come back in
    submission order, with any passed-through items in their places.

    With no workers, candidates are examined at once in this process: the same results, in
    the same order, so callers need not care which way ran.
    """

    def __init__(self, workers: int, identity: ListIdentity) -> None:
        self._identity = identity
        self._events: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._workers = [_Worker(identity, self._events) for _ in range(workers)]
        self._pending: dict[int, tuple[bytes, str]] = {}  # handed out, not yet answered
        self._pending_bytes = 0
        self._done: dict[int, Any] = {}  # results (and passed-through items) by number
        self._next_number = 0  # of the next candidate submitted
        self._next_out = 0  # of the next result to give back
        self._owner: dict[int, _Worker] = {}

    @property
    def workers(self) -> int:
        return len(self._workers)

    def submit(self, data: bytes, source: str) -> None:
        number = self._next_number
        self._next_number += 1
        if not self._workers:
            self._done[number] = examine(data, source, self._identity)
            return
        while self._pending_bytes > _IN_FLIGHT_BYTES and self._workers:
            self._handle(self._events.get())  # let the workers catch up: memory stays bounded
        if not self._workers:  # they died meanwhile
            self._done[number] = examine(data, source, self._identity)
            return
        worker = min(self._workers, key=lambda w: w.busy)
        self._pending[number] = (data, source)
        self._pending_bytes += len(data)
        self._owner[number] = worker
        worker.submit(number, data, source)

    def pass_through(self, item: object) -> None:
        """Give ``item`` back in its place among the results (a scan problem, say)."""
        self._done[self._next_number] = item
        self._next_number += 1

    def ready(self) -> Iterator[Any]:
        """The results available now, in submission order, without waiting."""
        while True:
            try:
                event = self._events.get_nowait()
            except queue.Empty:
                break
            self._handle(event)
        yield from self._in_order()

    def finish(self) -> Iterator[Any]:
        """Every remaining result, in submission order, waiting for the workers."""
        while self._pending:
            self._handle(self._events.get())
        yield from self._in_order()

    def _in_order(self) -> Iterator[Any]:
        while self._next_out in self._done:
            yield self._done.pop(self._next_out)
            self._next_out += 1

    def _handle(self, event: tuple[str, _Worker, Any]) -> None:
        kind, worker, payload = event
        if kind == "gone":
            self._lost(worker)
            return
        number, result = payload
        worker.busy -= 1
        self._owner.pop(number, None)
        data, source = self._pending.pop(number)
        self._pending_bytes -= len(data)
        # A worker that failed on a candidate leaves it to this process, which reports
        # (or raises) exactly as a scan without workers would.
        self._done[number] = result if result is not None else examine(data, source, self._identity)

    def _lost(self, worker: _Worker) -> None:
        """A worker died: what it held is examined here."""
        if worker not in self._workers:
            return
        self._workers.remove(worker)
        worker.stop()
        for number in [n for n, owner in self._owner.items() if owner is worker]:
            del self._owner[number]
            data, source = self._pending.pop(number)
            self._pending_bytes -= len(data)
            self._done[number] = examine(data, source, self._identity)

    def close(self) -> None:
        for worker in self._workers:
            worker.close()
        self._workers = []

    def stop(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers = []

    def __enter__(self) -> ExaminePool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
        else:
            self.stop()
