"""Windows no larger than the screen they open on."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tldops_desktop.gui.screen_fit import GiveWay, resize_to_fit


def test_a_window_larger_than_the_screen_is_made_to_fit(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    resize_to_fit(widget, area.width() * 3, area.height() * 3)
    assert widget.width() <= area.width() and widget.height() <= area.height()
    resize_to_fit(widget, 300, 200)  # a small one keeps its size
    assert (widget.width(), widget.height()) == (300, 200)


def test_a_part_gives_way_in_a_short_room_and_comes_back_in_a_tall_one(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    room = QWidget()
    qtbot.addWidget(room)
    column = QVBoxLayout(room)
    column.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)  # a short room
    part, rest = QLabel("logo"), QLabel("what to do first")
    part.setFixedHeight(100)
    rest.setFixedHeight(200)
    column.addWidget(part)
    column.addWidget(rest)
    fit = GiveWay(part, needed=lambda: column.minimumSize().height(), own=lambda: 100)
    room.resize(400, 500)
    room.show()
    qtbot.waitExposed(room)
    fit.watch(room)
    assert not part.isHidden()
    room.resize(400, 250)  # less than both: the part gives way
    qtbot.waitUntil(part.isHidden)
    room.resize(400, 290)  # room for the rest alone: it stays away, never flickers back
    qtbot.waitUntil(lambda: room.height() == 290)
    assert part.isHidden()
    room.resize(400, 400)
    qtbot.waitUntil(lambda: not part.isHidden())


def test_the_main_window_fits_a_small_screen(make_window: Any, session: Any) -> None:
    window = make_window(session)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


def _short_screen(monkeypatch: Any, width: int = 1093, height: int = 614) -> None:
    """A 1366x768 laptop at 125 %: what Qt reports as the room to lay windows out in."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, width, height))


