"""History: the editions, and the changes between two of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTreeWidgetItem

from tests.gui.conftest import isolated
from tldops_desktop.core.diff import ContactChange, diff_editions
from tldops_desktop.gui.dialogs.history import DEFAULT_WIDTH, KIND_ROLE, HistoryDialog
from tldops_desktop.gui.i18n import LRI, PDI, display_country

OLD, NEW = "20261001-0600", "20261101-0600"


def cell(dialog, row, column):
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def tops(dialog):
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert None not in items
    return items


def texts(item):
    return [item.text(c) for c in range(4)]


def walk(item):
    yield item
    for i in range(item.childCount()):
        yield from walk(item.child(i))


def test_history_lists_editions_and_shows_the_diff(qtbot, two_editions):
    repo = two_editions.repo
    dialog = HistoryDialog(None, repo)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert cell(dialog, 0, 0) == NEW
    assert cell(dialog, 0, 5) == "current"
    assert cell(dialog, 1, 5) == ""
    info = {e.stamp: e for e in repo.editions()}
    assert cell(dialog, 0, 2) == str(info[NEW].members)
    # the default comparison: the previous edition to the current one
    assert dialog.old_combo.currentData() == OLD
    assert dialog.new_combo.currentData() == NEW
    expected = diff_editions(repo.edition(OLD), repo.edition(NEW))
    assert dialog.diff == expected
    assert expected.members, "the samples differ between the two editions"
    groups = {item.data(0, 256): item for item in tops(dialog)}
    for kind, changes in (("joined", expected.joined), ("left", expected.left),
                          ("changed", expected.changed)):  # fmt: skip
        if changes:
            assert groups[kind].childCount() == len(changes)
    # every changed field shows its old and new values side by side
    rows = [texts(i) for top in groups.values() for i in walk(top)]
    for member in expected.changed:
        for contact in member.contacts:
            for field in contact.fields:
                assert any(r[2] == field.old and r[3] == field.new for r in rows), field
    assert OLD in dialog.summary.text() and NEW in dialog.summary.text()


def test_column_titles_stand_over_their_text(qtbot, two_editions):
    """Titles start where their column's text starts: the last column, stretched to the
    table's width, does not hold "Current" in its middle, far from the "current" under it."""
    from PySide6.QtCore import Qt

    dialog = HistoryDialog(None, two_editions.repo)
    qtbot.addWidget(dialog)
    header = dialog.table.horizontalHeader()
    assert header.stretchLastSection()
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignLeft


def test_history_reverse_and_same_edition(qtbot, two_editions):
    dialog = HistoryDialog(None, two_editions.repo, old=NEW, new=OLD)
    qtbot.addWidget(dialog)
    assert dialog.diff is not None
    assert dialog.diff.old_stamp == NEW
    assert len(dialog.diff.joined) == len(
        diff_editions(two_editions.repo.edition(OLD), two_editions.repo.edition(NEW)).left
    )
    dialog.compare(NEW, NEW)
    assert dialog.diff is None
    assert dialog.tree.topLevelItemCount() == 0
    assert "different" in dialog.summary.text()


def test_choosing_two_rows_compares_them(qtbot, two_editions):
    dialog = HistoryDialog(None, two_editions.repo)
    qtbot.addWidget(dialog)
    dialog.compare(NEW, NEW)
    dialog.table.selectAll()
    assert dialog.diff is not None
    assert (dialog.diff.old_stamp, dialog.diff.new_stamp) == (OLD, NEW)


def test_history_with_one_edition(qtbot, store):
    from tests.conftest import LAYOUT_A
    from tldops_desktop.services.importer import ImportOptions, run_import

    run_import([str(LAYOUT_A)], store.repo, ImportOptions())
    dialog = HistoryDialog(None, store.repo)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.diff is None
    assert "second edition" in dialog.summary.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.tree.header()
    # No rows to size it by: the column keeps room for its own title.
    assert header.sectionSize(0) >= header.sectionSizeHint(0)


def changed_phone_rows(dialog: HistoryDialog) -> list[QTreeWidgetItem]:
    return [
        item
        for top in tops(dialog)
        for item in walk(top)
        if item.data(0, KIND_ROLE) == "changed" and item.text(1) == "phone"
    ]


