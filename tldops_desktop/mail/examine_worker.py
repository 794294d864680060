"""The worker process of ``pool``: examine candidate messages read from stdin, answer on stdout.

Run as ``python -m tldops_desktop.mail.examine_worker`` (or, in a frozen bundle, as the bundle's
program with ``--examine-worker``). Frames are an 8-byte length and a pickle, written only by
the parent that started this process. The first frame is the list's identity; each one after
is ``(number, task)``: a candidate message to examine, or a part of an mbox to scan and
examine, answered with ``(number, MessageResult | PartOutcome | None)`` (None: it failed
here), all answers by one pickler (read them with one unpickler: they refer to earlier ones).
End of input (the parent closed the pipe, or died) ends the process.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
from typing import IO, Any

from tldops_desktop.mail.identity import ListIdentity
from tldops_desktop.mail.message import MessageResult, examine
from tldops_desktop.mail.scan import (
    Candidate,
    MboxRange,
    PartOutcome,
    ScanControl,
    ScanProblem,
    scan_part,
)

FLAG = "--examine-worker"
Task = tuple[bytes, str] | MboxRange  # a candidate (raw bytes, source), or a part of an mbox
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


def examine_part(part: MboxRange, identity: ListIdentity) -> PartOutcome:
    """Scan one part of an mbox and examine its candidates."""
    control = ScanControl()
    outcomes: list[MessageResult | ScanProblem] = []
    for item in scan_part(part, control):
        if isinstance(item, Candidate):
            outcomes.append(examine(item.data, item.source, identity))
        else:
            outcomes.append(item)
    stats = control.stats
    return PartOutcome(
        tuple(outcomes), stats.messages_scanned, stats.bytes_scanned, stats.candidates
    )


def run_task(task: Task, identity: ListIdentity) -> MessageResult | PartOutcome:
    if isinstance(task, MboxRange):
        return examine_part(task, identity)
    data, source = task
    return examine(data, source, identity)


def serve(tasks: IO[bytes], results: IO[bytes]) -> None:
    # One pickler for every result: what recurs from edition to edition (the same members,
    # the same contacts) is sent once and referred to after.
    pickler = pickle.Pickler(results, pickle.HIGHEST_PROTOCOL)
    try:
        identity = read_frame(tasks)
        assert isinstance(identity, ListIdentity)
        while True:
            number, task = read_frame(tasks)
            try:
                answer: MessageResult | PartOutcome | None = run_task(task, identity)
            except Exception:  # done again by the parent, which reports or raises it there
                answer = None
            pickler.dump((number, answer))
            results.flush()
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        return


def main() -> int:
    serve(sys.stdin.buffer, sys.stdout.buffer)
    with contextlib.suppress(OSError):
        sys.stdout.flush()
    # Everything is answered: leave without tearing down the interpreter (freeing every
    # object kept for the pickler takes a tenth of a second the import would wait for).
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
