"""The driver's own promises: state is stored as plain JSON, and a stale write is refused."""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogs.json_storage import JsonStorage, NotPlainState, StaleWrite
from tests.dialogs.school import STUDENTS


async def write_state(storage: JsonStorage, value: object) -> None:
    await storage.write({"conversation": {"DialogState": value}})


@pytest.mark.parametrize("value", [STUDENTS[0], {1, 2}, date(2027, 7, 31)],
                         ids=["domain object", "set", "date"])
async def test_state_that_only_survives_a_deepcopy_fails(value: object) -> None:
    with pytest.raises(NotPlainState):
        await write_state(JsonStorage(), {"values": {"student": value}})


async def test_plain_state_comes_back_equal_and_a_stale_write_is_refused() -> None:
    storage = JsonStorage()
    value = {"values": {"student": "100001", "choices": [("Jan", "100001")]}}
    await write_state(storage, value)
    [(etag, _)] = storage.documents.values()
    read = await storage.read(["conversation"])
    assert read["conversation"] == {"DialogState": value, "e_tag": etag}
    await storage.write({"conversation": {"DialogState": {}, "e_tag": etag}})
    with pytest.raises(StaleWrite):  # another turn saved since `etag` was read
        await storage.write({"conversation": {"DialogState": {}, "e_tag": etag}})

