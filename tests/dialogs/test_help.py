"""`help` lists the commands this person can use, in their language; anything else gets a
hint, never an error."""

from __future__ import annotations

import pytest

from domain.roles import parse_roles
from tests.dialogs.driver import DialogBot
from tests.support import catalogue
from tests.support.school import DOCENT, MENTOR, VC

MENTOR_ROLES = parse_roles(MENTOR.roles)


@pytest.mark.parametrize("locale", ["nl-NL", "en-US"])
async def test_help_lists_the_commands_in_the_users_language(
    bot: DialogBot, locale: str,
) -> None:
    chat = bot.chat(MENTOR, locale=locale)
    [reply] = await chat.say("help")
    assert reply.is_("HELP")
    other = "en" if chat.lang == "nl" else "nl"
    assert not catalogue.pattern(other, "HELP").search(reply.text)
    listed = [c.key for c in bot.commands if c.listed_for(MENTOR_ROLES)]
    assert all(reply.says(key) for key in listed) and len(listed) > 5


async def test_each_role_sees_only_its_own_commands(bot: DialogBot) -> None:
    [docent] = await bot.chat(DOCENT).say("help")
    [coordinator] = await bot.chat(VC).say("help")
    assert "**signaal" not in docent.text and "**taken**" not in docent.text
    assert "**signaal" in coordinator.text and "**taken**" in coordinator.text


@pytest.mark.parametrize("text", ["wat is het weer", "'; DROP TABLE students; --", "x" * 2000])
async def test_text_it_does_not_understand_gets_a_hint(bot: DialogBot, text: str) -> None:
    [reply] = await bot.chat(MENTOR).say(text)
    assert reply.is_("HINT")


async def test_the_hint_is_english_for_an_english_client(bot: DialogBot) -> None:
    [reply] = await bot.chat(MENTOR, locale="en-US").say("what is the weather")
    assert reply.is_("HINT") and reply.text.startswith("I did not understand")
