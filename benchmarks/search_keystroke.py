#!/usr/bin/env python3
"""Search per keystroke, without the window: a store of 100 editions, the current one searched.

The store is made once (the tests' generator, imported as a user would) and kept in
``--store`` for the next run, so that two versions of the code are timed on the same data.
Each query is typed character by character; a keystroke is what the window asks of the core:
the search, the not-member check, and the nearest spelling when nothing matches. Also timed:
``tldops search`` as the command runs it (the store opened once; the index built per call).

    .venv/bin/python benchmarks/search_keystroke.py [--store DIR] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import gui_startup  # noqa: E402

NEWEST = "20261101-0600"
EDITIONS = 100
MEMBERS = 200
QUERIES = [
    "germany",
    "nowak",
    ".de .fr .nl",
    "de, fr, nl, at, ch",
    "Germany, France and Italy",
    "Re: [tld-ops] .pl resolution failing",
    "Mobile: +49 151 234 567 40",
    "https://www.dns.pl/en/contact",
    "「德国」",
    "ｎｏｗａｋ：",
    "latin america",
    "zzqx",
]


def make_store(data_dir: Path) -> None:
    from tests.mailgen.editions import monthly_stamps
    from tests.mailgen.messages import build_edition, stamp_datetime
    from tests.mailgen.scenario import edition_chain
    from tldops_desktop.services.importer import ImportOptions, run_import
    from tldops_desktop.services.store import Store

    mail = data_dir.with_name(data_dir.name + "-mail")
    mail.mkdir(parents=True)
    stamps = monthly_stamps(NEWEST, EDITIONS)
    for i, edition in enumerate(edition_chain(stamps, seed=3, members=MEMBERS)):
        sent = stamp_datetime(edition.stamp)
        (mail / f"{i:03d}.eml").write_bytes(build_edition(edition, seed=i, date=sent).data)
    with Store.open(data_dir, gui_startup._keys(data_dir, "keyring"), create=True) as store:  # type: ignore[arg-type]
        run_import([str(mail)], store.repo, ImportOptions())


def keystroke_ms(index: object, rounds: int) -> dict[str, tuple[float, float]]:
    """Per query: the median and the slowest keystroke, in ms (best of ``rounds`` each)."""
    from tldops_desktop.core.query import QueryError, SearchIndex, parse_query

    assert isinstance(index, SearchIndex)
    out: dict[str, tuple[float, float]] = {}
    for query in QUERIES:
        times = []
        for end in range(1, len(query) + 1):
            text = query[:end]
            best = float("inf")
            for _ in range(rounds):
                start = time.perf_counter()
                try:
                    found = index.search(parse_query(text, typing=True))
                except QueryError:
                    found = []
                index.missing_member(text)
                if not found and text.strip():
                    index.suggestion(text)
                best = min(best, time.perf_counter() - start)
            times.append(best * 1000)
        out[query] = (statistics.median(times), max(times))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="where the store is kept between runs")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    data_dir = args.store or Path(tempfile.mkdtemp(prefix="tldops-search-bench-")) / "data"
    if not data_dir.exists():
        started = time.perf_counter()
        make_store(data_dir)
        print(f"store of {EDITIONS} editions made in {time.perf_counter() - started:.0f} s")

    from tldops_desktop.core.query import SearchIndex
    from tldops_desktop.services import contacts
    from tldops_desktop.services.store import Store

    with Store.open(data_dir, gui_startup._keys(data_dir, "keyring")) as store:  # type: ignore[arg-type]
        print(f"{len(store.repo.editions())} editions")
        edition = store.repo.current_edition()
        assert edition is not None
        started = time.perf_counter()
        index = SearchIndex(edition.members)
        index.prepare_numbers()
        print(
            f"index of {len(index)} members built in {(time.perf_counter() - started) * 1000:.1f} ms"
        )
        print(f"{'query':40} {'median ms':>10} {'slowest ms':>11}")
        for query, (median, slowest) in keystroke_ms(index, args.rounds).items():
            print(f"{query:40} {median:10.2f} {slowest:11.2f}")
        for query in ("de, fr, nl", "Re: [tld-ops] .pl resolution failing"):
            best = float("inf")
            for _ in range(args.rounds):
                started = time.perf_counter()
                contacts.search(store.repo, query)
                best = min(best, time.perf_counter() - started)
            print(f"tldops search {query!r}: {best * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
