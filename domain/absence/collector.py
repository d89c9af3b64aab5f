"""The cyclic garbage collector paused while a batch of registrations is worked through.

A batch of 10,000 registrations makes a few hundred thousand short-lived objects (events,
states, rows) and no reference cycles: reference counting frees them all. Yet so many new
objects make Python's cyclic collector scan the whole heap a few times per batch, for nothing
(measured: ~30% of the ingest's CPU time, see BENCHMARKS.md). So it waits until the batch is
done. Batches may overlap (the API serves several at once): the collector resumes when the
last one ends, and only if it was running before the first began.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    running = 0  # batches inside paused() now
    was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    if _Pauses.running == 0:
        _Pauses.was_enabled = gc.isenabled()
        gc.disable()
    _Pauses.running += 1
    try:
        yield
    finally:
        _Pauses.running -= 1
        if _Pauses.running == 0 and _Pauses.was_enabled:
            gc.enable()
