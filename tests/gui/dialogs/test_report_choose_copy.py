"""The report window offers the other copy of a conflict, asks first, and stores it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from tests.mailgen.editions import change_phones
from tests.mailgen.messages import build_edition, stamp_datetime
from tests.mailgen.scenario import edition_chain
from tldops_desktop.gui.dialogs.import_dialog import ImportFlow
from tldops_desktop.services.importer import ImportOptions
from tldops_desktop.services.store import Store

STAMP = "20251001-0600"


def phones(store: Store) -> list[str]:
    edition = store.repo.edition(STAMP)
    assert edition is not None
    return [c.phone for m in edition.members for c in m.contacts]


def test_the_conflicting_copy_chosen_in_the_report_takes_the_place_of_the_stored_one(
    qtbot, store: Store, tmp_path: Path
) -> None:
    (edition,) = edition_chain([STAMP], seed=3, members=6)
    sent = stamp_datetime(STAMP)
    first, correction = tmp_path / "first.eml", tmp_path / "correction.eml"
    first.write_bytes(build_edition(edition, seed=1, date=sent).data)
    changed = change_phones(edition, 2)
    correction.write_bytes(build_edition(changed, seed=2, date=sent + timedelta(hours=2)).data)
    flow = ImportFlow(None, store, [str(first), str(correction)], ImportOptions())
    flow.start()
    qtbot.waitUntil(lambda: flow.report_dialog is not None, timeout=10000)
    dialog = flow.report_dialog
    assert dialog is not None
    kept = phones(store)
    (conflict,) = dialog.report.conflicts
    assert dialog.choose_copy_button.isVisibleTo(dialog)
    assert not dialog.choose_copy_button.isEnabled()  # no conflict row selected yet
    section = dialog.section("conflicts")
    assert section is not None
    row = section.child(0)
    assert row is not None
    dialog.tree.setCurrentItem(row)
    assert dialog.choose_copy_button.isEnabled()

    box = dialog.confirm_choose_copy()
    assert box is not None and STAMP[:4] in box.text() and "correction.eml" in box.text()
    assert "backup" in box.informativeText()
    box.button(box.StandardButton.Cancel).click()
    assert phones(store) == kept  # cancelled: nothing changes

    box = dialog.confirm_choose_copy()
    assert box is not None
    with qtbot.waitSignal(dialog.copy_chosen):
        dialog.choose_accept.click()
    assert phones(store) != kept
    (info,) = [e for e in store.repo.editions() if e.stamp == STAMP]
    assert info.message_id == conflict["message_id"]
    assert dialog.report.conflicts == []
    assert any("you chose" in text for _where, text in dialog.section_texts("notes"))
    assert not dialog.choose_copy_button.isVisibleTo(dialog)
    dialog.reject()


def test_no_choice_is_offered_in_a_trial_run(qtbot, store: Store, tmp_path: Path) -> None:
    (edition,) = edition_chain([STAMP], seed=3, members=6)
    sent = stamp_datetime(STAMP)
    first, correction = tmp_path / "first.eml", tmp_path / "correction.eml"
    first.write_bytes(build_edition(edition, seed=1, date=sent).data)
    correction.write_bytes(build_edition(change_phones(edition, 2), seed=2, date=sent).data)
    flow = ImportFlow(None, store, [str(first)], ImportOptions())
    flow.start()
    qtbot.waitUntil(lambda: flow.report_dialog is not None, timeout=10000)
    assert flow.report_dialog is not None
    flow.report_dialog.reject()
    trial = ImportFlow(None, store, [str(correction)], ImportOptions(dry_run=True))
    trial.start()
    qtbot.waitUntil(lambda: trial.report_dialog is not None, timeout=10000)
    dialog = trial.report_dialog
    assert dialog is not None and len(dialog.report.conflicts) == 1
    assert not dialog.choose_copy_button.isVisibleTo(dialog)
    dialog.reject()
