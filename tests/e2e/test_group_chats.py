"""In a group chat or channel the bot never shows a student's file: it answers in private."""

from __future__ import annotations

from tests.support import teams
from tests.support.bot import BotClient
from tests.support.school import MENTOR

GROUP = {"conversation_type": "groupChat", "conversation_id": "19:group-chat@thread.v2"}


async def test_help_is_answered_in_the_group_itself(client: BotClient) -> None:
    [reply] = await client.say(MENTOR, "<at>lvsbot</at> help", **GROUP)
    assert "Dit kun je mij vragen" in reply


async def test_a_student_action_from_a_group_is_answered_in_the_personal_chat(
    client: BotClient,
) -> None:
    await client.say(MENTOR, "help")  # the personal chat exists: its reference is stored
    sent = await client.submit(MENTOR, {"text": "help", "action": "open"}, **GROUP)
    group = [s for s in sent if s.conversation_id == GROUP["conversation_id"]]
    personal = [s for s in sent if s.conversation_id != GROUP["conversation_id"]]
    assert [s.text for s in group] == [
        "Ik heb je geantwoord in onze persoonlijke chat: een leerlingdossier laat ik hier "
        "niet zien."]
    assert personal[0].text.startswith("Je vroeg dit in een groepsgesprek")
    assert "Dit kun je mij vragen" in personal[1].text
    assert all(s.conversation_id == f"a:personal-{MENTOR.aad}" for s in personal)


async def test_without_a_personal_chat_the_user_is_asked_to_open_one(client: BotClient) -> None:
    sent = await client.submit(MENTOR, {"text": "help", "action": "open"}, **GROUP)
    assert [s.conversation_id for s in sent] == [GROUP["conversation_id"]]
    assert "Open een chat met mij" in sent[0].text


async def test_group_conversations_are_not_remembered_for_proactive_messages(
    client: BotClient,
) -> None:
    await client.send(teams.installation(MENTOR, client.connector.url, **GROUP))
    runtime_reference = await _stored_reference(client)
    assert runtime_reference is None


async def _stored_reference(client: BotClient) -> object:
    from bot.runtime import RUNTIME

    app = client.app
    return await app[RUNTIME].references.reference_for(MENTOR.staff_id)


async def test_a_conversation_without_a_type_is_not_a_personal_chat(client: BotClient) -> None:
    """Only conversationType "personal" is personal: a missing type neither shows a
    student's file there nor replaces the stored personal chat."""
    await client.say(MENTOR, "help")
    before = await _stored_reference(client)
    untyped = teams.message(MENTOR, client.connector.url, "logboek Jan de Vries",
                            conversation_id="19:untyped@thread.v2")
    del untyped["conversation"]["conversationType"]
    sent = await client.send(untyped)
    there = [s for s in sent if s.conversation_id == "19:untyped@thread.v2"]
    assert [s.text for s in there] == [
        "Ik heb je geantwoord in onze persoonlijke chat: een leerlingdossier laat ik hier "
        "niet zien."]
    after = await _stored_reference(client)
    assert after.conversation.id == before.conversation.id == f"a:personal-{MENTOR.aad}"
