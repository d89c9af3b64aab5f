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

from collections.abc import Mapping
from dataclasses import dataclass

from botbuilder.core import TurnContext

from dialogs.common.context import Services
from dialogs.logbook.absence_chart import LEGEND_NAMES, LEGEND_PNGS
from dialogs.logbook.png_image import data_uri
from domain.absence.overview import Lane

DATA_URI_PLATFORMS = frozenset({"desktop", "web"})
# The legend's samples never change: encoded once.
_INLINE_LEGEND = {lane: data_uri(LEGEND_PNGS[name]) for lane, name in LEGEND_NAMES.items()}


@dataclass(frozen=True)
class PictureUrls:
    """Where the card's images are: the chart, and the legend's colour samples."""

    chart: str
    legend: Mapping[Lane | None, str]


def inline_urls(png: bytes) -> PictureUrls:
    return PictureUrls(data_uri(png), _INLINE_LEGEND)


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


async def picture_urls(turn: TurnContext, services: Services, png: bytes) -> PictureUrls:
    """Data URIs where the client renders them (no round trip); else an expiring link to the
    chart and the legend's samples at their fixed addresses."""
    pictures = services.pictures
    if pictures is None or renders_data_uris(turn):
        return inline_urls(png)
    legend = {lane: pictures.fixed_url(name) for lane, name in LEGEND_NAMES.items()}
    return PictureUrls(await pictures.url_for(png), legend)
