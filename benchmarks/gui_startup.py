#!/usr/bin/env python3
"""Start-up to an interactive main window with data, against a bare PySide6 window.

Each case runs in fresh processes (``--runs`` times, median reported):

- ``bare``: ``QApplication`` + an empty ``QMainWindow`` shown (the floor on this machine);
- ``real``: the app's window on an encrypted store holding the sample editions (200 members,
  537 contacts, plus the previous editions for change badges);
- ``large``: the same on a synthetic edition of 20,000 members (60,000 contacts).

"ready" is when the shown window has processed its first event-loop turn (painted, accepting
input), measured from the first line of the script and from the process spawn (which adds the
interpreter start). Peak RSS is the child's.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_startup.py [--runs 5]
"""

from __future__ import annotations

import time

T0 = time.perf_counter()
WALL0 = time.time()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE = "benchmark-pass"
SAMPLES = [
    ROOT / "tests/data/repository-20261001-layout-b.eml",
    ROOT / "tests/data/repository-20261101-layout-a.eml",
    ROOT / "tests/data/small.mbox",
]
LARGE_MEMBERS = 20_000


def _keys(data_dir: Path, mode: str) -> object:
    """Keyring mode (the usual case: a raw key, no KDF) through a file standing in for the OS
    keyring of this benchmark only; or passphrase mode (SQLCipher's KDF runs at each open)."""
    from tldops_desktop.storage.keys import Keyring, KeySource

    if mode == "passphrase":
        return KeySource(passphrase=PASSPHRASE, prompt=None, env={})

    class FileKeyring(Keyring):
        path = data_dir.with_name(data_dir.name + ".bench-keyring.json")

        def _load(self) -> dict[str, str]:
            return json.loads(self.path.read_text()) if self.path.exists() else {}

        def get(self, user: str) -> str | None:
            return self._load().get(user)

        def set(self, user: str, secret: str) -> None:
            self.path.write_text(json.dumps({**self._load(), user: secret}))

        def delete(self, user: str) -> None:
            self.path.unlink(missing_ok=True)

    return KeySource(prompt=None, env={}, keyring=FileKeyring())


def make_real_store(data_dir: Path, mode: str = "keyring") -> None:
    from tldops_desktop.services.importer import ImportOptions, run_import
    from tldops_desktop.services.store import Store

    keys = _keys(data_dir, mode)
    with Store.open(data_dir, keys, create=True) as store:  # type: ignore[arg-type]
        assert store.key_info.mode == mode
        run_import([str(p) for p in SAMPLES], store.repo, ImportOptions())


def large_edition(count: int = LARGE_MEMBERS, seed: int = 7) -> object:
    """A synthetic edition of ``count`` members with three contacts each (no real people)."""
    from tldops_desktop.core import cctlds
    from tldops_desktop.core.model import Contact, Edition, Member, Region, Tld, content_hash

    rng = random.Random(seed)
    countries = [c.country for c in cctlds.all_cctlds() if getattr(c, "country", "")] or ["Xland"]
    first = ("Ana", "Bram", "Chloé", "Dara", "Emil", "Fatou", "Hana", "Ines", "Jonas", "Kofi",
             "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Rosa", "Sami", "Светлана", "伟", "منى")  # fmt: skip
    last = ("Ahlberg", "Costa", "Dijkstra", "Eriksen", "García", "Horvat", "Jensen", "Lefèvre",
            "Mensah", "Novák", "Okafor", "Rossi", "Schäfer", "Tanaka", "Weber", "Орлова", "王")  # fmt: skip
    regions = list(Region)
    letters = "abcdefghijklmnopqrstuvwxyz"
    members = []
    for i in range(count):
        label = ""
        n = i
        for _ in range(4):
            label = letters[n % 26] + label
            n //= 26
        ace = "zz" + label
        contacts = []
        for position in (1, 2, 3):
            national = f"{rng.randrange(10**8, 10**9)}"
            cc = rng.choice(("31", "49", "7", "86", "20", "1", "55", "81"))
            contacts.append(
                Contact(
                    position,
                    f"{rng.choice(first)} {rng.choice(last)}",
                    f"irt{position}@{ace}.bench.example",
                    f"+{cc} {national[:3]} {national[3:]}",
                    f"+{cc}{national}",
                )
            )
        members.append(
            Member(Tld(ace, ace), rng.choice(countries), rng.choice(regions), tuple(contacts))
        )
    frozen = tuple(members)
    return Edition(
        "20261101-0600", None, frozen, "<bench@example>", True, "A", content_hash(frozen)
    )


