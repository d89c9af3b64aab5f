"""Domain refusals as the Dutch user reads them: the code and values said by the catalogue."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from dialogs.texts import NL, say_refused
from domain.errors import Refused


@contextmanager
def refused_saying(kind: type[Refused], pattern: str) -> Iterator[None]:
    """Like pytest.raises(kind, match=pattern), matched against the refusal's Dutch text."""
    with pytest.raises(kind) as caught:
        yield
    said = say_refused(NL, caught.value)
    assert re.search(pattern, said), f"{pattern!r} not in {said!r}"
