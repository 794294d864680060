"""Rules of the house that a test can check."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "tldops_desktop.core.query",
        "tldops_desktop.core.diff",
        "tldops_desktop.mail.scan",
        "tldops_desktop.mail.message",
        "tldops_desktop.storage.repository",
        "tldops_desktop.services.importer",
        "tldops_desktop.cli",
    ],
)
def test_core_layers_never_import_qt(module: str) -> None:
    code = f"import sys, {module}; sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_export_never_imports_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, tldops_desktop.export as e\n"
        "[importlib.import_module('tldops_desktop.export.' + m.name) for m in pkgutil.iter_modules(e.__path__)]\n"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
