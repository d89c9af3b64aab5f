"""Through the real app, every request body the bot builds (text, Adaptive Cards, the file
consent card) is the one msrest builds, built without msrest, and arrives as that JSON."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from msrest.serialization import Serializer

from bot.sdk_fast.request_bodies import FastBodySerializer
from tests.e2e.logbook_school import School, school_with_jans_forms
from tests.support.bot import Clock
from tests.support.school import MENTOR, TEAMLEIDER

TURNS = [(MENTOR, "help"), (MENTOR, "logboek Jan de Vries"), (MENTOR, "nieuw formulier"),
         (MENTOR, "annuleer"), (TEAMLEIDER, "export Jan de Vries"), (MENTOR, "taken")]


@pytest.fixture
async def school(school_url: str, clock: Clock) -> AsyncIterator[School]:
    async with school_with_jans_forms(school_url, clock) as school:
        yield school


async def test_each_body_is_msrests_built_without_msrest(
    school: School, monkeypatch: pytest.MonkeyPatch,
) -> None:
    stock_body = Serializer.body
    by_msrest: list[str] = []
    built: list[tuple[Any, Any]] = []  # (fast body, msrest's body of the same activity)

    def counted(self: Serializer, data: Any, data_type: str, **kwargs: Any) -> Any:
        by_msrest.append(data_type)
        return stock_body(self, data, data_type, **kwargs)

    fast_body = FastBodySerializer.body

    def compared(self: FastBodySerializer, data: Any, data_type: str, **kwargs: Any) -> Any:
        expected = stock_body(self.stock, copy.deepcopy(data), data_type, **kwargs)
        body = fast_body(self, data, data_type, **kwargs)
        built.append((body, expected))
        return body

    monkeypatch.setattr(Serializer, "body", counted)
    monkeypatch.setattr(FastBodySerializer, "body", compared)
    sent = []
    for person, text in TURNS:
        sent += await school.client.send_text(person, text)

    assert by_msrest == []
    assert len(built) == len(sent) >= len(TURNS)
    for (body, expected), arrived in zip(built, sent, strict=True):
        assert repr(body) == repr(expected) and json.dumps(body) == json.dumps(expected)
        assert arrived.body == json.loads(json.dumps(expected))
    attachments = [a["contentType"] for s in sent for a in s.body.get("attachments") or []]
    assert {"application/vnd.microsoft.card.adaptive",
            "application/vnd.microsoft.teams.card.file.consent"} <= set(attachments)
