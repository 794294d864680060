"""Examining candidates in worker processes: the same results, in the same order, whatever
happens to the workers."""

from __future__ import annotations

import io
import itertools
import os
import pickle
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.mailgen.scenario import Manifest, build_corpus
from tldops_desktop.mail import examine_worker, pool
from tldops_desktop.mail.identity import DEFAULT_IDENTITY
from tldops_desktop.mail.message import MessageResult, examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import (
    Candidate,
    MboxRange,
    PartOutcome,
    PartProgress,
    ScanProblem,
)
from tldops_desktop.services.import_report import ImportReport
from tldops_desktop.services.importer import ImportOptions, find_editions

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Manifest:
    return build_corpus(tmp_path_factory.mktemp("pool") / "mail", seed=23, editions=6, noise=20)


@pytest.fixture(scope="module")
def candidates(corpus: Manifest) -> list[Candidate]:
    found = [c for c in scan([str(corpus.root)]) if isinstance(c, Candidate)]
    assert len(found) >= 8
    return found


def _summary(result: MessageResult) -> tuple[object, ...]:
    return (
        [(e.stamp, e.trusted, e.container, e.body.members, e.source) for e in result.editions],
        result.problems,
        result.replies,
    )


@pytest.mark.parametrize("workers", [0, 1, 2])
def test_results_come_back_in_submission_order(candidates: list[Candidate], workers: int) -> None:
    expected = [_summary(examine(c.data, c.source)) for c in candidates]
    marker = ScanProblem("somewhere", "unreadable")
    got: list[object] = []
    with pool.ExaminePool(workers, DEFAULT_IDENTITY) as examiner:
        assert examiner.workers == workers
        for n, candidate in enumerate(candidates):
            examiner.submit(candidate.data, candidate.source)
            if n == 2:
                examiner.pass_through(marker)
            got.extend(examiner.ready())
        got.extend(examiner.finish())
    results = [g for g in got if isinstance(g, MessageResult)]
    assert [_summary(r) for r in results] == expected
    assert got.index(marker) == 3  # in its place, after the first three results


def test_a_worker_that_dies_leaves_its_work_to_this_process(candidates: list[Candidate]) -> None:
    expected = [_summary(examine(c.data, c.source)) for c in candidates]
    with pool.ExaminePool(1, DEFAULT_IDENTITY) as examiner:
        worker = examiner._workers[0]
        for n, candidate in enumerate(candidates):
            examiner.submit(candidate.data, candidate.source)
            if n == len(candidates) // 2:
                worker.process.kill()
        results = [*examiner.ready(), *examiner.finish()]
        assert examiner.workers == 0
    assert [_summary(r) for r in results] == expected


def test_workers_are_gone_after_the_pool_and_after_a_failure(candidates: list[Candidate]) -> None:
    with pool.ExaminePool(2, DEFAULT_IDENTITY) as examiner:
        processes = [w.process for w in examiner._workers]
        examiner.submit(candidates[0].data, candidates[0].source)
        list(examiner.finish())
    assert all(p.poll() is not None for p in processes)
    with pytest.raises(KeyboardInterrupt), pool.ExaminePool(1, DEFAULT_IDENTITY) as examiner:
        processes = [w.process for w in examiner._workers]
        examiner.submit(candidates[0].data, candidates[0].source)
        raise KeyboardInterrupt  # as a cancelled scan leaves the pool
    assert all(p.poll() is not None for p in processes)


def test_the_worker_loop_answers_each_frame_and_survives_a_failing_message(
    monkeypatch: pytest.MonkeyPatch, candidates: list[Candidate]
) -> None:
    tasks = io.BytesIO()
    examine_worker.write_frame(tasks, DEFAULT_IDENTITY)
    examine_worker.write_frame(tasks, (0, (candidates[0].data, candidates[0].source)))
    examine_worker.write_frame(tasks, (1, (b"explodes", "bad")))
    examine_worker.write_frame(tasks, (2, (candidates[1].data, candidates[1].source)))
    tasks.seek(0)
    real = examine

    def examine_or_fail(data: bytes, source: str, identity: object) -> MessageResult:
        if data == b"explodes":
            raise RuntimeError("a bug")
        return real(data, source, identity)  # type: ignore[arg-type]

    monkeypatch.setattr(examine_worker, "examine", examine_or_fail)
    results = io.BytesIO()
    examine_worker.serve(tasks, results)
    results.seek(0)
    unpickler = pickle.Unpickler(results)
    answers = [unpickler.load() for _ in range(3)]
    assert [n for n, _ in answers] == [0, 1, 2]
    assert answers[1][1] is None  # the parent examines it again and reports what happens
    assert _summary(answers[2][1]) == _summary(examine(candidates[1].data, candidates[1].source))


