"""No Internet socket: import, search, show, export and the GUI open none.

Two ways, because Qt's own networking would not go through Python's ``socket``:
- in-process, with ``socket.socket`` (and ``create_connection``, ``getaddrinfo``) replaced so
  that any AF_INET/AF_INET6 socket fails the test (AF_UNIX stays allowed);
- real processes under ``strace -f -e trace=socket,connect``: the kernel's own record of every
  socket the process and its children asked for (skipped where strace is not installed).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import importlib.util
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LAYOUT_A, LAYOUT_B, SMALL_MBOX
from tests.reliability.support import PASSPHRASE, child_env, cli_command

INTERNET = (socket.AF_INET, socket.AF_INET6)
HAS_GUI = importlib.util.find_spec("tldops_desktop.gui.mainwindow") is not None
STRACE = shutil.which("strace")


class InternetSocket(AssertionError):
    pass


@pytest.fixture
def no_internet(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    attempts: list[str] = []

    class GuardedSocket(socket.socket):
        def __init__(self, family: Any = -1, *args: Any, **kwargs: Any) -> None:
            if family in INTERNET or family == -1:
                attempts.append(f"socket({family!r})")
                raise InternetSocket(f"an Internet socket was opened: family {family!r}")
            super().__init__(family, *args, **kwargs)

        def connect(self, address: Any) -> None:
            if not isinstance(address, (str, bytes)):
                attempts.append(f"connect({address!r})")
                raise InternetSocket(f"connect to {address!r}")
            super().connect(address)

    def refuse(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args!r}")
            raise InternetSocket(name)

        return call

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    yield attempts
    assert attempts == []


def test_the_cli_opens_no_internet_socket(
    no_internet: list[str], run_cli: Any, passphrase: str, tmp_path: Path
) -> None:
    for sample in (LAYOUT_B, LAYOUT_A, SMALL_MBOX):
        assert run_cli("import", sample).code == 0
    for command in (
        ["editions"],
        ["search", "nic"],
        ["search", "", "--region", "EU", "--json"],
        ["show", ".рф"],
        ["show", "de", "--json"],
        ["diff"],
        ["export", "-o", str(tmp_path / "all.vcf")],
        ["restore", "--list"],
        ["restore"],
    ):
        done = run_cli(*command)
        assert done.code == 0, (command, done.err)
    assert (tmp_path / "all.vcf").stat().st_size > 0


def test_the_guard_works(no_internet: list[str]) -> None:
    with pytest.raises(InternetSocket):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    no_internet.clear()
    left, right = socket.socketpair(socket.AF_UNIX)  # local sockets stay allowed
    left.close()
    right.close()


@pytest.mark.gui
@pytest.mark.skipif(not HAS_GUI, reason="tldops_desktop.gui.mainwindow does not exist yet")
def test_a_gui_session_opens_no_internet_socket(
    no_internet: list[str], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from tldops_desktop.gui.mainwindow import MainWindow
    from tldops_desktop.gui.session import Session
    from tldops_desktop.gui.settings_store import AppSettings
    from tldops_desktop.services.importer import ImportOptions, run_import
    from tldops_desktop.services.store import Store
    from tldops_desktop.storage.keys import KeySource

    opened: list[Any] = []
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    data = tmp_path / "data"
    store = Store.open(data, KeySource(passphrase=PASSPHRASE, prompt=None, env={}), create=True)
    run_import([str(LAYOUT_B)], store.repo, ImportOptions())

    def import_directly(self: Any, store: Store, paths: list[str], options: ImportOptions) -> Any:
        return run_import(paths, store.repo, options)

    monkeypatch.setattr(MainWindow, "_run_import_dialog", import_directly)
    window = MainWindow(settings, data, Session(store), url_opener=opened.append)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.search_field.setText("nl")
    qtbot.wait(50)
    assert window.results()
    report = window.import_paths([str(LAYOUT_A)])
    assert report is not None and report.imported == ["20261101-0600"]
    window.search_field.setText("рф")
    qtbot.wait(50)
    window.close()
    store.close()
    assert "PySide6.QtNetwork" not in sys.modules
    assert not any(m.startswith("PySide6.QtWebEngine") for m in sys.modules)


# -- the kernel's view: real processes under strace -------------------------------------------

_INTERNET_CALL = re.compile(r"socket\((AF_INET|AF_INET6|PF_INET|PF_INET6)\b|sin6?_family=AF_INET")


def _traced(
    args: list[str], env: dict[str, str], trace: Path, calls: str = "socket,connect"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [STRACE or "strace", "-f", "-qq", "-e", f"trace={calls}", "-o", str(trace), *args],
        env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip


def _strace_works(tmp_path: Path) -> bool:
    if STRACE is None:
        return False
    probe = subprocess.run([STRACE, "-qq", "-o", str(tmp_path / "probe"), "true"],
                           capture_output=True, check=False)  # fmt: skip
    return probe.returncode == 0


@pytest.mark.skipif(STRACE is None, reason="strace is not installed")
def test_the_kernel_trace_does_see_an_internet_socket(tmp_path: Path) -> None:
    if not _strace_works(tmp_path):
        pytest.skip("strace cannot trace here (ptrace not permitted)")
    trace = tmp_path / "trace.txt"
    code = "import socket; socket.socket(socket.AF_INET6).close()"
    assert _traced([sys.executable, "-c", code], dict(os.environ), trace).returncode == 0
    assert any(_INTERNET_CALL.search(line) for line in trace.read_text().splitlines())


@pytest.mark.skipif(STRACE is None, reason="strace is not installed")
def test_cli_processes_ask_the_kernel_for_no_internet_socket(tmp_path: Path) -> None:
    if not _strace_works(tmp_path):
        pytest.skip("strace cannot trace here (ptrace not permitted)")
    env = child_env(tmp_path)
    data = tmp_path / "data"
    commands: list[list[str | Path]] = [
        ["import", LAYOUT_B], ["import", LAYOUT_A, SMALL_MBOX], ["search", "nic"],
        ["show", ".рф"], ["export", "-o", tmp_path / "all.vcf"], ["restore", "--list"],
    ]  # fmt: skip
    for n, command in enumerate(commands):
        trace = tmp_path / f"trace{n}.txt"
        done = _traced(cli_command("--data-dir", data, *command), env, trace)
        assert done.returncode == 0, (command, done.stderr)
        calls = [line for line in trace.read_text().splitlines() if _INTERNET_CALL.search(line)]
        assert calls == [], (command, calls)
    # A large import's worker processes (forced here for a small mailbox): traced with -f too.
    trace = tmp_path / "trace-workers.txt"
    workers = cli_command("--data-dir", tmp_path / "data2", "import", SMALL_MBOX)
    done = _traced(workers, {**env, "TLDOPS_IMPORT_WORKERS": "2"}, trace, "socket,connect,execve")
    assert done.returncode == 0, done.stderr
    lines = trace.read_text().splitlines()
    assert sum("mail.examine_work" in line for line in lines) == 2, "the two workers ran, traced"
    assert [line for line in lines if _INTERNET_CALL.search(line)] == []


_GUI_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from tldops_desktop.gui.main import create_application
from tldops_desktop.gui.mainwindow import MainWindow
from tldops_desktop.gui.session import Session
from tldops_desktop.gui.settings_store import AppSettings
from tldops_desktop.services.importer import ImportOptions, run_import
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

data, first, second, ini = (Path(a) for a in sys.argv[1:5])
app = create_application(["tldops-desktop"])
store = Store.open(data, KeySource(prompt=None), create=True)
run_import([str(first)], store.repo, ImportOptions())
MainWindow._run_import_dialog = lambda self, s, paths, o: run_import(paths, s.repo, o)
settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
window = MainWindow(settings, data, Session(store), url_opener=lambda url: True)
window.show()
def steps():
    window.search_field.setText("nl")
    assert window.results()
    window.import_paths([str(second)])
    window.search_field.setText("рф")
    window.close()
    app.quit()
QTimer.singleShot(300, steps)
app.exec()
store.close()
print("gui session done")
"""


@pytest.mark.gui
@pytest.mark.skipif(not HAS_GUI, reason="tldops_desktop.gui.mainwindow does not exist yet")
@pytest.mark.skipif(STRACE is None, reason="strace is not installed")
def test_a_gui_process_asks_the_kernel_for_no_internet_socket(tmp_path: Path) -> None:
    if not _strace_works(tmp_path):
        pytest.skip("strace cannot trace here (ptrace not permitted)")
    env = child_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    trace = tmp_path / "gui-trace.txt"
    done = _traced(
        [sys.executable, "-c", _GUI_SCRIPT, str(tmp_path / "data"), str(LAYOUT_B), str(LAYOUT_A),
         str(tmp_path / "settings.ini")],
        env, trace,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "gui session done" in done.stdout
    calls = [line for line in trace.read_text().splitlines() if _INTERNET_CALL.search(line)]
    assert calls == [], calls
