"""The HTTP routes, all registered in `setup_routes`: the Bot Connector's door
(/api/messages), the absence ingest (/api/absences), the pictures at expiring links
(/images/<token>.png), /healthz and the static pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from aiohttp import web

from bot.settings import Settings
from bot.web.absence_api import setup_absence_api
from bot.web.health import healthz
from bot.web.messages import messages
from bot.web.pages import add_pages
from bot.web.pictures import add_picture_route


def setup_routes(app: web.Application, settings: Settings,
                 clock: Callable[[], datetime]) -> None:
    app.router.add_post("/api/messages", messages)
    setup_absence_api(app, sessions=None, token=settings.ingest_token,
                      protocol=settings.protocol(), clock=clock)
    add_picture_route(app, clock)
    app.router.add_get("/healthz", healthz)
    add_pages(app)
