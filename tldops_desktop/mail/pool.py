"""Scan and examine in worker processes: parts of a large mbox, and candidate messages.

Scanning a large mailbox and parsing the editions it holds each take about a second of pure
Python; in one process they add up. Here a large mbox is cut into parts (``scan``), each
scanned by a worker that also examines its candidates, while the scanning process reads the
last part; candidates found by the scanning process go to workers too, and when its scan is
over it examines what is still waiting alongside them. Results come back in file order.

Workers are fresh interpreters (``examine_worker``; never forked: a GUI process has threads)
that see nothing but candidate bytes and part positions over their stdin and write nothing but
results to their stdout: no socket, nothing on disk. A worker that dies leaves its unfinished
work to the scanning process, and a worker whose parent dies sees its input close and exits.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from tldops_desktop.mail import examine_worker
from tldops_desktop.mail.examine_worker import Task
from tldops_desktop.mail.identity import ListIdentity
from tldops_desktop.mail.message import MessageResult
from tldops_desktop.mail.parse import clear_caches
from tldops_desktop.mail.scan_items import MboxRange, PartOutcome, PartProgress

# Below this many bytes to scan, a worker's start-up (a fresh interpreter) costs more than
# it saves: the scan and the editions it finds are done in one process.
PARALLEL_FROM_BYTES = 64 * 1024 * 1024
MAX_WORKERS = 3
_IN_FLIGHT_BYTES = 128 * 1024 * 1024  # candidates handed out but not yet examined
Answer = MessageResult | PartOutcome | PartProgress | None
_ROOM = 2  # tasks a worker holds: one being examined, one in its pipe, so it never idles
HUNG_SECONDS = 60.0  # a candidate takes milliseconds; a worker silent this long is stopped
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
    """This process's environment, with this package importable even when not installed (a
    source checkout on sys.path); an installed one is found by the interpreter itself."""
    environment = dict(os.environ)
    package_root = Path(__file__).resolve().parent.parent.parent
    if package_root.name not in ("site-packages", "dist-packages"):
        paths = [
            str(package_root),
            *filter(None, environment.get("PYTHONPATH", "").split(os.pathsep)),
        ]
        environment["PYTHONPATH"] = os.pathsep.join(paths)
    return environment


class _Worker:
    """One worker process, with a thread that feeds it and a thread that reads its answers."""

    def __init__(
        self,
        identity: ListIdentity,
        on_answer: Callable[[_Worker, tuple[int, Answer]], None],
        on_gone: Callable[[_Worker], None],
    ) -> None:
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
        self._identity = identity
        self._outbox: queue.SimpleQueue[tuple[int, Task] | None] = queue.SimpleQueue()
        self._on_answer, self._on_gone = on_answer, on_gone
        self.busy = 0  # candidates handed to this worker and not yet answered (pool's lock)
        self.answered_at = time.monotonic()  # its last answer, or when it last got work idle
        self.scanning = False  # busy with a part of an mbox
        self._feeder = threading.Thread(target=self._feed, name="tldops-examine-feed", daemon=True)
        self._reader = threading.Thread(target=self._read, name="tldops-examine-read", daemon=True)
        self._feeder.start()
        self._reader.start()

    def submit(self, number: int, task: Task) -> None:
        self._outbox.put((number, task))

    def _feed(self) -> None:
        try:
            examine_worker.write_frame(self._tasks, self._identity)
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
                self._on_answer(self, unpickler.load())
        except Exception:  # the end of its output, or output not understood: gone either way
            self._on_gone(self)

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
        if self._reader is not threading.current_thread():
            self._reader.join(timeout=5)
        with contextlib.suppress(OSError):
            self._results.close()


@dataclass(frozen=True, slots=True)
class _Unanswered:
    """A task no worker answered (it died, or the task failed there)."""

    task: Task


def _weight(task: Task) -> int:
    """How much of a worker's queue a task fills: a part of an mbox, all of it."""
    return _ROOM if isinstance(task, MboxRange) else 1


