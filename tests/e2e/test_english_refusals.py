"""A domain refusal reaches the user in their own language, through the real app."""

from __future__ import annotations

from tests.support.bot import BotClient
from tests.support.school import MENTOR

TO_DESCRIPTION = ["new form Jan de Vries", "2"]


async def test_an_english_user_reads_a_too_long_description_refused_in_english(
    client: BotClient,
) -> None:
    for text in TO_DESCRIPTION:
        await client.say(MENTOR, text, locale="en-US")
    replies = await client.say(MENTOR, "x" * 201, locale="en-US")
    assert replies[0] == "The description is 201 characters; the maximum is 200."
    assert replies[-1].startswith("Give a short description (at most 200 characters)")
    assert not any("tekens" in reply or "omschrijving" in reply for reply in replies)


async def test_an_english_user_reads_a_refused_expiry_date_with_an_english_example(
    client: BotClient,
) -> None:
    for text in [*TO_DESCRIPTION, "Homework talk"]:
        await client.say(MENTOR, text, locale="en-GB")
    [refused, *_] = await client.say(MENTOR, "31-02-2027", locale="en-GB")
    assert refused.startswith("'31-02-2027' does not exist. Type for example 31-07-2027, ")
    assert "bestaat niet" not in refused and "bijvoorbeeld" not in refused


async def test_a_dutch_user_reads_the_same_refusal_in_dutch(client: BotClient) -> None:
    for text in ["nieuw formulier Jan de Vries", "2"]:
        await client.say(MENTOR, text)
    replies = await client.say(MENTOR, "x" * 201)
    assert replies[0] == "De omschrijving is 201 tekens; het maximum is 200."
