"""Checks on a request to /api/messages before its activity is read or trusted.

A browser may send `text/plain` (with any parameters) to any site without a preflight, and
in local development there is no token to forge: so only the media type `application/json`
is read, a request that says it comes from another site (Origin, Sec-Fetch-Site) is
refused, and without an app id only a loopback Bot Connector is answered (otherwise any
page could make the bot post a student's file to its own server).
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.env_values import is_loopback_url

MAX_NESTING = 64  # Teams' activities nest about 8 deep; deeper JSON is refused, not walked
_SAME_SITE = {"same-origin", "none"}  # Sec-Fetch-Site values of a non-cross-site request


def require_json(request: web.Request) -> None:
    if request.content_type != "application/json":  # parameters (charset) aside
        raise web.HTTPUnsupportedMediaType(text="send the activity as application/json")


def refuse_other_sites(request: web.Request) -> None:
    """The Bot Connector sends neither header; a browser on another origin sends both."""
    origin = request.headers.get("Origin")
    if origin is not None and origin not in _own_origins(request):
        raise web.HTTPForbidden(text="cross-site requests are refused")
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site not in _SAME_SITE:
        raise web.HTTPForbidden(text="cross-site requests are refused")


def _own_origins(request: web.Request) -> set[str]:
    return {f"{scheme}://{request.host}" for scheme in ("http", "https")}


def require_loopback_connector(service_url: str | None) -> None:
    """Local development only: the activity's serviceUrl is where replies go."""
    if not is_loopback_url(service_url):
        raise web.HTTPForbidden(text="without MicrosoftAppId only a loopback serviceUrl "
                                     "is answered")


def nesting_depth(value: Any, limit: int = MAX_NESTING) -> int:
    """How deep lists and objects nest, counted without recursion; stops past `limit`."""
    deepest, level = 0, [(value, 1)]
    while level:
        item, depth = level.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            children = item.values() if isinstance(item, dict) else item
            level.extend((child, depth + 1) for child in children)
    return deepest
