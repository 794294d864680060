"""Search in the window: the not-a-member notice, ranking, domains, the region filter and the
empty state (review 7)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment

from tests.gui.conftest import type_text
from tldops_desktop.gui.mainwindow import MainWindow
from tldops_desktop.gui.search_feedback import NOTICE_DELAY_MS


def aces(window: MainWindow) -> list[str]:
    return [m.tld.ace for m in window.results()]


def search(window: MainWindow, text: str) -> list[str]:
    window.search_field.clear()
    type_text(window.search_field, text)
    return aces(window)


def plain(label: Any) -> str:
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


# -- 1. the notice only for a ccTLD-shaped query --------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Германия", "de"),
        ("Россия", "ru"),
        ("俄罗斯", "ru"),
        ("白俄罗斯", "by"),
        ("Müller", None),
        ("Jürgen", None),
        ("gb", "uk"),
        ("中国", "xn--fiqs8s"),
    ],
)
def test_no_notice_for_country_or_person_names(
    window: MainWindow, text: str, first: str | None
) -> None:
    found = search(window, text)
    assert found, text
    if first:
        assert found[0] == first
    assert not window.feedback.not_member_notice.isVisible()


@pytest.mark.parametrize("text", ["zz", ".zz", "ZZ", "example.zz", "tld:zz"])
def test_notice_for_a_cctld_shaped_query_without_member(
    window: MainWindow, text: str, qtbot: Any
) -> None:
    search(window, text)
    # "zz" alone is also inside a name (Svizzera, Switzerland's Italian name): the notice
    # then comes once the typing pauses.
    qtbot.waitUntil(window.feedback.not_member_notice.isVisible, timeout=2000)
    assert plain(window.feedback.not_member_notice) == (
        ".zz is not a TLD-OPS member as of edition 20261101-0600, and not a delegated ccTLD."
    )


def test_notice_for_a_delegated_non_member(window: MainWindow) -> None:
    search(window, "ao")
    assert plain(window.feedback.not_member_notice) == (
        ".ao is not a TLD-OPS member as of edition 20261101-0600. Its administrative contact "
        "is in the IANA root zone database: open its page."
    )


def test_a_notice_for_two_letters_waits_for_a_pause_in_typing(
    window: MainWindow, qtbot: Any
) -> None:
    # Two letters that begin a contact's name (members are listed) and name no ccTLD.
    session = window.session
    assert session is not None
    names = [c.name for m in window.model.members for c in m.contacts if c.name[:2].isalpha()]
    typed = next(
        n[:2].lower()
        for n in names
        if n[:2].isascii()
        and session.index.get(n[:2].lower()) is None
        and not session.index.same_country(n[:2].lower())
    )
    assert search(window, typed)
    assert not window.feedback.not_member_notice.isVisible()
    search(window, typed + "x")
    qtbot.wait(NOTICE_DELAY_MS + 200)
    assert not window.feedback.not_member_notice.isVisible()  # never flashed
    search(window, "ao")
    qtbot.waitUntil(window.feedback.not_member_notice.isVisible, timeout=2000)
    search(window, ".zz")  # written as a ccTLD: at once
    assert window.feedback.not_member_notice.isVisible()


# -- 2. ranking ---------------------------------------------------------------------------


def test_exact_country_name_ranks_first(window: MainWindow) -> None:
    assert search(window, "俄罗斯") == ["ru", "su", "xn--p1ai", "by", "xn--90ais"]
    assert window.detail.member is not None and window.detail.member.tld.ace == "ru"


@pytest.mark.parametrize("text", ["gb", "GB", "Great Britain", "United Kingdom"])
def test_gb_finds_the_united_kingdom(window: MainWindow, text: str) -> None:
    assert search(window, text) == ["uk"]


def test_gb_says_why_uk_is_shown(window: MainWindow) -> None:
    search(window, "gb")
    assert window.feedback.search_hint.isVisible()
    assert (
        plain(window.feedback.search_hint)
        == ".gb is not a TLD-OPS member; showing .uk, of the same country."
    )


# -- 3. domain names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ace", "shown"),
    [
        ("example.de", "de", ".de"),
        ("www.nic.de", "de", ".de"),
        ("bbc.co.uk", "uk", ".uk"),
        ("пример.рф", "xn--p1ai", ".рф"),
    ],
)
def test_a_domain_name_finds_its_cctld(window: MainWindow, text: str, ace: str, shown: str) -> None:
    assert search(window, text) == [ace]
    assert not window.feedback.not_member_notice.isVisible()
    assert plain(window.feedback.search_hint) == f"Showing {shown}, the ccTLD of {text}."


# -- 4. the region filter says what it hides ---------------------------------------------------


def test_region_filter_says_the_member_is_elsewhere(window: MainWindow, qtbot: Any) -> None:
    window.region_combo.setCurrentIndex(window.region_combo.findData("AF"))
    assert search(window, ".de") == []
    assert window.results_stack.currentWidget() is window.feedback.empty_state
    assert plain(window.feedback.empty_state) == (
        "No member in region AF matches “.de”.\n"
        ".de is in region EU, not in the region shown. Show all regions\n"
        "Search by ccTLD (.de, рф), domain (nic.de), country in any language, person's name, "
        "email or phone digits."
    )
    window.feedback.empty_state.linkActivated.emit("#all-regions")
    assert window.region_combo.currentIndex() == 0
    assert aces(window) == ["de"]
    assert window.results_stack.currentWidget() is window.splitter


def test_region_filter_counts_the_matches_it_hides(window: MainWindow) -> None:
    window.region_combo.setCurrentIndex(window.region_combo.findData("AF"))
    search(window, "Russia")
    assert plain(window.feedback.empty_state).splitlines()[1] == (
        "Matches in other regions: 3. Show all regions"
    )
    search(window, "united")  # .ae is not in AF either; the hint counts what is hidden
    window.region_combo.setCurrentIndex(window.region_combo.findData("AP"))
    assert aces(window) == ["ae"]
    assert plain(window.feedback.search_hint) == "Other regions: 2 more. Show all regions"
    window.feedback.search_hint.linkActivated.emit("#all-regions")
    assert aces(window)[:3] == ["ae", "uk", "us"]
    assert not window.feedback.search_hint.isVisible()


# -- 5. the empty state ---------------------------------------------------------------------


def test_empty_state_says_what_was_searched_and_what_to_try(window: MainWindow, qtbot: Any) -> None:
    assert search(window, "zzzzqqq") == []
    assert window.feedback.result_label.text() == "No match"
    assert window.results_stack.currentWidget() is window.feedback.empty_state
    assert plain(window.feedback.empty_state) == (
        "No member matches “zzzzqqq”.\n"
        "Try part of a word, or another spelling.\n"
        "Search by ccTLD (.de, рф), domain (nic.de), country in any language, person's name, "
        "email or phone digits."
    )
    assert search(window, "germany nobody") == []
    assert (
        plain(window.feedback.empty_state).splitlines()[1] == "Try fewer words, or part of a word."
    )
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.results_stack.currentWidget() is window.splitter
    assert window.proxy.rowCount() == 200


def test_empty_region_and_unknown_region(window: MainWindow) -> None:
    search(window, "region:XX")
    assert plain(window.feedback.empty_state).splitlines() == [
        "“region:XX” names an unknown region.",
        "Regions are AF, AP, EU, LAC, NA and unknown.",
    ]


# -- 6. what responders type and paste (search review F2, F3, F9, F11, F15) -------------------


@pytest.mark.parametrize(
    ("text", "ace"),
    [("0412 345 358", "cc"), ("06 12 34 52 19", "fr"), ("+43 664 123912", "at")],
)
def test_a_number_typed_with_spaces_selects_its_member(
    window: MainWindow, text: str, ace: str
) -> None:
    assert search(window, text)[0] == ace
    assert window.detail.member is not None and window.detail.member.tld.ace == ace


def test_a_country_that_is_not_a_member_is_named_above_the_matches(
    window: MainWindow, qtbot: Any
) -> None:
    assert search(window, "Niger") == ["ng"]  # Nigeria, by its name's beginning
    qtbot.waitUntil(window.feedback.not_member_notice.isVisible, timeout=2000)  # once typing pauses
    assert plain(window.feedback.not_member_notice) == (
        "Niger (.ne) is not a TLD-OPS member as of edition 20261101-0600. Its administrative "
        "contact is in the IANA root zone database: open its page."
    )
    type_text(window.search_field, "ia")  # "Nigeria" after all
    assert not window.feedback.not_member_notice.isVisible()
    qtbot.wait(NOTICE_DELAY_MS + 200)
    assert not window.feedback.not_member_notice.isVisible()


def test_a_country_without_matches_is_named_at_once(window: MainWindow) -> None:
    assert search(window, "Sudan") == []
    assert window.feedback.not_member_notice.isVisible()
    assert plain(window.feedback.not_member_notice).startswith(
        "Sudan (.sd) is not a TLD-OPS member"
    )


def test_a_name_two_countries_share_names_both(window: MainWindow) -> None:
    """Neither Congo is a member: "Congo" said so of one of them only."""
    assert search(window, "Congo") == []
    assert window.feedback.not_member_notice.isVisible()
    said = plain(window.feedback.not_member_notice)
    assert "(.cd) is not a TLD-OPS member" in said
    assert "(.cg) is not a TLD-OPS member" in said


@pytest.mark.parametrize(("text", "shown"), [("。рф", ".рф"), ("．中国", ".中国")])
def test_ideographic_full_stops(window: MainWindow, text: str, shown: str) -> None:
    found = search(window, text)
    assert [m.tld.display for m in window.results()][:1] == [shown], found
    assert not window.feedback.not_member_notice.isVisible()


def test_the_eu_idn_cctlds_show_eu(window: MainWindow) -> None:
    assert search(window, ".ею") == ["eu"]
    assert plain(window.feedback.search_hint) == (
        ".ею is not a TLD-OPS member; showing .eu, of the same country."
    )
    assert not window.feedback.not_member_notice.isVisible()


def test_typing_a_region_filter_never_says_no_match(window: MainWindow) -> None:
    window.search_field.clear()
    for char in "region:EU":
        type_text(window.search_field, char)
        if window.search_field.text().startswith("region:"):
            assert window.results_stack.currentWidget() is window.splitter, char
            assert window.feedback.result_label.text() != "Unknown region"
    found = aces(window)
    assert found and "de" in found and "us" not in found


def test_a_region_name_typed_lists_the_region(window: MainWindow) -> None:
    """Typed alone, a region's name (in the window's languages too) lists its members after
    the ccTLD or country it names; "region:" reads the same names."""
    ap = set(search(window, "region:AP"))
    assert set(search(window, "Asia Pacific")) == ap
    assert set(search(window, "亚太")) == ap
    assert set(search(window, "region:asia")) == ap
    europe = search(window, "Europe")
    assert europe[0] == "eu" and "de" in europe and "us" not in europe
    assert window.results_stack.currentWidget() is window.splitter
    window.region_combo.setCurrentIndex(window.region_combo.findData("AF"))
    assert search(window, "Europe") == []
    assert (
        plain(window.feedback.empty_state).splitlines()[1].startswith("Matches in other regions: ")
    )


def test_a_slip_in_a_word_gets_its_nearest_spelling_offered(window: MainWindow) -> None:
    assert search(window, "Germnay") == []
    assert plain(window.feedback.empty_state).splitlines()[:2] == [
        "No member matches “Germnay”.",
        "Did you mean “Germany”? Enter searches for it.",
    ]
    # Offered, not searched in its place: the link searches it.
    assert window.search_field.text() == "Germnay"
    window.feedback.empty_state.linkActivated.emit("#search:Germany")
    assert window.search_field.text() == "Germany"
    assert aces(window)[0] == "de"
    assert window.results_stack.currentWidget() is window.splitter


def test_the_offered_spelling_is_one_tab_away_from_the_region_filter(
    window: MainWindow, qtbot: Any
) -> None:
    """Tab from the region filter lands on the link itself (the label took a first, invisible
    stop of its own: a Tab that showed nothing, and an Enter that did nothing)."""
    from PySide6.QtWidgets import QApplication

    search(window, "Germnay")
    window.region_combo.setFocus()
    qtbot.waitUntil(window.region_combo.hasFocus)
    qtbot.keyClick(window.region_combo, Qt.Key.Key_Tab)
    empty_state = window.feedback.empty_state
    assert QApplication.focusWidget() is empty_state
    assert empty_state.selectedText() == "Germany"
    qtbot.keyClick(empty_state, Qt.Key.Key_Return)
    assert window.search_field.text() == "Germany"


def test_enter_in_the_search_field_takes_the_offered_spelling(
    window: MainWindow, qtbot: Any
) -> None:
    """With nothing found, Enter did nothing: the spelling offered was two Tabs away. Enter
    now searches it, as the empty state says; with nothing offered, it still does nothing."""
    search(window, "Germnay")
    window.focus_search()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.search_field.text() == "Germany"
    assert aces(window)[0] == "de" and window.search_field.hasFocus()
    assert search(window, "zzzzqx") == []
    assert "Enter" not in plain(window.feedback.empty_state)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.search_field.text() == "zzzzqx"


def test_the_offered_spelling_keeps_the_words_that_found_something(window: MainWindow) -> None:
    search(window, "germany nowk")
    assert plain(window.feedback.empty_state).splitlines()[1:3] == [
        "Did you mean “germany Nowak”? Enter searches for it.",
        "Search by ccTLD (.de, рф), domain (nic.de), country in any language, person's name, "
        "email or phone digits.",
    ]
    assert "#search:germany%20Nowak" in window.feedback.empty_state.text()
    window.feedback.empty_state.linkActivated.emit("#search:germany%20Nowak")
    assert aces(window) == ["de"]
