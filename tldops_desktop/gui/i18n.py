"""The interface language: choosing it, loading its translations, and text that must stay LTR.

The language comes from the setting ``ui/language`` ("" follows the system locale). Our own
messages are ``tldops_desktop/i18n/tldops_<lang>.qm`` (compiled from ``i18n/*.ts`` by the
build); Qt's ``qtbase_<lang>.qm`` translates the standard dialogs and buttons. Arabic lays the
whole window out right to left; ccTLDs, A-labels, emails and phone numbers are then shown as
left-to-right isolates (``ltr``) so that ``.de`` does not become ``de.``.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from tldops_desktop.core.cctlds import CcTldInfo, iso_for
from tldops_desktop.core.countries import country_name
from tldops_desktop.core.model import Member

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# English, then the languages of the .ts files in i18n/ (scripts/update_translations.py).
SUPPORTED = ("en", "ar", "es", "fr", "ru", "zh_CN")
RIGHT_TO_LEFT = frozenset({"ar"})

LRI, PDI = "\u2066", "\u2069"  # LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE
FSI = "\u2068"  # FIRST STRONG ISOLATE: a name keeps the direction of its own script
_LANGUAGE_PROPERTY = "tldops_language"
_TRANSLATOR_NAMES = ("tldops-translator", "qtbase-translator")


def supported_language(code: str) -> str | None:
    """Our language for a locale name (``fr_CA``, ``zh-Hans-CN``, ``ar_EG``), or None.

    ``zh``, ``zh_CN``, ``zh_SG`` and ``zh_Hans*`` are Simplified Chinese (``zh_CN``); Traditional
    Chinese (``zh_TW``, ``zh_HK``, ``zh_Hant*``) is not a language of ours.
    """
    parts = [p for p in code.strip().replace("-", "_").split("_") if p]
    if not parts:
        return None
    language, rest = parts[0].lower(), [p.lower() for p in parts[1:]]
    if language == "zh":
        if not rest or rest[0] in {"hans", "cn", "sg"}:
            return "zh_CN"
        return None
    return language if language in SUPPORTED else None


def resolve_language(setting: str | None, system: QLocale | None = None) -> str:
    """The language to use: the setting if we have it, else the first supported language of
    the system's preferences (``QLocale.system().uiLanguages()``), else English."""
    if setting:
        return supported_language(setting) or SOURCE_LANGUAGE
    locale = system if system is not None else QLocale.system()
    traditional_chinese = False
    for name in [*locale.uiLanguages(), locale.name()]:
        found = supported_language(name)
        # Qt appends bare "zh" after "zh-Hant-TW": not a wish for Simplified Chinese.
        if found == "zh_CN" and traditional_chinese and name.lower() == "zh":
            continue
        if found:
            return found
        traditional_chinese |= name.lower().replace("-", "_").startswith("zh_")
    return SOURCE_LANGUAGE


def translations_dir() -> Path:
    """Where our ``.qm`` files are (inside the installed package)."""
    return Path(str(resources.files("tldops_desktop").joinpath("i18n")))


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _load(app: QCoreApplication, name: str, filename: str, directory: str) -> QTranslator | None:
    translator = QTranslator(app)
    translator.setObjectName(name)
    if translator.load(filename, directory):
        return translator
    translator.setParent(None)  # Python's now: freed with the last reference
    return None


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Load the translations for ``language`` (the ``ui/language`` setting, "" or None for
    the system's) into ``app``; returns the language in effect (``en`` when ours is missing).

    Call before any window exists: texts are set when widgets are built. Calling again
    replaces the translators installed before.
    """
    for old in app.findChildren(QTranslator):
        if old.objectName() in _TRANSLATOR_NAMES:
            app.removeTranslator(old)
            old.setParent(None)
    code = resolve_language(language)
    if code != SOURCE_LANGUAGE:
        ours = _load(app, _TRANSLATOR_NAMES[0], f"tldops_{code}", str(translations_dir()))
        if ours is None:
            log.warning(
                "no translation file tldops_%s.qm in %s (run `make translations`); using English",
                code,
                translations_dir(),
            )
            code = SOURCE_LANGUAGE
        else:
            app.installTranslator(ours)
            qtbase = _load(app, _TRANSLATOR_NAMES[1], f"qtbase_{code}", qt_translations_dir())
            if qtbase is None:
                log.warning("Qt's own qtbase_%s.qm not found in %s", code, qt_translations_dir())
            else:
                app.installTranslator(qtbase)
    if language:  # an explicit choice: numbers and dates follow it too
        QLocale.setDefault(QLocale(code))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if code in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    app.setProperty(_LANGUAGE_PROPERTY, code)
    return code


def ui_language(app: QObject | None = None) -> str:
    """The language ``install_translators`` put in effect (English before it ran)."""
    owner = app if app is not None else QCoreApplication.instance()
    value = owner.property(_LANGUAGE_PROPERTY) if owner is not None else None
    return value if isinstance(value, str) and value else SOURCE_LANGUAGE


def is_right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def ltr(text: str) -> str:
    """``text`` as a left-to-right run inside right-to-left text (ccTLDs, A-labels, emails,
    phone numbers): wrapped in U+2066 … U+2069 when the window is right to left, else as is,
    so copies and accessible names stay clean in left-to-right languages."""
    if not text or not is_right_to_left() or text.startswith(LRI):
        return text
    return LRI + text + PDI


def apart(text: str, *, left_to_right: bool) -> str:
    """``text`` isolated from its neighbours on a line of several values, in any window: a
    name in its own script's direction, an address or a number left to right. After a name
    in Arabic script, a number's digits were taken for Arabic ones and its groups drawn in
    reverse order ("41 10 991 238+"), in English too."""
    if not text or text.startswith((LRI, FSI)):
        return text
    return (LRI if left_to_right else FSI) + text + PDI


def display_country(member: Member, language: str, *, between: str = " ") -> str:
    """The member's country as its email gives it, with the CLDR name in ``language`` first
    where that differs: ``Allemagne (Germany)``; just ``Germany`` in English. ``between``
    goes between the two names (a line break on paper, where a wrapped line would mix them)."""
    written = member.country.strip()
    iso = iso_for(member.tld.ace)
    if language == SOURCE_LANGUAGE or iso is None:
        return written
    local = country_name(iso, language)
    if not local or local.casefold() == written.casefold():
        return written or (local or "")
    if not written:
        return local
    if between == " ":
        return f"{local} ({ltr(written)})"
    return f"{local}{between}{ltr(f'({written})')}"  # on a line of its own: brackets and all


def country_shown(info: CcTldInfo) -> str:
    """A ccTLD's country by its CLDR name in the interface's language (the ccTLD table's
    English name where CLDR has none), as the member list names it."""
    return country_name(info.iso, ui_language()) or info.country


def paragraph(text: str) -> str:
    """A line of the interface's own text, read in the interface's direction: in Arabic, a
    line that begins with a ccTLD or a query (written left to right) would otherwise be laid
    out left to right, its clauses in the wrong order."""
    if text and is_right_to_left():
        return "\u200f" + text  # RIGHT-TO-LEFT MARK: the paragraph's first strong character
    return text


def ltr_run(text: str) -> str:
    """``ltr(text)`` for a label's rich text: also marked left to right (U+200E) on both
    sides, since Qt lays out rich text's neutral edge characters (the "." of ".gb", the
    guillemets around a query) by the paragraph's direction, isolate or not."""
    if not text or not is_right_to_left():
        return text
    return "\u200e" + ltr(text) + "\u200e"
