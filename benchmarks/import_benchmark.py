"""Import speed and memory against `grep -c` on the same warm file, in one run.

    python benchmarks/make_mailbox.py --out benchmarks/out/big.mbox --size-mib 600 \\
        --messages 50000 --editions 100
    python benchmarks/import_benchmark.py benchmarks/out/big.mbox [--naive] \\
        [--maildir benchmarks/out/big-maildir]

Measures, each as the best of --repeat runs: `grep -c '^From '` over the file; a full-history
`tldops import` into a new data dir; a re-import of the same file (nothing new); the import of
one monthly email into the database that now holds every edition; with --naive, Python's
`mailbox` module reading every subject. Peak memory is that of the command and its worker
processes together (see ``run``).
The key is a raw keyring key (a file-backed test keyring), as on a desktop with a keyring.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIME = shutil.which("time") or "/usr/bin/time"


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """Wall seconds, peak memory in KiB, stdout of one command.

    The peak is the largest sum of resident sets of the command and its worker processes,
    sampled every 5 ms from /proc (Linux), and never less than the command's own maximum
    resident set (GNU time) that sampling might miss.
    """
    measured = [TIME, "-f", "%e %M", *cmd] if Path(TIME).exists() else cmd
    start = time.perf_counter()
    process = subprocess.Popen(
        measured, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    sampled = [0]
    wrapped = measured is not cmd  # then the root process is GNU time itself: not counted
    sampler = threading.Thread(
        target=_sample_tree, args=(process, sampled, int(wrapped)), daemon=True
    )
    sampler.start()
    out, err = process.communicate()
    elapsed = time.perf_counter() - start
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{err[-2000:]}")
    peak = sampled[0]
    if measured is not cmd:
        peak = max(peak, int(err.strip().splitlines()[-1].split()[1]))
    return elapsed, peak, out


def _sample_tree(process: subprocess.Popen[str], peak: list[int], skip: int) -> None:
    while process.poll() is None:
        peak[0] = max(peak[0], sum(_rss_kib(pid) for pid in _tree(process.pid)[skip:]))
        time.sleep(0.005)


def _tree(pid: int) -> list[int]:
    pids, index = [pid], 0
    while index < len(pids):
        with contextlib.suppress(OSError):  # the process may just have ended
            for task in Path(f"/proc/{pids[index]}/task").iterdir():
                pids += [int(c) for c in (task / "children").read_text().split()]
        index += 1
    return pids


def _rss_kib(pid: int) -> int:
    with contextlib.suppress(OSError):  # the process may just have ended
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def best(cmd: list[str], env: dict[str, str], repeat: int) -> tuple[float, int, str]:
    runs = [run(cmd, env) for _ in range(repeat)]
    fastest = min(runs, key=lambda r: r[0])
    return fastest[0], max(r[1] for r in runs), fastest[2]


def one_new_edition_in_process(
    data: Path, one: Path, work: Path, env: dict[str, str], repeat: int
) -> float:
    """Seconds for the import service to add one new edition (backup included), no start-up."""
    os.environ.update(env)  # the same test keyring as the subprocesses
    sys.path.insert(0, str(ROOT))
    from tldops_desktop.services.importer import ImportOptions, run_import
    from tldops_desktop.services.store import Store
    from tldops_desktop.storage.keys import KeySource

    times = []
    for n in range(repeat):
        # A stamp the database does not hold yet, newer than every one it does: the days after
        # its newest edition (not a later month, which may be after today: untrusted then).
        fresh = work / f"new-{n}.eml"
        fresh.write_bytes(
            one.read_bytes()
            .replace(b"20261101-0600", f"202611{n + 2:02d}-0600".encode())
            .replace(b"Sun, 01 Nov 2026", f"{n + 2:02d} Nov 2026".encode())
        )
        with Store.open(data, KeySource(prompt=None)) as store:
            start = time.perf_counter()
            report = run_import([str(fresh)], store.repo, ImportOptions())
            times.append(time.perf_counter() - start)
        assert report.imported, report.to_json()
    return min(times)


def unchanged_recheck_in_process(data: Path, mbox: Path, repeat: int) -> float:
    """Seconds for the import service to re-check the unchanged mailbox (the GUI's F5)."""
    from tldops_desktop.services.importer import ImportOptions, run_import
    from tldops_desktop.services.store import Store
    from tldops_desktop.storage.keys import KeySource

    times = []
    with Store.open(data, KeySource(prompt=None)) as store:
        for _ in range(repeat):
            start = time.perf_counter()
            report = run_import([str(mbox)], store.repo, ImportOptions())
            times.append(time.perf_counter() - start)
    assert report.unchanged_sources, report.to_json()
    return min(times)


def naive_subjects(path: Path) -> None:
    import mailbox

    for message in mailbox.mbox(path, create=False):
        message.get("subject")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mbox", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--naive", action="store_true", help="also time Python's mailbox module")
    parser.add_argument(
        "--one", type=Path, default=ROOT / "tests/data/repository-20261101-layout-a.eml"
    )
    parser.add_argument(
        "--maildir", type=Path, help="also the same mail as a Maildir (make_mailbox.py --maildir)"
    )
    args = parser.parse_args()
    size = args.mbox.stat().st_size
    work = Path(tempfile.mkdtemp(prefix="tldops-bench-"))
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "tests.support.memkeyring.FileKeyring",
        "TLDOPS_TEST_KEYRING_FILE": str(work / "keyring.json"),
    }
    tldops = [sys.executable, "-m", "tldops_desktop.cli"]
    # Byte-compiled, as pip leaves an installed package (even where PYTHONDONTWRITEBYTECODE is
    # set, as in some CI images, which would otherwise compile every module at each start).
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "tldops_desktop")], check=True
    )
    subprocess.run(["cat", str(args.mbox)], stdout=subprocess.DEVNULL, check=True)  # warm the cache

    grep_s, _, grep_out = best(["grep", "-c", "^From ", str(args.mbox)], env, args.repeat)
    imports = []
    for attempt in range(args.repeat):
        data = work / f"data-{attempt}"
        imports.append(
            run([*tldops, "--data-dir", str(data), "import", str(args.mbox), "--json"], env)
        )
    import_s = min(r[0] for r in imports)
    import_peak = max(r[1] for r in imports)
    alone = []
    for attempt in range(args.repeat):
        data = work / f"alone-{attempt}"
        command = [*tldops, "--data-dir", str(data), "import", str(args.mbox), "--json"]
        alone.append(run(command, {**env, "TLDOPS_IMPORT_WORKERS": "0"}))
    alone_s, alone_peak = min(r[0] for r in alone), max(r[1] for r in alone)
    report = json.loads(imports[0][2])
    data = work / "data-0"
    reimport_s, reimport_peak, _ = best(
        [*tldops, "--data-dir", str(data), "import", str(args.mbox), "--json"], env, args.repeat
    )
    one_s, one_peak, _ = best(
        [*tldops, "--data-dir", str(data), "import", str(args.one)], env, args.repeat
    )
    version_s, _, _ = best([*tldops, "--version"], env, args.repeat)
    in_process = one_new_edition_in_process(data, args.one, work, env, args.repeat)
    recheck = unchanged_recheck_in_process(data, args.mbox, args.repeat)

    print(f"mailbox: {args.mbox} ({size / 2**20:.0f} MiB, {grep_out.strip()} messages by grep)")
    print(f"editions found: {report['editions_found']}, imported: {len(report['imported'])}, "
          f"untrusted: {len(report['untrusted'])}, messages scanned: {report['messages_scanned']}")  # fmt: skip
    print()
    print(f"{'measurement':<52}{'seconds':>9}{'x grep':>8}{'peak MiB':>10}")
    rows = [
        ("grep -c '^From ' (warm)", grep_s, 0),
        ("tldops import, full history, new database", import_s, import_peak),
        ("  the same, one process (TLDOPS_IMPORT_WORKERS=0)", alone_s, alone_peak),
        ("tldops import again, nothing new", reimport_s, reimport_peak),
        ("tldops import of one email (DB holds all)", one_s, one_peak),
        ("tldops --version (interpreter start-up)", version_s, 0),
    ]
    rows.insert(4, ("  the same, in-process (no interpreter start-up)", recheck, 0))
    rows.append(("  a new edition, in-process (backup included)", in_process, 0))
    if args.naive:
        start = time.perf_counter()
        naive_subjects(args.mbox)
        rows.append(("Python mailbox module, subjects only", time.perf_counter() - start, 0))
    for name, seconds, peak in rows:
        peak_text = f"{peak / 1024:.0f}" if peak else "-"
        print(f"{name:<52}{seconds:>9.3f}{seconds / grep_s:>8.1f}{peak_text:>10}")
    if args.maildir:
        maildir_rows(args.maildir, work, env, tldops, args.repeat)
    shutil.rmtree(work, ignore_errors=True)


