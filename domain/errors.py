"""Refusals the use cases raise: a code and its values, never text.

Error-code convention: ``Invalid("DESCRIPTION_TOO_LONG", length=231, limit=200)``. The code
is UPPER_SNAKE, written as a string literal at the raise site, and is a key of the dialogs'
text catalogue (dialogs/texts/nl.py and en.py) whose placeholders are exactly the values'
names; the dialogs say it in the user's language (``dialogs.texts.say_refused``). Values
are plain (str, int, float, date), roles (a Role or a tuple of roles: said by label) or form
fields (a Field or a tuple of them: said by label; FieldChoices: its choices listed), so
the reader sees labels and choices in their own language.
tests/unit/test_text_catalogue.py finds every raise site and fails when a code has no
entry or its placeholders differ from the values passed.
"""

from __future__ import annotations


class Refused(Exception):
    """A request the domain will not carry out; `code` and `values` say why."""

    def __init__(self, code: str, /, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values = values

    def __str__(self) -> str:
        details = ", ".join(f"{name}={value!r}" for name, value in self.values.items())
        return f"{self.code}({details})" if details else self.code


class NotFound(Refused):
    """Unknown, or not visible to this staff member: the two are never told apart."""


class NotAllowed(Refused):
    """Visible, but this staff member's roles do not allow the action."""


class Invalid(Refused):
    """The input breaks a rule (too long, missing field, date in the past...)."""


class AlreadyExists(Invalid):
    """The student already has the one form of this type there may be: edit that one."""

    def __init__(self, code: str, /, *, entry_id: str, **values: object) -> None:
        super().__init__(code, **values)
        self.entry_id = entry_id


class DuplicateRequest(Exception):  # noqa: N818 - a signal between storage and use case
    """Storage found an entry with the same request key: the save already happened."""

    def __init__(self, request_key: str) -> None:
        super().__init__(request_key)
        self.request_key = request_key
