"""The student's whole file as one self-contained HTML document (right of inspection and
copy, DOMAIN.md §2), and who may receive it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from html import escape

from domain.forms import CATALOGUE, FormType
from domain.logbook import Entry, Revision
from domain.roles import Role
from domain.school import Student


class Recipient(StrEnum):
    PARENTS = "ouders"
    STUDENT = "leerling"


def export_recipients(student: Student, on: date) -> frozenset[Recipient]:
    """Under 16 the parents; from 16 the student (and the parents, who keep their right to
    information until 18: our reading); from 18 the parents only with the student's consent.
    Unknown date of birth: nobody by rule, the school checks by hand."""
    age = student.age_on(on)
    if age is None:
        return frozenset()
    if age < 16:
        return frozenset({Recipient.PARENTS})
    if age < 18 or student.export_consent:
        return frozenset({Recipient.STUDENT, Recipient.PARENTS})
    return frozenset({Recipient.STUDENT})


@dataclass(frozen=True)
class LeftOut:
    """Forms of one type the exporter may not read, and the exporting roles that may."""

    form: FormType
    count: int
    exporters: frozenset[Role]  # empty: no exporting role reads them (only the author)


@dataclass(frozen=True)
class FileContents:
    student: Student
    entries: Sequence[Entry]  # every entry, expired ones included, oldest first
    revisions: Sequence[Revision]
    names: Mapping[str, str]  # staff id → display name
    made_at: datetime
    made_by: str
    left_out: Sequence[LeftOut] = ()


_STYLE = ("body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}"
          "section{border-top:1px solid #999;margin-top:1.5em}"
          "th{text-align:left;vertical-align:top;padding-right:1em}"
          ".child{margin-left:2em}.expired{color:#666}")


def render_file(contents: FileContents) -> str:
    """Everything from the data is escaped: names and texts may contain HTML."""
    student = contents.student
    parts = [
        "<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
        f"<title>Leerlingdossier {_e(student.full_name)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>Leerlingdossier {_e(student.full_name)}</h1>",
        _table([("Leerlingnummer", student.number), ("Klas", student.class_name),
                ("Locatie", student.location),
                ("Gemaakt op", f"{contents.made_at:%d-%m-%Y %H:%M}"),
                ("Gemaakt door", _name(contents.names, contents.made_by)),
                ("Aantal formulieren", str(len(contents.entries)))]),
    ]
    by_entry: dict[str, list[Revision]] = {}
    for revision in contents.revisions:
        by_entry.setdefault(revision.entry_id, []).append(revision)
    parts += [_entry(e, by_entry.get(e.id, []), contents) for e in contents.entries]
    if contents.left_out:
        parts.append(_left_out(contents.left_out))
    parts.append("</body></html>")
    return "\n".join(parts)


def _entry(entry: Entry, revisions: list[Revision], contents: FileContents) -> str:
    spec = CATALOGUE[entry.form_type]
    expired = entry.expired(contents.made_at.date())
    classes = " ".join(c for c in ("child" if entry.parent_id else "",
                                   "expired" if expired else "") if c)
    rows = [("Formulier", spec.name),
            ("Geschreven door", f"{_name(contents.names, entry.author_id)} "
                                f"({entry.author_role.label})"),
            ("Datum", f"{entry.created_at:%d-%m-%Y %H:%M}"),
            ("Verloopdatum", f"{entry.expires_on:%d-%m-%Y}" + (" (verlopen)" if expired else "")),
            ("Let op", "ja" if entry.urgent else "nee"),
            ("Toegang", ", ".join(sorted(r.label for r in spec.read | entry.access)))]
    if entry.parent_id:
        rows.append(("Hoort bij", entry.parent_id))
    labels = {field.key: field.label for field in spec.fields}
    rows += [(labels.get(key, key), value) for key, value in entry.fields.items()]
    rows += [("Bijlage", f"{a.name} ({a.content_type}, {a.size} bytes)")
             for a in entry.attachments]
    return (f'<section class="{classes}" id="{_e(entry.id)}">'
            f"<h2>{_e(entry.description)}</h2>{_table(rows)}"
            f"{_revisions(revisions, contents.names)}</section>")


def _left_out(left_out: Sequence[LeftOut]) -> str:
    """The export holds what its maker may read; this says what else the file holds."""
    rows = [(f"{item.count} × {CATALOGUE[item.form].name}",
             "te exporteren door " + " of ".join(sorted(r.label for r in item.exporters))
             if item.exporters else "door geen rol die mag exporteren te lezen")
            for item in left_out]
    return ('<section id="niet-in-export"><h2>Niet in deze export</h2>'
            f"<p>Deze export bevat alleen de formulieren die de maker mag lezen.</p>"
            f"{_table(rows)}</section>")


def _revisions(revisions: list[Revision], names: Mapping[str, str]) -> str:
    if not revisions:
        return ""
    rows = [(f"{r.revised_at:%d-%m-%Y %H:%M} {_name(names, r.revised_by)}",
             "; ".join(f"{field}: '{before}' → '{after}'"
                       for field, (before, after) in r.changes.items()))
            for r in revisions]
    return f"<h3>Wijzigingen</h3>{_table(rows)}"


def _table(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><th>{_e(label)}</th><td>{_e(value)}</td></tr>"
                    for label, value in rows)
    return f"<table>{cells}</table>"


def _name(names: Mapping[str, str], staff_id: str) -> str:
    return names.get(staff_id, staff_id)


def _e(text: str) -> str:
    return escape(text, quote=True).replace("\n", "<br>\n")
