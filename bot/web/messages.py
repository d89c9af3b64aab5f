"""POST /api/messages: the Bot Connector's door. Malformed requests get a 4xx, never a 500."""

from __future__ import annotations

import json
import logging
from typing import Any

from aiohttp import web
from botbuilder.schema import Activity

from bot.logs import new_request_id
from bot.runtime import RUNTIME, SETTINGS, Runtime
from bot.sdk_fast import ActivityReader
from bot.teams.access_tokens import TokensUnavailable
from bot.teams.channel_tokens import KeysUnavailable, Unauthorized
from bot.web.request_guards import (
    MAX_NESTING,
    nesting_depth,
    refuse_other_sites,
    require_json,
    require_loopback_connector,
)

log = logging.getLogger(__name__)

MAX_ACTIVITY_BYTES = 512 * 1024  # Teams' own messages are far smaller (about 28 KB of text)

# msrest quietly accepts wrong shapes; these fields the bot relies on are checked first.
_FIELD_TYPES: dict[str, type | tuple[type, ...]] = {
    "id": str, "text": str, "locale": str, "serviceUrl": str, "channelId": str,
    "from": dict, "recipient": dict, "conversation": dict, "channelData": dict,
    "attachments": list, "entities": list, "membersAdded": list,
}


async def messages(request: web.Request) -> web.Response:
    new_request_id()
    try:
        return await _answer(request, request.app[RUNTIME])
    except web.HTTPException as refusal:  # one line per refusal, never a traceback
        if refusal.status >= 400:
            level = logging.WARNING if refusal.status >= 500 else logging.INFO
            log.log(level, "refused POST /api/messages: %s %s", refusal.status, refusal.text)
        raise


async def _answer(request: web.Request, runtime: Runtime) -> web.Response:
    require_json(request)
    refuse_other_sites(request)
    activity = await _read_activity(request, runtime.activities)
    if request.app[SETTINGS].local_development:
        require_loopback_connector(activity.service_url)
    auth_header = request.headers.get("Authorization", "")
    try:
        invoke = await runtime.adapter.process_activity(auth_header, activity,
                                                        runtime.bot.on_turn)
    except Unauthorized as error:
        raise web.HTTPUnauthorized(text=f"invalid Bot Framework token: {error}") from None
    except PermissionError:  # the SDK's own check (local development's anonymous path)
        raise web.HTTPUnauthorized(text="missing Bot Framework token") from None
    except (KeysUnavailable, TokensUnavailable) as error:
        # Keys to check the token, or a token to answer with, could not be had in time:
        # refuse now; Teams tries again.
        raise web.HTTPServiceUnavailable(
            text=f"cannot reach the Bot Framework right now ({error})") from None
    if invoke is not None:
        body: Any = invoke.body
        if hasattr(body, "serialize"):
            body = body.serialize()
        return web.json_response(body, status=invoke.status)
    return web.Response(status=201)


async def _read_activity(request: web.Request,
                         activities: ActivityReader) -> Activity:
    if request.content_length is not None and request.content_length > MAX_ACTIVITY_BYTES:
        raise web.HTTPRequestEntityTooLarge(MAX_ACTIVITY_BYTES, request.content_length)
    raw = await request.content.read(MAX_ACTIVITY_BYTES + 1)
    if len(raw) > MAX_ACTIVITY_BYTES:
        raise web.HTTPRequestEntityTooLarge(MAX_ACTIVITY_BYTES, len(raw))
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise web.HTTPBadRequest(text="the body is not JSON") from None
    except RecursionError:
        raise web.HTTPBadRequest(text="the JSON is nested too deeply") from None
    if nesting_depth(body) > MAX_NESTING:
        raise web.HTTPBadRequest(text="the JSON is nested too deeply")
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
