"""Print or save as PDF the emergency sheet: the contacts on paper, for the grab bag.

One row per contact (ccTLD and country on a member's first row), members kept whole on a
page, the edition and its date in every page's header, and a reminder to destroy the sheet
once a newer edition exists. The data comes from ``tldops_desktop.export.sheet``.
"""

from __future__ import annotations

import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextOption,
)
from PySide6.QtWidgets import QWidget

from tldops_desktop.core.model import Edition, Member
from tldops_desktop.errors import UserError
from tldops_desktop.export import atomic_write
from tldops_desktop.export.sheet import Sheet, SheetMember, build_sheet
from tldops_desktop.gui.dialogs.crash import show_user_error
from tldops_desktop.gui.dialogs.save_file import ask_save_path
from tldops_desktop.gui.i18n import display_country, ui_language

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

MARGIN_MM = 12.0
BODY_POINTS = 7.0
# Share of the line width for: ccTLD, country, position, name, email, phone.
COLUMNS = (0.12, 0.17, 0.08, 0.2, 0.27, 0.16)
# The sheet keeps its columns left to right in every language: "left" is the page's left,
# also when the application is laid out right to left (Arabic).
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
TEXT_FLAGS = int(LEFT) | int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
# An address, an A-label, a long surname has no space to wrap at: each breaks anywhere rather
# than be cut off at its cell's edge (at a space first, where there is one).
ANYWHERE_FLAGS = TEXT_FLAGS | int(Qt.TextFlag.TextWrapAnywhere)
CCTLD_COLUMN, NAME_COLUMN, EMAIL_COLUMN, PHONE_COLUMN = 0, 3, 4, 5
# Written left to right whatever their first letter: ".مصر (.xn--wgbh1c)" keeps its A-label
# whole and after the label; an address or a phone number is never mirrored.
LEFT_TO_RIGHT_COLUMNS = (CCTLD_COLUMN, EMAIL_COLUMN, PHONE_COLUMN)


def _date_text(value: date | None) -> str:
    """ISO dates: read the same way by responders of every country."""
    return value.isoformat() if value is not None else "?"


@dataclass
class _Row:
    cells: list[str]
    height: float
    first: bool  # the member's first row: a rule above it


