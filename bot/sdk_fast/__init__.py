"""The speed layer: every place the bot replaces or patches code of the Bot Framework SDK,
msrest, jsonpickle or SQLAlchemy's aiosqlite adapter, behind one `install(settings)`.

Each piece does what the stock code does (its equivalence tests compare both, on generated
inputs), only faster, and hands anything it is not sure of to the stock code. `install()`
probes each piece on the installed versions (bot/sdk_fast/probes.py) and the composition
root builds the runtime from the result: a piece that does not install runs stock, and the
start-up log says which are active. `LVS_STOCK_SDK=1` switches every piece off: the bot then
runs the SDK's own paths everywhere and answers the same, only slower.
tests/unit/test_fast_paths.py fails when a piece does not install on the pinned versions.

| piece | replaces | depends on | saving (BENCHMARKS.md, module docstrings) |
|---|---|---|---|
| `sqlite_inline` | aiosqlite's thread per connection: SQLite statements run on the loop's thread, a locked database is waited for with asyncio.sleep | SQLAlchemy 2.0's `AsyncAdapt_aiosqlite_dbapi` and the part of aiosqlite's interface it drives | one session with one SELECT 0.7 → 0.15 ms; `logboek` 15.3 → 10.8 ms CPU a turn, add-form step 9.2 → 7.4 ms |
| `msrest_retry_codes` | msrest's `ClientRetryPolicy.safe_codes` list (500 items, scanned 999 times per policy) by a frozenset | msrest 0.7.1's class attribute `safe_codes` being a list | about 9 ms CPU per connector client built (per turn before `connector_clients`; per proactive send in the worker, whose ceiling was 20 sends/s) |
| `connector_clients` | a new ConnectorClient and user-token client (credentials, msal app, requests session, token) per turn: cached per (app id, serviceUrl, audience) | the public `BotFrameworkAuthentication` interface; `AuthenticateRequestResult.connector_factory` | about 6 ms a turn |
| `request_bodies` | msrest's `Serializer.body` for the bodies sent to the connector | the connector client's `_serialize` and its operation groups' (botframework-connector 4.17); msrest `Model._attribute_map` / `_validation` | a 7.9 kB card 1,853 → 67 µs; `logboek` −1.3 ms, `help` −0.3 ms a turn |
| `reply_sender` | `requests` on an executor thread for POSTs to the connector: aiohttp on the loop | msrest 0.7's pipeline `_sender` and `_impl_policies`, `AsyncRequestsClientResponse`, urllib3's `Retry` | about 4 ms CPU a reply |
| `incoming_activities` | msrest's `Activity().deserialize(body)` for each request | msrest `Model._attribute_map` / `_validation` / `_subtype_map`, `_infer_class_models`; isodate's tzinfo | 203 → 34 µs a message; `help` and `logboek` −0.5 ms a turn |
| `state_documents` | jsonpickle's encoding and the SDK's jsonpickle hash of the state (up to five passes a turn): one JSON encoding, compared as the document | jsonpickle 3's document format; botbuilder-core 4.17's `BotState` (`get_cached_state`, `_context_service_key`, `CachedBotState.hash`); `DialogState` / `DialogInstance` attributes | add-form step 7.0 → 4.5 ms CPU a turn; documents byte-identical |
| `dialog_trace` | the dialogs' state-snapshot trace (a deep copy of all dialog memory, for the Emulator) where CloudAdapter drops it (not the Emulator, not expectReplies) | botbuilder-dialogs 4.17's `DialogExtensions._send_state_snapshot_trace`; CloudAdapterBase sending traces only to the Emulator | about 160 µs a turn (restored after the re-layout: the logbook turn had grown back to 12 ms CPU) |
| `outgoing_copies` | TurnContext's deep copy of each message it sends, by a shallow copy (addressing the reply only assigns the copy's attributes) | botbuilder-core 4.17's `turn_context` module copying through its module-level name `deepcopy`, and `apply_conversation_reference` / `CloudAdapterBase.send_activities` assigning, never mutating | about 0.4 ms of a `logboek` turn (the card's deep copy) |
| `uvloop` | asyncio's event loop under `lvsbot serve` | the uvloop package (not on Windows) | about a tenth of a turn's CPU (`help` 2.9 → 2.3 ms), noisy |

How to turn them off: `LVS_STOCK_SDK=1` (all of them; there is no switch per piece). The
state-snapshot trace skip, removed in the re-layout as below the noise, is back as
`dialog_trace`: with the logbook turn's other costs gone it is no longer below the noise.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from botbuilder.core import ConversationState
from botframework.connector.auth import BotFrameworkAuthentication

from bot.sdk_fast import (
    dialog_trace,
    event_loop,
    msrest_patch,
    outgoing_copies,
    probes,
    sqlite_inline,
)
from bot.sdk_fast.connectors import CachingBotFrameworkAuthentication
from bot.sdk_fast.conversation_state import DocumentConversationState, DocumentStorage
from bot.sdk_fast.incoming_activities import StockReader, activity_reader
from bot.sdk_fast.state_codec import FAST, STOCK, StateCodec
from bot.settings import Settings

log = logging.getLogger(__name__)

PIECES = ("sqlite_inline", "msrest_retry_codes", "connector_clients", "request_bodies",
          "reply_sender", "incoming_activities", "state_documents", "dialog_trace", "outgoing_copies",
          "uvloop")


class ActivityReader(Protocol):
    def read(self, body: Any) -> Any: ...


@dataclass(frozen=True)
class FastPaths:
    """Which pieces are active, and the runtime's parts built accordingly."""

    stock: bool  # LVS_STOCK_SDK=1
    installed: Mapping[str, bool]  # what each probe found (all False when stock)

    def on(self, piece: str) -> bool:
        return self.installed[piece]

    def summary(self) -> str:
        if self.stock:
            return "fast paths: none (LVS_STOCK_SDK=1: the SDK's own code everywhere)"
        active = [piece for piece in PIECES if self.on(piece)]
        off = [piece for piece in PIECES if not self.on(piece)]
        return (f"fast paths: {', '.join(active) or 'none'} active"
                + (f"; NOT installed (stock code): {', '.join(off)}" if off else ""))

    def sqlite_module(self) -> Any:
        """The DBAPI module for storage.database.create_engine; None: aiosqlite's."""
        return sqlite_inline.module() if self.on("sqlite_inline") else None

    def authentication(self, inner: BotFrameworkAuthentication) -> BotFrameworkAuthentication:
        if not self.on("connector_clients"):
            return inner
        return CachingBotFrameworkAuthentication(
            inner, aiohttp_posts=self.on("reply_sender"),
            fast_bodies=self.on("request_bodies"))

    def activity_reader(self) -> ActivityReader:
        return activity_reader() if self.on("incoming_activities") else StockReader()

    def state_codec(self) -> StateCodec:
        return FAST if self.on("state_documents") else STOCK

    def conversation_state(self, storage: DocumentStorage) -> ConversationState:
        if self.on("state_documents"):
            return DocumentConversationState(storage)
        return ConversationState(storage)

    def new_event_loop(self) -> asyncio.AbstractEventLoop:
        return event_loop.new_event_loop() if self.on("uvloop") else asyncio.new_event_loop()


