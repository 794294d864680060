"""Unexpected errors: a crash dialog with the details and a log; expected ones: a message."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tldops_desktop import logs
from tldops_desktop.errors import UserError
from tldops_desktop.gui.dialogs import crash


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setattr(logs, "log_dir", lambda: folder)
    return folder


@pytest.fixture
def handler(qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install_excepthook(qapp)
    installed = crash.installed_handler(qapp)
    assert installed is not None
    yield installed
    for dialog in list(installed.dialogs):
        dialog.close()
    installed.setParent(None)
    installed.deleteLater()


def raise_and_catch(exc):
    try:
        raise exc
    except BaseException:
        return sys.exc_info()


def test_crash_dialog_shows_traceback_and_writes_log(qtbot, handler, log_dir):
    sys.excepthook(*raise_and_catch(ZeroDivisionError("boom in the model")))
    assert handler.dialogs
    dialog = handler.dialogs[-1]
    assert isinstance(dialog, crash.CrashDialog)
    text = dialog.text.toPlainText()
    assert "ZeroDivisionError: boom in the model" in text
    assert "Traceback" in text
    assert dialog.text.isReadOnly()
    log = log_dir / "crash.log"
    assert log.exists() and "boom in the model" in log.read_text()
    assert str(log) in dialog.log_label.text()
    dialog.copy_button.click()
    assert "boom in the model" in QApplication.clipboard().text()


def test_user_error_is_a_message_not_a_crash(qtbot, handler, log_dir):
    sys.excepthook(*raise_and_catch(UserError("The disk is full.", code="disk-full")))
    box = handler.dialogs[-1]
    assert box.objectName() == "userErrorBox"
    assert box.text() == "The disk is full."
    assert not (log_dir / "crash.log").exists()


def test_thread_exceptions_reach_the_gui_thread(qtbot, handler, log_dir):
    def work():
        raise RuntimeError("in a thread")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(handler.dialogs), timeout=5000)
    assert "in a thread" in handler.dialogs[-1].text.toPlainText()


def test_keyboard_interrupt_goes_to_the_default_hook(qtbot, handler, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *a: seen.append(a[0]))
    sys.excepthook(*raise_and_catch(KeyboardInterrupt()))
    assert seen == [KeyboardInterrupt]
    assert not handler.dialogs


def test_show_user_error_is_modal_and_says_the_text(qtbot, qapp):
    from PySide6.QtCore import QTimer

    seen: list[tuple[str, str]] = []

    def close():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.informativeText()))
        box.close()

    QTimer.singleShot(0, close)
    crash.show_user_error(None, UserError("Cannot read x.", code="x", hint="Check it."))
    assert seen == [("Cannot read x.", "Check it.")]


def test_known_errors_lead_with_a_translated_summary_and_keep_the_details(qtbot, qapp):
    error = UserError(
        "The database in /data cannot be opened with this key or passphrase.", code="wrong-key"
    )
    box = crash.user_error_box(None, error)
    assert box.text() == crash.headline("wrong-key")
    assert box.informativeText() == error.message  # paths and commands, as the core said them
    machine = crash.user_error_box(None, UserError("Damaged.", code="corrupt", hint="restore"))
    assert "restore" not in machine.informativeText()  # a hint for the program, not the reader
    box.deleteLater()
    machine.deleteLater()


def test_every_error_box_can_be_selected_and_copied(qtbot, qapp):
    """A full disk, a wrong key, a folder that cannot be read: its message names the path and
    the system's words, to paste into a ticket or a chat."""
    from PySide6.QtCore import Qt

    box = crash.user_error_box(None, UserError("No space left on /data.", code="disk-full"))
    flags = box.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    box.deleteLater()


def test_a_damaged_keyinfo_is_not_called_missing(qapp, tmp_path) -> None:
    """keyinfo.json that is there but cannot be read: the headline must not send the user
    looking for a missing file; the details say the way back (move it aside)."""
    from tldops_desktop.storage.keys import read_keyinfo

    (tmp_path / "keyinfo.json").write_text("[]", encoding="utf-8")
    try:
        read_keyinfo(tmp_path)
    except UserError as error:
        box = crash.user_error_box(None, error)
    assert "missing" not in box.text() and "cannot be read" in box.text()
    assert "Move it aside" in box.informativeText()


def _unwritable_log(kind, tmp_path, monkeypatch):
    """A log that cannot be written, as the machine makes it: a full disk (the log a link to
    /dev/full), or a log folder that cannot be made (a file in the way)."""
    if kind == "full":
        folder = tmp_path / "logs"
        folder.mkdir()
        (folder / "crash.log").symlink_to("/dev/full")
    else:
        (tmp_path / "not-a-folder").write_text("")
        folder = tmp_path / "not-a-folder" / "logs"
    monkeypatch.setattr(logs, "log_dir", lambda: folder)


@pytest.mark.parametrize("kind", ["full", "no-folder"])
def test_the_crash_dialog_shows_when_the_log_cannot_be_written(
    qtbot, handler, tmp_path, monkeypatch, kind
):
    if kind == "full" and not __import__("os").path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    _unwritable_log(kind, tmp_path, monkeypatch)
    sys.excepthook(*raise_and_catch(ZeroDivisionError("boom, and the disk is full")))
    dialog = handler.dialogs[-1]
    assert isinstance(dialog, crash.CrashDialog)
    assert "boom, and the disk is full" in dialog.text.toPlainText()
    assert dialog.log_path is None
    assert "could not be written" in dialog.log_label.text()


def test_an_error_while_an_error_is_shown_does_not_raise_when_the_log_fails(
    qtbot, handler, tmp_path, monkeypatch
):
    _unwritable_log("no-folder", tmp_path, monkeypatch)
    handler._handling = True  # an error raised while the dialog of another is being made
    try:
        sys.excepthook(*raise_and_catch(RuntimeError("second error")))
    finally:
        handler._handling = False


def test_details_with_bytes_that_are_not_text_are_logged(qtbot, handler, log_dir):
    """A file name of non-UTF-8 bytes reaches a message as lone surrogates: logged all the
    same, the dialog shown."""
    name = b"/mail/caf\xe9.mbox".decode("utf-8", "surrogateescape")
    sys.excepthook(*raise_and_catch(FileExistsError(f"cannot open {name}")))
    dialog = handler.dialogs[-1]
    assert isinstance(dialog, crash.CrashDialog)
    assert dialog.log_path is not None
    assert "cannot open /mail/caf" in (log_dir / "crash.log").read_text(encoding="utf-8")
