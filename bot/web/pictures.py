"""GET /images/<token>.png: the pictures handed out as expiring links (bot/hosted_pictures.py)
to Teams clients that do not render data URIs (dialogs/picture_delivery.py).

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
from domain.picture_links import looks_like_token

ROUTE = "/images/{name}"
_HEADERS = {"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer"}


def add_picture_route(app: web.Application, clock: Callable[[], datetime]) -> None:
    async def picture(request: web.Request) -> web.Response:
        token = request.match_info["name"].removesuffix(".png")
        png = None
        if request.match_info["name"].endswith(".png") and looks_like_token(token):
            png = await request.app[RUNTIME].pictures.png_for(token, clock())
        if png is None:
            return web.Response(status=404, text="Not Found", headers=_HEADERS)
        return web.Response(body=png, content_type="image/png", headers=_HEADERS)

    app.router.add_get(ROUTE, picture)