class _Painter:
    """Lays out and paints a ``Sheet`` on any paged device (QPdfWriter, QPrinter)."""

    def __init__(self, painter: QPainter, width: float, height: float) -> None:
        self.painter = painter
        self.scope: str | None = None  # which members, when not all of the edition
        self.width = width
        self.height = height
        self.body = QFont()
        self.body.setPointSizeF(BODY_POINTS)
        # No "ff"/"fi" ligatures: copied from the PDF, "staff@nic.fi" must not read "staﬀ@nic.ﬁ".
        if hasattr(QFont, "Tag"):  # Qt 6.7 and later
            self.body.setFeature(QFont.Tag("liga"), 0)
        self.bold = QFont(self.body)
        self.bold.setBold(True)
        self.title = QFont(self.body)
        self.title.setPointSizeF(12)
        self.title.setBold(True)
        self.small = QFont(self.body)
        self.small.setPointSizeF(6.5)
        painter.setFont(self.body)
        self.metrics = QFontMetricsF(self.body, painter.device())
        self.pad = self.metrics.height() * 0.12
        self.lefts: list[float] = []
        x = 0.0
        for share in COLUMNS:
            self.lefts.append(x)
            x += share * width
        self.widths = [share * width for share in COLUMNS]

    def _cell_height(self, text: str, column: int, font: QFont) -> float:
        metrics = QFontMetricsF(font, self.painter.device())
        rect = QRectF(0, 0, self.widths[column] - self.pad, 1e6)
        if not text:
            return metrics.height()
        return metrics.boundingRect(rect, _flags(column), text).height()

    def member_rows(self, member: SheetMember) -> list[_Row]:
        rows: list[_Row] = []
        contacts = member.contacts or ()
        if not contacts:
            cells = [
                member.label,
                member.country,
                "",
                QCoreApplication.translate("EmergencySheet", "(no contacts listed)"),
                "",
                "",
            ]
            rows.append(_Row(cells, self._row_height(cells), True))
        for i, contact in enumerate(contacts):
            phone = "\n".join(contact.phone_lines)  # the numbers to dial, and any note
            cells = [
                member.label if i == 0 else "",
                member.country if i == 0 else "",
                _role(contact.role),
                contact.name,
                contact.email,
                phone,
            ]
            rows.append(_Row(cells, self._row_height(cells), i == 0))
        return rows

    def _row_height(self, cells: list[str]) -> float:
        fonts = [self.bold] + [self.body] * (len(cells) - 1)
        return (
            max(
                self._cell_height(t, c, f)
                for c, (t, f) in enumerate(zip(cells, fonts, strict=True))
            )
            + self.pad
        )

    def header_height(self) -> float:
        title = QFontMetricsF(self.title, self.painter.device()).height()
        return title + self.metrics.height() * (4.4 if self.scope is not None else 3.2)

    def footer_height(self) -> float:
        return QFontMetricsF(self.small, self.painter.device()).height() * 2

    def paginate(self, sheet: Sheet) -> list[list[_Row]]:
        room = self.height - self.header_height() - self.footer_height()
        pages: list[list[_Row]] = [[]]
        used = 0.0
        for member in sheet.members:
            block = self.member_rows(member)
            size = sum(r.height for r in block)
            if used + size > room and pages[-1]:
                pages.append([])
                used = 0.0
            for row in block:  # a block taller than a page (never in practice) splits
                if used + row.height > room and pages[-1]:
                    pages.append([])
                    used = 0.0
                pages[-1].append(row)
                used += row.height
        return pages

    def paint_page(
        self, sheet: Sheet, rows: list[_Row], page: int, pages: int, printed: date
    ) -> None:
        p = self.painter
        p.setPen(QPen(QColor("black")))
        p.setFont(self.title)
        title_height = QFontMetricsF(self.title, p.device()).height()
        title = QCoreApplication.translate("EmergencySheet", "TLD-OPS incident response contacts")
        p.drawText(QRectF(0, 0, self.width, title_height), title, _sentence_option())
        p.setFont(self.body)
        edition = QCoreApplication.translate(
            "EmergencySheet",
            "Edition {stamp} of {date} · members: {members} · contacts: {contacts}",
        ).format(
            stamp=sheet.edition_stamp,
            date=_date_text(sheet.edition_date),
            members=QLocale().toString(sheet.member_count),
            contacts=QLocale().toString(sheet.contact_count),
        )
        if not sheet.trusted:
            edition += " · " + QCoreApplication.translate(
                "EmergencySheet", "UNTRUSTED: not sent through the TLD-OPS list"
            )
        y = title_height
        line = self.metrics.height()
        p.drawText(QRectF(0, y, self.width, line), edition, _sentence_option())
        y += line * 1.2
        if self.scope is not None:  # a line of its own: this sheet is not the whole edition
            p.setFont(self.bold)
            partial = QCoreApplication.translate(
                "EmergencySheet", "Only {shown} of {total} members: {scope}."
            ).format(
                shown=QLocale().toString(sheet.member_count),
                total=QLocale().toString(sheet.total_members),
                scope=self.scope
                or QCoreApplication.translate("EmergencySheet", "those a search showed"),
            )
            p.drawText(QRectF(0, y, self.width, line), partial, _sentence_option())
            p.setFont(self.body)
            y += line * 1.2
        p.setFont(self.bold)
        for column, heading in enumerate(
            [
                QCoreApplication.translate("EmergencySheet", "ccTLD"),
                QCoreApplication.translate("EmergencySheet", "Country"),
                QCoreApplication.translate("EmergencySheet", "Position"),
                QCoreApplication.translate("EmergencySheet", "Name"),
                QCoreApplication.translate("EmergencySheet", "Email"),
                QCoreApplication.translate("EmergencySheet", "Phone"),
            ]
        ):
            p.drawText(
                QRectF(self.lefts[column], y, self.widths[column], line),
                heading,
                _sentence_option(),
            )
        y += line * 1.1
        p.setPen(QPen(QColor("black"), 0))
        p.drawLine(0, int(y), int(self.width), int(y))
        y = self.header_height()
        grey = QPen(QColor(150, 150, 150), 0)
        for row in rows:
            if row.first:
                p.setPen(grey)
                p.drawLine(0, int(y), int(self.width), int(y))
            p.setPen(QPen(QColor("black")))
            for column, text in enumerate(row.cells):
                p.setFont(self.bold if column == 0 else self.body)
                rect = QRectF(
                    self.lefts[column], y + self.pad / 2, self.widths[column] - self.pad, row.height
                )
                p.drawText(rect, text, _text_option(column, text))
            y += row.height
        p.setFont(self.small)
        small = QFontMetricsF(self.small, p.device()).height()
        footer = QCoreApplication.translate(
            "EmergencySheet",
            "Printed {date} — destroy when superseded by a newer edition · page {page} of {pages}",
        ).format(date=_date_text(printed), page=page, pages=pages)
        p.drawText(
            QRectF(0, self.height - small * 1.5, self.width, small * 1.5),
            footer,
            _sentence_option(),
        )


