"""Every piece of the speed layer installs on the pinned versions (an SDK, msrest, jsonpickle
or SQLAlchemy upgrade that breaks one fails here, not silently in the benchmarks), and
LVS_STOCK_SDK=1 installs none."""

from __future__ import annotations

import pytest
from botbuilder.core import ConversationState
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from msrest.universal_http.requests import ClientRetryPolicy

from bot.sdk_fast import PIECES, install
from bot.sdk_fast.connectors import CachingBotFrameworkAuthentication
from bot.sdk_fast.conversation_state import DocumentConversationState
from bot.sdk_fast.incoming_activities import FastDeserializer, StockReader
from bot.sdk_fast.state_codec import FAST, STOCK
from bot.settings import Settings

FAST_SETTINGS, STOCK_SETTINGS = Settings(), Settings(stock_sdk=True)


def test_every_fast_path_installs_on_the_pinned_versions() -> None:
    fast = install(FAST_SETTINGS)
    assert fast.installed == {piece: True for piece in PIECES}
    assert fast.summary() == f"fast paths: {', '.join(PIECES)} active"


def test_stock_sdk_installs_none_and_says_so() -> None:
    stock = install(STOCK_SETTINGS)
    assert stock.installed == {piece: False for piece in PIECES}
    assert "none (LVS_STOCK_SDK=1" in stock.summary()


def test_install_is_idempotent_and_the_process_wide_patch_follows_the_switch() -> None:
    assert install(FAST_SETTINGS) is install(FAST_SETTINGS)
    assert isinstance(ClientRetryPolicy.safe_codes, frozenset)
    install(STOCK_SETTINGS)
    assert isinstance(ClientRetryPolicy.safe_codes, list)
    install(FAST_SETTINGS)
    assert isinstance(ClientRetryPolicy.safe_codes, frozenset)


@pytest.mark.parametrize(("settings", "kinds"), [
    (FAST_SETTINGS, (CachingBotFrameworkAuthentication, FastDeserializer,
                     DocumentConversationState, FAST, "bot.sdk_fast.sqlite_inline")),
    (STOCK_SETTINGS, (ConfigurationBotFrameworkAuthentication, StockReader,
                      ConversationState, STOCK, None)),
])
def test_the_runtimes_parts_follow_the_switch(settings: Settings, kinds: tuple[object, ...]
                                              ) -> None:
    fast = install(settings)
    authentication, reader, state, codec, sqlite = kinds
    built = fast.authentication(ConfigurationBotFrameworkAuthentication(settings.bot_auth()))
    assert type(built) is authentication
    assert type(fast.activity_reader()) is reader
    assert type(fast.conversation_state(object())) is state  # type: ignore[arg-type]
    assert fast.state_codec() is codec
    module = fast.sqlite_module()
    assert (module and module.aiosqlite.__name__) == sqlite
    install(FAST_SETTINGS)
