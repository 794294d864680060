"""The community around the contacts: who is not a member yet, and the join/update request.

``NonMembersDialog(parent, repo)`` lists the delegated ccTLDs missing from the current edition
by region, with the coverage figures and a small coverage-over-editions chart (QPainter: QtCharts
is not part of PySide6-Essentials). ``RequestDialog(parent, edition, kind=..., cctld=...)``
fills the TLD-OPS join/update email, checks it, and opens it in the user's mail client or saves
it as an ``.eml``. Links (IANA, mailto:) are opened only when the user clicks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from babel.core import UnknownLocaleError
from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.core import cctlds
from tldops_desktop.core.cctlds import CcTldInfo
from tldops_desktop.core.countries import country_name
from tldops_desktop.core.model import Edition
from tldops_desktop.core.tld import TldLabelError, to_ace
from tldops_desktop.errors import UserError
from tldops_desktop.gui.i18n import ltr
from tldops_desktop.gui.screen_fit import resize_to_fit
from tldops_desktop.services import community, requests
from tldops_desktop.services.community import REGION_ORDER, Coverage
from tldops_desktop.services.requests import (
    MAX_CONTACTS,
    Problem,
    ProblemCode,
    RequestContact,
    RequestDraft,
)
from tldops_desktop.storage.repository import Repository

UrlOpener = Callable[[QUrl], Any]
ACE_ROLE = Qt.ItemDataRole.UserRole
REGION_ROLE = Qt.ItemDataRole.UserRole + 1

# One colour per ICANN region in the chart (distinct in light and dark themes, colour-blind safe
# as a set: the Okabe-Ito palette).
REGION_COLOURS = {
    "AF": QColor("#E69F00"),
    "AP": QColor("#56B4E9"),
    "EU": QColor("#009E73"),
    "LAC": QColor("#CC79A7"),
    "NA": QColor("#D55E00"),
}


def _percent(value: float) -> str:
    return QLocale().toString(value * 100, "f", 1) + "\u202f%"


def _country(info: CcTldInfo) -> str:
    """The country's CLDR name in the user's language; the table's English name otherwise."""
    language = QLocale().name()  # "de_DE"; "C" in the POSIX locale, which CLDR does not know
    if language.upper() in ("C", "POSIX"):
        return info.country
    try:
        return country_name(info.iso, language) or info.country
    except UnknownLocaleError:  # a language CLDR has no data for: the English name then
        return info.country


def _label(info: CcTldInfo) -> str:
    return ltr("." + info.unicode)  # in Arabic ".ao", not "ao."


# -- the chart --------------------------------------------------------------------------------