def test_history_keeps_numbers_labels_and_stamps_left_to_right_in_arabic(
    qtbot, two_editions, right_to_left
):
    dialog = HistoryDialog(None, two_editions.repo)
    qtbot.addWidget(dialog)
    assert dialog.diff is not None
    # "From 20261001-0600 to ...", not "0600-20261001"
    summary = dialog.summary.text()
    assert isolated(OLD) in summary and isolated(NEW) in summary
    member = dialog.diff.changed[0]
    assert member.new is not None
    labels = [item.text(0) for top in tops(dialog) for item in walk(top)]
    assert f"{isolated(member.new.tld.display)} — " in " ".join(labels)  # not "af — …."
    rows = changed_phone_rows(dialog)
    assert rows, "the samples change a phone number"
    fields = {(f.old, f.new) for m in dialog.diff.changed for c in m.contacts for f in c.fields}
    for row in rows:
        old, new = row.text(2), row.text(3)
        assert old.startswith(LRI) and old.endswith(PDI) and new.startswith(LRI)
        assert (old[1:-1], new[1:-1]) in fields


def test_ctrl_c_copies_an_old_number_as_typed_in_arabic(qtbot, two_editions, right_to_left):
    """The number copied from the Old or New column dials: Qt's own copy took the isolates
    that keep it left to right on screen along with it."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    dialog = HistoryDialog(None, two_editions.repo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = changed_phone_rows(dialog)[0]
    dialog.tree.setCurrentItem(row, 2)
    dialog.tree.setFocus()
    QTest.keySequence(dialog.tree, QKeySequence(QKeySequence.StandardKey.Copy))
    assert QGuiApplication.clipboard().text() == row.text(2)[1:-1]  # without LRI … PDI
    assert row.text(2)[1:-1].startswith("+")


def test_history_values_fit_beside_the_change_column(qtbot, two_editions):
    dialog = HistoryDialog(None, two_editions.repo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.tree.header()
    room = dialog.tree.viewport().width()
    assert header.sectionSize(0) <= 0.36 * room  # the "Change" column is capped
    for column in (1, 2, 3):  # Field, Old and New are in view, not off to the right
        assert header.sectionSize(column) > 30
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= room + 1
    assert header.sectionSize(2) == pytest.approx(header.sectionSize(3), abs=2)


def test_history_fits_on_the_screen(qtbot, two_editions):
    dialog = HistoryDialog(None, two_editions.repo)
    qtbot.addWidget(dialog)
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    assert available.width() < DEFAULT_WIDTH, "the offscreen screen is 800 wide"
    assert dialog.width() <= available.width() and dialog.height() <= available.height()


class MarkingTranslator(QTranslator):
    """Translates the detail pane's texts into «…», to see which texts went through it."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context == "DetailPane" else ""

    def isEmpty(self) -> bool:
        return False


def test_history_names_positions_and_countries_in_the_apps_language(
    qtbot, qapp, two_editions, monkeypatch
):
    """Positions in the detail pane's translated words, not "secondary"; countries by their
    name in the app's language, as the main table shows them."""
    monkeypatch.setattr("tldops_desktop.gui.dialogs.history.ui_language", lambda: "fr")
    translator = MarkingTranslator()
    assert qapp.installTranslator(translator)
    try:
        dialog = HistoryDialog(None, two_editions.repo)
        qtbot.addWidget(dialog)
        assert dialog.diff is not None
        member = dialog.diff.changed[0].new
        assert member is not None
        first, second = member.contacts[:2]
        added = dialog._contact_item(ContactChange("added", None, second))
        removed = dialog._contact_item(ContactChange("removed", first, None))
    finally:
        qapp.removeTranslator(translator)
    assert texts(added)[1:] == ["«Secondary contact»", "", added.text(3)]
    assert added.text(3).startswith("«Secondary contact» · ")
    assert removed.text(1) == "«Primary contact»"
    assert removed.text(2).startswith("«Primary contact» · ")
    diff = dialog.diff
    members = [c.new or c.old for c in (*diff.joined, *diff.left, *diff.changed)]
    labels = " ".join(item.text(0) for top in tops(dialog) for item in walk(top))
    localised = [m for m in members if m is not None and display_country(m, "fr") != m.country]
    assert localised, "some sample member's country has another name in French"
    for member in localised:
        assert f"{member.tld.display} — {display_country(member, 'fr')}" in labels


