"""Only the school's tenant: a validly signed request from any other tenant is refused, and
staff are known by their aadObjectId. The e-mail Teams reports (which another tenant's admin
controls) may only link a roster row that has no aad id yet, within the school's tenant, and
that link is audit-logged."""

from __future__ import annotations

from sqlalchemy import select, update

from storage.database import create_engine, session_factory
from storage.tables import AuditRow, StaffRow
from tests.support import teams
from tests.support.bot import BotClient, running_bot
from tests.support.bot_framework import BotFrameworkKeys, bot_framework, production_settings
from tests.support.school import MENTOR, Person

ELSEWHERE = "tenant-elsewhere-0002"
# Someone whose Teams member e-mail is the mentor's, with an aad id the roster does not know.
LOOKALIKE = Person("x", "Marieke Jansen", MENTOR.email, "aad-lookalike-0099", "mentor")


async def say(client: BotClient, keys: BotFrameworkKeys, person: Person, text: str,
              **options: str) -> list[str]:
    client.connector.take()
    activity = teams.message(person, client.connector.url, text, **options)
    token = keys.token(client.connector.url)
    response = await client.post(activity, Authorization=f"Bearer {token}")
    assert response.status in (200, 201), response.status
    return [sent.text for sent in client.connector.take()]


def member_email(client: BotClient, person: Person, email: str) -> None:
    client.connector.members[person.teams_id] = {
        "id": person.teams_id, "name": person.name, "email": email,
        "userPrincipalName": email, "aadObjectId": person.aad}


async def test_another_tenant_with_a_staff_members_email_gets_no_logbook(
    school_url: str,
) -> None:
    async with bot_framework() as keys, \
            running_bot(production_settings(school_url, keys.url)) as client:
        member_email(client, LOOKALIKE, MENTOR.email)
        replies = await say(client, keys, LOOKALIKE, "logboek Jan de Vries", tenant=ELSEWHERE)
        assert len(replies) == 1 and "geen toegang" in replies[0]
        # The school's own mentor, from another tenant, is refused as well.
        [reply] = await say(client, keys, MENTOR, "help", tenant=ELSEWHERE)
        assert "geen toegang" in reply
        [reply] = await say(client, keys, MENTOR, "help")
        assert "Dit kun je mij vragen" in reply


async def test_an_email_does_not_take_over_a_row_that_has_an_aad_id(school_url: str) -> None:
    async with bot_framework() as keys, \
            running_bot(production_settings(school_url, keys.url)) as client:
        member_email(client, LOOKALIKE, MENTOR.email)
        [reply] = await say(client, keys, LOOKALIKE, "logboek Jan de Vries")
        assert "geen toegang" in reply
    assert await aad_of(school_url, MENTOR.staff_id) == MENTOR.aad


async def test_an_email_links_a_row_without_an_aad_id_once_and_audits_it(
    school_url: str,
) -> None:
    await set_aad(school_url, MENTOR.staff_id, None)
    async with bot_framework() as keys, \
            running_bot(production_settings(school_url, keys.url)) as client:
        member_email(client, LOOKALIKE, MENTOR.email.upper())
        [reply] = await say(client, keys, LOOKALIKE, "help")
        assert "Dit kun je mij vragen" in reply
        member_email(client, MENTOR, MENTOR.email)
        [reply] = await say(client, keys, MENTOR, "help")  # the old id: no longer the mentor
        assert "geen toegang" in reply
    assert await aad_of(school_url, MENTOR.staff_id) == LOOKALIKE.aad
    engine = create_engine(school_url)
    try:
        async with session_factory(engine)() as session:
            rows = list(await session.scalars(select(AuditRow).where(
                AuditRow.action == "identity_link")))
    finally:
        await engine.dispose()
    assert [(r.actor_id, r.detail) for r in rows] == [
        (MENTOR.staff_id, {"aad_object_id": LOOKALIKE.aad, "tenant": teams.TENANT})]


async def test_several_tenants_are_an_explicit_list(school_url: str) -> None:
    async with bot_framework() as keys, running_bot(production_settings(
            school_url, keys.url, tenant_id=f"{teams.TENANT}, {ELSEWHERE}")) as client:
        [reply] = await say(client, keys, MENTOR, "help", tenant=ELSEWHERE)
        assert "Dit kun je mij vragen" in reply
        [reply] = await say(client, keys, MENTOR, "help", tenant="tenant-third-0003")
        assert "geen toegang" in reply


async def aad_of(url: str, staff_id: str) -> str | None:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            return await session.scalar(select(StaffRow.aad_object_id)
                                        .where(StaffRow.id == staff_id))
    finally:
        await engine.dispose()


async def set_aad(url: str, staff_id: str, aad: str | None) -> None:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            await session.execute(update(StaffRow).where(StaffRow.id == staff_id)
                                  .values(aad_object_id=aad))
            await session.commit()
    finally:
        await engine.dispose()
