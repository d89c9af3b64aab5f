"""The PicturePublisher of dialogs/context.Services when LVS_PUBLIC_URL is set: a picture is
stored under a new expiring link and served by GET /images/<token>.png (bot/web/pictures.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from domain.picture_links import PictureStore, new_link


class HostedPictures:
    def __init__(self, store: PictureStore, public_url: str, lifetime: timedelta,
                 clock: Callable[[], datetime]) -> None:
        self._store, self._public_url = store, public_url
        self._lifetime, self._clock = lifetime, clock

    async def url_for(self, png: bytes) -> str:
        """Only the token in the URL: no student, name or number."""
        now = self._clock()
        link = new_link(now, self._lifetime)
        await self._store.keep(link, png, now)
        return self.fixed_url(link.token)

    def fixed_url(self, name: str) -> str:
        return f"{self._public_url}/images/{name}.png"