def test_a_member_that_left_opens_with_its_last_contacts(qtbot, two_editions):
    """Enter on a member under "Left" asks the window to show that member's last contacts."""
    from PySide6.QtCore import Qt

    from tldops_desktop.core.model import Edition, content_hash

    repo = two_editions.repo
    current = repo.edition(NEW)
    gone, kept = current.members[0], current.members[1:]
    later = Edition("20261201-0600", None, kept, "<later@example>", True, "A", content_hash(kept))
    repo.add_edition(later)
    dialog = HistoryDialog(None, repo, old=NEW, new=later.stamp)
    qtbot.addWidget(dialog)
    (left,) = [i for i in tops(dialog) if i.data(0, KIND_ROLE) == "left"]
    assert left.childCount() == 1
    dialog.tree.setCurrentItem(left.child(0))
    with qtbot.waitSignal(dialog.former_member_chosen) as chosen:
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert chosen.args == [gone.tld.ace]


def test_the_coverage_chart_has_a_title(qtbot, two_editions):
    from PySide6.QtWidgets import QGroupBox

    dialog = HistoryDialog(None, two_editions.repo)
    qtbot.addWidget(dialog)
    box = dialog.coverage.parentWidget()
    assert isinstance(box, QGroupBox)
    assert box.title() == "Coverage over the editions imported"


def test_the_changes_have_most_of_the_height(qtbot, two_editions):
    """The changes are what the dialog is opened for; they had 167 pixels of 720, under a
    list of two editions with room for seven. The editions keep room for their rows."""
    dialog = HistoryDialog(None, two_editions.repo)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    upper, lower = dialog.splitter.sizes()
    assert lower > upper
    rows = sum(dialog.table.rowHeight(r) for r in range(dialog.table.rowCount()))
    assert dialog.table.viewport().height() >= rows


def test_the_changes_have_the_keyboard_at_once(qtbot, two_editions):
    """The editions list had the focus: the changes were three Tabs away. With changes to
    show, the arrow keys now move in them from the start."""
    from PySide6.QtWidgets import QApplication

    dialog = HistoryDialog(None, two_editions.repo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is dialog.tree
    assert dialog.tree.currentItem() is dialog.tree.topLevelItem(0)
    # Nothing to show (the same edition twice): the editions, to choose two others.
    other = HistoryDialog(None, two_editions.repo, old=NEW, new=NEW)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (other.table, other.tree))
    assert QApplication.focusWidget() is other.table


def test_one_tab_leaves_the_editions(qtbot, two_editions):
    """Tab moved from cell to cell of the editions (six a row, each row drawn as selected
    whole: nothing showed where the keyboard was); the arrows move in them, Tab goes on."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dialog = HistoryDialog(None, two_editions.repo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.table
    dialog.table.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.table.currentRow() == 1


def test_opened_for_a_member_its_changes_are_in_view(qtbot, two_editions):
    expected = diff_editions(two_editions.repo.edition(OLD), two_editions.repo.edition(NEW))
    change = expected.changed[-1]  # the last: not where the list starts
    member = change.new
    assert member is not None
    dialog = HistoryDialog(None, two_editions.repo, member=member)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    current = dialog.tree.currentItem()
    assert current is not None and current.data(0, KIND_ROLE) == change.ace
    assert current.parent() is not None  # the member's row, not its group
    assert dialog.tree.visualItemRect(current).top() >= 0  # scrolled to it
    assert dialog.focusWidget() is dialog.tree
    assert "no change" not in dialog.summary.text()


def test_opened_for_a_member_that_did_not_change_it_says_so(qtbot, two_editions):
    expected = diff_editions(two_editions.repo.edition(OLD), two_editions.repo.edition(NEW))
    changed = {c.ace for c in expected.members}
    edition = two_editions.repo.edition(NEW)
    member = next(m for m in edition.members if m.tld.ace not in changed)
    dialog = HistoryDialog(None, two_editions.repo, member=member)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert f"{member.tld.display}: no change between these two editions." in dialog.summary.text()
    assert dialog.tree.currentItem() is dialog.tree.topLevelItem(0)  # the changes as before
