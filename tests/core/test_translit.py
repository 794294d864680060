"""Cyrillic names found by their Latin spellings (``translit``)."""

from __future__ import annotations

import pytest

from tldops_desktop.core.translit import greek_key, greek_loose, is_latin_word, latin_key, loose


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Иванова", ["Ivanova", "IVANOVA", "ivanova"]),
        ("Алексей", ["Aleksey", "Alexei", "Alexey", "Aleksej", "Aleksei"]),
        ("Юлия", ["Yulia", "Julia", "Iuliia", "Yuliya"]),
        ("Мария", ["Maria", "Mariya", "Marija", "Mariia"]),
        ("Кузнецова", ["Kuznetsova", "Kuznecova"]),
        ("Лукашенко", ["Lukashenko", "Lukašenko"]),
        ("Јовановић", ["Jovanović", "Jovanovic", "Jovanovich"]),
        ("Евгений", ["Evgeny", "Yevgeny", "Evgenii", "Evgeniy"]),
        ("Григорьев", ["Grigoryev", "Grigoriev", "Grigorev"]),
        ("Хабаров", ["Khabarov", "Habarov"]),
        ("Щукин", ["Shchukin"]),
        ("Бат-Эрдэнэ", ["Bat-Erdene", "Bat Erdene"]),
        ("Олена Шевченко", ["Olena Shevchenko", "Shevchenko"]),
        # Ukrainian and Belarusian "г" is "h" in their passports, Russian "g".
        ("Ольга", ["Olha", "Olga"]),
        ("Сергій Григоренко", ["Serhiy Hryhorenko", "Serhii", "Sergii", "Hryhorenko"]),
        ("Богдан", ["Bohdan", "Bogdan"]),
        ("Аляксандр Лукашэнка", ["Aliaksandr Lukashenka", "Lukashenka"]),
        # Bulgarian "ъ" is "a" and "щ" "sht" in Bulgarian passports.
        ("Георги Първанов", ["Georgi Parvanov", "Parvanov"]),
        ("Бъчваров", ["Bachvarov"]),
        ("Щерев", ["Shterev"]),
        ("Щербак", ["Shcherbak"]),
        # Greek, with and without its stress marks, as passports and signatures write it.
        ("Ελένη Νικολάου", ["Eleni Nikolaou", "Nikolaou", "NIKOLAOU"]),
        ("ΝΙΚΟΛΑΟΥ", ["Nikolaou"]),
        ("Γεώργιος Παπαδόπουλος", ["Georgios Papadopoulos", "Papadopoulos"]),
        ("Χρήστος", ["Christos"]),
        ("Ευάγγελος", ["Evangelos"]),
        ("Σπύρος", ["Spyros", "Spiros"]),
        ("Θεόδωρος", ["Theodoros"]),
        ("Κωνσταντίνος", ["Konstantinos"]),
    ],
)
def test_the_spellings_people_type_have_the_names_key(name: str, typed: list[str]) -> None:
    for text in typed:
        assert loose(text) in latin_key(name), text


def test_names_without_cyrillic_have_no_key() -> None:
    assert latin_key("Anna Jansen") == ""
    assert latin_key("Zoë Ó Briain") == ""
    assert latin_key("张伟") == ""


def test_what_is_a_latin_word() -> None:
    assert is_latin_word("Ivanova") and is_latin_word("Jovanović") and is_latin_word("O'Neill")
    assert not is_latin_word("Иванова") and not is_latin_word("12345") and not is_latin_word("")
    assert not is_latin_word("ops1") and not is_latin_word("csirt@") and not is_latin_word("a.b")


def test_only_the_cyrillic_words_of_a_name_have_a_key() -> None:
    # The Latin words are searched as written: "Cossta" is no spelling of Costa.
    assert latin_key("Светлана Costa") == loose("Svetlana")


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Γιάννης", ["Yannis", "Giannis", "Yiannis"]),
        ("Καραγιάννης", ["Karagiannis", "Karayannis", "Karayiannis"]),
        ("Παπαδόπουλος", ["Papadopoulos", "Papadopulos"]),
        ("Χρήστος", ["Christos", "Hristos", "Khristos"]),
        ("Οικονόμου", ["Oikonomou", "Ikonomou", "Economou"]),
        ("Δημήτρης Χατζηδάκης", ["Dimitris Chatzidakis", "Demetris Hatzidakis", "Hadjidakis"]),
        ("Κωνσταντίνος", ["Konstantinos", "Constantinos", "Konstadinos"]),
        ("Αγγελόπουλος", ["Angelopoulos", "Aggelopoulos"]),
        ("Ευάγγελος Μπακογιάννης", ["Evangelos Bakoyannis", "Evaggelos Mpakogiannis"]),
        ("Αικατερίνη", ["Aikaterini", "Ekaterini"]),
        ("Ειρήνη Ευθυμίου", ["Eirini Efthymiou", "Irini Evthimiou"]),
        (
            "Παναγιώτης Κυριάκου",
            ["Panagiotis Kyriakou", "Panayiotis Kiriakou", "Panayotis Kyriacou"],
        ),
        ("Λάμπρος Ντόκος", ["Lampros Ntokos", "Lambros Dokos", "Labros"]),
        ("Γεωργίου", ["Georgiou", "Yeorgiou"]),
        ("Μιχαηλίδης", ["Michailidis", "Mihailidis", "Michaelides", "Mikhailidis"]),
        # ευ and αυ as ef, ev, eu, af, av, au; θ as th or t; -ίδης as -idis or -ides.
        ("Ευθυμίου", ["Efthymiou", "Efthimiou", "Eftimiou", "Evthymiou", "Euthymiou"]),
        ("Ελευθερίου", ["Eleftheriou", "Eleutheriou", "Elefteriou"]),
        ("Παύλος Αυγερινός", ["Pavlos Avgerinos", "Paulos Afgerinos"]),
        ("Θεοδωρίδης", ["Theodoridis", "Theodorides", "Teodoridis"]),
        ("Χαράλαμπος Ηλιάδης", ["Charalambos Iliadis", "Haralambos Eliades", "Kharalampos"]),
        ("Οικονομίδου", ["Oikonomidou", "Economidou", "Ikonomidu"]),
    ],
)
def test_the_latin_spellings_of_a_greek_name_have_its_key(name: str, typed: list[str]) -> None:
    for text in typed:
        assert greek_loose(text) in greek_key(name), text


def test_a_cyrillic_name_has_no_greek_key() -> None:
    assert greek_key("Галина Иванова") == "" and greek_key("Anna Jansen") == ""
    assert greek_key("Galina Χρήστου") == greek_loose("Christou")


@pytest.mark.parametrize(
    ("latin", "typed"),
    [
        ("Efthymiou", "Ευθυμίου"),
        ("Eftimiou", "Ευθυμίου"),
        ("Michaelides", "Μιχαηλίδης"),
        ("Christos Papadopoulos", "Χρήστος Παπαδόπουλος"),
        ("Yannis", "Γιάννης"),
    ],
)
def test_a_greek_spelling_has_the_key_of_a_latin_name(latin: str, typed: str) -> None:
    assert greek_key(typed) in greek_loose(latin)
