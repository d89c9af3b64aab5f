"""bot/sdk_fast/dialog_trace.py: the dialogs' state-snapshot trace is no longer built where
CloudAdapter would drop it; whatever reaches the connector, or the caller, is what it was."""

from __future__ import annotations

from typing import Any

import pytest
from botbuilder.core import TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.dialogs import DialogExtensions
from botbuilder.dialogs.memory import DialogStateManager
from botbuilder.schema import Activity

from bot.sdk_fast import dialog_trace
from tests.support import teams
from tests.support.bot import BotClient
from tests.support.school import MENTOR

TEXTS = ["help", "nieuw formulier", "annuleer", "logboek Jan de Vries"]


def _activity(client: BotClient, text: str, **fields: Any) -> dict[str, Any]:
    return {**teams.message(MENTOR, client.connector.url, text), **fields}


async def _sent(client: BotClient, **fields: Any) -> list[tuple[str, Any]]:
    """What the connector receives, and the HTTP answers, for a few turns."""
    out: list[tuple[str, Any]] = []
    for text in TEXTS:
        client.connector.take()
        response = await client.post(_activity(client, text, **fields))
        body = await response.json() if response.status == 200 else None
        out.append((str(response.status), _without_ids(body)))
        out += [(s.path.split("/activities")[0], _without_ids(s.body))
                for s in client.connector.take()]
    return out


def _without_ids(value: Any) -> Any:
    """Activity ids and timestamps differ from turn to turn, and so does the state in a
    trace (the conversation goes on); the rest must not."""
    if isinstance(value, dict):
        varying = ("id", "replyToId", "timestamp", "localTimestamp")
        if value.get("type") == "trace":
            varying += ("value", "valueType")
        return {key: _without_ids(item) for key, item in value.items() if key not in varying}
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    return value


def _snapshots(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    taken: list[int] = []
    stock = DialogStateManager.get_memory_snapshot

    def counted(self: DialogStateManager) -> Any:
        taken.append(1)
        return stock(self)

    monkeypatch.setattr(DialogStateManager, "get_memory_snapshot", counted)
    return taken


@pytest.mark.parametrize("fields", [
    {}, {"channelId": "emulator"}, {"deliveryMode": "expectReplies"},
], ids=["teams", "emulator", "expect-replies"])
async def test_each_turn_sends_and_answers_what_the_stock_sdk_does(
    client: BotClient, monkeypatch: pytest.MonkeyPatch, fields: dict[str, Any],
) -> None:
    patched = DialogExtensions.__dict__["_send_state_snapshot_trace"]
    monkeypatch.setattr(DialogExtensions, "_send_state_snapshot_trace",
                        staticmethod(patched.__func__.__wrapped__))
    stock = await _sent(client, **fields)
    monkeypatch.setattr(DialogExtensions, "_send_state_snapshot_trace", patched)
    taken = _snapshots(monkeypatch)
    assert await _sent(client, **fields) == stock
    traces = [body for _, body in stock if isinstance(body, dict) and body.get("type") == "trace"]
    buffered = [a for _, body in stock if isinstance(body, dict)
                for a in body.get("activities") or [] if a.get("type") == "trace"]
    if fields:  # the Emulator receives the trace; expectReplies gets it back in the answer
        assert len(traces) + len(buffered) == len(TEXTS) == len(taken)
    else:
        assert traces == buffered == taken == []


def test_the_dialog_tests_adapter_still_gets_the_trace() -> None:
    turn = TurnContext(TestAdapter(), Activity(type="message", channel_id="msteams"))
    assert not dialog_trace.would_be_dropped(turn)


def test_applying_twice_wraps_once() -> None:
    dialog_trace.apply()
    once = DialogExtensions._send_state_snapshot_trace
    dialog_trace.apply()
    assert DialogExtensions._send_state_snapshot_trace is once


def test_revert_puts_the_sdks_own_method_back() -> None:
    dialog_trace.apply()
    wrapped = DialogExtensions.__dict__["_send_state_snapshot_trace"]
    try:
        dialog_trace.revert()
        assert (DialogExtensions.__dict__["_send_state_snapshot_trace"].__func__
                is wrapped.__func__.__wrapped__)
    finally:
        dialog_trace.apply()
