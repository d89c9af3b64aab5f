"""A web page on another origin must not be able to use the bot (in development mode it has
no token to forge): only `application/json` exactly, no request another site sends, and
only loopback connectors and upload URLs while there is no app id."""

from __future__ import annotations

import logging

import pytest

from tests.e2e.test_export_chat import consent_of
from tests.support import teams
from tests.support.bot import BotClient
from tests.support.school import MENTOR, MT

ELSEWHERE = "http://connector.evil.example:8080"


async def post_raw(client: BotClient, body: bytes, **headers: str) -> int:
    async with client.http.post(f"{client.url}/api/messages", data=body,
                                headers=headers) as response:
        return response.status


async def test_only_the_json_media_type_is_accepted(client: BotClient) -> None:
    import json

    body = json.dumps(teams.message(MENTOR, client.connector.url, "help")).encode()
    assert await post_raw(client, body, **{"Content-Type": "text/plain; x=application/json"}) \
        == 415
    assert await post_raw(client, body, **{"Content-Type": "application/jsonx"}) == 415
    assert await post_raw(client, body, **{"Content-Type": "text/plain"}) == 415
    assert client.connector.take() == []
    assert await post_raw(client, body, **{"Content-Type": "application/json; charset=utf-8"}) \
        in (200, 201)
    assert client.connector.take()


@pytest.mark.parametrize("headers", [
    {"Origin": "http://evil.example"},
    {"Origin": "null"},
    {"Sec-Fetch-Site": "cross-site"},
    {"Sec-Fetch-Site": "same-site"},
], ids=["origin", "null-origin", "cross-site", "same-site"])
async def test_a_request_another_site_sends_gets_403(
    client: BotClient, headers: dict[str, str],
) -> None:
    response = await client.post(teams.message(MENTOR, client.connector.url,
                                               "logboek Jan de Vries"), **headers)
    assert response.status == 403
    assert client.connector.take() == []


async def test_a_request_of_the_bots_own_page_is_not_cross_site(client: BotClient) -> None:
    response = await client.post(teams.message(MENTOR, client.connector.url, "help"),
                                 Origin=client.url, **{"Sec-Fetch-Site": "same-origin"})
    assert response.status in (200, 201)


async def test_development_mode_answers_only_loopback_connectors(client: BotClient) -> None:
    for service_url in (ELSEWHERE, "https://smba.trafficmanager.net/emea/",
                        "http://127.0.0.1.evil.example/", "file:///etc/passwd"):
        response = await client.post(teams.message(MENTOR, service_url, "logboek Jan de Vries"))
        assert response.status == 403, service_url
    local = teams.message(MENTOR, client.connector.url.replace("127.0.0.1", "localhost"),
                          "help")
    assert (await client.post(local)).status in (200, 201)


async def test_development_mode_uploads_only_to_the_connectors_own_upload_url(
    client: BotClient, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    offer = await client.send(teams.message(MT, client.connector.url, "export Jan de Vries"))
    consent = consent_of(offer)
    accept = teams.file_consent(MT, client.connector.url, "accept",
                                consent["content"]["acceptContext"],
                                upload_url="http://files.evil.invalid/upload",
                                name=consent["name"])
    sent = await client.send(accept)
    assert "niet gelukt" in sent[0].text
    assert "refused an upload URL" in caplog.text
    assert "file upload failed" not in caplog.text  # not even tried
