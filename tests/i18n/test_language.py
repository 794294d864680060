"""Choosing the language, loading the translators, right to left, country names, LTR runs."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.conftest import type_text
from tests.i18n.tsfile import ts_files
from tldops_desktop.core.model import Member, Tld
from tldops_desktop.gui import i18n
from tldops_desktop.gui.i18n import (
    LRI,
    PDI,
    display_country,
    install_translators,
    ltr,
    resolve_language,
    supported_language,
)
from tldops_desktop.gui.models import Column, MemberTableModel

LANGS = sorted(ts_files())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("fr", "fr"),
        ("fr_CA", "fr"),
        ("es-419", "es"),
        ("ar_EG", "ar"),
        ("ru-RU", "ru"),
        ("en_GB", "en"),
        ("zh", "zh_CN"),
        ("zh_CN", "zh_CN"),
        ("zh-Hans", "zh_CN"),
        ("zh_Hans_CN", "zh_CN"),
        ("zh-SG", "zh_CN"),
        ("zh_TW", None),
        ("zh-Hant-HK", None),
        ("de_DE", None),
        ("C", None),
        ("", None),
    ],
)
def test_supported_language(name: str, expected: str | None) -> None:
    assert supported_language(name) == expected


def test_resolve_language_setting_then_system() -> None:
    assert resolve_language("ru", QLocale("fr_FR")) == "ru"
    assert resolve_language("de", QLocale("fr_FR")) == "en"  # unsupported setting: English
    assert resolve_language("", QLocale("fr_FR")) == "fr"
    assert resolve_language(None, QLocale("zh_Hans_CN")) == "zh_CN"
    assert resolve_language("", QLocale("de_DE")) == "en"
    assert resolve_language("", QLocale("zh_TW")) == "en"


def installed(app: QApplication) -> dict[str, QTranslator]:
    return {t.objectName(): t for t in app.findChildren(QTranslator) if t.objectName()}


@pytest.mark.parametrize("language", LANGS)
def test_install_loads_ours_and_qtbase(
    qapp: QApplication, use_compiled_qm: Path, language: str
) -> None:
    assert install_translators(qapp, language) == language
    loaded = installed(qapp)
    assert {"tldops-translator", "qtbase-translator"} <= set(loaded)
    assert loaded["tldops-translator"].language().replace("-", "_") == language
    # qtbase: the standard buttons follow the language.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    rtl = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    assert qapp.layoutDirection() == rtl
    assert i18n.ui_language() == language
    assert QLocale().name().startswith(language.split("_", maxsplit=1)[0])


def test_install_again_replaces_the_translators(qapp: QApplication, use_compiled_qm: Path) -> None:
    install_translators(qapp, "ar")
    install_translators(qapp, "fr")
    install_translators(qapp, "en")
    assert not {"tldops-translator", "qtbase-translator"} & set(installed(qapp))
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_missing_qm_falls_back_to_english(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    with caplog.at_level(logging.WARNING, logger="tldops_desktop.gui.i18n"):
        assert install_translators(qapp, "ar") == "en"
    assert "tldops_ar.qm" in caplog.text
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not installed(qapp).keys() & {"tldops-translator", "qtbase-translator"}


def test_package_translations_dir_is_inside_the_package() -> None:
    import tldops_desktop

    assert i18n.translations_dir() == Path(tldops_desktop.__file__).parent / "i18n"


def test_ltr_only_in_a_right_to_left_window(qapp: QApplication) -> None:
    assert ltr(".de") == ".de"
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert ltr(".de") == f"{LRI}.de{PDI}"
    assert ltr(ltr(".de")) == ltr(".de")
    assert ltr("") == ""


GERMANY = Member(tld=Tld("de", "de"), country="Germany", region=None, contacts=())
RUSSIA_IDN = Member(
    tld=Tld("xn--p1ai", "рф"), country="Russian Federation", region=None, contacts=()
)


def test_display_country(qapp: QApplication) -> None:
    assert display_country(GERMANY, "en") == "Germany"
    assert display_country(GERMANY, "fr") == "Allemagne (Germany)"
    assert display_country(GERMANY, "zh_CN") == "德国 (Germany)"
    assert display_country(RUSSIA_IDN, "ru") == "Россия (Russian Federation)"
    eu = Member(tld=Tld("eu", "eu"), country="European Union", region=None, contacts=())
    assert display_country(eu, "fr") == "European Union"  # no country: as the email says
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert display_country(GERMANY, "ar") == f"ألمانيا ({LRI}Germany{PDI})"


def test_model_shows_the_country_in_the_ui_language(qapp: QApplication) -> None:
    model = MemberTableModel(language="es")
    model.set_members([GERMANY])
    assert model.index(0, Column.COUNTRY).data() == "Alemania (Germany)"
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert model.index(0, Column.TLD).data() == f"{LRI}.de{PDI}"
    assert model.index(0, Column.ACE).data() == f"{LRI}de{PDI}"


@pytest.mark.parametrize(
    "query", ["Allemagne", "Германия", "德国", "ألمانيا", "Alemania", "Germany"]
)
def test_search_finds_a_country_by_any_leaflet_name(window: Any, qtbot: Any, query: str) -> None:
    window.search_field.clear()
    type_text(window.search_field, query)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=3000)
    aces = {window.model.member(row).tld.ace for row in range(window.model.rowCount())}
    assert "de" in aces


def test_detail_pane_keeps_emails_and_phones_left_to_right(qapp: QApplication, qtbot: Any) -> None:
    from tldops_desktop.core.model import Contact
    from tldops_desktop.gui.detail import DetailPane

    contact = Contact(1, "أحمد", "ops@nic.de", "+49 30 1234-5678", "+493012345678")
    member = Member(tld=Tld("de", "de"), country="Germany", region=None, contacts=(contact,))
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qapp.setProperty("tldops_language", "ar")
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_member(member, {}, None)
    assert LRI + "ops@nic.de" + PDI in pane.value_labels["1/email"].text()
    assert f"{LRI}+49 30 1234-5678{PDI}" in pane.value_labels["1/phone"].text()
    assert pane.value_labels["1/name"].text() == "أحمد"
    assert pane.value_labels["1/email"].alignment() & Qt.AlignmentFlag.AlignRight
    texts = [label.text() for label in pane.findChildren(QLabel)]
    assert f"ألمانيا ({LRI}Germany{PDI})" in " ".join(texts)
    # What is copied stays clean.
    copied: list[str] = []
    pane.copy_requested.connect(lambda value, _what: copied.append(value))
    pane.copy_buttons["1/email"].click()
    assert copied == ["ops@nic.de"]


@pytest.mark.parametrize(("language", "label"), [("fr", "Téléphone\xa0: "), ("zh_CN", "电话：")])
def test_a_change_note_is_punctuated_as_the_language_writes(
    qapp: QApplication, use_compiled_qm: Path, language: str, label: str
) -> None:
    """ "Téléphone : ..." in French (a no-break space before the colon), "电话：..." in Chinese."""
    from tldops_desktop.core.diff import ContactChange, FieldChange
    from tldops_desktop.core.model import Contact
    from tldops_desktop.gui.detail import change_summary

    contact = Contact(1, "Emil Berg", "noc@nic.ad", "+376 312 560", "+376312560")
    change = ContactChange(
        "changed", contact, contact, (FieldChange("phone", "+376 312 561", "+376 312 560"),)
    )
    install_translators(qapp, language)
    line = change_summary(change).splitlines()[1]
    # Each number whole (no-break spaces): a narrow note wraps around it, not inside it.
    assert line.startswith(label) and line.endswith("+376\xa0312\xa0561 → +376\xa0312\xa0560")
