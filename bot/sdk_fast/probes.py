"""Whether each fast path works on the installed versions: each probe runs the piece on a
small sample and tells whether the fast path itself did the work (not its fallback to the
SDK's code). `bot.sdk_fast.install()` runs them once at start-up."""

from __future__ import annotations

import importlib.util
from typing import Any

from botbuilder.dialogs import DialogInstance, DialogState
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials
from botframework.connector.auth.authenticate_request_result import AuthenticateRequestResult

from bot.sdk_fast import dialog_trace, msrest_patch, outgoing_copies, sqlite_inline
from bot.sdk_fast.incoming_activities import activity_reader
from bot.sdk_fast.reply_sender import ConnectorHttp, send_posts_over_aiohttp
from bot.sdk_fast.request_bodies import serialize_bodies_fast
from bot.sdk_fast.state_codec import encode_plain, stock_encode

# A Teams message as it arrives (the fields the reader must handle itself).
TEAMS_MESSAGE: dict[str, Any] = {
    "type": "message", "id": "1", "timestamp": "2026-11-23T09:00:00.1234567Z",
    "localTimestamp": "2026-11-23T10:00:00.123+01:00", "serviceUrl": "https://smba.example/",
    "channelId": "msteams", "text": "help", "locale": "nl-NL",
    "from": {"id": "29:1", "name": "Jan", "aadObjectId": "a"},
    "recipient": {"id": "28:b", "name": "lvsbot"},
    "conversation": {"id": "a:1", "conversationType": "personal", "tenantId": "t"},
    "channelData": {"tenant": {"id": "t"}}, "entities": [{"type": "clientInfo"}],
}


def sqlite_inline_works() -> bool:
    try:
        sqlite_inline.module()  # SQLAlchemy's aiosqlite adapter around our module
    except Exception:  # noqa: BLE001 - any failure: this SQLAlchemy is not the one we know
        return False
    return True


def retry_codes_patched() -> bool:
    return msrest_patch.apply()


def dialog_trace_skipped() -> bool:
    return dialog_trace.apply()


def outgoing_messages_copied_shallowly() -> bool:
    return outgoing_copies.apply()


def connector_clients_cacheable() -> bool:
    """The caching wrapper swaps the factory the SDK's authentication returns."""
    return hasattr(AuthenticateRequestResult(), "connector_factory")


def connector_client_patches() -> dict[str, bool]:
    """request_bodies and reply_sender, tried on a client as the SDK builds them."""
    client = ConnectorClient(MicrosoftAppCredentials("", ""), base_url="http://127.0.0.1:9/")
    return {"request_bodies": serialize_bodies_fast(client),
            "reply_sender": send_posts_over_aiohttp(client, ConnectorHttp())}


def incoming_activities_read_fast() -> bool:
    try:
        activity = activity_reader().read_fast(TEAMS_MESSAGE)
    except Exception:  # noqa: BLE001 - refused: msrest would read it
        return False
    return bool(activity.text == "help" and activity.from_property.aad_object_id == "a")


def state_codec_writes_jsonpickles_documents() -> bool:
    instance = DialogInstance()
    instance.id, instance.state = "add-form", {"options": None, "values": {"n": ("a", 1)}}
    state = {"DialogState": DialogState([instance]), "turns": 2}
    try:
        return encode_plain(state) == stock_encode(state)
    except Exception:  # noqa: BLE001 - refused: jsonpickle would write it
        return False


def uvloop_installed() -> bool:
    return importlib.util.find_spec("uvloop") is not None
