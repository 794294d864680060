"""Contacts to phones and address books: vCard files, and a QR code for one contact."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.core.model import Contact, Edition, Member
from tldops_desktop.errors import UserError
from tldops_desktop.export.qr import ContactCode, fit_contact_qr, write_qr
from tldops_desktop.export.vcard import VCardOptions, display_name, write_split, write_vcards
from tldops_desktop.gui.detail import UNTRUSTED_STYLE, untrusted_warning
from tldops_desktop.gui.dialogs.crash import show_user_error
from tldops_desktop.gui.dialogs.save_file import ask_save_path
from tldops_desktop.gui.i18n import apart, ltr
from tldops_desktop.gui.plain_copy import PlainCopy
from tldops_desktop.gui.screen_fit import HEIGHT_SHARE

QR_TARGET_PIXELS = 420  # big enough for a phone camera to read off a laptop screen
QR_MIN_PIXELS = 200  # still read by a camera held close
QR_SURROUNDS = 190  # the dialog's title bar, text and buttons around the code


class ExportDialog(QDialog):
    """Choose what and how, then "Export…" asks where and writes with the vCard service.

    Non-blocking use: set the widgets, then ``export_to(path)`` (a file, or a folder when
    one file per contact is chosen); it returns the files written.

    After an export the dialog stays open and says what was written where (no extra click to
    confirm); ``exported`` carries the same sentence, for a status bar.
    """

    exported = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        edition: Edition,
        *,
        selected: Sequence[Member],
        results: Sequence[Member],
        all_members: Sequence[Member],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export contacts as vCards"))
        self.edition = edition
        self.scopes: dict[str, list[Member]] = {
            "selection": list(selected),
            "results": list(results),
            "all": list(all_members),
        }
        self.written: list[Path] = []
        locale = QLocale()
        layout = QVBoxLayout(self)

        scope_box = QGroupBox(self.tr("Which members"))
        scope_layout = QVBoxLayout(scope_box)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        # Counts after a colon: right for one and for many, in every language (no plurals).
        for key, text in (
            ("selection", self.tr("&Selected member (members: {members}, contacts: {contacts})")),
            (
                "results",
                self.tr("Current search &results (members: {members}, contacts: {contacts})"),
            ),
            ("all", self.tr("&All members (members: {members}, contacts: {contacts})")),
        ):
            members = self.scopes[key]
            button = QRadioButton(
                text.format(
                    members=locale.toString(len(members)),
                    contacts=locale.toString(sum(len(m.contacts) for m in members)),
                )
            )
            button.setEnabled(bool(members))
            self.scope_group.addButton(button)
            self.scope_buttons[key] = button
            scope_layout.addWidget(button)
        first = next((k for k in ("selection", "results", "all") if self.scopes[k]), "all")
        self.scope_buttons[first].setChecked(True)
        layout.addWidget(scope_box)

        form = QFormLayout()
        self.version = QComboBox()
        self.version.addItem(self.tr("vCard 3.0 (most phones and address books)"), "3.0")
        self.version.addItem(self.tr("vCard 4.0"), "4.0")
        self.version.setAccessibleName(self.tr("vCard version"))
        form.addRow(self.tr("&Format:"), self.version)
        self.one_file = QRadioButton(self.tr("&One file with every contact"))
        self.split = QRadioButton(self.tr("One file &per contact, in a folder"))
        self.one_file.setChecked(True)
        files = QVBoxLayout()
        files.addWidget(self.one_file)
        files.addWidget(self.split)
        form.addRow(self.tr("Files:"), files)
        self.prefix = QCheckBox(self.tr("Put the &ccTLD before names (“.de Anna Jansen”)"))
        self.prefix.setToolTip(
            self.tr("Makes TLD-OPS contacts easy to find and tell apart in a phone's list.")
        )
        form.addRow("", self.prefix)
        layout.addLayout(form)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # a path may hold "<"
        self.status.setObjectName("exportStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("&Export…"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.choose_and_export)
        buttons.rejected.connect(self.reject)  # Esc and Close
        layout.addWidget(buttons)
        # Only once the button is in the dialog: set before, the dialog makes Close the
        # default at its first show, and Enter would close it without exporting.
        self.export_button.setDefault(True)
        for button in (*self.scope_buttons.values(), self.one_file, self.split):
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A radio button given the focus as the dialog opens (or is returned to) shows its
        # mark: the style draws it only after a keyboard move, and the dialog opens with the
        # focus on "Selected member", where Space and the arrows would act unseen.
        if (
            isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusIn
            and event.reason() == Qt.FocusReason.ActiveWindowFocusReason
        ):
            self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        return super().eventFilter(watched, event)

    # -- state ------------------------------------------------------------------------------

    @property
    def scope(self) -> str:
        return next(k for k, b in self.scope_buttons.items() if b.isChecked())

    def set_scope(self, key: str) -> None:
        self.scope_buttons[key].setChecked(True)

    @property
    def members(self) -> list[Member]:
        return self.scopes[self.scope]

    def options(self) -> VCardOptions:
        return VCardOptions(
            version=str(self.version.currentData()), name_prefix=self.prefix.isChecked()
        )

    def default_name(self) -> str:
        members = self.members
        if len(members) == 1:
            return f"tld-ops-{members[0].tld.unicode}-{self.edition.stamp}.vcf"
        return f"tld-ops-contacts-{self.edition.stamp}.vcf"

    # -- export -----------------------------------------------------------------------------

    @Slot()
    def choose_and_export(self) -> None:
        if self.split.isChecked():
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the vCard files"))
            target = Path(folder) if folder else None
        else:
            target = ask_save_path(
                self,
                self.tr("Save the vCards"),
                self.default_name(),
                [(self.tr("vCard files (*.vcf)"), ".vcf")],
            )
        if target is None:
            return
        try:
            self.export_to(target)
        except UserError as exc:
            show_user_error(self, exc)
            return
        # Done: the status line says what was written; Enter now closes the dialog.
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def export_to(self, target: Path) -> list[Path]:
        """Write the chosen members' cards to ``target`` (a file, or a folder when split)."""
        members = self.members
        if self.split.isChecked():
            written = write_split(self.edition, members, target, self.options())
        else:
            written = [write_vcards(self.edition, members, target, self.options())]
        self.written = written
        contacts = sum(len(m.contacts) for m in members)
        message = self.tr("Contacts written to {target}: {contacts}.").format(
            contacts=QLocale().toString(contacts), target=ltr(str(target))
        )
        self.status.setText(message)
        self.exported.emit(message)
        return written


