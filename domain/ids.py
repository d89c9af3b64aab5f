"""Time-ordered unique ids: UUID version 7 (RFC 9562), from the moment passed in.

Random ids (version 4) land all over an index: a batch that writes 20,000 signals and logbook
forms dirties thousands of index pages, and the database writes each of them. Ids that grow
with time land at the end of the index, on a few pages. Within one moment (one batch has one
`now`) each id still grows: by a random step past the one before, so ids stay hard to guess.
"""

from __future__ import annotations

import os
from datetime import datetime

_RANDOM_BITS = 74  # 12 bits rand_a + 62 bits rand_b; version and variant bits sit between
_STEP_BITS = 16


class _Sequence:
    last = 0  # the milliseconds and random bits of the last id, as one number


def ordered_id(now: datetime) -> str:
    """A new id, greater than every id made before in this process."""
    milliseconds = int(now.timestamp() * 1000)
    bits = int.from_bytes(os.urandom(12))  # 96 random bits in one call: 74 + 16 needed
    candidate = (milliseconds << _RANDOM_BITS) | (bits & ((1 << _RANDOM_BITS) - 1))
    step = 1 + (bits >> _RANDOM_BITS & ((1 << _STEP_BITS) - 1))
    _Sequence.last = value = max(candidate, _Sequence.last + step)
    return _as_uuid7(value)


def _as_uuid7(value: int) -> str:
    milliseconds, rand_a, rand_b = value >> 74, (value >> 62) & 0xFFF, value & ((1 << 62) - 1)
    hexed = f"{(milliseconds << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b:032x}"
    return f"{hexed[:8]}-{hexed[8:12]}-{hexed[12:16]}-{hexed[16:20]}-{hexed[20:]}"
