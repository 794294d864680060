"""Helpers of the reliability tests: real processes, real files, real mounts where we may."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


def cli_command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "tldops_desktop.cli", *[str(a) for a in args]]


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """An environment for a ``tldops`` subprocess that touches nothing of the real user."""
    home = tmp_path / "home"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TLDOPS_", "XDG_", "PYTHON_KEYRING"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_STATE_HOME=str(home / ".local/state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PYTHONPATH=str(ROOT),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        TLDOPS_PASSPHRASE=PASSPHRASE,
    )
    env.update(extra)
    return env


@dataclass
class Measured:
    returncode: int
    stdout: bytes
    stderr: bytes
    max_rss_mib: float


# Runs a module as __main__ and, at exit, writes the process's own peak RSS (VmHWM of its
# memory map, which starts anew at exec) to $TLDOPS_TEST_HWM_FILE. ru_maxrss from wait4 or
# getrusage would also count the parent's pages before exec: a large pytest worker would
# show up as the child's peak.
_HWM_WRAPPER = """
import atexit, os, runpy, sys
def _hwm():
    with open("/proc/self/status") as status:
        kib = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    with open(os.environ["TLDOPS_TEST_HWM_FILE"], "w") as out:
        out.write(str(kib))
atexit.register(_hwm)
module = sys.argv.pop(1)
runpy.run_module(module, run_name="__main__", alter_sys=True)
"""


def run_measured(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 240) -> Measured:
    """Run ``python -m MODULE ...`` (as ``cli_command`` gives) and measure its own peak RSS."""
    assert args[1] == "-m", args
    out, err, hwm = cwd / "measured.out", cwd / "measured.err", cwd / "measured.hwm"
    command = [args[0], "-c", _HWM_WRAPPER, *args[2:]]
    with out.open("wb") as o, err.open("wb") as e:
        proc = subprocess.Popen(
            command, env={**env, "TLDOPS_TEST_HWM_FILE": str(hwm)}, stdout=o, stderr=e, cwd=cwd
        )
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            pytest.fail(f"{args} did not finish within {timeout} s")
    rss_kib = int(hwm.read_text()) if hwm.exists() else 0
    return Measured(proc.returncode, out.read_bytes(), err.read_bytes(), rss_kib / 1024)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative path -> sha256)."""
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def files_under(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        if folder.is_file():
            yield folder
        elif folder.is_dir():
            yield from (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def needles(values: list[str]) -> list[bytes]:
    """How a value could sit in a file in the clear: UTF-8, UTF-16 (LE and BE)."""
    out: list[bytes] = []
    for value in values:
        for codec in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append(value.encode(codec))
    return out


def find_plaintext(paths: list[Path], values: list[str]) -> list[tuple[Path, str]]:
    found = []
    wanted = [(v, needles([v])) for v in values]
    for path in files_under(*paths):
        data = path.read_bytes()
        for value, encodings in wanted:
            if any(e in data for e in encodings):
                found.append((path, value))
    return found


# -- faults we can really make as root: a read-only mount, a full file system --------------


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _run_quiet(*args: str) -> bool:
    try:
        return subprocess.run(args, capture_output=True, timeout=30, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def as_another_user_sees_it(command: list[str]) -> list[str]:
    """``command`` run by root without the power to ignore file permissions (Linux
    capabilities dropped): files of another user are then as closed to it as to anyone."""
    if not (sys.platform.startswith("linux") and is_root() and shutil.which("setpriv")):
        pytest.skip("needs root and setpriv to see files as another user does")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--", *command]


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[None]:
    """Make one file read-only in a folder that stays writable, even for root (``chattr
    +i``), as a file copied from other media or owned by another user is."""
    if is_root():
        if not (shutil.which("chattr") and _run_quiet("chattr", "+i", str(path))):
            pytest.skip("cannot make a file read-only for root here (no chattr)")
        try:
            yield
        finally:
            _run_quiet("chattr", "-i", str(path))
        return
    mode = path.stat().st_mode
    path.chmod(0o400)
    try:
        yield
    finally:
        path.chmod(mode)


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[str]:
    """Make ``folder`` really read-only, even for root; yields how it was done.

    Root ignores permission bits, so: a read-only bind mount of the folder on itself (the
    kernel refuses every write with EROFS), else the immutable attribute (``chattr +i``:
    EPERM for new files in it), else skip.
    """
    if sys.platform.startswith("linux") and is_root():
        if _run_quiet("mount", "--bind", str(folder), str(folder)):
            if _run_quiet("mount", "-o", "remount,bind,ro", str(folder)):
                try:
                    yield "read-only bind mount"
                finally:
                    _run_quiet("umount", str(folder))
                return
            _run_quiet("umount", str(folder))
        if shutil.which("chattr") and _run_quiet("chattr", "+i", str(folder)):
            try:
                yield "chattr +i"
            finally:
                _run_quiet("chattr", "-i", str(folder))
            return
    if not is_root():
        mode = folder.stat().st_mode
        folder.chmod(0o500)
        try:
            yield "chmod 0500"
        finally:
            folder.chmod(mode)
        return
    pytest.skip("cannot make a folder read-only for root here (no mount, no chattr)")


@contextlib.contextmanager
def small_file_system(folder: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (root, Linux); skip where it cannot be."""
    folder.mkdir(parents=True, exist_ok=True)
    if not (sys.platform.startswith("linux") and is_root()):
        pytest.skip("mounting a small tmpfs needs root on Linux")
    if not _run_quiet("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)):
        pytest.skip("mount -t tmpfs is not allowed here")
    try:
        yield folder
    finally:
        _run_quiet("umount", "-l", str(folder))


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of ``folder`` until ``leave`` bytes are free (about)."""
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free
    with filler.open("wb") as out:
        remaining = max(0, free - leave)
        block = b"\0" * 65536
        while remaining > 0:
            try:
                out.write(block[: min(len(block), remaining)])
                out.flush()
            except OSError:
                break
            remaining -= min(len(block), remaining)
    return filler


@contextlib.contextmanager
def lock_holder(data_dir: Path, env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    """Another process holding the data folder's writer lock until the block ends."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tldops_desktop.storage.lock import WriterLock\n"
        "with WriterLock(Path(sys.argv[1])):\n"
        "    print('locked', flush=True)\n"
        "    sys.stdin.read()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir)],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"locked"
        yield proc
    finally:
        with contextlib.suppress(OSError):
            proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()
