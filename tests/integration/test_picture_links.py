"""The pictures served at expiring links: stored, served, expired and purged alike on both
databases; the rows hold the token's digest, never the token or a student."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.picture_links import PictureLink, new_link
from storage.database import create_engine, session_factory
from storage.picture_links import SqlPictureStore, forget_pictures_expired
from storage.tables import PictureLinkRow

NOW = datetime(2026, 12, 7, 11, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
PNG = b"\x89PNG\r\n\x1a\n-a-picture-"
LIFETIME = timedelta(minutes=15)


async def _rows(engine: AsyncEngine) -> list[tuple[str, bytes]]:
    async with session_factory(engine)() as session:
        result = await session.execute(select(PictureLinkRow.token_digest, PictureLinkRow.png))
        return [(digest, png) for digest, png in result]


async def test_a_kept_picture_is_served_until_it_expires(engine: AsyncEngine) -> None:
    store = SqlPictureStore(session_factory(engine))
    link = new_link(NOW, LIFETIME)
    await store.keep(link, PNG, NOW)
    assert await store.png_for(link.token, NOW) == PNG
    just_before = NOW + LIFETIME - timedelta(seconds=1)
    assert await store.png_for(link.token, just_before.astimezone(UTC)) == PNG
    assert await store.png_for(link.token, NOW + LIFETIME) is None
    assert await store.png_for(link.token, NOW + timedelta(days=1)) is None


async def test_an_unknown_token_is_not_served(engine: AsyncEngine) -> None:
    store = SqlPictureStore(session_factory(engine))
    link = new_link(NOW, LIFETIME)
    await store.keep(link, PNG, NOW)
    other = new_link(NOW, LIFETIME)
    assert await store.png_for(other.token, NOW) is None
    assert await store.png_for(link.digest, NOW) is None  # the stored key opens nothing
    assert await store.png_for("", NOW) is None


async def test_the_store_keeps_the_digest_not_the_token(engine: AsyncEngine) -> None:
    store = SqlPictureStore(session_factory(engine))
    link = new_link(NOW, LIFETIME)
    await store.keep(link, PNG, NOW)
    [(digest, png)] = await _rows(engine)
    assert digest == link.digest and len(digest) == 64 and link.token not in digest
    assert png == PNG


async def test_keeping_a_picture_forgets_the_expired_ones(engine: AsyncEngine) -> None:
    store = SqlPictureStore(session_factory(engine))
    old = new_link(NOW - timedelta(hours=1), LIFETIME)
    fresh = new_link(NOW - timedelta(minutes=5), LIFETIME)
    await store.keep(old, PNG, NOW - timedelta(hours=1))
    await store.keep(fresh, PNG, NOW - timedelta(minutes=50))  # the old one still serves
    assert len(await _rows(engine)) == 2
    newest = new_link(NOW, LIFETIME)
    await store.keep(newest, PNG, NOW)
    assert sorted(digest for digest, _ in await _rows(engine)) == sorted(
        [fresh.digest, newest.digest])


async def test_the_purge_removes_only_the_expired(engine: AsyncEngine) -> None:
    store = SqlPictureStore(session_factory(engine))
    links = [PictureLink(f"token-{n:026d}", NOW + timedelta(minutes=n)) for n in range(-2, 3)]
    for link in links:
        await store.keep(link, PNG, NOW - timedelta(hours=1))
    async with session_factory(engine)() as session:
        assert await forget_pictures_expired(session, NOW) == 3  # -2, -1 and 0 minutes
        await session.commit()
    async with session_factory(engine)() as session:
        assert await session.scalar(select(func.count()).select_from(PictureLinkRow)) == 2
    assert await store.png_for(links[-1].token, NOW) == PNG


async def test_another_instance_serves_the_link(engine: AsyncEngine, database_url: str) -> None:
    # Two bot instances on one database: the link one handed out, the other serves.
    link = new_link(NOW, LIFETIME)
    await SqlPictureStore(session_factory(engine)).keep(link, PNG, NOW)
    other = create_engine(database_url)
    try:
        assert await SqlPictureStore(session_factory(other)).png_for(link.token, NOW) == PNG
    finally:
        await other.dispose()


def test_a_stored_link_has_no_column_for_a_student() -> None:
    assert set(PictureLinkRow.__table__.columns.keys()) == {"token_digest", "png", "expires_at"}