def test_a_worker_exits_when_its_parent_is_killed(tmp_path: Path) -> None:
    script = (
        "import sys, time\n"
        "from tldops_desktop.mail.pool import ExaminePool\n"
        "from tldops_desktop.mail.identity import DEFAULT_IDENTITY\n"
        "p = ExaminePool(1, DEFAULT_IDENTITY)\n"
        "print(p._workers[0].process.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=ROOT, text=True
    )
    assert parent.stdout is not None
    worker_pid = int(parent.stdout.readline())
    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(worker_pid):
        time.sleep(0.05)
    assert not _alive(worker_pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    # A zombie (exited, not yet reaped by init) counts as gone.
    return not (status.exists() and status.read_text().split(") ")[-1].startswith("Z"))


def test_worker_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TLDOPS_IMPORT_WORKERS", raising=False)
    assert pool.worker_count(1024) == 0
    assert pool.worker_count(10 * pool.PARALLEL_FROM_BYTES, requested=2) == 2
    assert 0 <= pool.worker_count(10 * pool.PARALLEL_FROM_BYTES) <= pool.MAX_WORKERS
    monkeypatch.setenv("TLDOPS_IMPORT_WORKERS", "1")
    assert pool.worker_count(1024) == 1
    monkeypatch.setenv("TLDOPS_IMPORT_WORKERS", "not a number")
    assert pool.worker_count(1024) == 0


@pytest.mark.parametrize("workers", [1, 2])
def test_an_import_finds_the_same_with_and_without_workers(corpus: Manifest, workers: int) -> None:
    alone, parallel = ImportReport(), ImportReport()
    one = find_editions([str(corpus.root)], ImportOptions(workers=0), alone)
    many = find_editions([str(corpus.root)], ImportOptions(workers=workers), parallel)
    assert many == one
    assert parallel.to_json() == alone.to_json()
    assert {e.stamp for e in one if e.trusted} == set(corpus.trusted_stamps)


def test_no_worker_can_start_the_scan_process_examines_all(
    monkeypatch: pytest.MonkeyPatch, candidates: list[Candidate]
) -> None:
    monkeypatch.setattr(pool, "_worker_command", lambda: ["/nonexistent/python"])
    expected = [_summary(examine(c.data, c.source)) for c in candidates]
    with pool.ExaminePool(2, DEFAULT_IDENTITY) as examiner:
        assert examiner.workers == 0
        for candidate in candidates:
            examiner.submit(candidate.data, candidate.source)
        results = [*examiner.ready(), *examiner.finish()]
    assert [_summary(r) for r in results] == expected


def test_a_worker_that_cannot_run_leaves_everything_to_this_process(
    monkeypatch: pytest.MonkeyPatch, candidates: list[Candidate]
) -> None:
    # It starts, but exits at once (a broken installation, say).
    monkeypatch.setattr(pool, "_worker_command", lambda: [sys.executable, "-c", "pass"])
    expected = [_summary(examine(c.data, c.source)) for c in candidates]
    with pool.ExaminePool(1, DEFAULT_IDENTITY) as examiner:
        for candidate in candidates:
            examiner.submit(candidate.data, candidate.source)
        results = [*examiner.ready(), *examiner.finish()]
    assert [_summary(r) for r in results] == expected


def test_the_worker_finds_this_package_from_a_checkout_but_leaves_an_install_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PYTHONPATH", "/elsewhere")
    paths = pool._worker_environment()["PYTHONPATH"].split(os.pathsep)
    assert paths == [str(ROOT), "/elsewhere"]
    installed = tmp_path / "lib" / "site-packages" / "tldops_desktop" / "mail" / "pool.py"
    monkeypatch.setattr(pool, "__file__", str(installed))
    assert pool._worker_environment()["PYTHONPATH"] == "/elsewhere"


def test_a_silent_worker_is_stopped_and_its_work_done_here(
    monkeypatch: pytest.MonkeyPatch, candidates: list[Candidate]
) -> None:
    # It reads its input and never answers (stuck, say): after HUNG_SECONDS it is stopped.
    silent = "import sys, time\nwhile sys.stdin.buffer.read(65536):\n    pass\ntime.sleep(60)\n"
    monkeypatch.setattr(pool, "_worker_command", lambda: [sys.executable, "-c", silent])
    monkeypatch.setattr(pool, "HUNG_SECONDS", 0.5)
    expected = [_summary(examine(c.data, c.source)) for c in candidates[:3]]
    with pool.ExaminePool(1, DEFAULT_IDENTITY) as examiner:
        worker = examiner._workers[0]
        for candidate in candidates[:3]:
            examiner.submit(candidate.data, candidate.source)
        results = [*examiner.ready(), *examiner.finish()]
        assert worker.process.wait(timeout=10) is not None  # killed (perhaps still dying)
    assert [_summary(r) for r in results] == expected


def test_waiting_for_workers_can_be_cancelled(
    monkeypatch: pytest.MonkeyPatch, candidates: list[Candidate]
) -> None:
    silent = "import sys\nwhile sys.stdin.buffer.read(65536):\n    pass\n"
    monkeypatch.setattr(pool, "_worker_command", lambda: [sys.executable, "-c", silent])

    class Stop(Exception):
        """What the scan's tick raises when the user cancels."""

    def cancel() -> None:
        raise Stop

    with pytest.raises(Stop), pool.ExaminePool(1, DEFAULT_IDENTITY) as examiner:
        process = examiner._workers[0].process
        examiner.submit(candidates[0].data, candidates[0].source)
        list(examiner.finish(cancel))
    assert process.poll() is not None  # stopped on the way out


@pytest.mark.parametrize("workers", [1, 3])
def test_an_mbox_cut_into_parts_reads_as_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, workers: int
) -> None:
    """Workers scan parts of a large mbox; here parts of a few KiB stand in for 32 MiB."""
    from tests.mailgen.containers import write_mbox
    from tests.mailgen.editions import make_edition
    from tests.mailgen.messages import edition_message, noise_message
    from tldops_desktop.mail import scan as scan_module

    rng = random.Random(5)
    when = datetime(2026, 10, 1, tzinfo=UTC)
    messages = [noise_message(random.Random(i), i, when) for i in range(60)]
    for n, stamp in enumerate(("20260801-0600", "20260901-0600", "20261001-0600")):
        messages.insert(rng.randrange(len(messages)), edition_message(make_edition(stamp, seed=n)))
    mbox = tmp_path / "big.mbox"
    write_mbox(mbox, messages)
    alone = ImportReport()
    one = find_editions([str(mbox)], ImportOptions(workers=0), alone)

    monkeypatch.setattr(scan_module, "MIN_PART_BYTES", 4096)
    parts: list[MboxRange] = []
    real = scan_module._split_points

    def recorded(*args: Any) -> list[int]:
        points = real(*args)
        pairs = itertools.pairwise(points)
        parts.extend(MboxRange(str(mbox), a, b) for a, b in pairs)
        return points

    monkeypatch.setattr(scan_module, "_split_points", recorded)
    split = ImportReport()
    many = find_editions([str(mbox)], ImportOptions(workers=workers), split)
    assert len(parts) == workers, "the mbox was cut, one part per worker"
    assert many == one
    assert split.to_json() == alone.to_json()
    data = mbox.read_bytes()
    assert all(data[p.start - 2 : p.start + 5] == b"\n\nFrom " for p in parts[1:])


