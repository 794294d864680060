"""The list of members: one row each, sortable, moved through from the search field too, a
cell copied as typed into dig or whois; narrow, it drops its A-label column first, then its
count of contacts."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from tldops_desktop.core.model import Member
from tldops_desktop.gui.colours import set_readable_selection
from tldops_desktop.gui.i18n import ltr
from tldops_desktop.gui.models import COPY_ROLE, Column, MemberSortProxy, MemberTableModel

NARROW_TABLE = 620  # pixels below which the table drops its A-label column
NARROWER_TABLE = 400  # and its count of contacts (the detail pane shows them)
MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def typed_text(event: QKeyEvent) -> str:
    """The text a key press types (a letter, a digit, "+"), or "" for a command, a space or a
    control key: a space and Enter are a focused button's or list's own."""
    text = event.text()
    if event.modifiers() & _COMMAND_MODIFIERS or not text.isprintable() or text.isspace():
        return ""
    return text


class MemberTable(QTableView):
    open_requested = Signal()  # Enter: into the selected member's contacts
    search_requested = Signal()  # Escape: back to the search field
    copy_requested = Signal(str, str)  # Ctrl+C on a cell: the value, and how to name it
    text_typed = Signal(str)  # a letter typed: a new search (its cells all begin with a dot)

    def __init__(self, model: MemberTableModel, proxy: MemberSortProxy) -> None:
        super().__init__()
        self.members = model
        self.proxy = proxy
        self.setObjectName("member-table")
        self.setModel(proxy)
        self.setAccessibleName(self.tr("Members"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        set_readable_selection(self)  # the row a responder reads
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.COUNTRY, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.setSortingEnabled(True)
        # Never narrower than the title and its sort arrow: "Contactos", "Контакты" or
        # "جهات الاتصال", or a larger font, were cut in 80 pixels.
        for column, width in (
            (Column.TLD, 110),
            (Column.ACE, 130),
            (Column.REGION, 70),
            (Column.CONTACTS, 80),
        ):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def member_at(self, index: QModelIndex) -> Member | None:
        if not index.isValid():
            return None
        return self.members.member(self.proxy.mapToSource(index).row())

    def current_member(self) -> Member | None:
        return self.member_at(self.selectionModel().currentIndex())

    def shown(self) -> list[Member]:
        """The members shown, in the order shown."""
        return [
            m
            for row in range(self.proxy.rowCount())
            if (m := self.member_at(self.proxy.index(row, 0))) is not None
        ]

    def row_of(self, ace: str | None) -> int:
        """The row shown for the member ``ace``; 0 (the first) for none, or one not shown."""
        if ace is None:
            return 0
        row = self.members.row_of(ace)
        if row < 0:
            return 0
        return self.proxy.mapFromSource(self.members.index(row, 0)).row()

    def select_row(self, row: int) -> bool:
        """Select the row ``row`` (or the nearest); False when no row is shown."""
        count = self.proxy.rowCount()
        if count == 0:
            self.selectionModel().clearSelection()
            return False
        row = max(0, min(row, count - 1))
        index = self.proxy.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    def unselect(self) -> None:
        self.selectionModel().clearCurrentIndex()
        self.clearSelection()

    def step(self, key: int) -> None:
        """Up, Down, Page Up or Page Down, from wherever the keyboard focus is."""
        count = self.proxy.rowCount()
        if count == 0:
            return
        current = self.selectionModel().currentIndex()
        row = current.row() if current.isValid() else -1
        page = max(1, self.viewport().height() // max(1, self.rowHeight(0)) - 1)
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
        }[Qt.Key(key)]
        self.select_row(max(0, min(count - 1, row + step)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Narrow, the A-label column gives way (the detail pane shows it), not the country;
        # narrower, the count of contacts too.
        self.setColumnHidden(Column.ACE, self.width() < NARROW_TABLE)
        self.setColumnHidden(Column.CONTACTS, self.width() < NARROWER_TABLE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self._copy_cell()
        elif event.key() in ENTER_KEYS:
            self.open_requested.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.search_requested.emit()
        elif typed_text(event):
            self.text_typed.emit(typed_text(event))
        else:
            super().keyPressEvent(event)

    def _copy_cell(self) -> None:
        """The cell's text as typed into dig or whois. Qt's own copy takes the text shown,
        with the direction isolates an Arabic layout puts around it; and the window's
        clipboard guard clears it like any other copied value."""
        index = self.currentIndex()
        if index.isValid():
            text = str(index.data(COPY_ROLE))
            self.copy_requested.emit(text, ltr(text))
