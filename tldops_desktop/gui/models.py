"""Qt models over the members of an edition (the search index does the filtering)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from tldops_desktop.core.model import Member
from tldops_desktop.gui.i18n import display_country, ltr, ui_language

MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# A cell as plain text for the clipboard: no bidi marks or isolates, which the display adds
# in a right-to-left window and which break a paste into dig or whois.
COPY_ROLE = Qt.ItemDataRole.UserRole + 3
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
INFERRED_MARK = "*"

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TLD = 0
    ACE = 1
    COUNTRY = 2
    REGION = 3
    CONTACTS = 4


_COLUMNS = len(Column)
_LTR_COLUMNS = frozenset({Column.TLD, Column.ACE})
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
        MEMBER_ROLE,
        SORT_ROLE,
        COPY_ROLE,
    }
)


def plain_text(text: str) -> str:
    """``text`` without the invisible characters that only order it on screen."""
    return BIDI_CONTROLS.sub("", text)


class MemberTableModel(QAbstractTableModel):
    """One row per member: ccTLD (Unicode), A-label, country, region, number of contacts.

    ``set_members`` replaces the rows with a search result (a model reset). Members whose
    contacts changed in the latest edition are shown in bold, with a tooltip saying so.
    The country is shown in ``language`` (default: the interface's) beside the email's.
    """

    def __init__(self, parent: QObject | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self.language = language or ui_language()
        self._members: list[Member] = []
        self._changed: frozenset[str] = frozenset()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- filling -----------------------------------------------------------------------

    def set_members(self, members: Iterable[Member], changed: frozenset[str] | None = None) -> bool:
        """Show ``members``; False (and no reset) when they are the rows already shown."""
        rows = list(members)
        same_rows = len(rows) == len(self._members) and all(
            a is b for a, b in zip(rows, self._members, strict=True)
        )
        if same_rows and (changed is None or changed == self._changed):
            return False
        self.beginResetModel()
        self._members = rows
        if changed is not None:
            self._changed = changed
        self.endResetModel()
        return True

    def member(self, row: int) -> Member | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    @property
    def members(self) -> list[Member]:
        return list(self._members)

    def row_of(self, ace: str) -> int:
        for row, member in enumerate(self._members):
            if member.tld.ace == ace:
                return row
        return -1

    # -- QAbstractItemModel --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("ccTLD"),
                self.tr("A-label"),
                self.tr("Country"),
                self.tr("Region"),
                self.tr("Contacts"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.REGION:
            return self.tr(
                "ICANN region; %1 marks a region taken from the ccTLD table, not from the email"
            ).replace("%1", INFERRED_MARK)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for many roles per cell on every paint: answer the others first and fast.
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._members) or not 0 <= column < _COLUMNS:
            return None
        member = self._members[row]
        if role == Qt.ItemDataRole.DisplayRole:
            shown = self._display(member, Column(column))
            # ccTLDs and A-labels read left to right, also in a right-to-left window.
            return ltr(shown) if column in _LTR_COLUMNS and isinstance(shown, str) else shown
        if role == SORT_ROLE:
            if column == Column.CONTACTS:
                return len(member.contacts)
            return str(self._display(member, Column(column))).casefold()
        if role == MEMBER_ROLE:
            return member
        if role == COPY_ROLE:
            return plain_text(str(self._display(member, Column(column))))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(member, Column(column))
        if role == Qt.ItemDataRole.FontRole and member.tld.ace in self._changed:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.CONTACTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(member, Column(column))
            if member.tld.ace in self._changed:  # heard, not only seen in bold
                return self.tr("%1 (changed in the latest edition)").replace("%1", str(text))
            return text
        return None

    def mimeTypes(self) -> list[str]:
        return ["text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The cells as plain text, a row per line and a tab between cells (as a spreadsheet
        pastes them), without the display's bidi isolates."""
        mime = QMimeData()
        mime.setText(self.copy_text(indexes))
        return mime

    def copy_text(self, indexes: Iterable[AnyIndex]) -> str:
        rows: dict[int, dict[int, str]] = {}
        for index in indexes:
            if index.isValid():
                rows.setdefault(index.row(), {})[index.column()] = self.data(index, COPY_ROLE)
        return "\n".join(
            "\t".join(cells[column] for column in sorted(cells))
            for _row, cells in sorted(rows.items())
        )

    # -- helpers ---------------------------------------------------------------------------

    def _display(self, member: Member, column: Column) -> str | int:
        if column == Column.TLD:
            return member.tld.display
        if column == Column.ACE:
            return member.tld.ace
        if column == Column.COUNTRY:
            return display_country(member, self.language)
        if column == Column.REGION:
            if member.region is not None:
                return member.region.value
            if member.region_inferred is not None:
                return member.region_inferred.value + INFERRED_MARK
            return "–"
        return len(member.contacts)

    def _tooltip(self, member: Member, column: Column) -> str | None:
        if column == Column.REGION and member.region is None:
            if member.region_inferred is not None:
                return self.tr("The email gives no region; %1 comes from the ccTLD table.").replace(
                    "%1", member.region_inferred.value
                )
            return self.tr("No region known")
        if member.tld.ace in self._changed:
            return self.tr("%1 changed in the latest edition").replace(
                "%1", ltr(member.tld.display)
            )
        return None


class MemberSortProxy(QSortFilterProxyModel):
    """Sorting only: filtering is the search index's job. Unsorted keeps the search ranking."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(False)
        self.setDynamicSortFilter(True)
