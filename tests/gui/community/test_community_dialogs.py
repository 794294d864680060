"""NonMembersDialog and RequestDialog on a real encrypted store with the sample editions."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.gui.community.conftest import OpenedUrls
from tests.gui.conftest import isolated
from tldops_desktop.core import cctlds
from tldops_desktop.core.model import Edition
from tldops_desktop.gui.community import NonMembersDialog
from tldops_desktop.gui.coverage_chart import CoverageChart
from tldops_desktop.gui.request_dialog import RequestDialog
from tldops_desktop.services import community
from tldops_desktop.services.requests import ProblemCode
from tldops_desktop.services.store import Store
from tldops_desktop.storage.keys import KeySource

CURRENT = "20261101-0600"
REGIONS = ("AF", "AP", "EU", "LAC", "NA")


def expected_nonmembers(edition: Edition, region: str | None = None) -> list[str]:
    members = {m.tld.ace for m in edition.members}
    rows = [r for r in cctlds.all_cctlds()
            if not r.retired and r.ace not in members and region in (None, r.region)]  # fmt: skip
    rows.sort(key=lambda r: (REGIONS.index(r.region), r.unicode.casefold(), r.ace))
    return [r.ace for r in rows]


def decode_mailto(url: str) -> dict[str, str]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    query = {k: v[0] for k, v in parse_qs(parts.query, strict_parsing=True).items()}
    return {"to": unquote(parts.path), **query}


@pytest.fixture
def current(store: Store) -> Edition:
    edition = store.repo.current_edition()
    assert edition is not None and edition.stamp == CURRENT
    return edition


@pytest.fixture
def nonmembers(qtbot: Any, store: Store, opened: OpenedUrls) -> NonMembersDialog:
    dialog = NonMembersDialog(None, store.repo, url_opener=opened)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def make_request(
    qtbot: Any, edition: Edition | None, opened: OpenedUrls, **kw: Any
) -> RequestDialog:
    dialog = RequestDialog(None, edition, url_opener=opened, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_ao(dialog: RequestDialog) -> None:
    dialog.set_contact(1, "Ana Domingos", "ana@dns.ao", "+244 923 123 456")
    dialog.set_contact(2, "Bento Lopes", "bento@dns.ao", "00244 912 345 678")
    dialog.admin_edit.setText("admin@dns.ao")
    dialog.requester_edit.setText("Ana Domingos")


# -- NonMembersDialog -------------------------------------------------------------------------


def test_lists_the_non_members_by_region(nonmembers: NonMembersDialog, current: Edition) -> None:
    assert nonmembers.visible_aces() == expected_nonmembers(current)
    tree = nonmembers.tree
    headings = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert all(h is not None for h in headings)
    texts = [h.text(0) for h in headings if h is not None]
    assert [t.split(" — ")[0] for t in texts] == [nonmembers.region_name(r) for r in REGIONS]
    cover = community.coverage(current)
    summary = nonmembers.summary.text()
    assert CURRENT in summary
    assert f"{cover.covered} of {cover.delegated}" in summary
    for heading, text, region in zip(headings, texts, REGIONS, strict=True):
        part = cover.region(region)
        assert f"{part.covered} of {part.delegated} are members" in text
        assert heading is not None and heading.childCount() == part.non_members


@pytest.mark.parametrize("region", REGIONS)
def test_region_filter(nonmembers: NonMembersDialog, current: Edition, region: str) -> None:
    combo = nonmembers.region_combo
    combo.setCurrentIndex(combo.findData(region))
    assert nonmembers.visible_aces() == expected_nonmembers(current, region)
    assert nonmembers.tree.topLevelItemCount() == 1
    nonmembers.set_region(None)
    assert nonmembers.visible_aces() == expected_nonmembers(current)


def test_iana_page_opens_only_on_click(
    qtbot: Any, nonmembers: NonMembersDialog, opened: OpenedUrls
) -> None:
    assert not nonmembers.iana_button.isEnabled()
    assert nonmembers.select("ao")
    assert opened.urls == []  # selecting fetches and opens nothing
    qtbot.mouseClick(nonmembers.iana_button, Qt.MouseButton.LeftButton)
    assert opened.urls == ["https://www.iana.org/domains/root/db/ao.html"]


def test_prepare_join_opens_the_request_dialog(
    qtbot: Any, nonmembers: NonMembersDialog, opened: OpenedUrls
) -> None:
    nonmembers.select("ao")
    qtbot.mouseClick(nonmembers.join_button, Qt.MouseButton.LeftButton)
    dialog = nonmembers.request_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind == "join" and dialog.ace() == "ao"
    assert "not a member" in dialog.cctld_status.text()
    dialog.close()


def test_chart_plots_the_coverage_history(nonmembers: NonMembersDialog, store: Store) -> None:
    history = community.coverage_history(store.repo)
    chart = nonmembers.chart
    series = chart.series()
    assert series["overall"] == [c.ratio for _s, c in history]
    for region in REGIONS:
        assert series[region] == [c.region(region).ratio for _s, c in history]
    assert CURRENT in chart.accessibleDescription()
    image = chart.grab().toImage()
    assert not image.isNull() and image.width() > 100


def test_chart_with_no_or_one_edition(qtbot: Any, current: Edition) -> None:
    chart = CoverageChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.show()
    assert chart.grab().toImage().width() == 400  # paints "No editions yet" without warnings
    chart.set_history([(CURRENT, community.coverage(current))])
    assert len(chart.series()["overall"]) == 1
    chart.grab()


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_chart_reads_in_the_layout_direction(qtbot: Any, store: Store, direction: str) -> None:
    """Time, the % axis and the legend all run the reading way: in Arabic the oldest
    edition is at the right, the % labels at the right, the legend from the right."""
    chart = CoverageChart()
    qtbot.addWidget(chart)
    rtl = direction == "rtl"
    if rtl:
        chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    chart.resize(500, 220)
    chart.set_history(community.coverage_history(store.repo))
    count = len(chart.history)
    assert count >= 2
    image = chart.grab().toImage()  # paints, and records where the legend went
    plot = chart.plot_rect()
    oldest, newest = chart.x_of(0), chart.x_of(count - 1)
    legend = chart.legend_rects
    assert len(legend) == 6
    if rtl:
        assert oldest == pytest.approx(plot.right()) and newest == pytest.approx(plot.left())
        assert plot.right() < chart.width() - 30  # room for the % labels at the right
        assert plot.left() < 30
        assert legend[0].right() > legend[-1].right()  # "All" first, from the right
        assert legend[0].right() > plot.center().x()
    else:
        assert oldest == pytest.approx(plot.left()) and newest == pytest.approx(plot.right())
        assert plot.left() > 30 and plot.right() > chart.width() - 30
        assert legend[0].left() < legend[-1].left()
        assert legend[0].left() < plot.center().x()
    # The % labels are drawn beside the plot, on the reading side.
    axis_side = (
        image.copy(int(plot.right()) + 2, 0, image.width() - int(plot.right()) - 2, image.height())
        if rtl
        else image.copy(0, 0, int(plot.left()) - 2, image.height())
    )
    background = image.pixelColor(image.width() // 2, image.height() - 1)
    assert any(
        axis_side.pixelColor(x, y) != background
        for x in range(axis_side.width())
        for y in range(axis_side.height())
    )


def test_empty_store(qtbot: Any, tmp_path: Path, opened: OpenedUrls) -> None:
    store = Store.open(
        tmp_path / "empty", KeySource(passphrase="x-for-the-test", prompt=None), create=True
    )
    try:
        dialog = NonMembersDialog(None, store.repo, url_opener=opened)
        qtbot.addWidget(dialog)
        assert dialog.visible_aces() == []
        assert "no editions" in dialog.summary.text()
        assert not dialog.region_combo.isEnabled() and not dialog.join_button.isEnabled()
    finally:
        store.close()


# -- RequestDialog ----------------------------------------------------------------------------


def test_join_request_saved_as_eml(
    qtbot: Any, current: Edition, opened: OpenedUrls, tmp_path: Path
) -> None:
    dialog = make_request(qtbot, current, opened, kind="join", cctld=".ao")
    assert dialog.windowTitle() == "Request to join TLD-OPS"
    assert "Angola" in dialog.cctld_status.text()
    assert not dialog.fill_button.isEnabled()
    fill_ao(dialog)
    target = tmp_path / "join-ao.eml"
    assert dialog.save_eml(target) == target
    assert dialog.result() == dialog.DialogCode.Accepted
    assert opened.urls == []
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message["To"] == "ccnsosecretariat@icann.org"
    assert message["Cc"] == "admin@dns.ao"
    assert message["Subject"] == "TLD-OPS subscription request: .ao"
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    body = part.get_content().replace("\r\n", "\n")
    assert "Name: Ana Domingos\n" in body and "Mobile phone number: +244 923123456\n" in body
    assert "Name: Bento Lopes\n" in body and "Mobile phone number: +244 912345678\n" in body
    assert "Contact Person #3" not in body
    assert "I confirm that" in body


def test_save_button_asks_where(
    qtbot: Any,
    current: Edition,
    opened: OpenedUrls,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "chosen.eml"
    asked: list[str] = []

    def fake_dialog(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    dialog = make_request(qtbot, current, opened, kind="join", cctld="ao")
    fill_ao(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == ["tld-ops-join-ao.eml"]
    assert target.exists() and dialog.saved == target


def test_update_request_prefilled_and_opened_in_mail_client(
    qtbot: Any, current: Edition, opened: OpenedUrls
) -> None:
    member = current.member("nl")
    assert member is not None
    dialog = make_request(qtbot, current, opened, kind="update", cctld=".nl")
    assert dialog.windowTitle() == "Update TLD-OPS contacts"
    rows = dialog.contact_rows
    assert [(r.name.text(), r.email.text()) for r in rows] == [
        (c.name, c.email) for c in member.contacts
    ]
    for row, contact in zip(rows, member.contacts, strict=True):
        assert row.phone.text().replace(" ", "") == contact.phone_e164
    # Without the IANA administrative contact nothing opens, and the form says why.
    qtbot.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    assert opened.urls == []
    assert "administrative contact" in dialog.problems_label.text()
    dialog.admin_edit.setText("hostmaster@nl.example")
    qtbot.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    assert len(opened.urls) == 1 and opened.urls[0] == dialog.opened_url
    fields = decode_mailto(opened.urls[0])
    assert fields["to"] == "ccnsosecretariat@icann.org"
    assert fields["cc"] == "hostmaster@nl.example"
    assert fields["subject"] == "TLD-OPS subscription update: .nl"
    for contact in member.contacts:
        assert f"Name: {contact.name}\r\n" in fields["body"]
        assert f"Email address: {contact.email}\r\n" in fields["body"]
    assert f"edition {CURRENT}" in " ".join(fields["body"].split())
    assert dialog.result() == dialog.DialogCode.Accepted


def test_invalid_phone_and_email_are_shown_and_nothing_is_made(
    qtbot: Any, current: Edition, opened: OpenedUrls, tmp_path: Path
) -> None:
    dialog = make_request(qtbot, current, opened, kind="join", cctld=".ao")
    dialog.set_contact(1, "Ana", "ana at dns.ao", "+244 12")
    dialog.admin_edit.setText("admin@dns.ao")
    problems = dialog.check()
    assert [(p.code, p.position) for p in problems] == [
        (ProblemCode.EMAIL_INVALID, 1), (ProblemCode.PHONE_INVALID, 1)
    ]  # fmt: skip
    text = dialog.problems_label.text()
    assert "Contact 1: “ana at dns.ao” is not an email address." in text
    assert "Contact 1: “+244 12” is not a valid phone number" in text
    assert dialog.save_eml(tmp_path / "x.eml") is None
    assert not (tmp_path / "x.eml").exists()
    assert not dialog.open_in_mail_client() and opened.urls == []
    assert dialog.isVisible()


def test_switching_kind_and_member_warning(
    qtbot: Any, current: Edition, opened: OpenedUrls
) -> None:
    dialog = make_request(qtbot, current, opened, kind="join", cctld=".nl")
    assert dialog.fill_button.isEnabled()
    dialog.set_contact(1, "Jan", "jan@nic.nl", "+31 6 1234 5678")
    dialog.admin_edit.setText("hostmaster@nl.example")
    assert "already a member" in "\n".join(
        dialog.problem_text(p) for p in dialog.check()
    )  # a warning: the email can still be made
    dialog.set_kind("update")
    assert dialog.windowTitle() == "Update TLD-OPS contacts"
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
    member = current.member("nl")
    assert member is not None
    assert dialog.contact_rows[0].name.text() == member.contacts[0].name
    assert dialog.check() == []


def test_iana_lookup_and_no_edition(qtbot: Any, opened: OpenedUrls) -> None:
    dialog = make_request(qtbot, None, opened, kind="join")
    assert not dialog.iana_button.isEnabled()
    dialog.cctld_edit.setText(".рф")
    assert dialog.ace() == "xn--p1ai" and dialog.cctld_status.text()
    qtbot.mouseClick(dialog.iana_button, Qt.MouseButton.LeftButton)
    assert opened.urls == ["https://www.iana.org/domains/root/db/xn--p1ai.html"]
    dialog.cctld_edit.setText(".xy")
    assert not dialog.iana_button.isEnabled()
    assert dialog.cctld_status.text() == "Not a delegated ccTLD."


def test_non_members_cctlds_read_left_to_right_in_arabic(
    qtbot: Any, store: Store, opened: OpenedUrls, right_to_left: None
) -> None:
    """ ".ao", not "ao.": the label is a left-to-right run in the right-to-left tree."""
    dialog = NonMembersDialog(None, store.repo, url_opener=opened)
    qtbot.addWidget(dialog)
    assert dialog.select("ao")
    item = dialog.tree.currentItem()
    assert item is not None and item.text(0) == isolated(".ao")
