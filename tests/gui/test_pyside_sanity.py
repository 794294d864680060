"""The installed PySide6 must not leak references to None (6.12.0 on Python 3.11 does)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20000):
    label.setText("x")
    label.update()
sys.exit(0 if abs(sys.getrefcount(None) - before) < 1000 else 3)
"""


def test_void_qt_calls_keep_none_alive() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-500:]
