"""GET /healthz: whether the database answers."""

from __future__ import annotations

import logging

from aiohttp import web
from sqlalchemy import text

from bot.runtime import RUNTIME

log = logging.getLogger(__name__)


async def healthz(request: web.Request) -> web.Response:
    """200 when the database answers; 503 (and why) when it does not."""
    runtime = request.app[RUNTIME]
    try:
        async with runtime.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - any failure means "not healthy"
        log.warning("health check failed: %s", type(error).__name__)
        return web.json_response({"status": "unavailable", "database": "unreachable"},
                                 status=503)
    return web.json_response({"status": "ok", "database": "ok"})