def make_large_store(data_dir: Path, mode: str = "keyring") -> None:
    from tldops_desktop.services.store import Store

    keys = _keys(data_dir, mode)
    with Store.open(data_dir, keys, create=True) as store:  # type: ignore[arg-type]
        store.repo.add_edition(large_edition())  # type: ignore[arg-type]


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -------------------------------------------------------------------------- the child


def child(case: str, data_dir: str, settings_file: str) -> None:
    mode = "passphrase" if case.endswith("-passphrase") else "keyring"
    if case == "bare":
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(["bench"])
        window = QMainWindow()
        window.resize(1100, 700)
        window.show()
    else:
        from PySide6.QtCore import QSettings, QTimer

        from tldops_desktop.gui.main import create_application
        from tldops_desktop.gui.mainwindow import MainWindow
        from tldops_desktop.gui.session import Session
        from tldops_desktop.gui.settings_store import AppSettings
        from tldops_desktop.services.store import Store

        app = create_application(["bench"])
        settings = AppSettings(QSettings(settings_file, QSettings.Format.IniFormat))
        store = Store.open(Path(data_dir), _keys(Path(data_dir), mode))  # type: ignore[arg-type]
        window = MainWindow(settings, Path(data_dir), Session(store))
        window.show()

    def ready() -> None:
        app.processEvents()
        ready_s = time.perf_counter() - T0
        ready_wall = time.time()
        search_s = ready_s
        if case != "bare":  # a first keystroke: waits for the search index if not built yet
            window.search_field.setText("r")  # type: ignore[attr-defined]
            app.processEvents()
            search_s = time.perf_counter() - T0
        result = {
            "ready_s": ready_s,
            "ready_wall": ready_wall,
            "search_s": search_s,
            "rows": getattr(getattr(window, "proxy", None), "rowCount", lambda: 0)(),
            "rss_mib": peak_rss_mib(),
        }
        print(json.dumps(result), flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()


# -------------------------------------------------------------------------- the parent


def run_case(case: str, data_dir: Path, settings_file: Path, runs: int) -> dict[str, float]:
    ready, spawn, search, rss = [], [], [], []
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for _ in range(runs):
        start = time.time()
        done = subprocess.run(
            [sys.executable, __file__, "--child", case, str(data_dir), str(settings_file)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=300,
        )
        line = [x for x in done.stdout.splitlines() if x.startswith("{")][-1]
        result = json.loads(line)
        ready.append(result["ready_s"])
        search.append(result["search_s"])
        spawn.append(result["ready_wall"] - start)
        rss.append(result["rss_mib"])
    return {
        "ready_s": statistics.median(ready),
        "spawn_s": statistics.median(spawn),
        "search_s": statistics.median(search),
        "rss_mib": max(rss),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="GUI start-up benchmark")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs=3, metavar=("CASE", "DATA_DIR", "SETTINGS"))
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="tldops-bench-") as tmp:
        base = Path(tmp)
        real, real_pass, large = base / "real", base / "real-passphrase", base / "large"
        t = time.perf_counter()
        make_real_store(real)
        make_real_store(real_pass, "passphrase")
        make_large_store(large)
        print(f"data sets built in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        settings = base / "settings.ini"
        rows = []
        cases = (
            ("bare", base),
            ("real", real),
            ("real-passphrase", real_pass),
            ("large", large),
        )
        for case, data in cases:
            result = run_case(case, data, settings, args.runs)
            rows.append((case, result))
    print(f"GUI start-up, median of {args.runs} runs ({os.environ['QT_QPA_PLATFORM']})")
    print("ready: window shown and painted with its data; 1st result: a first keystroke answered")
    print(f"{'case':<32}{'script→ready':>14}{'spawn→ready':>14}{'→1st result':>14}{'peak RSS':>12}")
    labels = {
        "bare": "bare QMainWindow",
        "real": "real edition (200), keyring",
        "real-passphrase": "real edition, passphrase (KDF)",
        "large": "20,000 members, keyring",
    }
    for case, r in rows:
        print(
            f"{labels[case]:<32}{r['ready_s'] * 1000:>11.0f} ms{r['spawn_s'] * 1000:>11.0f} ms"
            f"{r['search_s'] * 1000:>11.0f} ms{r['rss_mib']:>8.0f} MiB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
