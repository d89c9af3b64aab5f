"""How one message is read: explainable typos, what stays for the command, and when a
message is plainly a command."""

from __future__ import annotations

from dialogs.understanding import intents as i
from dialogs.understanding.reading import understand
from tests.unit.test_understanding_corpus import VOCABULARY


def names(*known: str):  # type: ignore[no-untyped-def]
    return lambda word: word in known


def test_a_forgiven_typo_is_listed_with_what_it_was_read_as() -> None:
    reading = understand("logbok Jna de Vries", VOCABULARY, names("vries"))
    assert (reading.intent, reading.args) == (i.LOGBOOK, "Jna de Vries")
    assert reading.typos == (("logbok", "logboek"),)


def test_what_follows_the_name_after_a_colon_or_dat_is_not_part_of_it() -> None:
    assert understand("noteer voor Jan: gesprek gehad", VOCABULARY).args == "Jan"
    assert understand("noteer voor Jan dat hij te laat was", VOCABULARY).args == "Jan"


def test_filters_go_to_the_end_and_possessives_lose_their_s() -> None:
    assert understand("urgent logboek jan", VOCABULARY).args == "jan urgent"
    assert understand("show me Elif's file", VOCABULARY).args == "Elif"


def test_a_surname_that_is_a_command_word_stays_a_name_after_its_prefix() -> None:
    reading = understand("logboek Tim van der Meer", VOCABULARY, names("tim", "meer"))
    assert (reading.intent, reading.args) == (i.LOGBOOK, "Tim van der Meer")


def test_a_message_is_plainly_a_command_only_without_stray_words() -> None:
    assert understand("logboek jan", VOCABULARY, names("jan")).clear
    assert not understand("Nieuwe tekst.", VOCABULARY).clear
    assert not understand("Gesprek over de taken thuis", VOCABULARY).clear
