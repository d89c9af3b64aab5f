"""The dialogs' state-snapshot trace, built only where someone receives it.

After every turn of the dialogs, `DialogExtensions.run_dialog` sends a trace activity holding
a snapshot of all dialog memory, meant for the Bot Framework Emulator. TurnContext deep-copies
it (the whole snapshot) before it reaches the adapter, and CloudAdapter then drops it: it
sends traces only on the Emulator's channel, and hands them back only to expectReplies
requests (in the buffered replies). About 160 µs a turn in the running app, for nothing.

`apply()` wraps the SDK's `_send_state_snapshot_trace` so that it returns at once where the
adapter would drop the trace: a CloudAdapterBase, another channel than the Emulator, no
expectReplies. Everywhere else (the Emulator, expectReplies, the TestAdapter of the dialog
tests, any other adapter) it runs as before. What changes besides the CPU: handlers
registered with `TurnContext.on_send_activities` no longer see the snapshot; the bot
registers none. Idempotent; `revert()` (LVS_STOCK_SDK=1) puts the SDK's own method back.
"""

from __future__ import annotations

import functools
from typing import Any

from botbuilder.core import CloudAdapterBase, TurnContext
from botbuilder.dialogs import DialogExtensions
from botbuilder.schema import DeliveryModes
from botframework.connector import Channels

_MARK = "_lvsbot_only_where_delivered"


def apply() -> bool:
    """Whether the SDK's method is now wrapped (False: an SDK without it, left alone)."""
    send_snapshot = getattr(DialogExtensions, "_send_state_snapshot_trace", None)
    if send_snapshot is None:
        return False
    if getattr(send_snapshot, _MARK, False):
        return True

    @functools.wraps(send_snapshot)
    async def only_where_delivered(dialog_context: Any) -> None:
        if not would_be_dropped(dialog_context.context):
            await send_snapshot(dialog_context)

    setattr(only_where_delivered, _MARK, True)
    DialogExtensions._send_state_snapshot_trace = staticmethod(only_where_delivered)
    return True


def revert() -> None:
    """The SDK's own method again, if apply() wrapped it."""
    wrapped = DialogExtensions.__dict__.get("_send_state_snapshot_trace")
    function = getattr(wrapped, "__func__", None)
    if getattr(function, _MARK, False):
        DialogExtensions._send_state_snapshot_trace = staticmethod(function.__wrapped__)


def would_be_dropped(turn: TurnContext) -> bool:
    """Whether a trace sent in this turn goes nowhere (CloudAdapterBase.send_activities and
    process_activity, botbuilder-core 4.17)."""
    activity = turn.activity
    return (isinstance(turn.adapter, CloudAdapterBase)
            and activity.channel_id != Channels.emulator
            and activity.delivery_mode != DeliveryModes.expect_replies)
