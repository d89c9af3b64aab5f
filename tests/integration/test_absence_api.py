"""POST /api/absences on a small app built with setup_absence_api, on both databases."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.web.absence_api import setup_absence_api
from domain.absence.loader import default_protocol
from storage.database import session_factory
from tests.integration.test_absence_ingest import add_students, late

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
Client = TestClient  # type: ignore[type-arg]
MakeClient = Callable[..., Awaitable[Client]]


@pytest.fixture
async def client(engine: AsyncEngine, aiohttp_client: MakeClient) -> Client:
    await add_students(engine, "100")
    return await aiohttp_client(app_with(engine, TOKEN))


def app_with(engine: AsyncEngine, token: str) -> web.Application:
    app = web.Application(client_max_size=11 * 1024 * 1024)
    setup_absence_api(app, sessions=session_factory(engine), token=token,
                      protocol=default_protocol(), clock=lambda: NOW)
    return app


async def answer(response: Any) -> tuple[int, Any]:
    return response.status, await response.json()


async def test_a_list_is_ingested_and_the_signals_returned(client: Client) -> None:
    items = [late(f"a{i}", "2026-11-1" + str(i)) for i in range(3)]
    status, body = await answer(await client.post("/api/absences", json=items, headers=AUTH))
    assert status == 200
    assert body == {"accepted": 3, "duplicates": 0, "rejected": [], "signals": [{
        "student_number": "100", "rule": "late", "threshold": 3, "school_year": "2026-2027",
        "recipients": ["verzuimcoordinator"]}]}


async def test_one_object_is_a_list_of_one(client: Client) -> None:
    status, body = await answer(await client.post(
        "/api/absences", json={**late("x", "2026-11-20"), "note": "bus"}, headers=AUTH))
    assert (status, body["accepted"]) == (200, 1)


async def test_a_bad_item_is_rejected_with_its_index(client: Client) -> None:
    items = [late("a", "2026-11-10"), {"id": "b", "student_number": "100"}]
    status, body = await answer(await client.post("/api/absences", json=items, headers=AUTH))
    assert (status, body["accepted"], body["rejected"][0]["index"]) == (200, 1, 1)


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": f"Basic {TOKEN}"}])
async def test_a_missing_or_wrong_token_is_401(client: Client, headers: dict[str, str]) -> None:
    response = await client.post("/api/absences", json=[], headers=headers)
    assert response.status == 401


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b"42", b'"text"'])
async def test_a_body_that_is_not_an_object_or_list_is_400(client: Client, body: bytes) -> None:
    response = await client.post("/api/absences", data=body, headers=AUTH)
    assert response.status == 400


async def test_more_than_10000_items_is_413(client: Client) -> None:
    items = [late(f"a{i}", "2026-11-10") for i in range(10_001)]
    response = await client.post("/api/absences", json=items, headers=AUTH)
    assert response.status == 413


async def test_a_body_over_10_mb_is_413(client: Client) -> None:
    body = b"[" + b" " * (10 * 1024 * 1024) + b"]"
    response = await client.post("/api/absences", data=body, headers=AUTH)
    assert response.status == 413


async def test_no_token_configured_is_503_with_the_reason(
    engine: AsyncEngine, aiohttp_client: MakeClient
) -> None:
    client = await aiohttp_client(app_with(engine, ""))
    status, body = await answer(await client.post("/api/absences", json=[], headers=AUTH))
    assert status == 503 and "LVS_INGEST_TOKEN" in body["error"]


HUGE = "1" + "0" * 5000


@pytest.mark.parametrize(("body", "why"), [
    ('[{"id": "n", "student_number": "100", "kind": "late", "date": "2026-11-02", '
     f'"lesson_hour": {HUGE}}}]', "not JSON we can read"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    (b"\xff\xfe", "not JSON we can read"),
])
async def test_an_unreadable_body_is_a_400_never_a_500(
    client: Client, body: str | bytes, why: str
) -> None:
    response = await client.post("/api/absences", data=body, headers={
        **AUTH, "Content-Type": "application/json"})
    status, answered = await answer(response)
    assert status == 400 and why in answered["error"]


@pytest.mark.parametrize(("bad", "why"), [
    ({"date": "2024-11-02"}, "only the current and the previous school year"),
    ({"date": "0001-01-01"}, "only the current and the previous school year"),
    ({"hours": 10 ** 300}, "hours must be more than 0"),
    ({"hours": 1e308 * 10}, "hours must be more than 0"),  # Infinity
    ({"lesson_hour": 10 ** 300}, "lesson_hour must be a whole number"),
    ({"student_number": 10 ** 400}, "student_number is longer than"),
    ({"note": [[[[[["deep"]]]]]]}, "note must be a non-empty text"),
])
async def test_a_bad_item_is_rejected_and_the_rest_of_the_batch_kept(
    client: Client, bad: dict[str, object], why: str
) -> None:
    items = [late("good", "2026-11-10"), {**late("bad", "2026-11-11"), **bad}]
    status, body = await answer(await client.post("/api/absences", json=items, headers=AUTH))
    assert status == 200 and body["accepted"] == 1
    assert [r["index"] for r in body["rejected"]] == [1] and why in body["rejected"][0]["error"]


async def test_an_id_seen_before_with_other_content_is_a_conflict_not_a_duplicate(
    client: Client
) -> None:
    first = [late("same", "2026-11-10")]
    await client.post("/api/absences", json=first, headers=AUTH)
    again = [late("same", "2026-11-10"), {**late("same", "2026-11-12"), "kind": "sick"}]
    status, body = await answer(await client.post("/api/absences", json=again, headers=AUTH))
    assert (status, body["accepted"], body["duplicates"]) == (200, 0, 1)
    assert body["rejected"] == [{"index": 1, "error": "conflict: id same was received before "
                                                      "with different content"}]


async def test_whole_days_of_truancy_are_stored_and_three_in_a_row_signal(
    client: Client
) -> None:
    days = ["2026-11-16", "2026-11-17", "2026-11-18"]
    items = [{"id": f"w{i}", "student_number": "100", "kind": "truancy", "date": day,
              "whole_day": True} for i, day in enumerate(days)]
    status, body = await answer(await client.post("/api/absences", json=items, headers=AUTH))
    assert status == 200 and body["accepted"] == 3
    reasons = {reason for s in body["signals"] for reason in s.get("reasons", [])}
    assert "truancy_days:3" in reasons or any(s["rule"] == "truancy_days"
                                              for s in body["signals"])
    status, again = await answer(await client.post("/api/absences", json=items, headers=AUTH))
    assert (again["duplicates"], again["rejected"]) == (3, [])  # the flag was stored
