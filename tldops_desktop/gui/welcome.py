"""The first page when there is no data yet: find the mailbox or import the monthly email, or
try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tldops_desktop.gui.icons import app_icon, set_icon
from tldops_desktop.gui.screen_fit import GiveWay


class WelcomePage(QWidget):
    import_requested = Signal()
    find_mail_requested = Signal()
    demo_requested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome"))
        self.logo = logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo.setAccessibleName(self.tr("TLD-OPS Desktop logo"))

        title = QLabel(self.tr("TLD-OPS Desktop"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        text = QLabel(
            self.tr(
                "The incident-response contacts of every TLD-OPS member ccTLD, on this "
                "computer, encrypted, and usable without a network.\n\n"
                "To begin, let the app find the mailbox where the monthly repository email "
                "arrives (Thunderbird, Apple Mail, Outlook, Evolution, KMail, Claws Mail), or "
                "import the latest email yourself: a saved .eml file, or your mailbox (mbox, "
                "Maildir or MH folder). You can also drop it onto this window."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(560)  # a wrapped label needs a width to get its full height
        text.setMinimumHeight(text.heightForWidth(560))

        self.import_button = QPushButton(self.tr("Import the latest monthly email"))
        set_icon(self.import_button, "import-file")
        self.import_button.setAutoDefault(True)
        self.import_button.setMinimumHeight(40)
        self.import_button.setAccessibleName(self.tr("Import the latest monthly email"))
        self.import_button.clicked.connect(self.import_requested)

        self.find_mail_button = QPushButton(self.tr("Find my mail…"))
        set_icon(self.find_mail_button, "search")
        self.find_mail_button.setDefault(True)
        self.find_mail_button.setAutoDefault(True)
        self.find_mail_button.setMinimumHeight(40)
        self.find_mail_button.setToolTip(
            self.tr("Look for the mailboxes of your mail program and pick the one to import")
        )
        self.find_mail_button.setAccessibleName(self.tr("Find my mail"))
        self.find_mail_button.clicked.connect(self.find_mail_requested)

        self.demo_button = QPushButton(self.tr("Try demo data"))
        set_icon(self.demo_button, "demo")
        self.demo_button.setAutoDefault(True)
        self.demo_button.setMinimumHeight(40)
        self.demo_button.setToolTip(
            self.tr("Invented contacts, kept apart from your real data, to try the app")
        )
        self.demo_button.setAccessibleName(self.tr("Try demo data"))
        self.demo_button.clicked.connect(self.demo_requested)

        where = QLabel(self.tr("Data folder: %1").replace("%1", str(data_dir)))
        where.setWordWrap(True)
        where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setObjectName("data-folder")  # the text colour: a disabled grey is unreadable

        self.column = column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(logo)
        column.addWidget(title)
        column.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addStretch(1)
        buttons.addWidget(self.find_mail_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(8)
        column.addWidget(where)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(column)
        layout.addStretch(2)
        self.setFocusProxy(self.find_mail_button)
        # On a short window the logo gives way: what to do first stays in view unscrolled.
        self.logo_fit = GiveWay(
            logo,
            needed=lambda: layout.minimumSize().height(),
            own=lambda: logo.sizeHint().height() + column.spacing(),
        )

    def showEvent(self, event: QShowEvent) -> None:
        # The room is the scroll area's (its viewport, the parent), not this page's: the page
        # is never shorter than its content.
        room = self.parentWidget()
        if room is not None:
            self.logo_fit.watch(room)
        super().showEvent(event)
