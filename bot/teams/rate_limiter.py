"""Stay inside Teams' limits before sending, instead of learning them from 429s.

Each limit is a sliding window ("at most N messages in any S seconds"), as Teams counts:
a token bucket with a burst would let twice the rate through within one window. A small
margin absorbs the network's jitter between our clock and Teams'.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable

from domain.notify.rate_limits import TEAMS_LIMITS, RateLimit, Scope


class RateLimiter:
    def __init__(
        self,
        limits: tuple[RateLimit, ...] = TEAMS_LIMITS,
        *,
        margin: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._limits = limits
        self._margin = margin
        self._clock = clock
        self._sleep = sleep
        self._sent: dict[tuple[int, str], deque[float]] = {}
        self._lock = asyncio.Lock()

    async def acquire(self, conversation_id: str) -> float:
        """Wait until one more message to this conversation fits; returns the time waited."""
        waited = 0.0
        while True:
            async with self._lock:
                wait = self._wait(conversation_id, self._clock())
                if wait <= 0:
                    self._record(conversation_id, self._clock())
                    return waited
            await self._sleep(wait)
            waited += wait

    def _wait(self, conversation_id: str, now: float) -> float:
        wait = 0.0
        for index, limit in enumerate(self._limits):
            window = self._window(index, limit, conversation_id)
            span = limit.seconds * (1 + self._margin)
            while window and window[0] <= now - span:
                window.popleft()
            if len(window) >= limit.messages:
                wait = max(wait, window[-limit.messages] + span - now)
        return wait

    def _record(self, conversation_id: str, now: float) -> None:
        for index, limit in enumerate(self._limits):
            self._window(index, limit, conversation_id).append(now)

    def _window(self, index: int, limit: RateLimit, conversation_id: str) -> deque[float]:
        key = (index, conversation_id if limit.scope is Scope.CONVERSATION else "")
        window = self._sent.get(key)
        if window is None:
            window = self._sent[key] = deque()
        return window
