"""The import report: what was added, what was already there, what was refused and why."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.core.model import STAMP, stamp_date
from tldops_desktop.core.tld import to_unicode
from tldops_desktop.gui.colours import set_readable_selection
from tldops_desktop.gui.i18n import ltr
from tldops_desktop.gui.models import plain_text
from tldops_desktop.gui.screen_fit import resize_to_fit, scrolling
from tldops_desktop.paths import shown_path
from tldops_desktop.services.import_report import SHOWN_LINE, ImportReport, StopInfo

REPORT_WIDTH, REPORT_HEIGHT = 1000, 560
FIRST_COLUMN_SHARE = 0.45  # of the dialog's width, at most, for the "What" column

SECTION_ROLE = Qt.ItemDataRole.UserRole
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1  # a conflict row's copy, by its content hash


def path_text(path: str) -> str:
    """A source path shown left to right in Arabic too: its leading "/" at the left end."""
    return ltr(shown_path(path))


def trust_reason_text(code: str) -> str:
    """Why a message was not trusted, in words."""
    texts = {
        "no-list-id": QCoreApplication.translate(
            "ImportReportDialog",
            "it has no List-Id header, so it did not come through a mailing list",
        ),
        "foreign-list-id": QCoreApplication.translate(
            "ImportReportDialog", "it came through another mailing list"
        ),
        "no-sender": QCoreApplication.translate(
            "ImportReportDialog",
            "it has no Sender header of the TLD-OPS list server, which the list's copies carry",
        ),
        "foreign-sender": QCoreApplication.translate(
            "ImportReportDialog", "it was sent by another server than the TLD-OPS list's"
        ),
        "not-from-list": QCoreApplication.translate(
            "ImportReportDialog", "neither its From nor its To is the TLD-OPS list address"
        ),
        "stamp-after-date": QCoreApplication.translate(
            "ImportReportDialog",
            "its edition date is later than the day it was sent: the list sends an edition "
            "when it is made",
        ),
        "stamp-in-future": QCoreApplication.translate(
            "ImportReportDialog",
            "its edition date is more than a week after today: the list sends an edition when "
            "it is made",
        ),
        "digest-not-from-list": QCoreApplication.translate(
            "ImportReportDialog", "it was inside a digest that the TLD-OPS list did not send"
        ),
    }
    return texts.get(
        code, code or QCoreApplication.translate("ImportReportDialog", "unknown reason")
    )


def problem_text(code: str) -> str:
    texts = {
        "unreadable": QCoreApplication.translate("ImportReportDialog", "cannot be read"),
        "not-found": QCoreApplication.translate("ImportReportDialog", "does not exist"),
        "dangling-link": QCoreApplication.translate(
            "ImportReportDialog", "is a link to a file or folder that does not exist"
        ),
        "named-pipe": QCoreApplication.translate(
            "ImportReportDialog",
            "is a named pipe, not a file. Save what it gives to a file and import that",
        ),
        "not-mail": QCoreApplication.translate(
            "ImportReportDialog", "is not a mailbox or mail file"
        ),
        "too-large": QCoreApplication.translate(
            "ImportReportDialog", "is too large to be an edition"
        ),
        "header-too-large": QCoreApplication.translate(
            "ImportReportDialog", "has a header block too large to be mail"
        ),
        "too-deep": QCoreApplication.translate(
            "ImportReportDialog", "is nested too deeply to read"
        ),
        "run-together": QCoreApplication.translate(
            "ImportReportDialog",
            "begins a message that names an edition, run on from the message before it after "
            "a “From ” line of a form mail programs do not write: not read. Save that message "
            "from your mail program as an .eml file and import that",
        ),
        "unclosed-multipart": QCoreApplication.translate(
            "ImportReportDialog",
            "ends before its last MIME part is closed, where another message begins in the "
            "file (a copy cut short, then another joined to it): read up to there",
        ),
        "unpacks-too-much": QCoreApplication.translate(
            "ImportReportDialog",
            "unpacks to far more than its own size, as no mail does (an archive made to fill "
            "memory or disk): the rest of it was not read",
        ),
        "too-many-files": QCoreApplication.translate(
            "ImportReportDialog",
            "holds too many files to look through all of them. Unpack it and import the mail in it",
        ),
        "unparsable": QCoreApplication.translate("ImportReportDialog", "cannot be parsed as mail"),
        "no-body": QCoreApplication.translate("ImportReportDialog", "has no readable text"),
        "no-members": QCoreApplication.translate("ImportReportDialog", "lists no members"),
        "bad-stamp": QCoreApplication.translate(
            "ImportReportDialog", "has an edition stamp that is not a date"
        ),
        "truncated": QCoreApplication.translate(
            "ImportReportDialog",
            "may have been cut short (its mail file ends mid-line, before the list's footer): "
            "not imported. Import a complete copy",
        ),
        "body-too-large": QCoreApplication.translate(
            "ImportReportDialog", "has a text too large to be an edition"
        ),
        "damaged": QCoreApplication.translate(
            "ImportReportDialog",
            "was not imported: part of it is zeroed (NUL bytes, as a crash or a disk fault "
            "leaves), so its members' contacts could be mixed up. Import an intact copy",
        ),
        "forwarded-inline": QCoreApplication.translate(
            "ImportReportDialog",
            "was forwarded in the text of a message, not attached: who wrote it cannot be "
            "checked, so it was not imported. Ask for the original as an attachment",
        ),
        "needs-extra": QCoreApplication.translate(
            "ImportReportDialog", "needs the optional Outlook support"
        ),
        "no-text-body": QCoreApplication.translate(
            "ImportReportDialog", "has only a rich-text (RTF) body; save it as .eml to import it"
        ),
        "attachment-left-out": QCoreApplication.translate(
            "ImportReportDialog",
            "has an attached message that Apple Mail keeps apart and has not downloaded. Open "
            "the message in Mail, then import again",
        ),
        "cut-short": QCoreApplication.translate(
            "ImportReportDialog",
            "was not imported: it does not reach the list's footer and lists fewer members or "
            "contacts than the edition before it, as a copy cut short does. Import a complete "
            "copy",
        ),
        "subject-not-edition": QCoreApplication.translate(
            "ImportReportDialog",
            "names an edition and lists contacts, but its subject does not begin with the "
            "edition's title (a member's post, or a mark a mail filter put there): not imported",
        ),
        "partial-download": QCoreApplication.translate(
            "ImportReportDialog",
            "was not imported: only its first lines were downloaded. In Thunderbird, open it "
            "and choose to download the rest of the message",
        ),
        "encrypted": QCoreApplication.translate(
            "ImportReportDialog",
            "names an edition but is encrypted (S/MIME or PGP), which cannot be read here: not "
            "imported. Save the edition from your mail program, decrypted, as an .eml file and "
            "import that",
        ),
        "signature-damaged": QCoreApplication.translate(
            "ImportReportDialog",
            "names an edition but is signed (S/MIME) with a damaged signature, in which the "
            "message is carried: not imported. Save the edition from your mail program as an "
            ".eml file and import that",
        ),
        "stamp-unbracketed": QCoreApplication.translate(
            "ImportReportDialog",
            "has the edition's title with a stamp not in angle brackets, as the list never "
            "writes it (a mail program or gateway changed the subject, or a forgery): not "
            "imported",
        ),
        "outlook-attachment": QCoreApplication.translate(
            "ImportReportDialog",
            "names an edition and has an attachment in Outlook's own format (a .msg file or "
            "winmail.dat), which cannot be read inside a message: not imported. Open it in "
            "Outlook, save the attached message to a folder and import that folder",
        ),
    }
    return texts.get(code, code)


def problem_line(error: dict[str, Any]) -> str:
    """What went wrong with a file or an edition, in words, then its technical detail."""
    text = problem_text(str(error.get("code", "")))
    detail = shown_path(str(error.get("detail") or ""))
    stamp, _, more = detail.partition(": ")
    if STAMP.fullmatch(stamp):  # an edition's problem: which edition first
        text, detail = f"{ltr(stamp)}: {text}", more  # more: the lines it could not place
    if not detail:
        return text
    # The detail is the program's own words (or the system's), in English: said so.
    return QCoreApplication.translate(
        "ImportReportDialog", "{problem} (technical detail: {detail})"
    ).format(problem=text, detail=ltr(detail))


def _note_text(code: str, detail: str) -> str:
    """A note: in words where it is about a whole edition, else its code and detail."""
    texts = {
        "replaced-cut-copy": QCoreApplication.translate(
            "ImportReportDialog",
            "a whole copy replaced the one stored, which was cut short (its last members "
            "missing): {source}",
        ),
        "cut-copy": QCoreApplication.translate(
            "ImportReportDialog",
            "a copy cut short (its last members missing) was left out: {source}",
        ),
        "replaced-lossy-copy": QCoreApplication.translate(
            "ImportReportDialog",
            "a copy with its names whole replaced the one stored, which had “?” for letters "
            "(a plain-text digest): {source}",
        ),
        "lossy-copy": QCoreApplication.translate(
            "ImportReportDialog",
            "a copy with “?” for letters of its names (a plain-text digest) was left out: {source}",
        ),
        "replaced-untrusted": QCoreApplication.translate(
            "ImportReportDialog",
            "the list's own copy took the place of one imported without the list's word: {source}",
        ),
        "replaced-by-choice": QCoreApplication.translate(
            "ImportReportDialog",
            "the copy you chose took the place of the one stored, which stays on record: {source}",
        ),
        "no-footer": QCoreApplication.translate(
            "ImportReportDialog",
            "it does not reach the list's footer, so it may have been cut short: check its "
            "last members, or import a complete copy: {source}",
        ),
        "read-again": QCoreApplication.translate(
            "ImportReportDialog",
            "stored as another version of TLD-OPS Desktop read it; its contacts are now as "
            "this version reads the same email: {source}",
        ),
    }
    detail = path_text(detail)  # a source, in most notes
    if code in texts:
        return texts[code].format(source=detail)
    words = _parse_note_texts().get(code)
    return f"{words}: {detail}" if words and detail else words or f"{code}: {detail}"


def _parse_note_texts() -> dict[str, str]:
    """What the parser notes about a line it kept, in words."""
    return {
        "label-mismatch": QCoreApplication.translate(
            "ImportReportDialog", "the ccTLD's label and its A-label disagree; the A-label was kept"
        ),
        "column-not-read": QCoreApplication.translate(
            "ImportReportDialog",
            "a table column whose cells are not kept (of no kind known, or a second one of a "
            "kind): read them in the email",
        ),
        "charset-mismatch": QCoreApplication.translate(
            "ImportReportDialog",
            "its text is not in the character set it declares, so its names were read by a "
            "guess: check them",
        ),
        "charset-guessed": QCoreApplication.translate(
            "ImportReportDialog",
            "its text names no character set, so its names were read by a guess: check them",
        ),
        "double-encoded": QCoreApplication.translate(
            "ImportReportDialog",
            "its text was read in the wrong character set on its way and sent on so (“JosÃ©” "
            "for “José”); its names were read back as written: check them",
        ),
        "email-invalid": QCoreApplication.translate(
            "ImportReportDialog", "not an email address (kept as written)"
        ),
        "phone-unparsed": QCoreApplication.translate(
            "ImportReportDialog", "no number to dial could be read (kept as written)"
        ),
        "field-missing": QCoreApplication.translate(
            "ImportReportDialog", "a contact without this field"
        ),
        "region-missing": QCoreApplication.translate(
            "ImportReportDialog", "no region given (the app shows the usual one, marked)"
        ),
        "member-repeated": QCoreApplication.translate(
            "ImportReportDialog", "the ccTLD is listed twice; every contact was kept"
        ),
        "no-contacts": QCoreApplication.translate(
            "ImportReportDialog", "a member without contacts"
        ),
        "contact-repeated": QCoreApplication.translate(
            "ImportReportDialog", "the same contact written again for the member: kept once"
        ),
        "contact-empty": QCoreApplication.translate(
            "ImportReportDialog",
            "a contact whose every field is a placeholder (such as “—” or “TBD”): not kept",
        ),
        "too-many-contacts": QCoreApplication.translate(
            "ImportReportDialog", "more than three contacts (all kept)"
        ),
        "letters-lost": QCoreApplication.translate(
            "ImportReportDialog",
            "letters of this name were lost on the way (written as “?”, as a plain-text "
            "digest does): import the list's own copy",
        ),
        "position-repeated": QCoreApplication.translate(
            "ImportReportDialog",
            "two contacts of the member give this position (both kept, in the order written)",
        ),
    }


def _shown(line: str) -> str:
    """A line not understood as the report shows it: a line of several KiB (a broken HTML
    part's markup) would make a row, and its tooltip, wider than any screen."""
    return line if len(line) <= SHOWN_LINE else line[:SHOWN_LINE] + "…"


def _reason_text(reason: str) -> str:
    """Why a line could not be placed, in words."""
    texts = {
        "unknown-field": QCoreApplication.translate("ImportReportDialog", "an unknown field"),
        "outside-contact": QCoreApplication.translate(
            "ImportReportDialog", "a field outside any member's contact"
        ),
        "bad-row": QCoreApplication.translate(
            "ImportReportDialog", "a table row that does not fit the table's columns"
        ),
        "bad-cctld": QCoreApplication.translate(
            "ImportReportDialog", "not a ccTLD that can be read"
        ),
        "stray-text": QCoreApplication.translate("ImportReportDialog", "text among the data"),
        "note-text": QCoreApplication.translate(
            "ImportReportDialog", "a note among the members; read it"
        ),
    }
    return texts.get(reason, reason)


def line_number(number: int) -> str:
    """A line number as the locale writes digits, without a thousands separator."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(number)


def stamp_text(stamp: str) -> str:
    when = stamp_date(stamp)
    if when is None:
        return stamp
    day = QDate(when.year, when.month, when.day)
    date = QLocale().toString(day, QLocale.FormatType.LongFormat)
    return f"{stamp} ({date})"


class ImportReportDialog(QDialog):
    """Shows an ``ImportReport``. "Import anyway" (untrusted editions) asks first, then emits
    ``import_anyway_requested``; whoever ran the import stores them and calls ``set_report``.
    """

    import_anyway_requested = Signal()
    # The content hash of a conflicting copy the user chose over the stored one.
    copy_chosen = Signal(str)

    def __init__(
        self, parent: QWidget | None, report: ImportReport, *, error: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Import report"))
        self.report = report
        self.confirm_box: QMessageBox | None = None
        outer = QVBoxLayout(self)
        # The messages and the list need more than a short screen's height: they scroll.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body), 1)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("importError")
        self.error_label.setStyleSheet("color: #ffffff; background: #b3261e;"
                                       "padding: 6px; border-radius: 3px;")  # fmt: skip
        layout.addWidget(self.error_label)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Details")])
        self.tree.setAccessibleName(self.tr("Import report"))
        set_readable_selection(self.tree)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # Room for a few rows of the list; its width is the dialog's (``resize_to_fit``).
        self.tree.setMinimumHeight(160)
        # Long details wrap onto more lines rather than end in "…"; Ctrl+C copies the rows.
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.installEventFilter(self)  # Ctrl+C: the view would copy one cell
        layout.addWidget(self.tree)
        self.untrusted_label = QLabel()
        self.untrusted_label.setWordWrap(True)
        layout.addWidget(self.untrusted_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_anyway_button = QPushButton(self.tr("Import anyway…"))
        self.import_anyway_button.setObjectName("importAnyway")
        buttons.addButton(self.import_anyway_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_anyway_button.clicked.connect(self.confirm_import_anyway)
        self.choose_copy_button = QPushButton(self.tr("Keep this copy instead…"))
        self.choose_copy_button.setObjectName("chooseCopy")
        self.choose_copy_button.setToolTip(
            self.tr("Store the selected conflicting copy in place of the one kept")
        )
        buttons.addButton(self.choose_copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_copy_button.clicked.connect(self.confirm_choose_copy)
        # Whoever ran the import can store a copy it found (see ``copy_chosen``).
        self.copies_available = False
        self._chosen_hash = ""
        self.tree.currentItemChanged.connect(self._update_choose_copy)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        outer.addWidget(buttons)
        # Enter, pressed to be done with the report, closes it: not "Import anyway…".
        self.close_button.setDefault(True)
        self.set_report(report, error=error)
        # Wide enough for the Details column on a 1366-pixel laptop screen, less on a smaller.
        resize_to_fit(self, REPORT_WIDTH, REPORT_HEIGHT)
        self._cap_first_column()

    def _cap_first_column(self) -> None:
        """A long path in the first column leaves the Details column room to be read."""
        cap = int(self.width() * FIRST_COLUMN_SHARE)
        if self.tree.columnWidth(0) > cap:
            header = self.tree.header()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(0, cap)

    # -- content ---------------------------------------------------------------------------

    def set_report(self, report: ImportReport, *, error: str | None = None) -> None:
        self.report = report
        self.error_label.setText(
            self.tr("The import stopped: {error}").format(error=error) if error else ""
        )
        self.error_label.setVisible(bool(error))
        self.summary.setText(self._summary(report))
        self.tree.clear()
        self._sections: dict[str, QTreeWidgetItem] = {}
        self._section("imported", self.tr("Editions added"),
                      [(stamp_text(s), "") for s in report.imported])  # fmt: skip
        self._section("already_present", self.tr("Already present"),
                      [(stamp_text(s), "") for s in report.already_present])  # fmt: skip
        self._section(
            "untrusted",
            self.tr("Not sent through the TLD-OPS list"),
            [
                (
                    stamp_text(u["stamp"]),
                    self._untrusted_state(u)
                    + trust_reason_text(str(u.get("reason", "")))
                    + " — "
                    + path_text(str(u.get("source", ""))),
                )
                for u in report.untrusted
            ],
        )
        self._section(
            "conflicts",
            self.tr("Conflicts (same edition, different content)"),
            [
                (
                    stamp_text(c["stamp"]),
                    self.tr(
                        "{source}: differs from the copy already stored ({existing}); "
                        "the stored copy was kept"
                    ).format(
                        source=path_text(str(c.get("source", ""))),
                        existing=c.get("existing_message_id") or "?",
                    )
                    + self._differing(c.get("differs", [])),
                )
                for c in report.conflicts
            ],
        )
        conflicts = self._sections["conflicts"]
        for index, conflict in enumerate(report.conflicts):
            row = conflicts.child(index)
            if row is not None:
                row.setData(0, CONFLICT_ROLE, str(conflict.get("content_hash", "")))
        self._section(
            "unplaced_lines",
            self.tr("Lines not understood"),
            [
                (
                    self._line_of(u),
                    f"{_shown(str(u.get('text', '')))}  ({_reason_text(str(u.get('reason', '')))})",
                )
                for u in report.unplaced_lines
            ],
        )
        self._section(
            "notes",
            self.tr("Notes"),
            [
                (
                    self._line_of(n) if int(n["line"]) else str(n["stamp"]),  # 0: the whole edition
                    _note_text(str(n.get("code", "")), str(n.get("detail", ""))),
                )
                for n in report.notes
            ],
        )
        self._section(
            "errors",
            self.tr("Problems"),
            [(path_text(str(e.get("source", ""))), self._problem(e)) for e in report.errors],
        )
        self._update_choose_copy()
        if report.stopped is not None:  # only then: a whole import needs no such section
            self._section("stopped", self.tr("Where the import stopped"),
                          self._stop_rows(report.stopped))  # fmt: skip
        pending = [u for u in report.untrusted if not u.get("imported")]
        can_import = bool(pending) and not report.dry_run
        self.import_anyway_button.setVisible(can_import)
        self.untrusted_label.setVisible(can_import)
        if len(pending) == 1:
            untrusted = self.tr(
                "1 edition did not come through the TLD-OPS list and was not imported. "
                "Anyone can send an email that looks like the repository."
            )
        else:
            untrusted = self.tr(
                "{count} editions did not come through the TLD-OPS list and were not imported. "
                "Anyone can send an email that looks like the repository."
            )
        self.untrusted_label.setText(untrusted.format(count=QLocale().toString(len(pending))))

    def _line_of(self, item: dict[str, Any]) -> str:
        """Where an edition's line is; in an HTML body, a line of its HTML source, which a
        mail program does not show as it is."""
        if item.get("part") == "text/html":
            text = self.tr("{stamp}, HTML line {line}")
        else:
            text = self.tr("{stamp}, line {line}")
        return text.format(stamp=item["stamp"], line=line_number(int(item["line"])))

    def _untrusted_state(self, copy: dict[str, Any]) -> str:
        """Whether an untrusted copy's contacts are stored, and how, before why it is not
        trusted."""
        if copy.get("stored_trusted"):  # the list's own copy was stored before: not untrusted
            return self.tr("already stored as a trusted edition; this copy changes nothing; ")
        return self.tr("imported as untrusted; ") if copy.get("imported") else ""

    def _stop_rows(self, stop: StopInfo) -> list[tuple[str, str]]:
        """What an import that failed part-way did not store (the sections above name what
        it did), so that no edition is taken for imported that was not."""
        rows: list[tuple[str, str]] = []
        if stop.stage == "backup":
            rows.append((self.tr("Backup"), self.tr(
                "the backup taken before an import could not be written: nothing was stored"
            )))  # fmt: skip
        elif stop.stage == "marks":
            rows.append((self.tr("Mail read"), self.tr(
                "every edition above is stored, but the mail read is not remembered: the next "
                "import reads it again"
            )))  # fmt: skip
        if stop.failed:
            rows.append((stamp_text(stop.failed),
                         self.tr("being written when the import stopped: not stored")))  # fmt: skip
        rows += [
            (stamp_text(stamp), self.tr("written with it, then undone: not stored"))
            for stamp in stop.undone
        ]
        rows += [
            (stamp_text(stamp), self.tr("not examined: not stored by this import"))
            for stamp in stop.not_examined
        ]
        return rows

    def _problem(self, error: dict[str, Any]) -> str:
        return problem_line(error)

    def _summary(self, report: ImportReport) -> str:
        locale = QLocale()
        if report.messages_scanned == 1:
            scanned = self.tr("Scanned 1 message ({size}).")
        else:
            scanned = self.tr("Scanned {count} messages ({size}).")
        if report.editions_found == 1:
            found = self.tr("Found 1 edition: {added} added, {present} already present.")
        else:
            found = self.tr("Found {count} editions: {added} added, {present} already present.")
        text = (
            scanned.format(
                count=locale.toString(report.messages_scanned),
                size=ltr(locale.formattedDataSize(report.bytes_scanned)),  # not "KiB 424"
            )
            + " "
            + found.format(
                count=locale.toString(report.editions_found),
                added=locale.toString(len(report.imported)),
                present=locale.toString(len(report.already_present)),
            )
        )
        for sentence in self._left_out(report):
            text += " " + sentence
        if report.dry_run:
            text += " " + self.tr("This was a trial run: nothing was stored.")
        if report.editions_found == 0:
            text += " " + self.tr(
                "No repository email was found. Choose the mailbox or the saved email "
                "whose subject is “TLD-OPS Incident Response Community Repository <…>”."
            )
        return text

    def _left_out(self, report: ImportReport) -> list[str]:
        """What was not imported, counted, for the headline: seen without opening the tree."""
        counts = report.problem_counts()
        sentences = []
        if counts.untrusted:
            sentences.append(
                self.tr("1 edition was not imported: it was not sent through the TLD-OPS list.")
                if counts.untrusted == 1
                else self.tr(
                    "%Ln editions were not imported: they were not sent through the TLD-OPS list.",
                    "",
                    counts.untrusted,
                )
            )
        if counts.editions:
            sentences.append(
                self.tr("1 edition was not imported because of a problem (see Problems).")
                if counts.editions == 1
                else self.tr(
                    "%Ln editions were not imported because of a problem (see Problems).",
                    "",
                    counts.editions,
                )
            )
        if counts.conflicts:
            sentences.append(
                self.tr(
                    "1 copy differs from the edition stored under its date: the stored one "
                    "was kept."
                )
                if counts.conflicts == 1
                else self.tr(
                    "%Ln copies differ from the editions stored under their dates: the stored "
                    "ones were kept.",
                    "",
                    counts.conflicts,
                )
            )
        if counts.files:
            sentences.append(
                self.tr("1 file could not be read as mail.")
                if counts.files == 1
                else self.tr("%Ln files could not be read as mail.", "", counts.files)
            )
        if counts.other:
            sentences.append(
                self.tr("1 other problem (see Problems).")
                if counts.other == 1
                else self.tr("%Ln other problems (see Problems).", "", counts.other)
            )
        return sentences

    def _differing(self, aces: list[str]) -> str:
        """The members a conflicting copy changes, as a sentence to add; "" for none."""
        if not aces:
            return ""
        names = ", ".join("." + to_unicode(ace) for ace in aces)
        return " " + self.tr("Members that differ: {members}.").format(members=names)

    def _section(self, key: str, title: str, rows: list[tuple[str, str]]) -> None:
        item = QTreeWidgetItem([f"{title} ({QLocale().toString(len(rows))})", ""])
        item.setData(0, SECTION_ROLE, key)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for first, second in rows:
            child = QTreeWidgetItem([first, second])
            child.setToolTip(1, second)
            item.addChild(child)
        self.tree.addTopLevelItem(item)
        self._sections[key] = item
        item.setExpanded(0 < len(rows) <= 50)
        # An empty section reads "(0)" in the text's own colour: a disabled grey is unreadable.
        item.setChildIndicatorPolicy(
            QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            if event.type() == QEvent.Type.KeyPress:
                self.copy_rows()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def copy_rows(self) -> None:
        """The selected rows, or the whole report, as text (a tab between the columns)."""
        items = self.tree.selectedItems() or [
            item
            for top in (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
            if top is not None
            for item in (top, *(top.child(j) for j in range(top.childCount())))
            if item is not None
        ]
        lines = [self.summary.text(), ""] if not self.tree.selectedItems() else []
        lines += ["\t".join(t for t in (item.text(0), item.text(1)) if t) for item in items]
        # As typed: the isolates that order paths and sizes on screen in Arabic left out.
        QGuiApplication.clipboard().setText(plain_text("\n".join(lines)))

    def section(self, key: str) -> QTreeWidgetItem | None:
        """The top-level item of one part of the report (``imported``, ``untrusted``...)."""
        return self._sections.get(key)

    def section_texts(self, key: str) -> list[tuple[str, str]]:
        item = self.section(key)
        if item is None:
            return []
        children = [item.child(i) for i in range(item.childCount())]
        return [(c.text(0), c.text(1)) for c in children if c is not None]

    # -- choosing the other copy of a conflict ----------------------------------------------

    def chosen_conflict(self) -> dict[str, Any] | None:
        """The conflict whose row is selected, if its copy can be stored."""
        item = self.tree.currentItem()
        chosen = item.data(0, CONFLICT_ROLE) if item is not None else None
        if not chosen or not self.copies_available or self.report.dry_run:
            return None
        return next((c for c in self.report.conflicts if c.get("content_hash") == chosen), None)

    @Slot()
    def _update_choose_copy(self) -> None:
        can_choose = self.copies_available and bool(self.report.conflicts)
        can_choose = can_choose and not self.report.dry_run
        self.choose_copy_button.setVisible(can_choose)
        self.choose_copy_button.setEnabled(self.chosen_conflict() is not None)

    @Slot()
    def confirm_choose_copy(self) -> QMessageBox | None:
        """Ask, without blocking; "Keep this copy" emits ``copy_chosen``."""
        conflict = self.chosen_conflict()
        if conflict is None:
            return None
        box = QMessageBox(self)
        box.setObjectName("confirmChooseCopy")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep this copy instead?"))
        box.setText(
            self.tr(
                "Edition {stamp} was found twice, with different contacts. Keep the copy from "
                "{source} in place of the one stored?"
            ).format(
                stamp=stamp_text(str(conflict["stamp"])),
                source=path_text(str(conflict.get("source", ""))),
            )
            + self._differing(conflict.get("differs", []))
        )
        box.setInformativeText(
            self.tr(
                "Choose it when you know it is the right one, a correction sent by the list, "
                "say. A backup is taken first, and the copy stored now stays on record."
            )
        )
        self._chosen_hash = str(conflict["content_hash"])
        self.choose_accept = self._open_confirm(
            box, self.tr("Keep this copy"), QMessageBox.ButtonRole.AcceptRole, self._choose_clicked
        )
        return box

    def _open_confirm(
        self,
        box: QMessageBox,
        accept: str,
        role: QMessageBox.ButtonRole,
        clicked: Callable[[object], None],
    ) -> QPushButton:
        """Open ``box`` without blocking, Cancel its default (Enter or Escape changes
        nothing); its button ``accept`` is returned, ``clicked`` told of any button."""
        button = box.addButton(accept, role)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(clicked)
        self.confirm_box = box
        box.open()
        return button

    @Slot(object)
    def _choose_clicked(self, button: object) -> None:
        if button is self.choose_accept:
            self.copy_chosen.emit(self._chosen_hash)

    # -- import anyway ---------------------------------------------------------------------

    @Slot()
    def confirm_import_anyway(self) -> QMessageBox:
        """Warn, without blocking; "Import anyway" in the warning emits the request."""
        pending = [u for u in self.report.untrusted if not u.get("imported")]
        box = QMessageBox(self)
        box.setObjectName("confirmImportAnyway")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import untrusted editions?"))
        box.setText(
            self.tr(
                "These editions were not sent through the TLD-OPS mailing list. Anyone can send "
                "an email that looks like the repository, with false phone numbers or addresses."
            )
        )
        box.setInformativeText(
            self.tr(
                "Import them only if you know where they came from. They are stored marked as "
                "untrusted and never become the current edition while a trusted one exists; "
                "with none stored, the newest is shown under a red warning."
            )
        )
        box.setDetailedText(
            "\n".join(
                f"{ltr(str(u['stamp']))}: {path_text(str(u.get('source', '')))}" for u in pending
            )
        )
        self.confirm_accept = self._open_confirm(
            box,
            self.tr("Import anyway"),
            QMessageBox.ButtonRole.DestructiveRole,
            self._confirm_clicked,
        )
        return box

    @Slot(object)
    def _confirm_clicked(self, button: object) -> None:
        if button is self.confirm_accept:
            self.import_anyway_requested.emit()
