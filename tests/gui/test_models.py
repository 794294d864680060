"""The member table model, checked with QAbstractItemModelTester."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tldops_desktop.core.model import Contact, Member, Region, Tld
from tldops_desktop.gui.models import (
    INFERRED_MARK,
    MEMBER_ROLE,
    Column,
    MemberSortProxy,
    MemberTableModel,
)


def member(ace: str, unicode: str, country: str, region, contacts: int, inferred=None) -> Member:
    return Member(
        tld=Tld(ace, unicode),
        country=country,
        region=region,
        contacts=tuple(
            Contact(i + 1, f"Person {i}", f"p{i}@nic.{ace}", f"+1 555 010{i}")
            for i in range(contacts)
        ),
        region_inferred=inferred,
    )


MEMBERS = [
    member("nl", "nl", "Netherlands", Region.EU, 3),
    member("xn--p1ai", "рф", "Russian Federation", Region.EU, 2),
    member("tt", "tt", "Trinidad and Tobago", None, 1, Region.LAC),
    member("xx", "xx", "Nowhere", None, 2),
]


def test_model_tester_through_resets(qtmodeltester) -> None:
    model = MemberTableModel()
    qtmodeltester.check(model)
    model.set_members(MEMBERS, frozenset({"nl"}))
    qtmodeltester.check(model)
    model.set_members(MEMBERS[:1])
    model.set_members([])
    model.set_members(MEMBERS)
    assert model.rowCount() == 4 and model.columnCount() == len(Column)


def test_proxy_passes_the_tester(qtmodeltester) -> None:
    model = MemberTableModel()
    model.set_members(MEMBERS)
    proxy = MemberSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.CONTACTS, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    assert [proxy.index(r, Column.CONTACTS).data() for r in range(4)] == [1, 2, 2, 3]
    proxy.sort(-1)  # unsorted: back to the search ranking
    assert [proxy.index(r, 0).data(MEMBER_ROLE) for r in range(4)] == MEMBERS


def test_columns() -> None:
    model = MemberTableModel()
    model.set_members(MEMBERS, frozenset({"nl"}))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["ccTLD", "A-label", "Country", "Region", "Contacts"]
    row = [model.index(1, c).data() for c in Column]
    assert row == [".рф", "xn--p1ai", "Russian Federation", "EU", 2]
    assert model.index(2, Column.REGION).data() == "LAC" + INFERRED_MARK
    assert "ccTLD table" in model.index(2, Column.REGION).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(3, Column.REGION).data() == "–"
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()  # changed last edition
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(0, 0).data(MEMBER_ROLE) is MEMBERS[0]
    assert model.row_of("tt") == 2 and model.row_of("de") == -1


def test_a_changed_member_says_so_to_screen_readers() -> None:
    """Bold is seen, not heard: the accessible text of a changed member's cells says it."""
    model = MemberTableModel()
    model.set_members(MEMBERS, frozenset({"nl"}))
    role = Qt.ItemDataRole.AccessibleTextRole
    for column in Column:
        text = model.index(0, column).data(role)
        assert "changed in the latest edition" in text, column
    assert model.index(0, Column.TLD).data(role) == ".nl (changed in the latest edition)"
    assert model.index(1, Column.TLD).data(role) == ".рф"  # unchanged: the text only
    assert model.index(1, Column.COUNTRY).data(role) == "Russian Federation"
