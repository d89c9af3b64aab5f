"""LVS_STOCK_SDK=1 runs the SDK's own code everywhere (no piece of bot/sdk_fast) and the bot
answers exactly as with the speed layer: the same conversation, on two copies of one school,
gets the same replies, cards included."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import pytest
from botbuilder.core import ConversationState

from bot.runtime import RUNTIME, Runtime
from bot.sdk_fast import PIECES
from bot.sdk_fast.connectors import CachingBotFrameworkAuthentication
from bot.sdk_fast.conversation_state import DocumentConversationState
from bot.sdk_fast.incoming_activities import FastDeserializer, StockReader
from tests.e2e.test_add_form import INFO_TO_SUMMARY
from tests.support.bot import Clock, running_bot, settings_for
from tests.support.school import MENTOR

CONVERSATIONS = {"help": ["help"], "logbook": ["logboek Jan de Vries"],
                 "add form": [*INFO_TO_SUMMARY, "opslaan"]}


async def replies(url: str, stock: bool, texts: list[str]) -> tuple[list[Any], Runtime]:
    """Every message the bot sent in the conversation, as the connector received it."""
    async with running_bot(settings_for(url, stock_sdk=stock), Clock()) as client:
        sent = []
        for text in texts:
            sent += [(s.conversation_id, s.text, s.cards, s.body.get("suggestedActions"))
                     for s in await client.send_text(MENTOR, text)]
        return sent, client.app[RUNTIME]


@pytest.mark.parametrize("name", list(CONVERSATIONS))
async def test_stock_sdk_answers_as_the_speed_layer_does(
    name: str, school_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(school_url.split("///", 1)[1], copy)
    caplog.set_level(logging.INFO, logger="bot.app")

    texts = CONVERSATIONS[name]
    fast_replies, fast = await replies(school_url, False, texts)
    stock_replies, stock = await replies(f"sqlite+aiosqlite:///{copy}", True, texts)

    assert fast_replies and stock_replies == fast_replies
    assert_all_fast(fast)
    assert_all_stock(stock)
    ready = [r.getMessage() for r in caplog.records if "lvsbot ready" in r.getMessage()]
    assert "fast paths: " + ", ".join(PIECES) + " active" in ready[0]
    assert "fast paths: none (LVS_STOCK_SDK=1" in ready[1]


def assert_all_fast(runtime: Runtime) -> None:
    assert all(runtime.fast.installed.values())
    assert isinstance(runtime.conversation_state, DocumentConversationState)
    assert isinstance(runtime.activities, FastDeserializer)
    # The speed layer's cache sits inside the always-on VerifiedAuthentication.
    assert isinstance(runtime.authentication.inner, CachingBotFrameworkAuthentication)
    assert runtime.authentication.inner.installed == {"request_bodies": True,
                                                      "reply_sender": True}
    assert runtime.engine.dialect.dbapi.aiosqlite.__name__ == "bot.sdk_fast.sqlite_inline"


def assert_all_stock(runtime: Runtime) -> None:
    assert not any(runtime.fast.installed.values())
    assert type(runtime.conversation_state) is ConversationState
    assert isinstance(runtime.activities, StockReader)
    assert not isinstance(runtime.authentication.inner, CachingBotFrameworkAuthentication)
    assert runtime.engine.dialect.dbapi.aiosqlite.__name__ == "aiosqlite"
