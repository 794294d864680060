"""The page shown in place of the contacts while the window is locked: why, and Unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tldops_desktop.gui.icons import set_icon


class LockedPage(QWidget):
    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Locked"))
        self.label = QLabel(
            self.tr("The contacts are hidden because the window was left without input.")
        )
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Shown where unlocking asks for nothing: the page must not promise more than it hides.
        self.note = QLabel(
            self.tr(
                "Anyone at this computer can unlock it: the key of the contacts is kept by the "
                "system (its keyring, or the environment), so no passphrase is asked. Lock the "
                "computer itself when you leave it."
            )
        )
        self.note.setObjectName("lockedNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        set_icon(self.unlock_button, "lock")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.unlock_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.note)
        layout.addStretch(2)
        self.setFocusProxy(self.unlock_button)

    def show_reason(self, reason: str) -> None:
        self.label.setText(reason)
        self.note.hide()
