"""Which of the viewer's students a free text names: a colleague's Teams message, say.

The chat's matching, applied to each name the text mentions: the message's words are
scanned against the roster's name index (in memory), each run of name words ("Jan de
Vries", "Jna", "100001") is ranked as if it had been typed after `logboek`
(find_students.ranked_students), and the students found are read again from the roster.
A message that clearly names one student names that one; several, or only guesses, give
a choice. Only students the viewer is involved with are ever found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.access import StudentScope, student_scope
from domain.ports import UnitOfWork
from domain.school import Staff, Student, fold
from domain.services.find_students import (
    StudentSearch,
    as_search,
    circle_names,
    ranked_students,
    read_again,
)
from domain.services.rank_students import Ranked
from domain.student_names import NAME_PREFIXES, StudentNames

# Words, and punctuation on its own: a name never runs on past a full stop or a comma.
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|[^\w\s]")
# A 60 KB message holds about 10,000 words: all of them are looked up (a dictionary probe
# each); beyond this many, the rest of a pasted document is not read.
MAX_MESSAGE_WORDS = 20_000
# Capitalised words the index does not know exactly are tried as the start of a name or a
# typo ("Jna"): a few dozen probes each, so only the first this many distinct ones.
MAX_GUESSED_WORDS = 200
# Different names ranked per message (each in microseconds): a message about a student
# names a few, not a list of all.
MAX_NAMES = 32


@dataclass(frozen=True)
class NamedStudents:
    students: tuple[Student, ...] = ()  # the one named, or those to choose from, best first
    the_one: Student | None = None  # the student the text clearly names


async def students_named_in(
    viewer: Staff, text: str, uow: UnitOfWork, names: StudentNames | None = None,
    limit: int = 10,
) -> NamedStudents:
    """The students the text names, as the chat would find each name in it. Without the
    roster's index, or when it knows none of the names (a student added since it was
    built), the viewer's students are read from the database and indexed for this text."""
    typed = [part for word in _WORD.findall(text)[:MAX_MESSAGE_WORDS]
             for part in _without_possessive(word).split("-")]  # "Jan-Willem": two names
    if not any(word[:1].isalnum() for word in typed):
        return NamedStudents()
    if names is not None:
        ranked = _in_text(viewer, typed, names)
        if ranked.students:
            return _named(await read_again(viewer, ranked, uow, limit))
    return _named(as_search(_in_text(viewer, typed, await circle_names(viewer, uow)), limit))


def _in_text(viewer: Staff, typed: list[str], names: StudentNames) -> Ranked:
    """Every name in the text ranked as the chat ranks it; one clear student wins."""
    scope = student_scope(viewer)
    runs = [list(run) for run in dict.fromkeys(map(tuple, name_runs(viewer, typed, names)))]
    # names the index knows exactly before mere guesses ("Groet" ~ de Groot), so that a
    # long message full of capitalised words does not push the real name past the bound
    runs.sort(key=lambda run: not any(names.knows(scope, word) for word in run))
    found = [ranked_students(viewer, run, names) for run in runs[:MAX_NAMES]]
    chosen = list({r.chosen.number: r.chosen for r in found if r.chosen}.values())
    exact = [r for r in found if not r.typos] or found
    students = _unique([*chosen, *(s for r in exact for s in r.students)])
    if len(chosen) == 1:
        return Ranked(students, chosen[0], False)
    return Ranked(students, None, all(r.typos for r in found))


def name_runs(viewer: Staff, typed: list[str], names: StudentNames) -> list[list[str]]:
    """The folded runs of neighbouring name words ("Jan de Vries" → ["jan", "de", "vries"]):
    words the index knows exactly in the viewer's scope, and capitalised words it reads
    as the start of a name or a typo of one. A capitalised word right after a name that
    names nobody the viewer knows ends the run as part of it: "Jan Jansen" is not the
    viewer's Jan de Vries, only perhaps (as `logboek jan jansen` in the chat)."""
    scope = student_scope(viewer)
    guessed: dict[str, bool] = {}
    runs: list[list[str]] = []
    run: list[str] = []
    for word in typed:
        folded = fold(word)
        if folded in NAME_PREFIXES and run:
            run.append(folded)  # "Jan de Vries": the prefix does not end the name
        elif folded[:1].isalnum() and (names.knows(scope, folded) or (
                word[:1].isupper() and _may_name(names, scope, folded, guessed))):
            run.append(folded)
        elif run:
            if word[:1].isupper() and word.isalpha():
                run.append(folded)
            runs.append(run)
            run = []
    return [*runs, run] if run else runs


def _may_name(names: StudentNames, scope: StudentScope, word: str,
              guessed: dict[str, bool]) -> bool:
    if word not in guessed:
        if len(guessed) >= MAX_GUESSED_WORDS:
            return False
        guessed[word] = names.may_name(scope, word)
    return guessed[word]


def _named(search: StudentSearch) -> NamedStudents:
    """As the chat: exactly one match is opened, several or only guesses are a choice."""
    if len(search.matches) == 1:
        return NamedStudents(search.matches, search.matches[0])
    return NamedStudents(search.matches or search.closest)


def _unique(students: list[Student]) -> tuple[Student, ...]:
    return tuple({s.number: s for s in students}.values())


def _without_possessive(word: str) -> str:
    """"Elif's" → "Elif"."""
    return word[:-2] if len(word) > 3 and word[-2:] in ("'s", "’s") else word
