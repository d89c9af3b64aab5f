"""`lvsbot chat --as <email>`: the same bot, in a terminal."""

from __future__ import annotations

import asyncio
import os
import sys

from bot.teams.card_text import card_lines
from tests.support.school import MENTOR


async def chat(school_url: str, *args: str, typed: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "chat", *args, env={**os.environ, "DATABASE_URL": school_url},
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(process.communicate(typed.encode()), 60)
    return process.returncode or 0, out.decode(), err.decode()


async def test_a_staff_member_chats_in_the_terminal(school_url: str) -> None:
    code, out, _ = await chat(school_url, "--as", MENTOR.email, typed="help\nexit\n")
    assert code == 0
    assert f"Je chat als {MENTOR.name}" in out
    assert "Dit kun je mij vragen" in out


async def test_an_unknown_email_is_refused(school_url: str) -> None:
    code, _, err = await chat(school_url, "--as", "nobody@school.test", typed="")
    assert code == 1 and "no staff member" in err


def test_a_card_reads_as_text_with_numbered_buttons() -> None:
    card = {"type": "AdaptiveCard", "version": "1.5", "body": [
        {"type": "TextBlock", "text": "Kies een leerling"},
        {"type": "FactSet", "facts": [{"title": "Klas", "value": "2A"}]},
        {"type": "ActionSet", "actions": [
            {"type": "Action.Submit", "title": "Jan de Vries", "data": {"text": "100001"}}]},
    ], "actions": [{"type": "Action.Submit", "title": "Annuleer", "data": {"text": "stop"}}]}
    lines, buttons = card_lines(card)
    assert lines == ["Kies een leerling", "Klas: 2A", "  (1) Jan de Vries", "  (2) Annuleer"]
    assert buttons == [{"text": "100001"}, {"text": "stop"}]


async def test_a_mentor_adds_a_form_and_reads_the_logbook_in_the_terminal(
    school_url: str,
) -> None:
    typed = "\n".join(["nieuw formulier Jan de Vries", "2", "Gesprek over huiswerk",
                       "alles standaard", "Jan maakt zijn huiswerk weer.", "opslaan",
                       "logboek Jan de Vries", "exit"]) + "\n"
    code, out, _ = await chat(school_url, "--as", MENTOR.email, typed=typed)
    assert code == 0
    assert "Opgeslagen" in out
    assert "Logboek Jan de Vries" in out and "Gesprek over huiswerk" in out
