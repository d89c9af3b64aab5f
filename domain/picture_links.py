"""Expiring links to a picture the bot serves itself, for Teams clients that do not render a
data URI in a card (see dialogs/client_platform.py).

A link is an unguessable token (192 random bits) and nothing else: no student, no name, no
number. The store keeps only the token's SHA-256, so its rows (or a copy of the database)
hold no live link; the picture itself carries no identifying data either.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

TOKEN_BYTES = 24  # 192 bits; token_urlsafe gives 32 characters of [A-Za-z0-9_-]
TOKEN_LENGTH = 32
DEFAULT_LIFETIME = timedelta(minutes=15)


@dataclass(frozen=True)
class PictureLink:
    token: str
    expires_at: datetime

    @property
    def digest(self) -> str:
        return token_digest(self.token)


def new_link(now: datetime, lifetime: timedelta) -> PictureLink:
    return PictureLink(secrets.token_urlsafe(TOKEN_BYTES), now + lifetime)


def token_digest(token: str) -> str:
    """What the store keys on: a leaked row gives no link that works."""
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def looks_like_token(token: str) -> bool:
    """A token's shape; anything else is unknown without asking the store."""
    return len(token) == TOKEN_LENGTH and all(c.isascii() and (c.isalnum() or c in "-_")
                                              for c in token)


class PictureStore(Protocol):
    async def keep(self, link: PictureLink, png: bytes, now: datetime) -> None:
        """Stores the picture under the link (and forgets the links expired by `now`)."""
        ...

    async def png_for(self, token: str, now: datetime) -> bytes | None:
        """The picture of a link not yet expired at `now`; None for any other token."""
        ...


class PicturePublisher(Protocol):
    async def url_for(self, png: bytes) -> str:
        """An https URL that serves `png` until the link expires."""
        ...

    def fixed_url(self, name: str) -> str:
        """The https URL of a picture every card shares (a legend's colour sample)."""
        ...
