"""The TLD-OPS join or update email: filled in, checked, then opened in the user's mail
client or saved as an ``.eml``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.core import cctlds
from tldops_desktop.core.model import MAX_CONTACTS, Edition
from tldops_desktop.core.tld import TldLabelError, to_ace
from tldops_desktop.errors import UserError
from tldops_desktop.gui.dialogs.crash import error_text
from tldops_desktop.gui.i18n import country_shown
from tldops_desktop.gui.screen_fit import resize_to_fit, scrolling
from tldops_desktop.services import community, requests
from tldops_desktop.services.requests import (
    Problem,
    ProblemCode,
    RequestContact,
    RequestDraft,
)

UrlOpener = Callable[[QUrl], Any]


class _ContactRow:
    def __init__(self, box: QGroupBox, name: QLineEdit, email: QLineEdit, phone: QLineEdit):
        self.box, self.name, self.email, self.phone = box, name, email, phone

    def value(self) -> RequestContact | None:
        fields = (self.name.text().strip(), self.email.text().strip(), self.phone.text().strip())
        return RequestContact(*fields) if any(fields) else None

    def set_value(self, contact: RequestContact | None) -> None:
        self.name.setText(contact.name if contact else "")
        self.email.setText(contact.email if contact else "")
        self.phone.setText(contact.phone if contact else "")


class RequestDialog(QDialog):
    """The TLD-OPS join or update email: fill in, check, then open in the mail client or save.

    ``edition`` (may be None) tells who is a member and pre-fills an update. Non-blocking use:
    set the fields, then ``open_in_mail_client()`` or ``save_eml(path)``.
    """

    def __init__(
        self,
        parent: QWidget | None,
        edition: Edition | None,
        *,
        kind: str,
        cctld: str | None = None,
        url_opener: UrlOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.edition = edition
        self._url_opener: UrlOpener = url_opener or QDesktopServices.openUrl
        self.saved: Path | None = None
        self.opened_url: str | None = None
        outer = QVBoxLayout(self)
        # The form scrolls where the screen is short (a laptop at 125 %); the buttons stay.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)

        intro = QLabel(
            self.tr(
                "The request goes to the ccNSO Secretariat and must be sent by, or copied to, "
                "the ccTLD's administrative contact in the IANA root zone database. This "
                "application sends nothing: the email opens in your mail client, or is saved "
                "as an .eml file to send later. The email itself is in English, as the "
                "Secretariat expects."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.addItem(self.tr("Join TLD-OPS"), "join")
        self.kind_combo.addItem(self.tr("Update the contacts of a member"), "update")
        form.addRow(self.tr("&Request"), self.kind_combo)
        self.cctld_edit = QLineEdit()
        self.cctld_edit.setObjectName("cctldEdit")
        self.cctld_edit.setPlaceholderText(self.tr(".de, .рф, xn--p1ai"))
        # Beside the ccTLD whose contacts it fills in (four buttons in a row below were wider
        # than a small screen).
        self.fill_button = QPushButton(self.tr("&Fill from current edition"))
        self.fill_button.setObjectName("fillButton")
        cctld_row = QHBoxLayout()
        cctld_row.addWidget(self.cctld_edit, 1)
        cctld_row.addWidget(self.fill_button)
        cctld_label = QLabel(self.tr("cc&TLD"))
        cctld_label.setBuddy(self.cctld_edit)
        form.addRow(cctld_label, cctld_row)
        self.cctld_status = QLabel()
        self.cctld_status.setObjectName("cctldStatus")
        self.cctld_status.setWordWrap(True)
        form.addRow("", self.cctld_status)
        layout.addLayout(form)

        self.contact_rows: list[_ContactRow] = []
        titles = [self.tr("Contact 1 (primary)"), self.tr("Contact 2 (secondary)"),
                  self.tr("Contact 3")]  # fmt: skip
        for position in range(1, MAX_CONTACTS + 1):
            box = QGroupBox(titles[position - 1])
            box_form = QFormLayout(box)
            name, email, phone = QLineEdit(), QLineEdit(), QLineEdit()
            for edit, key in ((name, "name"), (email, "email"), (phone, "phone")):
                edit.setObjectName(f"contact{position}_{key}")
            phone.setPlaceholderText(self.tr("+<country code> <number>"))
            box_form.addRow(self.tr("Name"), name)
            box_form.addRow(self.tr("Email"), email)
            box_form.addRow(self.tr("Mobile phone"), phone)
            layout.addWidget(box)
            self.contact_rows.append(_ContactRow(box, name, email, phone))

        admin_form = QFormLayout()
        admin_row = QHBoxLayout()
        self.admin_edit = QLineEdit()
        self.admin_edit.setObjectName("adminEdit")
        self.admin_edit.setAccessibleName(self.tr("IANA administrative contact"))
        self.iana_button = QPushButton(self.tr("Look up at IANA"))
        self.iana_button.setObjectName("ianaLookupButton")
        self.iana_button.setToolTip(
            self.tr("Open the ccTLD's record in the IANA root zone database in your browser")
        )
        self.iana_button.clicked.connect(self.open_iana_page)
        admin_row.addWidget(self.admin_edit, 1)
        admin_row.addWidget(self.iana_button)
        admin_label = QLabel(self.tr("IANA &administrative contact"))
        admin_label.setBuddy(self.admin_edit)
        admin_form.addRow(admin_label, admin_row)
        self.requester_edit = QLineEdit()
        self.requester_edit.setObjectName("requesterEdit")
        admin_form.addRow(self.tr("Your &name (signature)"), self.requester_edit)
        layout.addLayout(admin_form)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.problems_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.mail_button = QPushButton(self.tr("&Open in mail client"))
        self.mail_button.setObjectName("mailButton")
        self.mail_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as .eml…"))
        self.save_button.setObjectName("saveButton")
        buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.fill_button.clicked.connect(self.fill_from_edition)
        self.mail_button.clicked.connect(self._mail_clicked)
        self.save_button.clicked.connect(self._save_clicked)
        buttons.rejected.connect(self.reject)
        outer.addWidget(scrolling(content), 1)
        outer.addWidget(buttons)
        wanted = content.sizeHint()
        resize_to_fit(self, max(560, wanted.width() + 40), wanted.height() + 80)

        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.cctld_edit.setText(cctld or "")
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.cctld_edit.textChanged.connect(self._cctld_changed)
        self._kind_changed()
        if self.kind == "update" and self.member_ace() is not None:
            self.fill_from_edition()

    # -- state -----------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))

    def ace(self) -> str | None:
        try:
            return to_ace(self.cctld_edit.text())
        except TldLabelError:
            return None

    def member_ace(self) -> str | None:
        """The A-label when the ccTLD typed is a member of the edition."""
        ace = self.ace()
        if ace is None or self.edition is None or self.edition.member(ace) is None:
            return None
        return ace

    def set_contact(self, position: int, name: str, email: str, phone: str) -> None:
        self.contact_rows[position - 1].set_value(RequestContact(name, email, phone))

    def draft(self) -> RequestDraft:
        contacts = tuple(c for row in self.contact_rows if (c := row.value()) is not None)
        kind: requests.Kind = "update" if self.kind == "update" else "join"
        based_on = None
        if kind == "update" and self.edition is not None and self.member_ace() is not None:
            based_on = self.edition.stamp
        return RequestDraft(
            kind=kind,
            cctld=self.cctld_edit.text().strip(),
            contacts=contacts,
            admin_email=self.admin_edit.text().strip(),
            requester_name=self.requester_edit.text().strip(),
            based_on=based_on,
        )

    @Slot()
    def _kind_changed(self) -> None:
        if self.kind == "join":
            self.setWindowTitle(self.tr("Request to join TLD-OPS"))
        else:
            self.setWindowTitle(self.tr("Update TLD-OPS contacts"))
        self._cctld_changed()

    @Slot()
    def _cctld_changed(self) -> None:
        ace = self.ace()
        info = cctlds.lookup(ace) if ace else None
        member = self.member_ace() is not None
        self.fill_button.setEnabled(member)
        self.iana_button.setEnabled(info is not None)
        if not self.cctld_edit.text().strip():
            text = ""
        elif ace is None:
            text = self.tr("Not a ccTLD label.")
        elif info is None or info.retired:
            text = self.tr("Not a delegated ccTLD.")
        elif self.edition is None:
            text = country_shown(info)
        elif member:
            text = (
                self.tr("%1: a member as of edition %2.")
                .replace("%1", country_shown(info))
                .replace("%2", self.edition.stamp)
            )
        else:
            text = (
                self.tr("%1: not a member as of edition %2.")
                .replace("%1", country_shown(info))
                .replace("%2", self.edition.stamp)
            )
        self.cctld_status.setText(text)

    @Slot()
    def fill_from_edition(self) -> None:
        """Put the member's contacts of the edition into the form (an update starts here)."""
        ace = self.member_ace()
        if ace is None or self.edition is None:
            return
        member = self.edition.member(ace)
        assert member is not None
        draft = requests.draft_from_member(member, self.edition)
        for index, row in enumerate(self.contact_rows):
            row.set_value(draft.contacts[index] if index < len(draft.contacts) else None)

    # -- checking --------------------------------------------------------------------------

    def check(self) -> list[Problem]:
        """Check the form; show what is wrong (errors and warnings) below it."""
        problems = requests.validate(self.draft(), self.edition)
        lines = []
        for problem in problems:
            text = self.problem_text(problem)
            if not problem.is_error:
                text = self.tr("Note: %1").replace("%1", text)
            lines.append(text)
        self.problems_label.setText("\n".join(lines))
        return problems

    def problem_text(self, problem: Problem) -> str:
        texts = {
            ProblemCode.KIND: self.tr("Choose join or update."),
            ProblemCode.CCTLD_INVALID: self.tr("“%1” is not a ccTLD (try .de, .рф or xn--p1ai)."),
            ProblemCode.CCTLD_NOT_DELEGATED: self.tr("%1 is not a delegated ccTLD."),
            ProblemCode.ALREADY_MEMBER: self.tr(".%1 is already a member: choose Update."),
            ProblemCode.NOT_A_MEMBER: self.tr(".%1 is not a member yet: choose Join."),
            ProblemCode.NO_CONTACTS: self.tr("Give at least one contact."),
            ProblemCode.TOO_MANY_CONTACTS: self.tr("TLD-OPS takes at most three contacts."),
            ProblemCode.NAME_MISSING: self.tr("The name is missing."),
            ProblemCode.NAME_INVALID: self.tr("The name has control characters."),
            ProblemCode.EMAIL_MISSING: self.tr("The email address is missing."),
            ProblemCode.EMAIL_INVALID: self.tr("“%1” is not an email address."),
            ProblemCode.EMAIL_DUPLICATE: self.tr("%1 is given for two contacts."),
            ProblemCode.PHONE_MISSING: self.tr("The mobile phone number is missing."),
            ProblemCode.PHONE_INVALID: self.tr(
                "“%1” is not a valid phone number: write it as +<country code> <number>."
            ),
            ProblemCode.PHONE_NOT_MOBILE: self.tr("“%1” does not look like a mobile number."),
            ProblemCode.ADMIN_EMAIL_MISSING: self.tr(
                "Give the IANA administrative contact's email address: it is copied."
            ),
            ProblemCode.ADMIN_EMAIL_INVALID: self.tr("“%1” is not an email address."),
        }
        text = texts.get(problem.code, problem.code).replace("%1", problem.value)
        if problem.position is not None:
            return (
                self.tr("Contact %1: %2").replace("%1", str(problem.position)).replace("%2", text)
            )
        return text

    def message(self) -> Any:
        """The request email, or None (and the problems shown) when the form has errors."""
        problems = self.check()
        if any(p.is_error for p in problems):
            return None
        return requests.build_message(self.draft())

    # -- actions ---------------------------------------------------------------------------

    @Slot()
    def open_iana_page(self) -> None:
        ace = self.ace()
        if ace is not None:
            self._url_opener(QUrl(community.iana_url(ace)))

    @Slot()
    def _mail_clicked(self) -> None:
        self.open_in_mail_client()

    def open_in_mail_client(self) -> bool:
        """Open the request as a mailto: URL in the desktop's mail client; True when done."""
        message = self.message()
        if message is None:
            return False
        url = requests.mailto_url(message)
        self.opened_url = url
        self._url_opener(QUrl(url, QUrl.ParsingMode.StrictMode))
        self.accept()
        return True

    @Slot()
    def _save_clicked(self) -> None:
        if self.message() is None:
            return
        ace = self.ace() or "cctld"
        suggested = f"tld-ops-{self.kind}-{ace}.eml"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the request"), suggested, self.tr("Email message (*.eml)")
        )
        if path:
            self.save_eml(path)

    def save_eml(self, path: str | Path) -> Path | None:
        """Write the request to ``path`` as an .eml (atomically); None when the form has errors."""
        message = self.message()
        if message is None:
            return None
        try:
            self.saved = requests.write_eml(message, path)
        except UserError as exc:
            self.problems_label.setText(error_text(exc))
            return None
        self.accept()
        return self.saved
