"""The ccTLDs that are not TLD-OPS members yet: the delegated ccTLDs missing from the
current edition, by region, with the coverage figures and its chart over the editions. IANA
pages open only when the user asks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.core.cctlds import CcTldInfo
from tldops_desktop.core.model import Edition
from tldops_desktop.gui.coverage_chart import CoverageChart, percent
from tldops_desktop.gui.i18n import country_shown, ltr
from tldops_desktop.gui.plain_copy import PlainCopy
from tldops_desktop.gui.request_dialog import RequestDialog
from tldops_desktop.gui.screen_fit import resize_to_fit, scrolling
from tldops_desktop.services import community
from tldops_desktop.services.community import REGION_ORDER, Coverage
from tldops_desktop.storage.repository import Repository

UrlOpener = Callable[[QUrl], Any]
ACE_ROLE = Qt.ItemDataRole.UserRole
REGION_ROLE = Qt.ItemDataRole.UserRole + 1


def _label(info: CcTldInfo) -> str:
    return ltr("." + info.unicode)  # in Arabic ".ao", not "ao."


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
        outer = QVBoxLayout(self)
        # The list, its hint and the chart need more than a short screen's height: they scroll.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body), 1)

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
        PlainCopy(self.tree)  # ".ao" as typed, in Arabic too
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
        outer.addWidget(buttons)

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
            .replace("%4", percent(cover.ratio))
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
                    .replace("%4", percent(part.ratio))
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
                    [_label(row), country_shown(row), row.ace if row.ace != row.unicode else ""]
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
