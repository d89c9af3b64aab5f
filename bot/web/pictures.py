"""GET /images/<token>.png: the pictures handed out as expiring links
(bot/hosted_pictures.py) to Teams clients that do not render data URIs
(dialogs/logbook/picture_delivery.py); and the legend's colour samples, the same for
every card, at fixed names (/images/legend-late.png, ...).

Anyone holding a link may fetch it until it expires (Teams clients fetch card images without
the user's credentials); the token is the only secret. Every other request, a malformed,
unknown or expired token alike, gets the same 404 after the same single lookup (a malformed
one skips it: its shape is public), so the answer tells nothing about which links exist.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from aiohttp import web

from bot.runtime import RUNTIME
from dialogs.logbook.absence_chart import LEGEND_PNGS
from domain.picture_links import looks_like_token

ROUTE = "/images/{name}"
_HEADERS = {"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer"}
_SHARED = {**_HEADERS, "Cache-Control": "public, max-age=86400"}  # tells nothing: cache it


def add_picture_route(app: web.Application, clock: Callable[[], datetime]) -> None:
    async def picture(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        token = name.removesuffix(".png")
        if token in LEGEND_PNGS and name.endswith(".png"):
            return web.Response(body=LEGEND_PNGS[token], content_type="image/png",
                                headers=_SHARED)
        png = None
        if name.endswith(".png") and looks_like_token(token):
            png = await request.app[RUNTIME].pictures.png_for(token, clock())
        if png is None:
            return web.Response(status=404, text="Not Found", headers=_HEADERS)
        return web.Response(body=png, content_type="image/png", headers=_HEADERS)

    app.router.add_get(ROUTE, picture)
