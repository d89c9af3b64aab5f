"""The commands staff type, matched on their first words. Each starts one dialog."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from domain.roles import Role
from domain.school import fold


@dataclass(frozen=True)
class Command:
    dialog_id: str
    words: tuple[str, ...]  # how staff start it, e.g. ("nieuw formulier", "nieuw", "new entry")
    usage_nl: str  # the line in help, Dutch
    usage_en: str
    shows_student_data: bool = False  # only in a personal chat (DOMAIN.md §2)
    for_roles: frozenset[Role] | None = None  # listed in help only for these roles

    def usage(self, lang: str) -> str:
        return self.usage_en if lang == "en" else self.usage_nl

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