def test_a_part_whose_worker_dies_is_read_here(tmp_path: Path) -> None:

    mbox = Path(__file__).resolve().parents[1] / "data" / "small.mbox"
    part = MboxRange(str(mbox), 0, mbox.stat().st_size)
    expected = examine_worker.examine_part(part, DEFAULT_IDENTITY)
    assert expected.outcomes and expected.messages_scanned > 3
    with pool.ExaminePool(1, DEFAULT_IDENTITY) as examiner:
        examiner._workers[0].process.kill()
        examiner.submit_part(part)
        results = [*examiner.ready(), *examiner.finish()]
    assert results == [expected]


def test_a_parts_progress_counts_until_its_outcome_is_given() -> None:
    examiner = pool.ExaminePool(0, DEFAULT_IDENTITY)
    for n in range(3):
        examiner.pass_through(n)
    examiner._answered(None, (1, PartProgress(4096, 10, 2)))  # type: ignore[arg-type]
    examiner._answered(None, (2, PartProgress(100, 1, 0)))  # type: ignore[arg-type]
    assert examiner.progress_elsewhere() == PartProgress(4196, 11, 2)
    assert list(examiner.finish()) == [0, 1, 2]
    assert examiner.progress_elsewhere() == PartProgress()  # the outcomes count from now on


