"""The absence picture for Teams clients that do not render data URIs: an expiring link on the
bot's own host (LVS_PUBLIC_URL), served by the real app; desktop and web keep the data URI."""

from __future__ import annotations

import base64
import re
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from tests.e2e.test_absence_overview_chat import images
from tests.support.bot import BotClient, Clock, running_bot, settings_for
from tests.support.connector import Sent
from tests.support.notify import register_lates
from tests.support.school import MENTOR
from tests.support.servers import free_port

LINK = re.compile(r"(http://127\.0\.0\.1:\d+)/images/([A-Za-z0-9_-]{32})\.png")
DATA_URI = "data:image/png;base64,"


@pytest.fixture
async def hosted(school_url: str, clock: Clock) -> AsyncIterator[BotClient]:
    """The bot with its public address set to where it listens."""
    port = free_port()
    settings = settings_for(school_url, public_url=f"http://127.0.0.1:{port}")
    async with running_bot(settings, clock, port) as client:
        yield client


async def picture_url(client: BotClient, platform: str | None) -> str:
    sent = await client.send_text(MENTOR, "logboek 100001", platform=platform)
    [picture] = images(sent)
    return str(picture["url"])


def legend_urls(sent: list[Sent]) -> list[str]:
    return [str(image["url"]) for image in images(sent, alt_text=False)]


async def fetch(client: BotClient, url: str) -> tuple[int, dict[str, str], bytes]:
    async with client.http.get(url) as response:
        return response.status, dict(response.headers), await response.read()


async def test_a_mobile_client_gets_a_link_that_serves_the_same_png(
    hosted: BotClient, school_url: str, clock: Clock,
) -> None:
    await register_lates(school_url, "100001", 6, clock)
    url = await picture_url(hosted, "android")
    link = LINK.fullmatch(url)
    assert link and link.group(1) == hosted.url  # on the bot's own host, only a token in it
    assert "100001" not in url and "Vries" not in url
    status, headers, png = await fetch(hosted, url)
    assert status == 200 and headers["Content-Type"] == "image/png"
    assert headers["Cache-Control"] == "private, no-store"
    assert headers["X-Content-Type-Options"] == "nosniff"
    inline = await picture_url(hosted, "desktop")
    assert inline.startswith(DATA_URI)
    assert png == base64.b64decode(inline.removeprefix(DATA_URI))  # the same picture


async def test_a_mobile_client_gets_the_legend_by_link_too(
    hosted: BotClient, school_url: str, clock: Clock,
) -> None:
    await register_lates(school_url, "100001", 6, clock)
    linked = legend_urls(await hosted.send_text(MENTOR, "logboek 100001", platform="ios"))
    inline = legend_urls(await hosted.send_text(MENTOR, "logboek 100001", platform="web"))
    assert len(linked) == len(inline) == 5 and all(u.startswith(DATA_URI) for u in inline)
    assert linked == [f"{hosted.url}/images/legend-{name}.png"
                      for name in ("late", "truancy", "sick", "removed", "mark")]
    for url, data in zip(linked, inline, strict=True):
        status, headers, png = await fetch(hosted, url)
        assert status == 200 and headers["X-Content-Type-Options"] == "nosniff"
        assert png == base64.b64decode(data.removeprefix(DATA_URI))


async def test_ios_and_an_unknown_client_get_links_desktop_and_web_data_uris(
    hosted: BotClient, school_url: str, clock: Clock,
) -> None:
    await register_lates(school_url, "100001", 2, clock)
    first, second = await picture_url(hosted, "ios"), await picture_url(hosted, None)
    assert LINK.fullmatch(first) and LINK.fullmatch(second) and first != second
    assert (await picture_url(hosted, "web")).startswith(DATA_URI)
    assert (await picture_url(hosted, "Desktop")).startswith(DATA_URI)


async def test_an_expired_link_and_an_unknown_token_answer_the_same_404(
    hosted: BotClient, school_url: str, clock: Clock,
) -> None:
    await register_lates(school_url, "100001", 3, clock)
    url = await picture_url(hosted, "android")
    clock.current += timedelta(minutes=14, seconds=59)
    assert (await fetch(hosted, url))[0] == 200
    clock.current += timedelta(seconds=1)
    expired = await fetch(hosted, url)
    unknown = await fetch(hosted, f"{hosted.url}/images/{'A' * 32}.png")
    malformed = await fetch(hosted, f"{hosted.url}/images/..%2F..%2Fetc%2Fpasswd")
    assert expired[0] == unknown[0] == malformed[0] == 404
    assert expired[2] == unknown[2] == malformed[2]

    def comparable(headers: dict[str, str]) -> dict[str, str]:
        return {name: value for name, value in headers.items() if name != "Date"}

    assert comparable(expired[1]) == comparable(unknown[1]) == comparable(malformed[1])
    assert expired[1]["Cache-Control"] == "private, no-store"


async def test_without_a_public_address_every_client_gets_the_data_uri(
    client: BotClient, school_url: str, clock: Clock,
) -> None:
    await register_lates(school_url, "100001", 1, clock)
    assert (await picture_url(client, "android")).startswith(DATA_URI)
    assert (await picture_url(client, None)).startswith(DATA_URI)
