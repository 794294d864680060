"""The Qt Linguist sources: complete, consistent across languages, in step with the code."""

from __future__ import annotations

import re

import pytest

from tests.i18n.tsfile import (
    ROOT,
    Message,
    accelerators,
    load_script,
    messages,
    placeholders,
    ts_files,
)
from tldops_desktop.gui.dialogs.settings_dialog import LANGUAGES as OFFERED
from tldops_desktop.gui.i18n import SOURCE_LANGUAGE, SUPPORTED

FILES = ts_files()
LANGS = sorted(FILES)


def live(language: str) -> list[Message]:
    return [m for m in messages(FILES[language]) if m.live]


def report(problems: list[str], what: str) -> None:
    if problems:
        shown = "\n  ".join(problems[:40])
        more = f"\n  … and {len(problems) - 40} more" if len(problems) > 40 else ""
        pytest.fail(f"{len(problems)} {what}:\n  {shown}{more}", pytrace=False)


def test_every_language_has_a_ts_file_and_is_offered() -> None:
    update = load_script("update_translations")
    assert set(FILES) == set(update.LANGUAGES)
    assert set(SUPPORTED) == {SOURCE_LANGUAGE, *FILES}
    assert {code for code, _name in OFFERED} == set(SUPPORTED)


@pytest.mark.parametrize("language", LANGS)
def test_ts_file_declares_its_language(language: str) -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(FILES[language]).getroot()
    assert root.get("language") == language
    assert root.get("sourcelanguage") == SOURCE_LANGUAGE


@pytest.mark.parametrize("language", LANGS)
def test_no_message_unfinished_or_empty(language: str) -> None:
    problems = [
        f"{m}: {'unfinished' if m.kind == 'unfinished' else 'empty'}"
        for m in live(language)
        if m.kind == "unfinished"
        or not m.translations
        or not all(t.strip() for t in m.translations)
    ]
    report(problems, f"messages of tldops_{language}.ts not translated")


def test_every_language_has_the_same_messages() -> None:
    keys = {language: {m.key for m in live(language)} for language in LANGS}
    everything = set().union(*keys.values())
    problems = [
        f"tldops_{language}.ts lacks [{context}] {source!r}"
        for language in LANGS
        for context, source, _ in sorted(everything - keys[language])
    ]
    report(problems, "messages missing from a language")


@pytest.mark.parametrize("language", LANGS)
def test_placeholders_match_the_source(language: str) -> None:
    problems = []
    for m in live(language):
        expected = placeholders(m.source)
        for text in m.translations:
            if text.strip() and placeholders(text) != expected:
                problems.append(
                    f"{m}: {sorted(placeholders(text))} ≠ {sorted(expected)} in {text!r}"
                )
    report(problems, f"placeholder mismatches in tldops_{language}.ts")


@pytest.mark.parametrize("language", LANGS)
def test_at_most_one_accelerator(language: str) -> None:
    problems = [
        f"{m}: {text!r} has {accelerators(text)} '&' mnemonics"
        for m in live(language)
        for text in m.translations
        if accelerators(text) > 1
    ]
    report(problems, f"translations of tldops_{language}.ts with several accelerators")


def test_french_puts_a_no_break_space_before_high_punctuation() -> None:
    """« : », « ; », « ? », « ! » and the inside of guillemets take a no-break space in
    French: a plain one lets a wrapped label begin a line with the colon."""
    problems = [
        f"{m}: {text!r}"
        for m in live("fr")
        for text in m.translations
        if re.search(r" [:;?!»]|« ", text)
    ]
    report(problems, "French translations with a plain space before : ; ? ! or »")


def test_every_tr_string_is_in_the_ts_files() -> None:
    """lupdate run now over the GUI code finds nothing the .ts files lack (nor keep stale).

    Fix: ``python scripts/update_translations.py`` (when no translator has a file open),
    then translate the new messages.
    """
    update = load_script("update_translations")
    in_code = update.extracted_keys()
    assert len(in_code) > 100, "lupdate found almost nothing: is the source list right?"
    problems = []
    for language in LANGS:
        have = {m.key for m in live(language)}
        problems += [
            f"tldops_{language}.ts lacks [{c}] {s!r}" for c, s, _ in sorted(in_code - have)
        ]
        problems += [
            f"tldops_{language}.ts has [{c}] {s!r}, gone from the code"
            for c, s, _ in sorted(have - in_code)
        ]
    report(problems, "differences between the code's tr() strings and the .ts files")


def test_update_script_covers_every_gui_module() -> None:
    update = load_script("update_translations")
    files = set(update.sources())
    gui = {p.relative_to(ROOT).as_posix() for p in (ROOT / "tldops_desktop" / "gui").rglob("*.py")}
    assert gui <= files


def test_helpers() -> None:
    assert accelerators("&File") == 1
    assert accelerators("Save && quit") == 0
    assert accelerators("&Save && &quit") == 2
    assert accelerators("文件(&F)") == 1
    assert placeholders("%1 of %L2, %n item(s), {name}") == {"%1", "%L2", "%n", "{name}"}
