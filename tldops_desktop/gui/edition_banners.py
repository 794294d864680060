"""The warnings above the contacts about the edition shown: it did not come through the list
(its numbers may be a spoof's), it is old (import the latest), or nothing can be imported
into a read-only data folder. Each offers the import that sets it right, where one can."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tldops_desktop.core.model import edition_date
from tldops_desktop.gui.detail import UNTRUSTED_RED
from tldops_desktop.gui.i18n import ltr
from tldops_desktop.gui.session import Session

FRESHNESS_STYLE = (
    "QFrame#freshness-banner { background-color: #fde68a; border: 1px solid #b45309; "
    "border-radius: 4px; } QFrame#freshness-banner QLabel { color: #3b2300; }"
)
UNTRUSTED_STYLE = (
    f"QFrame#trust-banner {{ background-color: {UNTRUSTED_RED}; border: 1px solid #450a0a; "
    "border-radius: 4px; } QFrame#trust-banner QLabel { color: #ffffff; font-weight: bold; }"
)


class EditionBanners(QObject):
    """The two banners (``freshness``, ``trust``), for the window to place."""

    import_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)

        self.freshness = QFrame()
        self.freshness.setObjectName("freshness-banner")
        self.freshness.setStyleSheet(FRESHNESS_STYLE)
        self.freshness_label = QLabel()
        self.freshness_label.setWordWrap(True)
        self.freshness_label.setAccessibleDescription(self.tr("Freshness warning"))
        self.freshness_button = self._import_button(self.tr("Import the latest monthly email"))
        self._fill(self.freshness, self.freshness_label, self.freshness_button)

        self.trust = QFrame()
        self.trust.setObjectName("trust-banner")
        self.trust.setStyleSheet(UNTRUSTED_STYLE)
        self.trust_label = QLabel(
            self.tr(
                "These contacts come from an edition NOT sent through the TLD-OPS list: they "
                "may be false. Check a number another way before you use it, and import the "
                "list's own email."
            )
        )
        self.trust_label.setWordWrap(True)
        self.trust_label.setAccessibleDescription(self.tr("Trust warning"))
        self.trust_button = self._import_button(self.tr("Import the list's own monthly email"))
        self._fill(self.trust, self.trust_label, self.trust_button)

    def _import_button(self, name: str) -> QPushButton:
        button = QPushButton(self.tr("Import…"))
        button.setAccessibleName(name)
        button.clicked.connect(self.import_requested)
        return button

    @staticmethod
    def _fill(frame: QFrame, label: QLabel, button: QPushButton) -> None:
        row = QHBoxLayout(frame)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(label, 1)
        row.addWidget(button)
        frame.hide()

    def show_for(self, session: Session | None, now: datetime) -> None:
        """The warnings that apply to the edition ``session`` shows at ``now``; none without
        one, or for the demo's."""
        if session is None or session.edition is None or session.demo:
            self.freshness.hide()
            self.trust.hide()
            return
        read_only = session.store.read_only
        self.trust.setVisible(not session.edition.trusted)
        self.trust_button.setVisible(not read_only)
        self.freshness_button.setVisible(not read_only)
        stale = session.is_stale(now)
        when = edition_date(session.edition)
        date = ltr(when.date().isoformat() if when else session.edition.stamp)
        if read_only:
            text = self.tr(
                "Read only: the data folder %1 cannot be written (a read-only disk?). "
                "Search, copy, QR codes and export work; importing is off until it can be "
                "written again."
            ).replace("%1", ltr(str(session.store.data_dir)))
            if stale:  # both: the age of the contacts matters most
                text = self.tr("Contacts from %1.").replace("%1", date) + " " + text
            self.freshness_label.setText(text)
            self.freshness.show()
        elif stale:
            self.freshness_label.setText(
                self.tr("Contacts from %1: import the latest monthly email").replace("%1", date)
            )
            self.freshness.show()
        else:
            self.freshness.hide()
