"""Picture links: unguessable tokens of 192 bits with nothing else in them, an expiry, and the
client platforms that get the picture inline."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
from botbuilder.core import TurnContext
from botbuilder.schema import Activity

from dialogs.logbook.picture_delivery import client_platform, renders_data_uris
from domain.picture_links import looks_like_token, new_link, token_digest

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


def test_a_token_carries_192_random_bits_and_expires() -> None:
    links = [new_link(NOW, timedelta(minutes=15)) for _ in range(200)]
    assert len({link.token for link in links}) == 200
    for link in links[:20]:
        assert len(base64.urlsafe_b64decode(link.token)) * 8 == 192
        assert looks_like_token(link.token)
        assert link.expires_at == NOW + timedelta(minutes=15)
        assert link.digest == token_digest(link.token) != link.token


@pytest.mark.parametrize("token", ["", "A" * 31, "A" * 33, "A" * 28 + "..%2", "Ä" * 32,
                                   "A" * 31 + "/"])
def test_other_shapes_are_no_token(token: str) -> None:
    assert not looks_like_token(token)


def _turn(entities: list[dict[str, object]] | None) -> TurnContext:
    activity = Activity().deserialize({"type": "message", "entities": entities})
    return TurnContext(object(), activity)  # type: ignore[arg-type]


@pytest.mark.parametrize(("entities", "platform", "inline"), [
    ([{"type": "clientInfo", "platform": "desktop"}], "desktop", True),
    ([{"type": "clientInfo", "platform": "Web"}], "web", True),
    ([{"type": "clientInfo", "platform": "android"}], "android", False),
    ([{"type": "clientInfo", "platform": "ios"}], "ios", False),
    ([{"type": "clientInfo"}], "", False),
    ([{"type": "clientInfo", "platform": 7}], "", False),
    ([{"type": "mention", "platform": "desktop"}], "", False),
    (None, "", False),
])
def test_only_desktop_and_web_render_data_uris(entities: list[dict[str, object]] | None,
                                               platform: str, inline: bool) -> None:
    turn = _turn(entities)
    assert client_platform(turn) == platform
    assert renders_data_uris(turn) is inline
