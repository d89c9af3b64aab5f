"""Refusals the use cases raise; each carries the Dutch text a dialog shows as it is."""

from __future__ import annotations


class Refused(Exception):
    """A request the domain will not carry out; `message` is ready for staff to read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(Refused):
    """Unknown, or not visible to this staff member: the two are never told apart."""


class NotAllowed(Refused):
    """Visible, but this staff member's roles do not allow the action."""


class Invalid(Refused):
    """The input breaks a rule (too long, missing field, date in the past...)."""


class AlreadyExists(Invalid):
    """The student already has the one form of this type there may be: edit that one."""

    def __init__(self, message: str, entry_id: str) -> None:
        super().__init__(message)
        self.entry_id = entry_id


class DuplicateRequest(Exception):  # noqa: N818 - a signal between storage and use case
    """Storage found an entry with the same request key: the save already happened."""

    def __init__(self, request_key: str) -> None:
        super().__init__(request_key)
        self.request_key = request_key
