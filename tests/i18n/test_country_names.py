"""Country names in the community dialogs follow the interface language, as the member list
does, not the system locale: a German desktop with the app in English reads "Egypt"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from tldops_desktop.core import cctlds
from tldops_desktop.gui.i18n import country_shown, install_translators


def test_country_follows_the_interface_language_not_the_locale(
    qapp: QApplication, use_compiled_qm: Path
) -> None:
    egypt = cctlds.lookup("eg")
    assert egypt is not None
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale("de_DE"))  # the desktop's locale, a language the app lacks
    assert country_shown(egypt) == "Egypt"
    install_translators(qapp, "fr")
    QLocale.setDefault(QLocale("de_DE"))
    assert country_shown(egypt) == "Égypte"


def test_a_ccTLD_unknown_to_cldr_keeps_the_table_name(
    qapp: QApplication, use_compiled_qm: Path
) -> None:
    install_translators(qapp, "ru")
    info = cctlds.CcTldInfo("xx", "xx", "", "Nowhere Land", "EU", False)
    assert country_shown(info) == "Nowhere Land"