def _size(task: Task) -> int:
    """The bytes a task holds in memory while it waits (a part is read by its worker)."""
    return 0 if isinstance(task, MboxRange) else len(task[0])


class ExaminePool:
    """Examine candidates (and scan parts of mboxes) in ``workers`` processes; the results
    (``MessageResult``, ``PartOutcome``) come back in submission order, with any passed-through
    items in their places.

    Tasks wait in a backlog; each worker is kept two deep (one being examined, one in its
    pipe), refilled by its reader thread as it answers, so no worker waits on the scan. A part
    of an mbox fills a worker. Once the scan is over (``finish``) this process takes tasks from
    the backlog's end too. With no workers, everything is done at once in this process: the
    same results, in the same order, so callers need not care which way ran.
    """

    def __init__(self, workers: int, identity: ListIdentity) -> None:
        self._identity = identity
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)  # an answer arrived, a worker left
        self._backlog: deque[tuple[int, Task]] = deque()
        self._sent: dict[int, tuple[_Worker, Task]] = {}
        self._waiting_bytes = 0  # of the backlog and of what was sent, not yet answered
        self._done: dict[int, Any] = {}  # results (and passed-through items) by number
        self._next_number = 0  # of the next task submitted
        self._next_out = 0  # of the next result to give back
        self._part_progress: dict[int, PartProgress] = {}  # of parts not given back yet
        self._started: list[_Worker] = []
        for _ in range(workers):
            try:
                self._started.append(_Worker(identity, self._answered, self._gone))
            except OSError:  # no interpreter to start (an embedded Python): fewer workers
                break
        self._workers = list(self._started)  # those still running

    @property
    def workers(self) -> int:
        return len(self._workers)

    def submit(self, data: bytes, source: str, tick: Callable[[], None] = lambda: None) -> None:
        """Examine a candidate; ``tick`` is called while waiting (it may raise to cancel)."""
        self._submit((data, source), tick)

    def submit_part(self, part: MboxRange, tick: Callable[[], None] = lambda: None) -> None:
        """Scan a part of an mbox and examine its candidates (a ``PartOutcome``)."""
        self._submit(part, tick)

    def _submit(self, task: Task, tick: Callable[[], None]) -> None:
        number = self._next_number
        self._next_number += 1
        with self._lock:
            while self._waiting_bytes > _IN_FLIGHT_BYTES and self._workers:
                self._wait(tick)  # let the workers catch up: memory stays bounded
            if self._workers:
                self._backlog.append((number, task))
                self._waiting_bytes += _size(task)
                self._dispatch()
                return
        result = examine_worker.run_task(task, self._identity)  # no worker (left): done here
        with self._lock:
            self._done[number] = result

    def pass_through(self, item: object) -> None:
        """Give ``item`` back in its place among the results (a scan problem, say)."""
        with self._lock:
            self._done[self._next_number] = item
        self._next_number += 1

    def ready(self) -> Iterator[Any]:
        """The results available now, in submission order, without waiting."""
        with self._lock:
            available = self._take_in_order()
        yield from map(self._resolve, available)

    def finish(self, tick: Callable[[], None] = lambda: None) -> Iterator[Any]:
        """Every remaining result, in submission order; this process takes tasks from the
        backlog's end while the workers take its front. ``tick`` is called while waiting (it
        may raise to cancel)."""
        while True:
            with self._lock:
                available = self._take_in_order()
                job = None
                if not available:
                    if self._next_out == self._next_number:
                        return
                    if self._backlog:
                        job = self._backlog.pop()
                        self._waiting_bytes -= _size(job[1])
                    else:
                        self._wait(tick)
                        continue
            if job is not None:
                result = examine_worker.run_task(job[1], self._identity)
                with self._lock:
                    self._done[job[0]] = result
                tick()
            yield from map(self._resolve, available)

    def _wait(self, tick: Callable[[], None]) -> None:
        """Wait a moment for a worker (the lock is held), then let ``tick`` run without it.

        A worker that has answered nothing for ``HUNG_SECONDS`` while holding candidates is
        stopped: what it held is done here. (A part of a large mbox may rightly take longer.)
        """
        self._changed.wait(timeout=0.1)
        late = time.monotonic() - HUNG_SECONDS
        hung = [
            worker
            for worker in self._workers
            if worker.busy and worker.answered_at < late and not worker.scanning
        ]
        self._lock.release()
        try:
            for worker in hung:
                worker.process.kill()  # its reader sees the end of its output: _gone
            tick()
        finally:
            self._lock.acquire()

    def progress_elsewhere(self) -> PartProgress:
        """What was read and found that is not given back yet: the bytes and messages read so
        far of parts in workers, and the editions among results waiting for their turn."""
        with self._lock:
            parts = dict(self._part_progress)
            waiting = dict(self._done)
        # A part read whole waits with its outcome, whose editions are counted below: its
        # last progress still gives its bytes and messages, not its editions a second time.
        editions = sum(
            p.editions for n, p in parts.items() if not isinstance(waiting.get(n), PartOutcome)
        )
        for item in waiting.values():
            if isinstance(item, MessageResult):
                editions += len(item.editions)
            elif isinstance(item, PartOutcome):
                editions += sum(
                    len(r.editions) for r in item.outcomes if isinstance(r, MessageResult)
                )
        return PartProgress(
            sum(p.bytes_scanned for p in parts.values()),
            sum(p.messages_scanned for p in parts.values()),
            editions,
        )

    def _take_in_order(self) -> list[Any]:
        available = []
        while self._next_out in self._done:
            available.append(self._done.pop(self._next_out))
            self._part_progress.pop(self._next_out, None)  # now counted by its outcome
            self._next_out += 1
        return available

    def _resolve(self, item: Any) -> Any:
        # A task no worker answered is done here, which reports (or raises) exactly as a
        # scan without workers would.
        if isinstance(item, _Unanswered):
            return examine_worker.run_task(item.task, self._identity)
        return item

    def _dispatch(self) -> None:
        """Hand backlog tasks to workers with room (the lock is held)."""
        for worker in self._workers:
            while self._backlog and worker.busy + _weight(self._backlog[0][1]) <= _ROOM:
                number, task = self._backlog.popleft()
                self._sent[number] = (worker, task)
                if not worker.busy:
                    worker.answered_at = time.monotonic()  # idle until now: not late
                worker.busy += _weight(task)
                worker.scanning = isinstance(task, MboxRange)
                worker.submit(number, task)

    def _answered(self, worker: _Worker, answer: tuple[int, Answer]) -> None:
        """A worker's reader thread: store its answer, give it more."""
        number, result = answer
        with self._lock:
            if isinstance(result, PartProgress):
                self._part_progress[number] = result
                return
            _owner, task = self._sent.pop(number)
            worker.busy -= _weight(task)
            worker.scanning = False
            worker.answered_at = time.monotonic()
            self._waiting_bytes -= _size(task)
            self._done[number] = result if result is not None else _Unanswered(task)
            self._dispatch()
            self._changed.notify_all()

    def _gone(self, worker: _Worker) -> None:
        """A worker's reader thread: the worker died; what it held is done here."""
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)
            for number, (owner, task) in list(self._sent.items()):
                if owner is worker:
                    del self._sent[number]
                    self._waiting_bytes -= _size(task)
                    self._done[number] = _Unanswered(task)
            if not self._workers:
                while self._backlog:
                    number, task = self._backlog.popleft()
                    self._waiting_bytes -= _size(task)
                    self._done[number] = _Unanswered(task)
            self._dispatch()
            self._changed.notify_all()
        worker.stop()

    def close(self) -> None:
        for worker in self._started:
            worker.close()
        self._workers = []
        clear_caches()

    def stop(self) -> None:
        for worker in self._started:
            worker.stop()
        self._workers = []
        clear_caches()

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