class QrDialog(QDialog):
    """One contact as a QR code to scan with a phone camera, and "Save as PNG/SVG…".

    The code is never denser than a camera reads at the size shown (see ``fit_contact_qr``):
    a contact too long for it gets a code with the first number and address, and says so;
    one whose name alone is too long gets the message instead of a code.
    """

    def __init__(
        self, parent: QWidget | None, edition: Edition, member: Member, contact: Contact
    ) -> None:
        super().__init__(parent)
        self.setObjectName("qrDialog")
        self.edition = edition
        self.member = member
        self.contact = contact
        name = display_name(member, contact)
        self.setWindowTitle(self.tr("QR code: {name}").format(name=name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Point the phone's camera at the code to add {name} ({cctld}) as a contact."
            ).format(name=name, cctld=member.tld.display)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if not edition.trusted:
            warning = QLabel(untrusted_warning())
            warning.setObjectName("untrustedNote")
            warning.setWordWrap(True)
            warning.setStyleSheet(UNTRUSTED_STYLE)
            layout.addWidget(warning)
        self.fit: ContactCode | None
        try:
            self.fit = fit_contact_qr(edition, member, contact)
        except UserError as exc:
            if exc.code != "qr-too-large":
                raise
            self.fit = None  # said below, in the code's place
        self.note = QLabel()  # what the code leaves out, or why there is none
        self.note.setObjectName("qrNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        if self.fit is None:
            self.note.setText(
                self.tr(
                    "This contact's name and email address are too long for a QR code a phone "
                    "camera can read. Export the contact as a vCard instead."
                )
            )
        elif self.fit.short:
            self.note.setText(
                self.tr(
                    "This code holds the first phone number and email address only: the whole "
                    "contact would make a code too dense for a phone camera. Export the contact "
                    "as a vCard for all of it."
                )
            )
        self.note.setVisible(bool(self.note.text()))
        layout.addWidget(self.note)
        self.pixmap = self.render_pixmap()
        self.image = QLabel()
        self.image.setPixmap(self.pixmap)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.tr("QR code of {name}").format(name=name))
        self.image.setStyleSheet("background: white;")  # the quiet zone stays light in dark mode
        self.image.setVisible(self.fit is not None)
        layout.addWidget(self.image)
        values = (
            apart(contact.name, left_to_right=False),
            apart(contact.email, left_to_right=True),
            apart(contact.phone, left_to_right=True),
        )
        details = QLabel(" · ".join(value for value in values if value))
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        PlainCopy(details)
        details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(details)
        self.status = QLabel()  # where the code was saved: no silent success
        self.status.setObjectName("qrStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()  # until there is something to say: its room is the code's
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save as PNG or SVG…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.choose_and_save)
        self.save_button.setEnabled(self.fit is not None)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def render_pixmap(self) -> QPixmap:
        """The code at about ``QR_TARGET_PIXELS``, in whole device pixels a module; an empty
        pixmap when the contact has no code."""
        if self.fit is None:
            return QPixmap()
        code = self.fit.code
        width, _height = code.symbol_size(scale=1)
        ratio = self.devicePixelRatioF() or 1.0
        scale = max(3, round(self._target_pixels() * ratio / width))
        buffer = io.BytesIO()
        code.save(buffer, kind="png", scale=scale)
        pixmap = QPixmap()
        if not pixmap.loadFromData(buffer.getvalue(), "PNG"):
            raise RuntimeError("segno wrote a PNG that Qt cannot read")
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def _target_pixels(self) -> int:
        """``QR_TARGET_PIXELS``, or less where the screen is short (a laptop at 200 %): the
        dialog's text and buttons take about ``QR_SURROUNDS`` more."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return QR_TARGET_PIXELS
        room = int(screen.availableGeometry().height() * HEIGHT_SHARE) - QR_SURROUNDS
        return max(QR_MIN_PIXELS, min(QR_TARGET_PIXELS, room))

    def default_name(self, suffix: str = ".png") -> str:
        from tldops_desktop.export.vcard import file_stem

        return f"tld-ops-{file_stem(self.member, self.contact)}{suffix}"

    @Slot()
    def choose_and_save(self) -> None:
        filters = [(self.tr("PNG image (*.png)"), ".png"), (self.tr("SVG image (*.svg)"), ".svg")]
        path = ask_save_path(self, self.tr("Save the QR code"), self.default_name(), filters)
        if path is None:
            return
        try:
            self.save_to(path)
        except UserError as exc:
            show_user_error(self, exc)

    def save_to(self, path: Path) -> Path:
        """Write the code as PNG or SVG (by the suffix), and say where."""
        written = write_qr(self.edition, self.member, self.contact, path)
        self.status.setText(self.tr("QR code saved to {path}.").format(path=ltr(str(written))))
        self.status.show()
        return written
