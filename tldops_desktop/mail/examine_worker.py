"""The worker process of ``pool``: examine the candidates and mbox parts it is sent on stdin.

Run as ``python -m tldops_desktop.mail.examine_worker`` (or, in a frozen bundle, as the bundle's
program with ``--examine-worker``). Frames are an 8-byte length and a pickle, written only by
the parent that started this process. The first frame is the list's identity; each one after
is ``(number, task)``: a candidate message to examine, or a part of an mbox to scan and
examine. Each is answered with ``(number, MessageResult | PartOutcome | None)`` (None: it
failed here); a part's answer comes after ``(number, PartProgress)`` now and then. All
answers are written by one pickler (read them with one unpickler: they refer to earlier ones).
End of input (the parent closed the pipe, or died) ends the process.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import time
from collections.abc import Callable
from typing import IO, Any

from tldops_desktop.mail.gc_threshold import fewer_collections
from tldops_desktop.mail.identity import ListIdentity
from tldops_desktop.mail.message import MessageResult, examine
from tldops_desktop.mail.scan import scan_part
from tldops_desktop.mail.scan_items import (
    Candidate,
    MboxRange,
    PartOutcome,
    PartProgress,
    ScanControl,
    ScanProblem,
    ScanStats,
)

FLAG = "--examine-worker"
Task = tuple[bytes, str] | MboxRange  # a candidate (raw bytes, source), or a part of an mbox
PROGRESS_SECONDS = 0.2  # how often a worker scanning a part tells how far it got
Progress = Callable[[PartProgress], None]
# Nothing this module defines is pickled: run with -m it is __main__, which the parent's
# unpickler does not know. What travels is defined in scan, message and identity.
_LENGTH_BYTES = 8


def write_frame(stream: IO[bytes], item: object) -> None:
    blob = pickle.dumps(item, pickle.HIGHEST_PROTOCOL)
    stream.write(len(blob).to_bytes(_LENGTH_BYTES, "little") + blob)
    stream.flush()


def read_frame(stream: IO[bytes]) -> Any:
    """The next item, or raise EOFError at the end of the stream."""
    head = stream.read(_LENGTH_BYTES)
    if len(head) < _LENGTH_BYTES:
        raise EOFError
    size = int.from_bytes(head, "little")
    blob = stream.read(size)
    if len(blob) < size:
        raise EOFError
    return pickle.loads(blob)


def examine_part(
    part: MboxRange, identity: ListIdentity, progress: Progress = lambda p: None
) -> PartOutcome:
    """Scan one part of an mbox and examine its candidates; ``progress`` hears how far it
    got (now and then)."""
    editions = [0]

    def tell(stats: ScanStats) -> None:
        progress(PartProgress(stats.bytes_scanned, stats.messages_scanned, editions[0]))

    control = ScanControl(on_progress=tell)
    outcomes: list[MessageResult | ScanProblem] = []
    for item in scan_part(part, control):
        if isinstance(item, Candidate):
            result = examine(item.data, item.source, identity)
            editions[0] += len(result.editions)
            outcomes.append(result)
        else:
            outcomes.append(item)
    stats = control.stats
    return PartOutcome(
        tuple(outcomes), stats.messages_scanned, stats.bytes_scanned, stats.candidates
    )


def run_task(
    task: Task, identity: ListIdentity, progress: Progress = lambda p: None
) -> MessageResult | PartOutcome:
    with fewer_collections():
        if isinstance(task, MboxRange):
            return examine_part(task, identity, progress)
        data, source = task
        return examine(data, source, identity)


class _Progress:
    """Tells the parent how far a part's scan got, at most every ``every`` seconds."""

    def __init__(
        self, pickler: pickle.Pickler, results: IO[bytes], number: int, every: float
    ) -> None:
        self._pickler, self._results, self._number = pickler, results, number
        self._every = every
        self._last = time.monotonic()

    def __call__(self, progress: PartProgress) -> None:
        if time.monotonic() - self._last >= self._every:
            self._last = time.monotonic()
            self._pickler.dump((self._number, progress))
            self._results.flush()


def serve(tasks: IO[bytes], results: IO[bytes], progress_seconds: float = PROGRESS_SECONDS) -> None:
    # One pickler for every result: what recurs from edition to edition (the same members,
    # the same contacts) is sent once and referred to after.
    pickler = pickle.Pickler(results, pickle.HIGHEST_PROTOCOL)
    try:
        identity = read_frame(tasks)
        assert isinstance(identity, ListIdentity)
        while True:
            number, task = read_frame(tasks)
            progress = _Progress(pickler, results, number, progress_seconds)
            try:
                answer: MessageResult | PartOutcome | None = run_task(task, identity, progress)
            except Exception:  # done again by the parent, which reports or raises it there
                answer = None
            pickler.dump((number, answer))
            results.flush()
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        return


def main(argv: list[str] | None = None) -> int:
    """``[--progress-seconds S]``: how often to tell of a part's progress (tests say 0)."""
    args = sys.argv[1:] if argv is None else argv
    args = [a for a in args if a != FLAG]
    every = float(args[1]) if args[:1] == ["--progress-seconds"] else PROGRESS_SECONDS
    serve(sys.stdin.buffer, sys.stdout.buffer, every)
    with contextlib.suppress(OSError):
        sys.stdout.flush()
    # Everything is answered: leave without tearing down the interpreter (freeing every
    # object kept for the pickler takes a tenth of a second the import would wait for).
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
