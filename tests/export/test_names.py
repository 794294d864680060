"""The given and family names of a vCard ``N`` from a name written as one string."""

from __future__ import annotations

import pytest

from tldops_desktop.export.names import split_name, structured_name


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        # "Given Family": the last word, with its particles, is the family name (as before).
        ("Anna Jansen", ("Anna", "Jansen")),
        ("Emil Van der Berg", ("Emil", "Van der Berg")),
        ("Kofi Ó Briain", ("Kofi", "Ó Briain")),
        ("Maria de la Cruz", ("Maria", "de la Cruz")),
        ("Jean Pierre Dupont", ("Jean Pierre", "Dupont")),
        ("Van Morrison", ("Van", "Morrison")),
        ("Jack Ma", ("Jack", "Ma")),  # a family name, not a degree
        ("Amr", ("Amr", "")),
        ("  Anna   Jansen ", ("Anna", "Jansen")),
        ("", ("", "")),
        # Two family names joined by "y" (Spanish) or "i" (Catalan).
        (
            "José María de la Cruz y Fernández-Villaverde",
            ("José María", "de la Cruz y Fernández-Villaverde"),
        ),
        ("Joan Miró i Ferrà", ("Joan", "Miró i Ferrà")),
        # "Family, Given".
        ("Kofi, Annan", ("Annan", "Kofi")),
        ("Nowak, Lucía", ("Lucía", "Nowak")),
        ("Van der Berg, Emil", ("Emil", "Van der Berg")),
        # Arabic-script particles belong to the family name, as "bin" does.
        ("ليلى بن سالم", ("ليلى", "بن سالم")),
        ("عبد الله بن سعود", ("عبد الله", "بن سعود")),
        ("نورة بنت خالد", ("نورة", "بنت خالد")),
        # A Russian name of two words, given name first, as Latin names.
        ("Иван Иванов", ("Иван", "Иванов")),
        # Family name first: Han, kana, Hangul with a space.
        ("山田 太郎", ("太郎", "山田")),
        ("王 小明", ("小明", "王")),
        ("김 민준", ("민준", "김")),
    ],
)
def test_names_that_split_safely(name: str, parts: tuple[str, str]) -> None:
    assert split_name(name) == parts


@pytest.mark.parametrize(
    "name",
    [
        # A title, a degree or a generation after the name is never the family name.
        "Hans-Peter Müller-Lüdenscheidt, Dr.",
        "Anna Jansen, PhD",
        "Anna Jansen PhD",
        "John Smith Jr.",
        "John Smith, Jr.",
        'Jürgen "Jo" O\'Brien; Jr.',
        "Erik Svensson, CISSP",
        # More than one comma, or a semicolon: no safe reading.
        "Smith, John, Jr.",
        "O'Neill; Séamus, Jr.",
        "Semi;colon,comma;;,,",
        # CJK without a space, of three words, or a foreign name with a middle dot.
        "山田太郎",
        "김민준",
        "欧阳 娜 娜",
        "玛丽·居里",
        "マリー・キュリー",
        # Russian names of three words, or with a patronymic: family, given, patronymic as
        # often as given, patronymic, family.
        "Иванов Иван Иванович",
        "Иван Иванович Иванов",
        "Петрова Анна Сергеевна",
        "Мария Ильинична",
        "Алексей Петрович",
        # Four words or more, none a particle: two given names and two family names, or one
        # and three, or a family name first (Vietnamese without its letters, Chinese).
        "Mohammed Abdullah Ahmed Saleh",
        "Pedro Sánchez Pérez Castejón",
        # Vietnamese, written family name first, of three words or more.
        "Nguyễn Văn An",
        "Nguyễn Thị Minh Khai",
        "Nguye\u0302\u0303n Thi\u0323 Minh Khai",  # decomposed (NFD), as macOS may write it
    ],
)
def test_a_name_that_cannot_be_split_is_all_family_name(name: str) -> None:
    # N:<name>;;;; : a phone shows the name exactly as written.
    assert split_name(name) == ("", " ".join(name.split()))


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("María José García López", ("María José", "García López")),
        ("José Luis Rodríguez Zapatero", ("José Luis", "Rodríguez Zapatero")),
        ("João Pedro Silva Santos", ("João Pedro", "Silva Santos")),
        # Three words: one given name and two family names, or two and one.
        ("Juan García López", ("", "Juan García López")),
        ("María José García", ("", "María José García")),
        # Particles and joiners say where the family name begins, as elsewhere.
        ("Juan Carlos de la Cruz", ("Juan Carlos", "de la Cruz")),
        ("Ana María de la Cruz y Fernández", ("Ana María", "de la Cruz y Fernández")),
        ("Ana Silva", ("Ana", "Silva")),
        ("García López, María José", ("María José", "García López")),
    ],
)
def test_where_people_have_two_family_names(name: str, parts: tuple[str, str]) -> None:
    assert split_name(name, two_family_names=True) == parts


def test_a_vietnamese_name_of_two_words_is_family_name_first() -> None:
    assert split_name("Nguyễn An") == ("An", "Nguyễn")


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Dr. Hans-Peter Müller", ("Dr.", "Hans-Peter", "Müller")),
        ("Prof. Dr. Anna Jansen", ("Prof. Dr.", "Anna", "Jansen")),
        ("Mr John Smith", ("Mr", "John", "Smith")),
        ("Mrs. Ana Silva", ("Mrs.", "Ana", "Silva")),
        ("Ms Ana Silva", ("Ms", "Ana", "Silva")),
        ("Ing. Jan Novák", ("Ing.", "Jan", "Novák")),
        ("Dr. Müller", ("Dr.", "", "Müller")),  # after a title, one word is a family name
        ("Dr. 山田 太郎", ("Dr.", "太郎", "山田")),
        ("Dr", ("", "", "Dr")),  # a title alone is no title
        ("Anna Jansen", ("", "Anna", "Jansen")),
        ("Drew Smith", ("", "Drew", "Smith")),
    ],
)
def test_titles_before_a_name_are_its_honorific_prefix(
    name: str, parts: tuple[str, str, str]
) -> None:
    assert structured_name(name) == parts
