"""bot/sdk_fast/outgoing_copies.py: a message sent through TurnContext goes out exactly as
with the SDK's deep copy, and the caller's activity is left as it was; traces are still
deep-copied."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from botbuilder.core import BotAdapter, TurnContext, turn_context
from botbuilder.schema import (
    Activity,
    Attachment,
    ChannelAccount,
    ConversationAccount,
    ResourceResponse,
)

from bot.sdk_fast import outgoing_copies
from tests.support import teams
from tests.support.school import MENTOR


class RecordingAdapter(BotAdapter):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[Activity] = []

    async def send_activities(self, context: TurnContext, activities: list[Activity]
                              ) -> list[ResourceResponse]:
        self.sent.extend(activities)
        return [ResourceResponse(id=str(n)) for n, _ in enumerate(activities)]

    async def update_activity(self, context: TurnContext, activity: Activity) -> None:
        raise AssertionError("not used")

    async def delete_activity(self, context: TurnContext, reference: Any) -> None:
        raise AssertionError("not used")


@pytest.fixture
def stock_then_fast() -> Iterator[None]:
    outgoing_copies.revert()
    yield
    outgoing_copies.apply()


INCOMING = teams.message(MENTOR, "http://127.0.0.1:9/", "logboek Jan de Vries")


def incoming() -> Activity:
    return Activity().deserialize(INCOMING)


def card_reply() -> Activity:
    card = {"type": "AdaptiveCard", "version": "1.5",
            "body": [{"type": "TextBlock", "text": f"formulier {n}", "items": [{"n": n}]}
                     for n in range(20)]}
    return Activity(type="message", text="Logboek",
                    attachments=[Attachment(
                        content_type="application/vnd.microsoft.card.adaptive", content=card)],
                    from_property=ChannelAccount(id="caller"),
                    conversation=ConversationAccount(id="caller's"))


async def send(reply: Activity) -> Activity:
    adapter = RecordingAdapter()
    await TurnContext(adapter, incoming()).send_activity(reply)
    [sent] = adapter.sent
    return sent


async def test_a_message_goes_out_as_the_sdks_deep_copy_sends_it(stock_then_fast: None) -> None:
    stock_reply = card_reply()
    stock = await send(stock_reply)
    assert outgoing_copies.apply()
    fast_reply = card_reply()
    fast = await send(fast_reply)
    assert fast.serialize() == stock.serialize()
    assert fast is not fast_reply
    assert fast.attachments is fast_reply.attachments  # shallow: the card was not walked
    assert fast_reply.serialize() == stock_reply.serialize() == card_reply().serialize()


async def test_a_trace_is_still_deep_copied() -> None:
    assert outgoing_copies.apply()
    memory = {"dialogs": {"stack": [1, 2]}}
    trace = Activity(type="trace", name="state", value=memory)
    sent = await send(trace)
    assert sent.value == memory and sent.value is not memory


def test_apply_and_revert_follow_each_other() -> None:
    assert outgoing_copies.apply() and outgoing_copies.apply()
    assert turn_context.deepcopy is outgoing_copies.outgoing_copy
    outgoing_copies.revert()
    assert turn_context.deepcopy is copy.deepcopy
    assert outgoing_copies.apply()
