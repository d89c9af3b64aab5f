"""`POST /api/absences`: the school's administration sends absence registrations here.

Authorization: Bearer <LVS_INGEST_TOKEN>. Body: one JSON object or a list of up to 10,000.
Answers 200 with the ingest summary; 401, 413, 400 or 503 (no token configured) otherwise.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Callable
from datetime import datetime

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.absence.ingest import MAX_BATCH, ingest_absences
from domain.absence.ports import ConcurrentUpdate
from domain.absence.protocol import Protocol
from storage.uow import SqlUnitOfWork

log = logging.getLogger(__name__)

MAX_BODY = 10 * 1024 * 1024
Clock = Callable[[], datetime]

ABSENCE_SESSIONS = web.AppKey("absence_sessions", async_sessionmaker[AsyncSession])
ABSENCE_TOKEN = web.AppKey("absence_token", str)
ABSENCE_PROTOCOL = web.AppKey("absence_protocol", Protocol)
ABSENCE_CLOCK = web.AppKey("absence_clock", Clock)


def setup_absence_api(
    app: web.Application,
    *,
    sessions: async_sessionmaker[AsyncSession] | None,
    token: str,
    protocol: Protocol,
    clock: Clock,
) -> None:
    """Register the route. `sessions` may be None when the database opens later (cleanup_ctx):
    then set `app[ABSENCE_SESSIONS]` there."""
    if sessions is not None:
        app[ABSENCE_SESSIONS] = sessions
    app[ABSENCE_TOKEN] = token
    app[ABSENCE_PROTOCOL] = protocol
    app[ABSENCE_CLOCK] = clock
    app.router.add_post("/api/absences", post_absences)


async def post_absences(request: web.Request) -> web.Response:
    refusal = _check_token(request)
    if refusal is not None:
        return refusal
    body = await _read_body(request)
    if body is None:
        return _error(413, f"the body is larger than {MAX_BODY} bytes")
    try:
        data = json.loads(body)
    except ValueError as error:  # not JSON, not UTF-8, or a number of thousands of digits
        return _error(400, f"the body is not JSON we can read: {error}")
    except RecursionError:
        return _error(400, "the body is nested too deeply")
    items = data if isinstance(data, list) else [data]
    if not isinstance(data, list | dict):
        return _error(400, "the body must be one object or a list of objects")
    if len(items) > MAX_BATCH:
        return _error(413, f"at most {MAX_BATCH} items per request, not {len(items)}")
    now = request.app[ABSENCE_CLOCK]()
    uow = SqlUnitOfWork(request.app[ABSENCE_SESSIONS])
    try:
        result = await ingest_absences(items, uow, request.app[ABSENCE_PROTOCOL],
                                       now=now, today=now.date())
    except ConcurrentUpdate:  # still clashing after the retries: the sender tries later
        response = _error(503, "busy with the same students: send this batch again")
        response.headers["Retry-After"] = "5"
        return response
    log.info("absences: %s accepted, %s duplicates, %s rejected, %s signals",
             result.accepted, result.duplicates, len(result.rejected), len(result.signals))
    return web.json_response(result.to_json())


def _check_token(request: web.Request) -> web.Response | None:
    expected = request.app[ABSENCE_TOKEN]
    if not expected:
        return _error(503, "no LVS_INGEST_TOKEN is configured: absence registrations are off")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), expected.encode()
    ):
        return _error(401, "missing or wrong bearer token")
    return None


async def _read_body(request: web.Request) -> bytes | None:
    """The whole body, or None as soon as it passes MAX_BODY (never held in full)."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        return None
    chunks, size = [], 0
    while chunk := await request.content.read(64 * 1024):
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _error(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)
