"""The catalogues: both languages say the same things, and every code and key used exists.

The raise sites and `say` calls are found in the source itself (ast), so a new refusal or
text that lacks an entry fails here, not in front of a user.
"""

from __future__ import annotations

import ast
import string
from datetime import date
from pathlib import Path

import pytest

from dialogs.texts import EN, KEYWORDS, NL, en, nl, say, say_refused
from domain.errors import Invalid, NotAllowed
from domain.roles import Role

ROOT = Path(__file__).resolve().parents[2]
REFUSALS = {"Refused", "NotFound", "NotAllowed", "Invalid"}


def placeholders(text: str) -> set[str]:
    """The names in braces, without attribute, index or format spec: {end.day} -> end."""
    names = {field for _, field, _, _ in string.Formatter().parse(text) if field}
    return {name.split(".")[0].split("[")[0] for name in names}


def test_both_catalogues_have_the_same_keys() -> None:
    assert sorted(set(nl.TEXTS) ^ set(en.TEXTS)) == []
    assert sorted(set(nl.KEYWORDS) ^ set(en.KEYWORDS)) == []


@pytest.mark.parametrize("key", sorted(nl.TEXTS))
def test_both_languages_fill_in_the_same_placeholders(key: str) -> None:
    assert placeholders(nl.TEXTS[key]) == placeholders(en.TEXTS[key])


def test_every_language_has_words_for_every_keyword() -> None:
    empty = [(lang, key) for lang, words in KEYWORDS.items() for key, said in words.items()
             if not said or any(word != word.lower().strip() for word in said)]
    assert empty == []


def _sources() -> list[tuple[Path, ast.Module]]:
    files = [path for folder in ("domain", "dialogs", "bot")
             for path in sorted((ROOT / folder).rglob("*.py"))]
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in files]


def _imports_domain_errors(tree: ast.Module) -> bool:
    return any(isinstance(node, ast.ImportFrom) and node.module == "domain.errors"
               for node in ast.walk(tree))


def _codes(argument: ast.expr) -> list[str] | None:
    """The code(s) a raise site passes: a literal, or a choice between two literals."""
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return [argument.value]
    if isinstance(argument, ast.IfExp):
        body, orelse = _codes(argument.body), _codes(argument.orelse)
        return body + orelse if body is not None and orelse is not None else None
    return None


def refusal_sites() -> list[tuple[str, list[str] | None, set[str]]]:
    """(where, codes or None when not literal, value names) of every refusal raised."""
    sites = []
    for path, tree in _sources():
        if not _imports_domain_errors(tree):
            continue  # e.g. domain.absence.manual has its own NotAllowed(PermissionError)
        for node in ast.walk(tree):
            call = node.exc if isinstance(node, ast.Raise) else None
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id in REFUSALS):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            codes = _codes(call.args[0]) if call.args else None
            sites.append((where, codes, {k.arg for k in call.keywords if k.arg}))
    return sites


def test_the_refusal_sites_are_found() -> None:
    assert len(refusal_sites()) >= 30


def test_every_refusal_code_is_a_literal_with_an_entry_and_matching_values() -> None:
    wrong = []
    for where, codes, values in refusal_sites():
        for code in codes or [None]:
            if code is None or code not in nl.TEXTS:
                wrong.append((where, code, "no catalogue entry"))
            elif placeholders(nl.TEXTS[code]) != values:
                wrong.append((where, code, f"values {sorted(values)}"))
    assert wrong == []


def _said_keys(tree: ast.Module) -> list[tuple[int, str]]:
    """Literal keys of say(lang, "KEY") and of an Asking's a.text("KEY")."""
    keys = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "say" and len(node.args) >= 2:
            argument = node.args[1]
        elif (isinstance(func, ast.Attribute) and func.attr == "text" and node.args
              and isinstance(func.value, ast.Name) and func.value.id == "a"):
            argument = node.args[0]
        else:
            continue
        keys += [(node.lineno, code) for code in _codes(argument) or []]
    return keys


def test_every_literal_key_said_has_an_entry() -> None:
    missing = [f"{path.relative_to(ROOT)}:{line} {key}" for path, tree in _sources()
               for line, key in _said_keys(tree) if key not in nl.TEXTS]
    assert missing == []


def test_a_refusal_is_said_in_the_users_language() -> None:
    refused = Invalid("DESCRIPTION_TOO_LONG", length=231, limit=200)
    assert say_refused(EN, refused) == "The description is 231 characters; the maximum is 200."
    assert say_refused(NL, refused) == "De omschrijving is 231 tekens; het maximum is 200."
    assert say_refused("fr", refused) == say_refused(NL, refused)


def test_numbers_dates_and_roles_are_said_the_way_each_language_writes_them() -> None:
    big = Invalid("ATTACHMENT_TOO_LARGE", name="plan.pdf", size=10.5, limit=10.0)
    assert "10,5 MB" in say_refused(NL, big) and "10.5 MB" in say_refused(EN, big)
    past = Invalid("EXPIRY_IN_PAST", expires_on=date(2026, 1, 2), today=date(2026, 2, 3))
    assert "02-01-2026" in say_refused(EN, past) and "03-02-2026" in say_refused(NL, past)
    groups = NotAllowed("ACCESS_NOT_CHOOSABLE", form="Zorg", groups=(Role.MT, Role.DOCENT))
    assert say_refused(EN, groups).endswith(
        f": {', '.join(sorted([Role.MT.label_in(EN), Role.DOCENT.label_in(EN)]))}.")


def test_a_refusal_names_its_code_and_values_for_logs_and_tests() -> None:
    assert str(Invalid("DESCRIPTION_TOO_LONG", length=3, limit=2)) == (
        "DESCRIPTION_TOO_LONG(length=3, limit=2)")
    assert str(Invalid("DESCRIPTION_MISSING")) == "DESCRIPTION_MISSING"


def test_one_entry_for_the_form_that_was_not_found() -> None:
    dutch = [key for key, text in nl.TEXTS.items() if text == "Dat formulier is niet gevonden."]
    assert dutch == ["ENTRY_NOT_FOUND"]
    assert say(EN, "ENTRY_NOT_FOUND") == "That form was not found."
