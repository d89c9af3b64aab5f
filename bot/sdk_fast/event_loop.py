"""The event loop `lvsbot serve` runs on: uvloop where it is installed (Linux and macOS),
else asyncio's own.

Why: a turn is mostly small steps on the loop (socket reads and writes, callbacks, futures);
uvloop does that bookkeeping in C. Measured here it took about a tenth off a turn's CPU
(BENCHMARKS.md, "Turns"). Nothing in the bot depends on which loop runs it; the tests run
on asyncio's loop, `tests/e2e/test_shutdown.py` serves on this one.
"""

from __future__ import annotations

import asyncio


def new_event_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop
    except ImportError:  # Windows, or installed without it: asyncio's loop does the same work
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()