def maildir_rows(
    maildir: Path, work: Path, env: dict[str, str], tldops: list[str], repeat: int
) -> None:
    """The same mail as a Maildir: against `grep -rc` over its files."""
    files = [p for p in maildir.rglob("*") if p.is_file()]
    for file in files:  # warm the cache
        file.read_bytes()
    grep_s, _, _ = best(["grep", "-rc", "^Subject:", str(maildir)], env, repeat)
    imports = []
    for attempt in range(repeat):
        data = work / f"maildir-{attempt}"
        imports.append(run([*tldops, "--data-dir", str(data), "import", str(maildir)], env))
    import_s, import_peak = min(r[0] for r in imports), max(r[1] for r in imports)
    data = work / "maildir-0"
    again_s, again_peak, _ = best(
        [*tldops, "--data-dir", str(data), "import", str(maildir)], env, repeat
    )
    print()
    print(f"Maildir: {maildir} ({len(files)} files)")
    print(f"{'measurement':<52}{'seconds':>9}{'x grep':>8}{'peak MiB':>10}")
    for name, seconds, peak in [
        ("grep -rc '^Subject:' (warm)", grep_s, 0),
        ("tldops import, full history, new database", import_s, import_peak),
        ("tldops import again, nothing new", again_s, again_peak),
    ]:
        peak_text = f"{peak / 1024:.0f}" if peak else "-"
        print(f"{name:<52}{seconds:>9.3f}{seconds / grep_s:>8.1f}{peak_text:>10}")


if __name__ == "__main__":
    main()
