"""``tldops search`` and ``show`` with what responders type and paste (search review: F2, F3,
F5, F6, F8, F9, F11, F15)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import LAYOUT_A, LAYOUT_B, SMALL_MBOX

CURRENT = "20261101-0600"


@pytest.fixture
def imported(passphrase: str, run_cli: Any) -> Any:
    result = run_cli("import", LAYOUT_A, LAYOUT_B, SMALL_MBOX, "--json")
    assert result.code == 0, result.err
    return run_cli


def found(run: Any, query: str) -> list[str]:
    result = run("search", query, "--json")
    assert result.code == 0, result.err
    return [m["tld"]["ace"] for m in result.json()["results"]]


@pytest.mark.parametrize(
    ("query", "ace"),
    [
        ("06 12 34 52 19", "fr"),
        ("+43 664 123912", "at"),
        ("0412 345 358", "cc"),
        ("+44 (0) 7400 123545", "uk"),
        ("89123456472", "ru"),
        ("tel:+376-312-558", "ad"),
        ("\u200e+4915123456740\u200f", "de"),
        ("Lucía Nowak\u200d", "de"),
        ("。中国", "xn--fiqs8s"),
        ("Russian Federation", "ru"),
        ("country:UK", "uk"),
        (".ею", "eu"),
    ],
)
def test_search_reads_what_is_typed_and_pasted(imported: Any, query: str, ace: str) -> None:
    assert found(imported, query)[0] == ace


@pytest.mark.parametrize(
    "argument", ["tel:+4915123456740", "+49 151 234 567 40", ".de\u200e", "．de", "。de"]
)
def test_show_reads_a_number_and_pasted_text(imported: Any, argument: str) -> None:
    result = imported("show", argument, "--json")
    assert result.code == 0, result.err
    assert result.json()["tld"]["ace"] == "de"


def test_show_a_number_no_contact_has(imported: Any) -> None:
    result = imported("show", "tel:+49 151 234")
    assert result.code == 1
    assert f"No contact has the number +49 151 234 in edition {CURRENT}" in result.err
    assert "tldops search '+49 151 234'" in result.err


def test_show_an_eu_idn_cctld_points_to_eu(imported: Any) -> None:
    result = imported("show", "xn--e1a4c")
    assert result.code == 1
    assert "the member of the same country is .eu: tldops show .eu" in result.err