class CoverageChart(QWidget):
    """Coverage (members out of delegated ccTLDs) per edition: overall bold, regions thin.

    Usable on its own (the history view may embed it): ``set_history(coverage_history(repo))``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverageChart")
        self.setAccessibleName(self.tr("Coverage over the editions"))
        self.setMinimumSize(320, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.history: list[tuple[str, Coverage]] = []
        self.legend_rects: list[QRectF] = []  # where the legend's names were drawn

    def sizeHint(self) -> QSize:
        return QSize(520, 200)

    def set_history(self, history: Sequence[tuple[str, Coverage]]) -> None:
        self.history = list(history)
        if self.history:
            stamp, latest = self.history[-1]
            self.setAccessibleDescription(
                self.tr("%1 editions; coverage in %2: %3")
                .replace("%1", QLocale().toString(len(self.history)))
                .replace("%2", stamp)
                .replace("%3", _percent(latest.ratio))
            )
        else:
            self.setAccessibleDescription(self.tr("No editions yet"))
        self.update()

    def series(self) -> dict[str, list[float]]:
        """The plotted values (0..1) per line: "overall" and each region, oldest first."""
        lines: dict[str, list[float]] = {"overall": [c.ratio for _s, c in self.history]}
        for name in REGION_ORDER:
            lines[name] = [c.region(name).ratio for _s, c in self.history]
        return lines

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def plot_rect(self) -> QRectF:
        """Where the lines go: the % axis labels on the reading side (the left, the right in
        a right-to-left language), the legend above, the dates below."""
        metrics = self.fontMetrics()
        line_height = metrics.height()
        axis = metrics.horizontalAdvance("100\u202f%") + 8
        legend_height = line_height + 6
        width = max(10.0, self.width() - axis - 12)
        return QRectF(
            12 if self._right_to_left() else axis,
            legend_height + 4,
            width,
            max(10.0, self.height() - legend_height - line_height - 14),
        )

    def x_of(self, index: int) -> float:
        """The x of the ``index``th edition: time runs in the reading direction (the oldest
        at the left, at the right in a right-to-left language)."""
        plot = self.plot_rect()
        count = len(self.history)
        offset = plot.width() * index / (count - 1) if count > 1 else plot.width() / 2
        return plot.right() - offset if self._right_to_left() else plot.left() + offset

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Every alignment below is absolute: the sides are chosen here, for either direction.
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        rtl = self._right_to_left()
        absolute = Qt.AlignmentFlag.AlignAbsolute
        palette = self.palette()
        text_colour = palette.windowText().color()
        grid_colour = QColor(text_colour)
        grid_colour.setAlpha(60)
        metrics = painter.fontMetrics()
        line_height = metrics.height()
        plot = self.plot_rect()
        painter.setPen(QPen(grid_colour, 1))
        for step in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * step / 100
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if step % 50 == 0:
                painter.setPen(text_colour)
                if rtl:  # beside the plot's right edge, read from there
                    rect = QRectF(plot.right() + 6, y - line_height / 2, 1000, line_height)
                    side = Qt.AlignmentFlag.AlignLeft
                else:
                    rect = QRectF(0, y - line_height / 2, plot.left() - 6, line_height)
                    side = Qt.AlignmentFlag.AlignRight
                rect.setRight(min(rect.right(), self.width()))
                painter.drawText(
                    rect, absolute | side | Qt.AlignmentFlag.AlignVCenter, _percent_label(step)
                )
                painter.setPen(QPen(grid_colour, 1))
        self.legend_rects = []
        if not self.history:
            painter.setPen(text_colour)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No editions yet"))
            return
        count = len(self.history)

        def point(index: int, value: float) -> QPointF:
            return QPointF(self.x_of(index), plot.bottom() - plot.height() * value)

        series = self.series()
        for name, values in series.items():
            overall = name == "overall"
            colour = text_colour if overall else REGION_COLOURS[name]
            painter.setPen(QPen(colour, 3 if overall else 1.5))
            path = QPainterPath(point(0, values[0]))
            for index, value in enumerate(values[1:], start=1):
                path.lineTo(point(index, value))
            painter.drawPath(path)
            painter.setBrush(colour)
            radius = 3.0 if overall else 2.0
            for index, value in enumerate(values):
                painter.drawEllipse(point(index, value), radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        # The x axis: the first and the last edition (their date part), at their ends.
        painter.setPen(text_colour)
        label_rect = QRectF(plot.left(), plot.bottom() + 4, plot.width(), line_height)
        first, last = self.history[0][0][:8], self.history[-1][0][:8]
        start, end = (
            (Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft)
            if rtl
            else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight)
        )
        painter.drawText(label_rect, absolute | start, _stamp_date(first))
        if count > 1:
            painter.drawText(label_rect, absolute | end, _stamp_date(last))
        # The legend, above the plot, from its reading side.
        x = plot.right() if rtl else plot.left()
        y = line_height / 2 + 2
        for name in ("overall", *REGION_ORDER):
            overall = name == "overall"
            colour = text_colour if overall else REGION_COLOURS[name]
            text = self.tr("All") if overall else name
            advance = metrics.horizontalAdvance(text)
            painter.setPen(QPen(colour, 3 if overall else 2))
            swatch = (x - 14, x) if rtl else (x, x + 14)
            painter.drawLine(QPointF(swatch[0], y), QPointF(swatch[1], y))
            painter.setPen(text_colour)
            text_left = x - 18 - advance if rtl else x + 18
            text_rect = QRectF(text_left, y - line_height / 2, advance, line_height)
            painter.drawText(text_rect, absolute | Qt.AlignmentFlag.AlignVCenter, text)
            self.legend_rects.append(text_rect)
            step = 18 + advance + 14
            x = x - step if rtl else x + step


def _percent_label(step: int) -> str:
    return f"{step}\u202f%"


def _stamp_date(day: str) -> str:
    return f"{day[:4]}-{day[4:6]}" if len(day) >= 6 and day.isdigit() else day


# -- non-members ------------------------------------------------------------------------------


class NonMembersDialog(QDialog):
    """The delegated ccTLDs that are not in the current edition, by region, to invite them."""

    def __init__(
        self, parent: QWidget | None, repo: Repository, *, url_opener: UrlOpener | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nonMembersDialog")
        self.setWindowTitle(self.tr("ccTLDs not in TLD-OPS yet"))
        self.repo = repo
        self._url_opener: UrlOpener = url_opener or QDesktopServices.openUrl
        self.edition: Edition | None = repo.current_edition()
        self.coverage: Coverage | None = (
            community.coverage(self.edition) if self.edition is not None else None
        )
        self.request_dialog: RequestDialog | None = None
        layout = QVBoxLayout(self)

        self.summary = QLabel()
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        filter_row = QHBoxLayout()
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionFilter")
        self.region_combo.setAccessibleName(self.tr("Region"))
        self.region_combo.addItem(self.tr("All regions"), "")
        for name in REGION_ORDER:
            self.region_combo.addItem(self.region_name(name), name)
        region_label = QLabel(self.tr("&Region"))
        region_label.setBuddy(self.region_combo)
        filter_row.addWidget(region_label)
        filter_row.addWidget(self.region_combo, 1)
        layout.addLayout(filter_row)

        self.tree = QTreeWidget()
        self.tree.setObjectName("nonMembersTree")
        self.tree.setAccessibleName(self.tr("ccTLDs that are not members"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("ccTLD"), self.tr("Country or territory"), self.tr("A-label")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree, 1)

        hint = QLabel(
            self.tr(
                "A ccTLD joins TLD-OPS when its IANA administrative contact asks the ccNSO "
                "Secretariat. If you know one of these ccTLDs, invite them; until then, their "
                "administrative contact in the IANA root zone database is the fallback."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        chart_box = QGroupBox(self.tr("Coverage over the editions imported"))
        chart_layout = QVBoxLayout(chart_box)
        self.chart = CoverageChart()
        self.chart.set_history(community.coverage_history(repo))
        chart_layout.addWidget(self.chart)
        layout.addWidget(chart_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.iana_button = QPushButton(self.tr("Open &IANA page"))
        self.iana_button.setObjectName("ianaButton")
        self.iana_button.setToolTip(
            self.tr("The ccTLD's record in the IANA root zone database, in your web browser")
        )
        self.join_button = QPushButton(self.tr("Prepare &join request…"))
        self.join_button.setObjectName("joinButton")
        buttons.addButton(self.iana_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.iana_button.clicked.connect(self.open_iana_page)
        self.join_button.clicked.connect(self.prepare_join)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.region_combo.currentIndexChanged.connect(self._region_changed)
        resize_to_fit(self, 720, 720)
        self._fill()

    def region_name(self, code: str) -> str:
        names = {
            "AF": self.tr("Africa"),
            "AP": self.tr("Asia Pacific"),
            "EU": self.tr("Europe"),
            "LAC": self.tr("Latin America and Caribbean"),
            "NA": self.tr("North America"),
        }
        return f"{names.get(code, code)} ({code})"

    # -- content ---------------------------------------------------------------------------

    def set_region(self, region: str | None) -> None:
        """Show one region (``AF`` …) or all (None)."""
        index = self.region_combo.findData(region or "")
        self.region_combo.setCurrentIndex(max(index, 0))

    @Slot()
    def _region_changed(self) -> None:
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        locale = QLocale()
        if self.edition is None or self.coverage is None:
            self.summary.setText(
                self.tr("There are no editions yet. Import a repository email first.")
            )
            self.region_combo.setEnabled(False)
            self._selection_changed()
            return
        cover = self.coverage
        self.summary.setText(
            self.tr("Edition %1: %2 of %3 delegated ccTLDs are members (%4); %5 are not yet.")
            .replace("%1", self.edition.stamp)
            .replace("%2", locale.toString(cover.covered))
            .replace("%3", locale.toString(cover.delegated))
            .replace("%4", _percent(cover.ratio))
            .replace("%5", locale.toString(cover.non_members))
        )
        region = self.region_combo.currentData() or None
        rows = community.non_members(self.edition, region)
        for name in REGION_ORDER:
            if region is not None and name != region:
                continue
            part = cover.region(name)
            heading = QTreeWidgetItem(
                [
                    self.tr("%1 — %2 of %3 are members (%4); %5 not yet")
                    .replace("%1", self.region_name(name))
                    .replace("%2", locale.toString(part.covered))
                    .replace("%3", locale.toString(part.delegated))
                    .replace("%4", _percent(part.ratio))
                    .replace("%5", locale.toString(part.non_members))
                ]
            )
            heading.setData(0, REGION_ROLE, name)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            self.tree.addTopLevelItem(heading)
            for row in (r for r in rows if r.region == name):
                item = QTreeWidgetItem(
                    [_label(row), _country(row), row.ace if row.ace != row.unicode else ""]
                )
                item.setData(0, ACE_ROLE, row.ace)
                item.setToolTip(0, community.iana_url(row.ace))
                heading.addChild(item)
            heading.setFirstColumnSpanned(True)
            heading.setExpanded(True)
        self._selection_changed()

    def _cctld_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for top in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(top)
            if heading is None:
                continue
            for child in range(heading.childCount()):
                item = heading.child(child)
                if item is not None:
                    items.append(item)
        return items

    def visible_aces(self) -> list[str]:
        """The A-labels listed now, in order."""
        return [str(item.data(0, ACE_ROLE)) for item in self._cctld_items()]

    def selected_ace(self) -> str | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        ace = items[0].data(0, ACE_ROLE)
        return str(ace) if ace else None

    def select(self, ace: str) -> bool:
        """Select the row of ``ace``; False when it is not listed."""
        for item in self._cctld_items():
            if item.data(0, ACE_ROLE) == ace:
                self.tree.setCurrentItem(item)
                return True
        return False

    # -- actions ---------------------------------------------------------------------------

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self.selected_ace() is not None
        self.iana_button.setEnabled(chosen)
        self.join_button.setEnabled(chosen)

    @Slot(QTreeWidgetItem, int)
    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, ACE_ROLE):
            self.open_iana_page()

    @Slot()
    def open_iana_page(self) -> None:
        ace = self.selected_ace()
        if ace is not None:
            self._url_opener(QUrl(community.iana_url(ace)))

    @Slot()
    def prepare_join(self) -> None:
        ace = self.selected_ace()
        if ace is None:
            return
        dialog = RequestDialog(
            self, self.edition, kind="join", cctld=ace, url_opener=self._url_opener
        )
        self.request_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


# -- the request ------------------------------------------------------------------------------


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
        form.addRow(self.tr("cc&TLD"), self.cctld_edit)
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
        self.fill_button = QPushButton(self.tr("&Fill from current edition"))
        self.fill_button.setObjectName("fillButton")
        self.mail_button = QPushButton(self.tr("&Open in mail client"))
        self.mail_button.setObjectName("mailButton")
        self.mail_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as .eml…"))
        self.save_button.setObjectName("saveButton")
        buttons.addButton(self.fill_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.fill_button.clicked.connect(self.fill_from_edition)
        self.mail_button.clicked.connect(self._mail_clicked)
        self.save_button.clicked.connect(self._save_clicked)
        buttons.rejected.connect(self.reject)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)
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
            text = _country(info)
        elif member:
            text = (
                self.tr("%1: a member as of edition %2.")
                .replace("%1", _country(info))
                .replace("%2", self.edition.stamp)
            )
        else:
            text = (
                self.tr("%1: not a member as of edition %2.")
                .replace("%1", _country(info))
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
            self.problems_label.setText(exc.message)
            return None
        self.accept()
        return self.saved
