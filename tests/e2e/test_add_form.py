"""Adding a form from chat, through the real app: the guided dialog for several roles."""

from __future__ import annotations

from typing import Any

from dialogs.texts import say
from domain.forms import CATALOGUE, FormType
from domain.roles import Role
from tests.e2e.logbook_checks import saved_entries
from tests.support import teams
from tests.support.bot import BotClient, Clock, running_bot, settings_for
from tests.support.school import MENTOR, ZORG, Person

TEAMS_FILE = "application/vnd.microsoft.teams.file.download.info"
INFO = CATALOGUE[FormType.INFORMATIE].name
INFO_TO_SUMMARY = ["nieuw formulier Jan de Vries", "2", "Gesprek over huiswerk",
                   "alles standaard", "Jan maakt zijn huiswerk weer elke dag."]


async def conversation(client: BotClient, person: Person, messages: list[str],
                       **options: Any) -> list[str]:
    """Say each message in turn; every reply, in order."""
    replies: list[str] = []
    for text in messages:
        replies += await client.say(person, text, **options)
    return replies


async def test_mentor_adds_an_information_form_with_all_defaults_in_six_messages(
    client: BotClient, school_url: str,
) -> None:
    messages = [*INFO_TO_SUMMARY, "opslaan"]
    replies = await conversation(client, MENTOR, messages)
    assert len(messages) == 6
    assert replies[-1] == say("nl", "SAVED", form=INFO, student="Jan de Vries"), replies
    [entry] = await saved_entries(school_url)
    assert entry.form_type is FormType.INFORMATIE
    assert entry.description == "Gesprek over huiswerk"
    assert entry.author_id == MENTOR.staff_id and not entry.urgent
    assert entry.expires_on.isoformat() == "2027-07-31"
    assert entry.access == frozenset({Role.MENTOR, Role.TEAMLEIDER})  # a mentor's pre-ticks
    assert entry.fields == {"body": "Jan maakt zijn huiswerk weer elke dag."}
    assert entry.attachments == ()


async def test_zorg_adds_a_start_document_with_its_attachment_and_locked_access(
    client: BotClient, school_url: str,
) -> None:
    await conversation(client, ZORG, ["nieuw formulier 100001"])
    fixed = await client.say(ZORG, "Zorg: Startdocument")
    assert fixed[0] == say("nl", "FIXED_DESCRIPTION", name="Zorg: Startdocument")
    await conversation(client, ZORG, ["standaard", "nee", "Start van de begeleiding."])
    shown = [s.text for s in await client.send(_with_file(ZORG, client, "startdocument.pdf"))]
    groups = "mentor, teamleider, MT, zorgondersteuning"
    assert shown[0] == say("nl", "LOCKED_ACCESS", groups=groups)
    assert f"**{say('nl', 'L_ATTACHMENT')}**: startdocument.pdf" in shown[-1]
    await client.say(ZORG, "opslaan")
    [entry] = await saved_entries(school_url)
    assert entry.form_type is FormType.ZORG_START
    assert entry.access == CATALOGUE[FormType.ZORG_START].read
    [attachment] = entry.attachments
    assert (attachment.name, attachment.content_type) == ("startdocument.pdf", "application/pdf")
    assert attachment.url == "https://files.school.test/startdocument.pdf"


async def test_a_restart_mid_dialog_continues_where_it_was(
    school_url: str, clock: Clock,
) -> None:
    settings = settings_for(school_url)
    async with running_bot(settings, clock) as client:
        await conversation(client, MENTOR, INFO_TO_SUMMARY[:3])
    async with running_bot(settings, clock) as client:
        await conversation(client, MENTOR, INFO_TO_SUMMARY[3:])
        [saved] = await client.say(MENTOR, "opslaan")
    assert saved == say("nl", "SAVED", form=INFO, student="Jan de Vries")
    assert len(await saved_entries(school_url)) == 1


async def test_a_teams_retry_of_the_save_activity_creates_one_form(
    client: BotClient, school_url: str,
) -> None:
    await conversation(client, MENTOR, INFO_TO_SUMMARY)
    save = teams.message(MENTOR, client.connector.url, "", value={"text": "opslaan"})
    first = await client.send(save)
    retry = await client.send(save)  # the same activity id: processed once, no second reply
    assert first[0].text == say("nl", "SAVED", form=INFO, student="Jan de Vries")
    assert retry == []
    assert len(await saved_entries(school_url)) == 1


def _with_file(person: Person, client: BotClient, name: str, size: int | None = None
               ) -> dict[str, Any]:
    activity = teams.message(person, client.connector.url, "")
    content: dict[str, Any] = {"downloadUrl": f"https://files.school.test/{name}",
                               "uniqueId": "file-1", "fileType": name.rsplit(".", 1)[-1]}
    if size is not None:
        content["size"] = size
    activity["attachments"] = [{"contentType": TEAMS_FILE, "name": name, "content": content,
                                "contentUrl": f"https://school.sharepoint.test/{name}"}]
    return activity


async def test_in_a_group_chat_the_dialog_does_not_start(client: BotClient) -> None:
    replies = await client.say(MENTOR, "nieuw formulier Jan de Vries",
                               conversation_type="groupChat", conversation_id="19:group")
    assert "Jan de Vries" not in " ".join(replies)
    asked = say("nl", "ASK_FORM", student="Jan de Vries")
    assert not any(reply.startswith(asked) for reply in replies)
