"""`mijn leerlingen` as a card: order kept, counts shown, under Teams' limit however many."""

from __future__ import annotations

from dialogs.common.adaptive import MAX_CARD_BYTES, card_bytes
from dialogs.my_students.my_students_card import my_students_card
from domain.absence.overview import Totals
from domain.absence.ports import OpenWork
from domain.school import Student
from domain.school_year import SchoolYear
from domain.services.my_students import MyStudents, StudentLine
from tests.unit.test_absence_picture import _walk


def line(n: int, open_: int = 0, overdue: int = 0) -> StudentLine:
    student = Student(f"{300000 + n}", "Voornaam" + "x" * 30, f"Achternaam {n} " + "y" * 40,
                      "4HAVO-B", "noord", frozenset({"m1"}))
    return StudentLine(student, Totals(late=n % 12, truancy_hours=n / 2, sick_days=n % 9,
                                       removed=n % 4), OpenWork(open_, overdue))


def texts(card: dict[str, object]) -> list[str]:
    return [str(node["text"]) for node in _walk(card) if "text" in node]


def test_a_location_with_many_signalled_students_fits_one_card_and_says_how_many_more() -> None:
    lines = tuple(line(n, open_=4, overdue=2) for n in range(800))
    card = my_students_card(MyStudents(lines, SchoolYear(2026)), "nl")
    assert card_bytes(card) < MAX_CARD_BYTES
    shown = [t for t in texts(card) if t.startswith("**Voornaam")]
    assert texts(card)[0] == "Mijn leerlingen (800)"
    assert f"En nog {800 - len(shown)} leerlingen." in texts(card)[-1]
    assert shown == [f"**{s.student.full_name}** (4HAVO-B)" for s in lines[:len(shown)]]


def test_each_line_has_the_years_counts_and_the_open_actions_and_opens_the_logbook() -> None:
    found = MyStudents((line(3, open_=2, overdue=1), line(5, open_=1), line(7)),
                       SchoolYear(2026))
    card = my_students_card(found, "en")
    lines = texts(card)
    assert "3 · 1.5 · 3 · 3" in lines and "2 open, 1 overdue" in lines
    assert "1 open" in lines and "no open actions" in lines
    assert not any("more students" in t for t in lines)
    commands = [node["data"]["text"] for node in _walk(card)  # type: ignore[index]
                if node.get("type") == "Action.Submit"]
    assert commands == ["logboek 300003", "logboek 300005", "logboek 300007"]
    dutch = texts(my_students_card(found, "nl"))
    assert "3 · 1,5 · 3 · 3" in dutch and "2 open, 1 over de datum" in dutch
