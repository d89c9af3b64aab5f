"""The commands staff type, matched on their first words. Each starts one dialog."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from dialogs.texts import say, typed_words
from domain.roles import Role
from domain.school import fold


@dataclass(frozen=True)
class Command:
    """A command; its words (KEYWORDS) and its line in help (TEXTS) are catalogue entries
    under the key COMMAND_ + the dialog id in upper case, e.g. COMMAND_ADD_FORM."""

    dialog_id: str
    shows_student_data: bool = False  # only in a personal chat (DOMAIN.md §2)
    for_roles: frozenset[Role] | None = None  # listed in help only for these roles
    words: frozenset[str] = field(init=False)  # how staff start it, in either language

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", typed_words(self.key))

    @property
    def key(self) -> str:
        return f"COMMAND_{self.dialog_id.upper()}"

    def usage(self, lang: str) -> str:
        return say(lang, self.key)

    def listed_for(self, roles: frozenset[Role]) -> bool:
        return self.for_roles is None or bool(self.for_roles & roles)


@dataclass(frozen=True)
class Match:
    command: Command
    args: str  # what followed the command's words, e.g. the student's name


_SPACES = re.compile(r"\s+")


def match_command(text: str, commands: Sequence[Command]) -> Match | None:
    """The command whose words start `text` (longest first); case and accents ignored."""
    folded = _SPACES.sub(" ", fold(text.lstrip("/")))
    original = _SPACES.sub(" ", text.strip().lstrip("/"))
    candidates = sorted(
        ((word, command) for command in commands for word in command.words),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
    for word, command in candidates:
        if folded == word or folded.startswith(word + " "):
            return Match(command, original[len(word):].strip())
    return None


def help_lines(commands: Sequence[Command], roles: frozenset[Role], lang: str) -> str:
    return "\n".join(f"- {c.usage(lang)}" for c in commands if c.listed_for(roles))
