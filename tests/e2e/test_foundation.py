"""The bot as Teams meets it: install, help, strangers, other tenants, malformed requests."""

from __future__ import annotations

import asyncio

from dialogs.texts import say
from tests.e2e.test_tenants import set_aad
from tests.support import catalogue, teams
from tests.support.bot import BotClient, running_bot, settings_for
from tests.support.school import MENTOR, TEAMLEIDER, Person

STRANGER = Person("x", "Onbekend", "onbekend@elders.test", "aad-unknown-9999", "docent")


async def test_install_welcomes_the_user_naming_their_roles(client: BotClient) -> None:
    sent = await client.send(teams.bot_added(TEAMLEIDER, client.connector.url))
    assert len(sent) == 1
    assert catalogue.pattern("nl", "WELCOME", roles="teamleider").match(sent[0].text)


async def test_install_is_welcomed_once_although_teams_announces_it_twice(
    client: BotClient,
) -> None:
    both = [teams.installation(MENTOR, client.connector.url),
            teams.bot_added(MENTOR, client.connector.url)]
    client.connector.take()
    await asyncio.gather(*(client.post(activity) for activity in both))
    first = client.connector.take()
    assert len(first) == 1
    again = await client.send(teams.bot_added(MENTOR, client.connector.url))
    assert again == []
    assert "mentor" in first[0].text and "docent" in first[0].text


async def test_replies_go_to_the_service_url_as_a_reply_without_a_token(
    client: BotClient,
) -> None:
    activity = teams.message(MENTOR, client.connector.url, "help")
    sent = await client.send(activity)
    assert sent[0].path == (f"/v3/conversations/{activity['conversation']['id']}"
                            f"/activities/{activity['id']}")
    assert sent[0].authorization is None


async def test_an_unknown_user_is_refused_without_a_word_about_the_school(
    client: BotClient,
) -> None:
    [reply] = await client.say(STRANGER, "logboek Jan de Vries")
    assert reply == say("nl", "NOT_ALLOWED")
    assert "Jan" not in reply and "noord" not in reply.lower()


async def test_an_unknown_aad_id_links_a_roster_row_without_one_by_the_teams_member_email(
    client: BotClient, school_url: str,
) -> None:
    """Only a row that has no aadObjectId yet (tests/e2e/test_tenants.py: never one that
    has one, and audit-logged)."""
    await set_aad(school_url, MENTOR.staff_id, None)
    moved = Person("m.jansen", MENTOR.name, MENTOR.email, "aad-new-device", "mentor")
    client.connector.members[moved.teams_id] = {
        "id": moved.teams_id, "name": moved.name, "email": MENTOR.email,
        "userPrincipalName": MENTOR.email, "aadObjectId": moved.aad}
    [reply] = await client.say(moved, "help")
    assert catalogue.pattern("nl", "HELP").fullmatch(reply)


async def test_another_tenant_is_refused(school_url: str) -> None:
    settings = settings_for(school_url, tenant_id=teams.TENANT)
    async with running_bot(settings) as client:
        [reply] = await client.say(MENTOR, "help", tenant="tenant-elsewhere")
        assert reply == say("nl", "NOT_ALLOWED")
        [reply] = await client.say(MENTOR, "help")
        assert catalogue.pattern("nl", "HELP").fullmatch(reply)


async def test_malformed_requests_get_a_4xx_and_the_server_stays_up(client: BotClient) -> None:
    url = f"{client.url}/api/messages"
    cases = [
        ({"data": b"{not json", "headers": {"Content-Type": "application/json"}}, 400),
        ({"data": b"[1, 2]", "headers": {"Content-Type": "application/json"}}, 400),
        ({"json": {"text": "no type"}}, 400),
        ({"data": b"hello", "headers": {"Content-Type": "text/plain"}}, 415),
        ({"data": b"{" + b" " * 600_000 + b"}",
          "headers": {"Content-Type": "application/json"}}, 413),
    ]
    for request, status in cases:
        async with client.http.post(url, **request) as response:
            assert response.status == status, request
    [reply] = await client.say(MENTOR, "help")
    assert reply


async def test_health_check_answers_when_the_database_does(client: BotClient) -> None:
    async with client.http.get(f"{client.url}/healthz") as response:
        assert response.status == 200
        assert (await response.json())["database"] == "ok"


async def test_the_pages_the_manifest_links_to_exist(client: BotClient) -> None:
    for path, words in {"/": "leerlingvolgsysteem", "/privacy": "AVG",
                        "/terms": "Gebruiksvoorwaarden"}.items():
        async with client.http.get(f"{client.url}{path}") as response:
            assert response.status == 200
            assert words in await response.text()
