"""POST /api/messages: the Bot Connector's door. Malformed requests get a 4xx, never a 500."""

from __future__ import annotations

import json
import logging
from typing import Any

import jwt
from aiohttp import web
from botbuilder.schema import Activity

from bot.logs import new_request_id
from bot.runtime import RUNTIME, Runtime
from bot.sdk_fast import ActivityReader
from bot.sdk_fast.errors import KEY_FETCH_ERRORS

log = logging.getLogger(__name__)

MAX_ACTIVITY_BYTES = 512 * 1024  # Teams' own messages are far smaller (about 28 KB of text)

# msrest quietly accepts wrong shapes; these fields the bot relies on are checked first.
_FIELD_TYPES: dict[str, type | tuple[type, ...]] = {
    "id": str, "text": str, "locale": str, "serviceUrl": str, "channelId": str,
    "from": dict, "recipient": dict, "conversation": dict, "channelData": dict,
    "attachments": list, "entities": list, "membersAdded": list,
}


async def messages(request: web.Request) -> web.Response:
    runtime: Runtime = request.app[RUNTIME]
    new_request_id()
    activity = await _read_activity(request, runtime.activities)
    auth_header = request.headers.get("Authorization", "")
    try:
        invoke = await runtime.adapter.process_activity(auth_header, activity,
                                                        runtime.bot.on_turn)
    except (PermissionError, jwt.PyJWTError):
        raise web.HTTPUnauthorized(text="missing or invalid Bot Framework token") from None
    except KEY_FETCH_ERRORS as error:
        # The token's signing keys could not be fetched: refuse now, Teams will retry.
        log.error("could not verify a Bot Framework token: %s", type(error).__name__)
        raise web.HTTPServiceUnavailable(text="cannot verify tokens right now") from None
    if invoke is not None:
        body: Any = invoke.body
        if hasattr(body, "serialize"):
            body = body.serialize()
        return web.json_response(body, status=invoke.status)
    return web.Response(status=201)


async def _read_activity(request: web.Request,
                         activities: ActivityReader) -> Activity:
    if "application/json" not in request.headers.get("Content-Type", ""):
        raise web.HTTPUnsupportedMediaType(text="send the activity as application/json")
    if request.content_length is not None and request.content_length > MAX_ACTIVITY_BYTES:
        raise web.HTTPRequestEntityTooLarge(MAX_ACTIVITY_BYTES, request.content_length)
    raw = await request.content.read(MAX_ACTIVITY_BYTES + 1)
    if len(raw) > MAX_ACTIVITY_BYTES:
        raise web.HTTPRequestEntityTooLarge(MAX_ACTIVITY_BYTES, len(raw))
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise web.HTTPBadRequest(text="the body is not JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get("type"), str):
        raise web.HTTPBadRequest(text="the body is not an activity (no type)")
    wrong = [name for name, kind in _FIELD_TYPES.items()
             if body.get(name) is not None and not isinstance(body[name], kind)]
    if wrong:
        raise web.HTTPBadRequest(text=f"wrong type for {', '.join(wrong)}")
    try:
        activity: Activity = activities.read(body)
        return activity
    except Exception:  # noqa: BLE001 - msrest raises several kinds on bad shapes
        raise web.HTTPBadRequest(text="the activity has fields of the wrong type") from None
