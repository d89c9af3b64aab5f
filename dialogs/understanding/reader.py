"""The reader the bot uses: every language's keyword catalogue plus every command's own
words, compiled once per command list (the registry builds one list per app)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from dialogs.common.commands import Command
from dialogs.texts import KEYWORDS
from dialogs.understanding import intents as i
from dialogs.understanding.reading import Reading, understand
from dialogs.understanding.vocabulary import Vocabulary

# Intents that never show a student's file: fine to answer in a group chat.
HARMLESS = frozenset({i.HELP, i.GREETING, i.CANCEL})


@lru_cache(maxsize=8)
def vocabulary_for(commands: tuple[Command, ...]) -> Vocabulary:
    return Vocabulary(KEYWORDS.values(),
                      {command.dialog_id: command.words for command in commands})


def read(text: str, commands: Sequence[Command],
         knows_name: Callable[[str], bool] = lambda word: False) -> Reading:
    return understand(text, vocabulary_for(tuple(commands)), knows_name)


def may_show_student_data(text: str, commands: Sequence[Command]) -> bool:
    """Whether answering `text` could show a student's file: anything but help, a greeting
    or stop, and any bare words (they may be a name). A group chat sends those to the
    personal chat."""
    reading = read(text, commands)
    if reading.intent is None:
        return bool(reading.args)
    command = next((c for c in commands if c.dialog_id == reading.intent), None)
    return reading.intent not in HARMLESS and (command is None or command.shows_student_data
                                               or bool(reading.args))
