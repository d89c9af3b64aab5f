"""How a picture reaches this turn's Teams client: inline as a data URI, or as a link to the
bot's own host (domain/picture_links.py).

Teams says which client sent the activity in a `clientInfo` entity (`platform`: desktop, web,
android, ios). Data URIs in card images are reported broken on the mobile renderers (Adaptive
Cards issue 3057, data URIs not loaded by the iOS renderer; issue 4902, base64 images not
rendered by Teams iOS), so only desktop and web, where the card renders in the same web
stack as the designer, get the data URI. An unknown client gets the link too: an https URL
is the one form of Image.url every Adaptive Card host renders. Without a public address
(LVS_PUBLIC_URL unset, e.g. the Agents Playground) every client gets the data URI.
"""

from __future__ import annotations

from botbuilder.core import TurnContext

from dialogs.context import Services
from dialogs.png_image import data_uri

DATA_URI_PLATFORMS = frozenset({"desktop", "web"})


def client_platform(turn: TurnContext) -> str:
    """The clientInfo entity's platform, lower case; "" when the activity names none."""
    for entity in turn.activity.entities or ():
        if getattr(entity, "type", None) != "clientInfo":
            continue
        extra = getattr(entity, "additional_properties", None) or {}
        platform = extra.get("platform")
        return platform.strip().lower() if isinstance(platform, str) else ""
    return ""


def renders_data_uris(turn: TurnContext) -> bool:
    return client_platform(turn) in DATA_URI_PLATFORMS


async def picture_url(turn: TurnContext, services: Services, png: bytes) -> str:
    """A data URI where the client renders one (no round trip), else an expiring link."""
    if services.pictures is None or renders_data_uris(turn):
        return data_uri(png)
    return await services.pictures.url_for(png)