def test_the_request_dialog_fits_a_short_screen_its_buttons_in_view(
    qtbot: Any, monkeypatch: Any
) -> None:
    from tldops_desktop.gui.request_dialog import RequestDialog

    _short_screen(monkeypatch)
    dialog = RequestDialog(None, None, kind="join", url_opener=lambda url: True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 614
    for button in (dialog.mail_button, dialog.save_button):
        bottom = button.mapTo(dialog, button.rect().bottomLeft()).y()
        assert bottom <= dialog.height()
        assert button.isVisible()


def test_the_qr_code_shrinks_to_a_short_screen(qtbot: Any, monkeypatch: Any) -> None:
    from tests.conftest import LAYOUT_A
    from tldops_desktop.core.model import Edition
    from tldops_desktop.gui.dialogs.export_dialog import QR_TARGET_PIXELS, QrDialog
    from tldops_desktop.mail.message import examine

    (found,) = examine(LAYOUT_A.read_bytes(), "a.eml").editions
    edition = Edition(found.stamp, None, found.body.members, "<m@x>", True, "A", "hash")
    member = edition.members[0]
    tall = QrDialog(None, edition, member, member.contacts[0])
    qtbot.addWidget(tall)
    _short_screen(monkeypatch, 1280, 540)  # 1920x1080 at 200 %, less the taskbar
    short = QrDialog(None, edition, member, member.contacts[0])
    qtbot.addWidget(short)
    short.show()
    qtbot.waitExposed(short)
    ratio = short.pixmap.devicePixelRatio()
    assert short.pixmap.height() / ratio < tall.pixmap.height() / ratio <= QR_TARGET_PIXELS + 40
    assert short.sizeHint().height() <= 540


def test_the_main_window_fits_a_very_short_screen_with_or_without_contacts(
    make_window: Any, session: Any, monkeypatch: Any
) -> None:
    """1280x720 at 200 % (640x360): the welcome page, taller than that, set the height of
    every page, and the window ran off the screen with its status bar; it scrolls instead."""
    from PySide6.QtWidgets import QScrollArea

    _short_screen(monkeypatch, 640, 360)
    for shown in (session, None):
        window = make_window(shown)
        assert window.height() <= 360, "with contacts" if shown else "welcome page"
    welcome = window.welcome
    area = welcome.parentWidget().parentWidget()  # the scroll area's viewport, then itself
    assert isinstance(area, QScrollArea)
    area.ensureWidgetVisible(welcome.demo_button)
    demo = welcome.demo_button
    top = demo.mapTo(area.viewport(), demo.rect().topLeft()).y()
    assert top >= 0 and top + demo.height() <= area.viewport().height()


TINY = (640, 360)  # 1280x720 at 200 %: the room a dialog has, with the taskbar


def _dialogs(session: Any, settings: Any, data_dir: Any, tmp_path: Any) -> dict[str, Any]:
    """Every dialog of the app's own, as the window opens it (the unlock and crash dialogs
    are measured with their own tests)."""
    from tldops_desktop.gui.community import NonMembersDialog
    from tldops_desktop.gui.dialogs.export_dialog import ExportDialog, QrDialog
    from tldops_desktop.gui.dialogs.find_mail import FindMailDialog
    from tldops_desktop.gui.dialogs.history import HistoryDialog
    from tldops_desktop.gui.dialogs.import_dialog import ImportProgressDialog
    from tldops_desktop.gui.dialogs.report import ImportReportDialog
    from tldops_desktop.gui.dialogs.restore import RestoreDialog
    from tldops_desktop.gui.dialogs.settings_dialog import PassphraseDialog, SettingsDialog
    from tldops_desktop.gui.request_dialog import RequestDialog
    from tldops_desktop.services.import_report import ImportReport
    from tldops_desktop.services.importer import ImportOptions

    store, edition = session.store, session.edition
    members = list(edition.members)
    report = ImportReport(messages_scanned=5, editions_found=2)
    report.imported.append("20261101-0600")
    report.errors.append({"source": str(tmp_path / "INBOX"), "code": "cut-short", "detail": "x"})
    report.untrusted.append({"stamp": "20261001-0600", "source": "x.eml"})
    return {
        "history": lambda: HistoryDialog(None, store.repo),
        "non-members": lambda: NonMembersDialog(None, store.repo, url_opener=lambda url: True),
        "request": lambda: RequestDialog(
            None, edition, kind="update", cctld=members[0].tld.ace, url_opener=lambda url: True
        ),
        "export": lambda: ExportDialog(
            None, edition, selected=members[:1], results=members, all_members=members
        ),
        "qr": lambda: QrDialog(None, edition, members[0], members[0].contacts[0]),
        "report": lambda: ImportReportDialog(None, report, error="The import stopped."),
        "settings": lambda: SettingsDialog(None, settings, store, store.data_dir),
        "passphrase": lambda: PassphraseDialog(None, "Passphrase", ask_current=True, ask_new=True),
        "restore": lambda: RestoreDialog(None, store.data_dir),
        "find-mail": lambda: FindMailDialog(
            None, data_dir, home=tmp_path / "home", os_name="linux"
        ),
        "progress": lambda: ImportProgressDialog(None, ["INBOX"], ImportOptions()),
    }


def misfits(qtbot: Any, makers: dict[str, Any]) -> list[str]:
    """The dialogs of ``makers`` that do not fit a screen of ``TINY`` (patched in), with
    room for their title bars: what each needs at least, or its size when opened."""
    from PySide6.QtWidgets import QDialogButtonBox

    from tldops_desktop.gui.screen_fit import HEIGHT_SHARE, WIDTH_SHARE

    room_width, room_height = int(TINY[0] * WIDTH_SHARE), int(TINY[1] * HEIGHT_SHARE)
    too_big = []
    for name, make in makers.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        least = dialog.minimumSizeHint()
        if least.width() > room_width or least.height() > room_height:
            too_big.append(f"{name}: at least {least.width()}x{least.height()}")
        elif dialog.width() > room_width or dialog.height() > room_height:
            too_big.append(f"{name}: opens at {dialog.width()}x{dialog.height()}")
        for box in dialog.findChildren(QDialogButtonBox):
            bottom = box.mapTo(dialog, box.rect().bottomLeft()).y()
            if box.isVisible() and bottom > dialog.height():
                too_big.append(f"{name}: its buttons end at {bottom}")
        dialog.close()
    return too_big


def test_every_dialog_fits_a_very_short_screen_its_buttons_in_view(
    qtbot: Any, session: Any, settings: Any, data_dir: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    """On 640x360, the History dialog could not be made shorter than 461 pixels (the import
    report 431, ccTLDs not in TLD-OPS 410): its Close button lay below the screen. Each now
    fits with room for its title bar, its content scrolling where it is long."""
    _short_screen(monkeypatch, *TINY)
    assert not misfits(qtbot, _dialogs(session, settings, data_dir, tmp_path))


def test_the_welcome_pages_first_steps_are_in_view_on_a_short_screen(
    make_window: Any, monkeypatch: Any, qtbot: Any
) -> None:
    """1280x720 at 200 %: the logo gives way, and Find my mail and Import are in view
    without scrolling (they were below the fold, under the logo and the text)."""
    from PySide6.QtWidgets import QScrollArea

    tall = make_window(None)
    assert not tall.welcome.logo.isHidden()  # where there is room, the logo stays
    _short_screen(monkeypatch, 640, 360)
    window = make_window(None)
    welcome = window.welcome
    area = welcome.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)

    def in_view(button: Any) -> bool:
        top: int = button.mapTo(area.viewport(), button.rect().topLeft()).y()
        return top >= 0 and top + button.height() <= area.viewport().height()

    qtbot.waitUntil(welcome.logo.isHidden)
    qtbot.waitUntil(lambda: in_view(welcome.find_mail_button) and in_view(welcome.import_button))
    assert area.verticalScrollBar().value() == 0


def test_the_history_shows_its_changes_unscrolled_on_a_short_screen(
    qtbot: Any, session: Any, monkeypatch: Any
) -> None:
    """1280x720 at 200 %: the chart took the room and the changes, what the History is
    opened for, were below the fold. The chart gives way; where there is room, it stays."""
    from tldops_desktop.gui.dialogs.history import HistoryDialog

    tall = HistoryDialog(None, session.store.repo)
    qtbot.addWidget(tall)
    tall.show()
    qtbot.waitExposed(tall)
    assert not tall.chart_box.isHidden()
    _short_screen(monkeypatch, *TINY)
    dialog = HistoryDialog(None, session.store.repo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.chart_box.isHidden)
    viewport = dialog.scroll_area.viewport()
    tree = dialog.tree
    top = tree.viewport().mapTo(viewport, tree.viewport().rect().topLeft()).y()
    rows = (viewport.height() - top) // max(tree.sizeHintForRow(0), 1)
    assert dialog.scroll_area.verticalScrollBar().value() == 0
    assert rows >= 3, f"{rows} rows of changes in view"
