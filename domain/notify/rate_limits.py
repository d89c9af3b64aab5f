"""How fast Teams lets a bot send, as data; the limiter in bot/ enforces each line."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Scope(StrEnum):
    CONVERSATION = "conversation"  # one chat with one staff member
    TENANT = "tenant"  # the app as a whole, in the school's tenant


@dataclass(frozen=True)
class RateLimit:
    scope: Scope
    messages: int
    seconds: float


TEAMS_LIMITS: tuple[RateLimit, ...] = (
    RateLimit(Scope.CONVERSATION, 7, 1.0),
    RateLimit(Scope.CONVERSATION, 60, 30.0),
    RateLimit(Scope.TENANT, 30, 1.0),
)


def minimum_seconds(messages: int, limits: tuple[RateLimit, ...] = TEAMS_LIMITS,
                    conversations: int | None = None) -> float:
    """The least time `messages` sends can take within the limits (one per conversation when
    `conversations` is None): the slowest limit decides; a full first window is free."""
    per_conversation = 1 if conversations is None else -(-messages // conversations)
    slowest = 0.0
    for limit in limits:
        count = messages if limit.scope is Scope.TENANT else per_conversation
        windows = max(0, -(-count // limit.messages) - 1)
        slowest = max(slowest, windows * limit.seconds)
    return slowest