def _flags(column: int) -> int:
    return ANYWHERE_FLAGS if column in (CCTLD_COLUMN, NAME_COLUMN, EMAIL_COLUMN) else TEXT_FLAGS


def _text_option(column: int, text: str = "") -> QTextOption:
    """How a cell is drawn: as ``_flags`` measures it, and left to right where it must be."""
    option = QTextOption(LEFT | Qt.AlignmentFlag.AlignTop)
    anywhere = _flags(column) == ANYWHERE_FLAGS
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if anywhere
        else QTextOption.WrapMode.WordWrap
    )
    # Otherwise by the cell's own text: an Arabic name right to left, "Müller <NOC>" left to
    # right, in any interface language. (Not LayoutDirectionAuto: the painter, left to right
    # for the page's columns, would decide, and a wrapped Arabic country would lose its order.)
    option.setTextDirection(
        Qt.LayoutDirection.LeftToRight if column in LEFT_TO_RIGHT_COLUMNS else _own_direction(text)
    )
    return option


def _own_direction(text: str) -> Qt.LayoutDirection:
    """The direction of ``text``'s first strong character (left to right when it has none)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


def _sentence_option() -> QTextOption:
    """Titles, headings and the footer: at the page's left, read in the interface's direction
    (an Arabic sentence right to left, its numbers in place)."""
    option = QTextOption(LEFT)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    option.setTextDirection(QGuiApplication.layoutDirection())
    return option


def _role(role: str) -> str:
    names = {
        "primary": QCoreApplication.translate("EmergencySheet", "primary"),
        "secondary": QCoreApplication.translate("EmergencySheet", "secondary"),
        "third": QCoreApplication.translate("EmergencySheet", "third"),
    }
    return names.get(role, role)


def render_sheet(
    device: QPagedPaintDevice,
    edition: Edition,
    members: Sequence[Member],
    *,
    printed: date | None = None,
    scope: str = "",
) -> int:
    """Paint the sheet of ``members`` on ``device``; returns the number of pages. ``scope``
    says which members these are when not all ("the search “.nl”"), on every page."""
    language = ui_language()
    sheet = build_sheet(
        edition, members, lambda member: display_country(member, language, between="\n")
    )
    painter = QPainter()
    if not painter.begin(device):
        raise UserError(
            QCoreApplication.translate(
                "EmergencySheet", "The sheet could not be printed: the printer or file refused it."
            ),
            code="print-failed",
        )
    # Columns in a fixed order, left to right, whatever the application's direction.
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    try:
        layout = device.pageLayout()
        rect = layout.paintRectPixels(device.logicalDpiX())
        sheet_painter = _Painter(painter, float(rect.width()), float(rect.height()))
        sheet_painter.scope = scope if sheet.partial else None
        pages = sheet_painter.paginate(sheet)
        for number, rows in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            sheet_painter.paint_page(sheet, rows, number, len(pages), printed or date.today())
    finally:
        painter.end()
    return len(pages)


def _setup_page(device: QPagedPaintDevice, *, size: bool = True) -> None:
    """Portrait with the sheet's margins; with ``size``, Letter where the locale measures in
    inches (the United States ...), A4 elsewhere. A printer keeps its own paper size. The
    system's locale decides, not the language chosen for the app (English is not Letter)."""
    if size:
        system = QLocale.system().measurementSystem()
        letter = system == QLocale.MeasurementSystem.ImperialUSSystem
        paper = QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4
        device.setPageSize(QPageSize(paper))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )


