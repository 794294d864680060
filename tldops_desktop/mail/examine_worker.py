"""The worker process of ``pool``: examine candidate messages read from stdin, answer on stdout.

Run as ``python -m tldops_desktop.mail.examine_worker`` (or, in a frozen bundle, as the bundle's
program with ``--examine-worker``). Frames are an 8-byte length and a pickle, written only by
the parent that started this process. The first frame is the list's identity; each one after
is ``(number, raw bytes, source)`` and is answered with ``(number, MessageResult | None)``,
all answers by one pickler (read them with one unpickler: they refer to earlier ones).
End of input (the parent closed the pipe, or died) ends the process.
"""

from __future__ import annotations

import pickle
import sys
from typing import IO, Any

from tldops_desktop.mail.identity import ListIdentity
from tldops_desktop.mail.message import MessageResult, examine

FLAG = "--examine-worker"
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


def serve(tasks: IO[bytes], results: IO[bytes]) -> None:
    # One pickler for every result: what recurs from edition to edition (the same members,
    # the same contacts) is sent once and referred to after.
    pickler = pickle.Pickler(results, pickle.HIGHEST_PROTOCOL)
    try:
        identity = read_frame(tasks)
        assert isinstance(identity, ListIdentity)
        while True:
            number, data, source = read_frame(tasks)
            try:
                answer: MessageResult | None = examine(data, source, identity)
            except Exception:  # examined again by the parent, which reports or raises it there
                answer = None
            pickler.dump((number, answer))
            results.flush()
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        return


def main() -> int:
    serve(sys.stdin.buffer, sys.stdout.buffer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