_installed: dict[bool, FastPaths] = {}


def install(settings: Settings) -> FastPaths:
    """Probes (and, for msrest's retry codes, applies) every piece once per process; with
    LVS_STOCK_SDK=1 puts msrest's own list back and installs nothing. Idempotent."""
    stock = settings.stock_sdk
    if stock not in _installed:
        _installed[stock] = FastPaths(stock, {piece: False for piece in PIECES} if stock
                                      else _probe_all())
    # The process-wide patches follow the latest app built (tests build both kinds).
    if stock:
        msrest_patch.revert()
        dialog_trace.revert()
        outgoing_copies.revert()
    else:
        if _installed[stock].on("msrest_retry_codes"):
            msrest_patch.apply()
        if _installed[stock].on("dialog_trace"):
            dialog_trace.apply()
        if _installed[stock].on("outgoing_copies"):
            outgoing_copies.apply()
    return _installed[stock]


def _probe_all() -> dict[str, bool]:
    return {"sqlite_inline": probes.sqlite_inline_works(),
            "msrest_retry_codes": probes.retry_codes_patched(),
            "connector_clients": probes.connector_clients_cacheable(),
            **probes.connector_client_patches(),
            "incoming_activities": probes.incoming_activities_read_fast(),
            "state_documents": probes.state_codec_writes_jsonpickles_documents(),
            "dialog_trace": probes.dialog_trace_skipped(),
            "outgoing_copies": probes.outgoing_messages_copied_shallowly(),
            "uvloop": probes.uvloop_installed()}
