"""The served bot takes absence registrations: the same app `lvsbot serve` runs."""

from __future__ import annotations

from tests.support.bot import running_bot, settings_for


def late(source_id: str, day: str) -> dict[str, object]:
    return {"id": source_id, "student_number": "100001", "kind": "late", "date": day}


async def test_the_served_app_ingests_absences_and_raises_the_third_late(
    school_url: str,
) -> None:
    async with running_bot(settings_for(school_url, ingest_token="t0ken")) as client:
        url = f"{client.url}/api/absences"
        items = [late(f"a{i}", f"2026-11-1{i}") for i in range(3)]
        async with client.http.post(url, json=items) as response:
            assert response.status == 401
        async with client.http.post(url, json=items,
                                    headers={"Authorization": "Bearer t0ken"}) as response:
            body = await response.json()
        assert response.status == 200
        assert body["accepted"] == 3
        assert [(s["rule"], s["threshold"]) for s in body["signals"]] == [("late", 3)]


async def test_without_a_token_configured_the_endpoint_says_why(school_url: str) -> None:
    async with running_bot(settings_for(school_url)) as client:
        async with client.http.post(f"{client.url}/api/absences", json=[]) as response:
            assert response.status == 503
            assert "LVS_INGEST_TOKEN" in await response.text()


async def test_the_served_app_answers_bad_input_with_a_400_or_a_rejected_item(
    school_url: str,
) -> None:
    auth = {"Authorization": "Bearer t0ken", "Content-Type": "application/json"}
    async with running_bot(settings_for(school_url, ingest_token="t0ken")) as client:
        url = f"{client.url}/api/absences"
        for body in ("[" * 50_000 + "]" * 50_000, '[{"hours": 1' + "0" * 5000 + "}]"):
            async with client.http.post(url, data=body, headers=auth) as response:
                assert response.status == 400
        items = [late("ok", "2026-11-10"), late("ancient", "0001-01-01"),
                 {**late("ok", "2026-11-11")}]
        async with client.http.post(url, json=items, headers=auth) as response:
            body = await response.json()
        assert response.status == 200 and body["accepted"] == 1
        assert [r["index"] for r in body["rejected"]] == [1, 2]
        assert body["rejected"][1]["error"].startswith("conflict")
