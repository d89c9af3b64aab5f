"""The tests' clock: a fixed moment in the school's time zone that a test may move on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@dataclass
class Clock:
    current: datetime = datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM)

    def __call__(self) -> datetime:
        return self.current