def sheet_pdf_bytes(
    edition: Edition, members: Sequence[Member], *, printed: date | None = None, scope: str = ""
) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(
        QCoreApplication.translate("EmergencySheet", "TLD-OPS contacts, edition {stamp}").format(
            stamp=edition.stamp
        )
    )
    writer.setCreator("TLD-OPS Desktop")
    _setup_page(writer)
    render_sheet(writer, edition, members, printed=printed, scope=scope)
    buffer.close()
    return bytes(data.data())


def write_sheet_pdf(
    path: Path,
    edition: Edition,
    members: Sequence[Member],
    *,
    printed: date | None = None,
    scope: str = "",
) -> Path:
    """Write the sheet as a PDF at ``path`` (atomically); no dialog."""
    pdf = sheet_pdf_bytes(edition, members, printed=printed, scope=scope)
    return atomic_write(Path(path), pdf)


def default_file_name(edition: Edition) -> str:
    return f"tld-ops-contacts-{edition.stamp}.pdf"


def ask_pdf_path(parent: QWidget | None, edition: Edition) -> Path | None:
    return ask_save_path(
        parent,
        QCoreApplication.translate("EmergencySheet", "Save the emergency sheet as PDF"),
        default_file_name(edition),
        [(QCoreApplication.translate("EmergencySheet", "PDF documents (*.pdf)"), ".pdf")],
    )


def save_sheet_pdf(
    parent: QWidget | None,
    edition: Edition,
    members: Sequence[Member],
    *,
    ask: Callable[[QWidget | None, Edition], Path | None] = ask_pdf_path,
    scope: str = "",
) -> Path | None:
    """Ask where, then write the PDF; the path written, or None when cancelled or refused."""
    path = ask(parent, edition)
    if path is None:
        return None
    try:
        return write_sheet_pdf(path, edition, members, scope=scope)
    except UserError as exc:
        show_user_error(parent, exc)
        return None


def print_sheet(
    parent: QWidget | None, edition: Edition, members: Sequence[Member], *, scope: str = ""
) -> bool:
    """The system print dialog, then print; falls back to saving a PDF without QtPrintSupport."""
    try:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:  # pragma: no cover - QtPrintSupport ships with PySide6-Essentials
        return save_sheet_pdf(parent, edition, members, scope=scope) is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _setup_page(printer, size=False)
    printer.setDocName(
        QCoreApplication.translate("EmergencySheet", "TLD-OPS contacts, edition {stamp}").format(
            stamp=edition.stamp
        )
    )
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("EmergencySheet", "Print the emergency sheet"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        print_on(printer, edition, members, scope=scope)
    except UserError as exc:
        show_user_error(parent, exc)
        return False
    return True


def print_on(
    printer: QPrinter, edition: Edition, members: Sequence[Member], *, scope: str = ""
) -> int:
    """Print the sheet; returns the number of pages. "Print to File" (a PDF) is written
    owner-only like every other export: Qt would create it readable by everyone, so the
    printer writes into a private folder and the PDF is moved into place atomically."""
    from PySide6.QtPrintSupport import QPrinter

    target = printer.outputFileName()
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not target:
        return render_sheet(printer, edition, members, scope=scope)
    with tempfile.TemporaryDirectory(prefix="tldops-print-") as private:  # made 0700
        staged = Path(private) / "sheet.pdf"
        printer.setOutputFileName(str(staged))
        try:
            pages = render_sheet(printer, edition, members, scope=scope)
        finally:
            printer.setOutputFileName(target)
        atomic_write(Path(target), staged.read_bytes())
    return pages
