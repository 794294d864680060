"""The editions imported so far, and what changed between any two of them."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QSignalBlocker,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tldops_desktop.core.diff import (
    ContactChange,
    EditionDiff,
    FieldChange,
    MemberChange,
    diff_editions,
)
from tldops_desktop.core.model import Contact, Member
from tldops_desktop.gui.colours import set_readable_selection
from tldops_desktop.gui.coverage_chart import CoverageChart
from tldops_desktop.gui.detail import field_value, own_direction, position_label
from tldops_desktop.gui.i18n import apart, display_country, ltr, ui_language
from tldops_desktop.gui.plain_copy import PlainCopy
from tldops_desktop.gui.screen_fit import GiveWay, resize_to_fit, scrolling
from tldops_desktop.services.community import coverage_history
from tldops_desktop.storage.repository import EditionInfo, Repository

KIND_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_WIDTH, DEFAULT_HEIGHT = 960, 860  # or less, on a small screen: room for the changes
EDITION_ROWS = 5  # shown at first above the changes; more scroll
# The "Change" column takes at most this share of the tree: Field, Old and New stay in view.
FIRST_COLUMN_SHARE = 0.35


class HistoryDialog(QDialog):
    """Editions (newest first) above; the changes from ``old`` to ``new`` below.

    Choose the two editions with the "From"/"To" lists, or select two rows of the table. A
    member that left, activated (double-click, Enter), is shown with its last known contacts.
    Opened for ``member`` (the one the window shows), its changes are the ones in view.
    """

    former_member_chosen = Signal(str)  # the A-label of a member that left

    def __init__(
        self,
        parent: QWidget | None,
        repo: Repository,
        *,
        old: str | None = None,
        new: str | None = None,
        member: Member | None = None,
    ) -> None:
        super().__init__(parent)
        self.member = member
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Edition history"))
        self.repo = repo
        self.editions: list[EditionInfo] = repo.editions()
        self.diff: EditionDiff | None = None
        layout = QVBoxLayout(self)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        # Editions, chart and changes need more than a short screen's height: they scroll.
        self.scroll_area = scrolling(splitter)
        layout.addWidget(self.scroll_area, 1)

        self.table = QTableWidget(len(self.editions), 6)
        self.table.setObjectName("editionsTable")
        self.table.setAccessibleName(self.tr("Editions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Edition"),
                self.tr("Date"),
                self.tr("Members"),
                self.tr("Contacts"),
                self.tr("Trusted"),
                self.tr("Current"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Rows are chosen whole: Tab leaves the table, as in the member list (cell by cell,
        # nothing showed where it was, and the changes were a dozen Tabs away).
        self.table.setTabKeyNavigation(False)
        set_readable_selection(self.table)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Titles over their columns' text, as it is written: the last column, stretched to the
        # table's width, would hold its title in its middle, far from the words under it.
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        locale = QLocale()
        for row, info in enumerate(self.editions):
            # ISO dates: read the same by responders of every country.
            date = info.date.date().isoformat() if info.date else ""
            cells = [
                info.stamp,
                date,
                locale.toString(info.members),
                locale.toString(info.contacts),
                self.tr("yes") if info.trusted else self.tr("no — not from the list"),
                self.tr("current") if info.current else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.itemSelectionChanged.connect(self._table_selection)
        self.upper_pane = upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 2)
        # Members out of all delegated ccTLDs, per edition (as the TLD-OPS page quotes it).
        self.coverage = CoverageChart()
        self.coverage.set_history(coverage_history(repo))
        # The same title as in the non-members view: its percentages say nothing without it.
        self.chart_box = chart_box = QGroupBox(
            QCoreApplication.translate("NonMembersDialog", "Coverage over the editions imported")
        )
        QVBoxLayout(chart_box).addWidget(self.coverage)
        upper_layout.addWidget(chart_box, 1)
        # On a short screen the chart gives way to the changes, which were below the fold
        # under it: shown only where editions, chart and changes fit without scrolling.
        self.chart_fit = GiveWay(
            chart_box,
            needed=lambda: splitter.minimumSizeHint().height(),
            own=lambda: chart_box.minimumSizeHint().height(),
        )
        self.chart_fit.watch(self.scroll_area.viewport())
        splitter.addWidget(upper)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        choose = QHBoxLayout()
        self.old_combo = QComboBox()
        self.old_combo.setAccessibleName(self.tr("Older edition"))
        self.new_combo = QComboBox()
        self.new_combo.setAccessibleName(self.tr("Newer edition"))
        for info in self.editions:
            label = ltr(info.stamp) + ("" if info.trusted else " " + self.tr("(untrusted)"))
            self.old_combo.addItem(label, info.stamp)
            self.new_combo.addItem(label, info.stamp)
        from_label = QLabel(self.tr("Changes &from"))
        from_label.setBuddy(self.old_combo)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.new_combo)
        choose.addWidget(from_label)
        choose.addWidget(self.old_combo, 1)
        choose.addWidget(to_label)
        choose.addWidget(self.new_combo, 1)
        lower_layout.addLayout(choose)
        self.summary = QLabel()
        self.summary.setObjectName("diffSummary")
        self.summary.setWordWrap(True)
        lower_layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("changesTree")
        set_readable_selection(self.tree)
        self.tree.setAccessibleName(self.tr("Changes"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Change"), self.tr("Field"), self.tr("Old"), self.tr("New")]
        )
        self._set_up_columns()
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(self._item_activated)
        PlainCopy(self.tree)  # a number copied from Old or New dials, in Arabic too
        lower_layout.addWidget(self.tree)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_to_fit(self, DEFAULT_WIDTH, DEFAULT_HEIGHT)
        self._shared = False  # the height shared out (and the focus given), once shown

        self.old_combo.currentIndexChanged.connect(self._combo_changed)
        self.new_combo.currentIndexChanged.connect(self._combo_changed)
        default_new, default_old = self._defaults()
        self.compare(old or default_old, new or default_new)

    def _set_up_columns(self) -> None:
        """Old and New share the width left by Change and Field; long values are elided and
        shown whole in their tooltips."""
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _fit_first_column(self) -> None:
        """As wide as its texts and its title, but never so wide that it pushes the values
        out of view (with no changes to list, the title alone: "Chang" it was)."""
        room = self.tree.viewport().width() if self.isVisible() else self.width()
        rows = self.tree.sizeHintForColumn(0) + self.tree.indentation()
        wanted = max(rows, self.tree.header().sectionSizeHint(0))
        self.tree.setColumnWidth(0, max(min(wanted, int(room * FIRST_COLUMN_SHARE)), 1))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shared:
            self._shared = True
            self.chart_fit.fit()
            self._share_height()
            first = self.member_item() or self.tree.topLevelItem(0)
            if first is not None:  # the changes, from the first key pressed
                self.tree.setCurrentItem(first)
                self.tree.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtTop)
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit_first_column()

    def member_item(self) -> QTreeWidgetItem | None:
        """The row of the member the dialog was opened for, among the changes shown."""
        if self.member is None:
            return None
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for i in range(group.childCount() if group is not None else 0):
                assert group is not None
                item = group.child(i)
                if item is not None and item.data(0, KIND_ROLE) == self.member.tld.ace:
                    return item
        return None

    def _share_height(self) -> None:
        """The editions' rows (a few: more scroll) and the chart above; the rest, most of the
        height, for the changes, which the dialog is opened for."""
        table, sizes = self.table, self.splitter.sizes()
        rows = sum(table.rowHeight(r) for r in range(min(table.rowCount(), EDITION_ROWS)))
        wanted = table.horizontalHeader().height() + rows + 2 * table.frameWidth()
        total = sum(sizes)
        least = self.upper_pane.minimumSizeHint().height()
        upper = min(max(sizes[0] + wanted - table.height(), least), total // 2)
        self.splitter.setSizes([upper, total - upper])

    def _defaults(self) -> tuple[str | None, str | None]:
        stamps = self.repo.latest_stamps(2)
        if len(stamps) == 2:
            return stamps[0], stamps[1]
        if stamps:
            older = [e.stamp for e in self.editions if e.stamp < stamps[0]]
            return stamps[0], (older[0] if older else None)
        return None, None

    # -- choosing ---------------------------------------------------------------------------

    def compare(self, old: str | None, new: str | None) -> EditionDiff | None:
        """Show the changes from edition ``old`` to ``new`` (stamps)."""
        with QSignalBlocker(self.old_combo), QSignalBlocker(self.new_combo):
            for combo, stamp in ((self.old_combo, old), (self.new_combo, new)):
                index = combo.findData(stamp) if stamp else -1
                combo.setCurrentIndex(index)
        return self._update()

    @Slot()
    def _combo_changed(self) -> None:
        self._update()

    @Slot()
    def _table_selection(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if len(rows) == 2:
            stamps = sorted(self.editions[r].stamp for r in rows)
            self.compare(stamps[0], stamps[1])

    def _update(self) -> EditionDiff | None:
        self.tree.clear()
        self.diff = None
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        if not old or not new:
            self.summary.setText(
                self.tr("Import a second edition to see what changed from one month to the next.")
                if len(self.editions) < 2
                else self.tr("Choose two editions.")
            )
            return None
        if old == new:
            self.summary.setText(self.tr("Choose two different editions."))
            return None
        before, after = self.repo.edition(old), self.repo.edition(new)
        if before is None or after is None:
            self.summary.setText(self.tr("This edition is no longer in the database."))
            return None
        self.diff = diff_editions(before, after)
        self._fill(self.diff)
        self._fit_first_column()
        if self.member is not None and self.diff.members and self.member_item() is None:
            # Said, not left to be found missing from a long list.
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("{cctld}: no change between these two editions.").format(
                    cctld=ltr(self.member.tld.display)
                )
            )
        return self.diff

    # -- showing ----------------------------------------------------------------------------

    def _fill(self, diff: EditionDiff) -> None:
        locale = QLocale()
        if not diff.members:
            self.summary.setText(
                self.tr("No changes from {old} to {new}.").format(
                    old=ltr(diff.old_stamp), new=ltr(diff.new_stamp)
                )
            )
            return
        self.summary.setText(
            self.tr(
                "From {old} to {new}: members joined: {joined}, left: {left}, changed: "
                "{changed} (contact changes: {contacts})."
            ).format(
                old=ltr(diff.old_stamp),
                new=ltr(diff.new_stamp),
                joined=locale.toString(len(diff.joined)),
                left=locale.toString(len(diff.left)),
                changed=locale.toString(len(diff.changed)),
                contacts=locale.toString(diff.changed_contact_count),
            )
        )
        for kind, title, changes in (
            ("joined", self.tr("Joined"), diff.joined),
            ("left", self.tr("Left"), diff.left),
            ("changed", self.tr("Changed"), diff.changed),
        ):
            if not changes:
                continue
            group = QTreeWidgetItem([f"{title} ({locale.toString(len(changes))})"])
            group.setData(0, KIND_ROLE, kind)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            items = [self._member_item(change) for change in changes]
            group.addChildren(items)
            group.setExpanded(True)
            if kind == "changed":
                for item in items:
                    item.setExpanded(True)

    @Slot(QTreeWidgetItem, int)
    def _item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        group = item.parent()
        if group is not None and group.parent() is None and group.data(0, KIND_ROLE) == "left":
            self.former_member_chosen.emit(str(item.data(0, KIND_ROLE)))
            self.accept()

    def _member_item(self, change: MemberChange) -> QTreeWidgetItem:
        member = change.new or change.old
        assert member is not None
        # The country as the main table names it: CLDR's name in the app's language first.
        country = display_country(member, ui_language())
        label = f"{ltr(member.tld.display)} — {own_direction(country)}"
        if change.kind == "joined":
            item = QTreeWidgetItem([label, "", "", self._member_text(member)])
        elif change.kind == "left":
            item = QTreeWidgetItem([label, "", self._member_text(member), ""])
        else:
            item = QTreeWidgetItem([label])
        item.setData(0, KIND_ROLE, change.ace)
        item.setToolTip(0, label)
        for field in change.member_fields:
            item.addChild(self._field_item("", field))
        for contact in change.contacts:
            item.addChild(self._contact_item(contact))
        return item

    def _contact_item(self, change: ContactChange) -> QTreeWidgetItem:
        if change.kind == "added":
            assert change.new is not None
            item = QTreeWidgetItem(
                [
                    self.tr("Contact added"),
                    position_label(change.new),
                    "",
                    self._contact_text(change.new),
                ]
            )
        elif change.kind == "removed":
            assert change.old is not None
            item = QTreeWidgetItem(
                [
                    self.tr("Contact removed"),
                    position_label(change.old),
                    self._contact_text(change.old),
                    "",
                ]
            )
        else:
            who = change.new or change.old
            assert who is not None
            title = self.tr("Contact changed: {name}").format(name=own_direction(who.name))
            item = QTreeWidgetItem([title])
            item.setToolTip(0, title)
            if len(change.fields) == 1:  # one field: on the contact's own line
                field = change.fields[0]
                item.setText(1, self._field_name(field.field))
                self._set_values(item, field)
            else:
                for field in change.fields:
                    item.addChild(self._field_item("", field))
        item.setData(0, KIND_ROLE, change.kind)
        for column in (2, 3):  # a whole contact is long: whole in the tooltip
            if item.text(column) and not item.toolTip(column):
                item.setToolTip(column, item.text(column))
        return item

    def _field_item(self, label: str, field: FieldChange) -> QTreeWidgetItem:
        item = QTreeWidgetItem([label, self._field_name(field.field)])
        item.setData(0, KIND_ROLE, field.field)
        self._set_values(item, field)
        return item

    @staticmethod
    def _set_values(item: QTreeWidgetItem, field: FieldChange) -> None:
        """Old and new, each read in its own direction (numbers and addresses left to right),
        and whole in the tooltip where the column is too narrow."""
        for column, value in ((2, field.old), (3, field.new)):
            item.setText(column, field_value(field.field, value))
            item.setToolTip(column, item.text(column))

    def _field_name(self, name: str) -> str:
        names = {
            "position": self.tr("position"),
            "name": self.tr("name"),
            "email": self.tr("email"),
            "phone": self.tr("phone"),
            "country": self.tr("country"),
            "region": self.tr("region"),
        }
        return names.get(name, name)

    def _contact_text(self, contact: Contact) -> str:
        parts = (
            position_label(contact),  # the detail pane's words, translated
            apart(contact.name, left_to_right=False),  # in any window: see ``apart``
            apart(contact.email, left_to_right=True),
            apart(contact.phone, left_to_right=True),
        )
        return " · ".join(part for part in parts if part)

    def _member_text(self, member: Member) -> str:
        count = len(member.contacts)
        if count == 1:
            return self.tr("1 contact")
        return self.tr("{count} contacts").format(count=QLocale().toString(count))
