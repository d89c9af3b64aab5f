"""The limiter keeps every window inside Teams' limits, on a clock the test moves."""

from __future__ import annotations

from bot.teams.rate_limiter import RateLimiter
from domain.notify.rate_limits import TEAMS_LIMITS


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


def most_in_any_window(times: list[float], seconds: float) -> int:
    return max(sum(1 for t in times if start <= t < start + seconds) for start in times)


async def test_a_tenant_never_exceeds_thirty_messages_in_any_second() -> None:
    clock = FakeTime()
    limiter = RateLimiter(TEAMS_LIMITS, margin=0.0, clock=clock, sleep=clock.sleep)
    times = []
    for number in range(200):
        await limiter.acquire(f"chat-{number}")
        times.append(clock.now)
    assert most_in_any_window(times, 1.0) == 30
    assert times[-1] == 6.0  # 200 messages: 6 windows after the first


async def test_one_chat_gets_seven_a_second_and_sixty_in_thirty_seconds() -> None:
    clock = FakeTime()
    limiter = RateLimiter(TEAMS_LIMITS, margin=0.0, clock=clock, sleep=clock.sleep)
    times = []
    for _ in range(61):
        await limiter.acquire("chat")
        times.append(clock.now)
    assert most_in_any_window(times, 1.0) == 7
    assert most_in_any_window(times, 30.0) == 60
    assert times[-1] == 30.0