def test_a_part_read_whole_counts_its_editions_once_while_it_waits(
    candidates: list[Candidate],
) -> None:
    """Its last progress frame and its outcome both name its editions: counted once (the
    editions found rose past the mailbox's own count, then fell back)."""
    results = [examine(c.data, c.source) for c in candidates]
    result = next(r for r in results if r.editions)
    examiner = pool.ExaminePool(0, DEFAULT_IDENTITY)
    examiner.pass_through(0)  # the first in file order: the part below waits behind it
    examiner._part_progress[1] = PartProgress(4096, 10, len(result.editions))
    examiner._done[1] = PartOutcome((result,), 10, 4096, 1)
    assert examiner.progress_elsewhere() == PartProgress(4096, 10, len(result.editions))


def test_import_progress_with_parts_rises_to_the_total(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.mailgen.containers import write_mbox
    from tests.mailgen.messages import noise_message
    from tldops_desktop.mail import scan as scan_module

    when = datetime(2026, 10, 1, tzinfo=UTC)
    mbox = tmp_path / "box.mbox"
    write_mbox(mbox, [noise_message(random.Random(i), i, when) for i in range(80)])
    monkeypatch.setattr(scan_module, "MIN_PART_BYTES", 4096)
    seen: list[tuple[int, int]] = []
    report = ImportReport()
    find_editions(
        [str(mbox)], ImportOptions(workers=2), report,
        on_progress=lambda stats, _editions: seen.append((stats.bytes_scanned, stats.bytes_total)),
    )  # fmt: skip
    scanned = [s for s, _ in seen]
    assert scanned == sorted(scanned), "progress never goes back"
    assert all(total == mbox.stat().st_size >= s for s, total in seen)
    assert report.bytes_scanned == mbox.stat().st_size  # the parts' bytes, counted once


def test_real_workers_report_their_parts_progress(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Progress frames from worker processes (each tick, here) reach the import's progress."""
    from tests.mailgen.containers import write_mbox
    from tests.mailgen.messages import noise_message
    from tldops_desktop.mail import mbox_split
    from tldops_desktop.mail import scan as scan_module

    command = [sys.executable, "-m", "tldops_desktop.mail.examine_worker"]
    monkeypatch.setattr(pool, "_worker_command", lambda: [*command, "--progress-seconds", "0"])
    heard: list[int] = []
    real = pool.ExaminePool.progress_elsewhere

    def progress_elsewhere(self: pool.ExaminePool) -> PartProgress:
        progress = real(self)
        heard.append(progress.bytes_scanned)
        return progress

    monkeypatch.setattr(pool.ExaminePool, "progress_elsewhere", progress_elsewhere)
    monkeypatch.setattr(scan_module, "MIN_PART_BYTES", 4096)
    monkeypatch.setattr(mbox_split, "CHUNK_BYTES", 8192)  # many ticks in this process
    when = datetime(2026, 10, 1, tzinfo=UTC)
    mbox = tmp_path / "box.mbox"
    write_mbox(mbox, [noise_message(random.Random(i), i, when) for i in range(300)])
    report = ImportReport()
    find_editions([str(mbox)], ImportOptions(workers=1), report, on_progress=lambda s, e: None)
    assert report.bytes_scanned == mbox.stat().st_size
    assert report.errors == []
    assert any(heard), "no progress frame came back from the worker"


def test_the_parsers_caches_are_emptied_after_an_import(corpus: Manifest) -> None:
    from tldops_desktop.mail import parse

    find_editions([str(corpus.root)], ImportOptions(workers=0), ImportReport())
    assert parse._read_line.cache_info().currsize == 0
    assert parse._checked_contact.cache_info().currsize == 0
