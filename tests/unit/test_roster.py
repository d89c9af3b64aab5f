"""Reading roster files: good rows become Staff and Students, a bad one names file, row, column."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.roles import Role
from domain.roster import RosterError, check_mentors, read_staff, read_students

STAFF = """\
roles,staff_id,display_name,email,aad_object_id,location,classes,phone
docent;mentor,jdb,Jan de Boer,J.deBoer@School.NL,aad-1,noord,2A; 3B,0612345678
teamleider,sv,Sandra Visser,sv@school.nl,,noord,,
"""

STUDENTS = """\
student_number,first_name,last_name,class,location,mentors,date_of_birth,expected_end_date,heightened_protocol
100001,Zoë,Çelik,2A,noord,jdb,2012-03-14,2030-07-31,true
100002,Jan,de Vries,2A,noord,,,,
"""


def test_staff_rows_become_staff_whatever_the_column_order() -> None:
    staff = read_staff("staff.csv", STAFF)
    first, second = staff.records
    assert first.id == "jdb" and first.roles == {Role.DOCENT, Role.MENTOR}
    assert first.email == "j.deboer@school.nl"
    assert first.classes == {"2A", "3B"} and first.aad_object_id == "aad-1"
    assert second.aad_object_id is None and second.classes == frozenset()
    assert staff.rows == (2, 3)


def test_student_rows_become_students_with_a_search_key() -> None:
    zoe, jan = read_students("students.csv", STUDENTS).records
    assert zoe.mentors == {"jdb"} and zoe.heightened_protocol is True
    assert zoe.date_of_birth == date(2012, 3, 14)
    assert zoe.expected_end_date == date(2030, 7, 31)
    assert zoe.search_key == "zoe celik 2a 100001"
    assert jan.mentors == frozenset() and jan.date_of_birth is None
    assert jan.heightened_protocol is False


def test_a_semicolon_separated_file_is_read_too() -> None:
    text = 'staff_id;display_name;email;aad_object_id;roles;location;classes\n' \
           'a1;Ann;a@x.nl;;"docent;mentor";zuid;"1A;1B"\n'
    (ann,) = read_staff("staff.csv", text).records
    assert ann.roles == {Role.DOCENT, Role.MENTOR} and ann.classes == {"1A", "1B"}


def test_blank_lines_are_skipped_but_still_counted() -> None:
    students = read_students("students.csv", STUDENTS.replace("\n100002", "\n\n100002"))
    assert students.rows == (2, 4)


def _replace(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(("file", "text", "row", "column", "problem"), [
    ("staff.csv", _replace(STAFF, "teamleider", "conciërge"), 3, "roles", "unknown role"),
    ("staff.csv", _replace(STAFF, "sv@school.nl", "J.DEBOER@school.nl"), 3, "email", "also on"),
    ("staff.csv", _replace(STAFF, "sv@school.nl", "sandra"), 3, "email", "not an e-mail"),
    ("staff.csv", _replace(STAFF, "sv,Sandra", ",Sandra"), 3, "staff_id", "is empty"),
    ("staff.csv", _replace(STAFF, "aad_object_id,", "aad,"), 1, "aad_object_id", "missing"),
    ("students.csv", _replace(STUDENTS, "2012-03-14", "14-03-2012"), 2, "date_of_birth",
     "not a date"),
    ("students.csv", _replace(STUDENTS, "2030-07-31", "2030-02-30"), 2, "expected_end_date",
     "not a date"),
    ("students.csv", _replace(STUDENTS, "true", "misschien"), 2, "heightened_protocol",
     "not true or false"),
    ("students.csv", _replace(STUDENTS, "100002", "100001"), 3, "student_number", "also on"),
    ("students.csv", _replace(STUDENTS, ",class,", ",klas,"), 1, "class", "missing column"),
])
def test_a_bad_row_is_refused_naming_file_row_and_column(
    file: str, text: str, row: int, column: str, problem: str
) -> None:
    reader = read_staff if file == "staff.csv" else read_students
    with pytest.raises(RosterError) as caught:
        reader(file, text)
    assert (caught.value.file, caught.value.row, caught.value.column) == (file, row, column)
    assert problem in str(caught.value)
    assert str(caught.value).startswith(f"{file}, row {row}, column '{column}'")


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(RosterError, match="students.csv: the file is empty"):
        read_students("students.csv", "")


def test_a_mentor_who_is_not_staff_is_refused_with_the_row() -> None:
    students = read_students("students.csv", STUDENTS)
    check_mentors(students, {"jdb"})
    with pytest.raises(RosterError) as caught:
        check_mentors(students, {"sv"})
    assert (caught.value.row, caught.value.column) == (2, "mentors")
    assert "unknown staff member jdb" in str(caught.value)


_NAME = st.text(st.characters(whitelist_categories=("L", "Zs"), whitelist_characters="',-\""),
                min_size=1, max_size=20).map(str.strip).filter(bool)


@given(first=_NAME, last=_NAME, born=st.dates(date(1990, 1, 1), date(2020, 12, 31)),
       heightened=st.booleans())
def test_any_student_written_as_csv_reads_back_the_same(
    first: str, last: str, born: date, heightened: bool
) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["first_name", "last_name", "student_number", "class", "location",
                     "mentors", "date_of_birth", "expected_end_date", "heightened_protocol"])
    writer.writerow([first, last, "123", "4B", "zuid", "a;b", born.isoformat(), "",
                     str(heightened).lower()])
    (student,) = read_students("students.csv", out.getvalue()).records
    assert (student.first_name, student.last_name) == (first, last)
    assert student.date_of_birth == born and student.heightened_protocol is heightened
    assert student.mentors == {"a", "b"}
