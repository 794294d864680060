#!/usr/bin/env python3
"""Keystroke-to-results latency in the main window: the real edition and 20,000 members.

Each data set runs in its own process (so that peak RSS is its own). A keystroke is a key
event sent to the search field; it is done when the event has been handled (the search index
answered, the model was reset, the first result is selected and shown in the detail pane) and
the resulting repaint events have been processed. Queries are typed character by character, then
erased with Backspace.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_keystroke.py
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import gui_startup

QUERIES = {
    "real": ["russia", "рф", "lefevre", "+7 912 345", "abuse1@nic", "south", "xn--"],
    "large": ["russia", "lefevre", "+31 612", "zzab", "irt2@zzba", "weber costa", "rossi"],
}
TARGET_MS = {"real": 16, "large": 50}


def child(case: str, data_dir: str, settings_file: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from tldops_desktop.gui.main import create_application
    from tldops_desktop.gui.mainwindow import MainWindow
    from tldops_desktop.gui.session import Session
    from tldops_desktop.gui.settings_store import AppSettings
    from tldops_desktop.services.store import Store

    app = create_application(["bench"])
    settings = AppSettings(QSettings(settings_file, QSettings.Format.IniFormat))
    keys = gui_startup._keys(Path(data_dir), "keyring")
    window = MainWindow(settings, Path(data_dir), Session(Store.open(Path(data_dir), keys)))  # type: ignore[arg-type]
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    assert window.session is not None
    # What the window does once idle after its first paint (a user's first keystroke comes
    # later than that).
    window.session.prepare()
    window.session.prepare_numbers()
    field = window.search_field
    field.setFocus()

    def key(char: str, code: Qt.Key = Qt.Key.Key_unknown) -> float:
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
            )
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    latencies: list[float] = []
    search_only: list[float] = []
    for query in QUERIES[case]:
        for i, char in enumerate(query):
            latencies.append(key(char))
            if os.environ.get("BENCH_DEBUG"):
                print(f"{query[: i + 1]!r}: {latencies[-1]:.1f} ms", file=sys.stderr)
            t = time.perf_counter()
            window.session.search(query[: i + 1])
            search_only.append((time.perf_counter() - t) * 1000)
        for _ in query:
            latencies.append(key("", Qt.Key.Key_Backspace))
    print(
        json.dumps(
            {
                "members": len(window.session.members),
                "keystrokes": len(latencies),
                "median_ms": statistics.median(latencies),
                "p95_ms": statistics.quantiles(latencies, n=20)[-1],
                "max_ms": max(latencies),
                "search_median_ms": statistics.median(search_only),
                "rss_mib": gui_startup.peak_rss_mib(),
            }
        ),
        flush=True,
    )
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="GUI keystroke latency benchmark")
    parser.add_argument("--child", nargs=3, metavar=("CASE", "DATA_DIR", "SETTINGS"))
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    rows = []
    with tempfile.TemporaryDirectory(prefix="tldops-bench-") as tmp:
        base = Path(tmp)
        gui_startup.make_real_store(base / "real")
        gui_startup.make_large_store(base / "large")
        for case in ("real", "large"):
            done = subprocess.run(
                [sys.executable, __file__, "--child", case, str(base / case), str(base / "s.ini")],
                capture_output=True, text=True, env=env, check=True, timeout=600,
            )  # fmt: skip
            line = [x for x in done.stdout.splitlines() if x.startswith("{")][-1]
            rows.append((case, json.loads(line)))
    print(f"Keystroke → results in the main window ({env['QT_QPA_PLATFORM']})")
    print(
        f"{'data set':<16}{'keys':>6}{'median':>10}{'p95':>10}{'max':>10}{'search only':>13}"
        f"{'target':>9}{'peak RSS':>11}"
    )
    for case, r in rows:
        name = f"{r['members']:,} members"
        print(
            f"{name:<16}{r['keystrokes']:>6}{r['median_ms']:>7.1f} ms{r['p95_ms']:>7.1f} ms"
            f"{r['max_ms']:>7.1f} ms{r['search_median_ms']:>10.1f} ms{TARGET_MS[case]:>6} ms"
            f"{r['rss_mib']:>7.0f} MiB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
