"""Fewer garbage collections while an import reads mail, and the interpreter's own threshold
back after it, however it ends."""

from __future__ import annotations

import gc
import io
import pickle
import threading
from collections.abc import Iterator

import pytest

from tests.mailgen.scenario import Manifest, build_corpus
from tldops_desktop.mail import examine_worker
from tldops_desktop.mail.gc_threshold import IMPORT_THRESHOLD, fewer_collections
from tldops_desktop.mail.identity import DEFAULT_IDENTITY, ListIdentity
from tldops_desktop.mail.message import MessageResult, examine
from tldops_desktop.mail.scan import scan
from tldops_desktop.mail.scan_items import Candidate, ScanStats
from tldops_desktop.services.importer import ImportOptions, run_import


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Manifest:
    return build_corpus(tmp_path_factory.mktemp("gc") / "mail", seed=5, editions=3, noise=10)


@pytest.fixture(autouse=True)
def default_threshold() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*before)


def test_an_import_collects_less_often_and_puts_the_threshold_back(
    corpus: Manifest, default_threshold: tuple[int, int, int]
) -> None:
    seen: list[tuple[int, int, int]] = []

    def progress(stats: ScanStats, found: int) -> None:
        seen.append(gc.get_threshold())

    report = run_import(
        [str(corpus.root)], None, ImportOptions(dry_run=True, workers=0), on_progress=progress
    )
    assert set(report.imported) == set(corpus.trusted_stamps)
    assert seen
    assert {threshold[0] for threshold in seen} == {IMPORT_THRESHOLD}
    assert gc.get_threshold() == default_threshold


def test_a_failed_import_puts_the_threshold_back(
    corpus: Manifest, default_threshold: tuple[int, int, int]
) -> None:
    def stop(stats: ScanStats, found: int) -> None:
        raise KeyboardInterrupt  # as Ctrl+C in the scan

    with pytest.raises(KeyboardInterrupt):
        run_import(
            [str(corpus.root)], None, ImportOptions(dry_run=True, workers=0), on_progress=stop
        )
    assert gc.get_threshold() == default_threshold


def test_a_worker_examines_with_fewer_collections(
    corpus: Manifest, monkeypatch: pytest.MonkeyPatch, default_threshold: tuple[int, int, int]
) -> None:
    candidate = next(c for c in scan([str(corpus.root)]) if isinstance(c, Candidate))
    seen: list[tuple[int, int, int]] = []

    def examine_noting(data: bytes, source: str, identity: ListIdentity) -> MessageResult:
        seen.append(gc.get_threshold())
        return examine(data, source, identity)

    monkeypatch.setattr(examine_worker, "examine", examine_noting)
    tasks = io.BytesIO()
    examine_worker.write_frame(tasks, DEFAULT_IDENTITY)
    examine_worker.write_frame(tasks, (0, (candidate.data, candidate.source)))
    tasks.seek(0)
    results = io.BytesIO()
    examine_worker.serve(tasks, results)
    results.seek(0)
    number, answer = pickle.Unpickler(results).load()
    assert number == 0 and isinstance(answer, MessageResult) and answer.editions
    assert [threshold[0] for threshold in seen] == [IMPORT_THRESHOLD]
    assert gc.get_threshold() == default_threshold


def test_overlapping_imports_in_two_threads_leave_the_threshold_as_it_was(
    default_threshold: tuple[int, int, int],
) -> None:
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    inside: list[int] = []

    def first() -> None:
        with fewer_collections():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with fewer_collections():
            second_in.set()
            first_out.wait(5)
            inside.append(gc.get_threshold()[0])  # the first ended: still raised for this one

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert inside == [IMPORT_THRESHOLD]
    assert gc.get_threshold() == default_threshold


def test_a_higher_threshold_set_by_the_program_is_kept() -> None:
    gc.set_threshold(50_000, 10, 10)
    with fewer_collections():
        assert gc.get_threshold() == (50_000, 10, 10)
    assert gc.get_threshold() == (50_000, 10, 10)
