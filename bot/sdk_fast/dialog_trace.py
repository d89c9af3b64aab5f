"""The dialogs' state-snapshot trace, built only where someone receives it; applied at app
creation, like bot/sdk_fast/msrest_patch.py.

After every turn of the dialogs, `DialogExtensions.run_dialog` sends a trace activity holding
a snapshot of all dialog memory, meant for the Bot Framework Emulator. TurnContext deep-copies
it (the whole snapshot) before it reaches the adapter, and CloudAdapter then drops it: it
sends traces only on the Emulator's channel, and hands them back only to expectReplies
requests (in the buffered replies). In py-spy that was 3 to 4 % of a `help` turn's CPU and
2 to 3 % of a `logboek` turn's (about 160 µs a turn in the running app), for nothing.

`apply()` wraps the SDK's `_send_state_snapshot_trace` so that it returns at once where the
adapter would drop the trace: a CloudAdapterBase, another channel than the Emulator, no
expectReplies. Everywhere else (the Emulator, expectReplies, the TestAdapter of the dialog
tests, any other adapter) it runs as before. What changes besides the CPU: handlers
registered with `TurnContext.on_send_activities` no longer see the snapshot; the bot
registers none. Idempotent; nothing else in the SDK is touched.
"""

from __future__ import annotations

import functools
from typing import Any

from botbuilder.core import CloudAdapterBase, TurnContext
from botbuilder.dialogs import DialogExtensions
from botbuilder.schema import DeliveryModes
from botframework.connector import Channels

_MARK = "_lvsbot_only_where_delivered"


def apply() -> None:
    send_snapshot = DialogExtensions._send_state_snapshot_trace
    if getattr(send_snapshot, _MARK, False):
        return

    @functools.wraps(send_snapshot)
    async def only_where_delivered(dialog_context: Any) -> None:
        if not would_be_dropped(dialog_context.context):
            await send_snapshot(dialog_context)

    setattr(only_where_delivered, _MARK, True)
    DialogExtensions._send_state_snapshot_trace = staticmethod(only_where_delivered)


def would_be_dropped(turn: TurnContext) -> bool:
    """Whether a trace sent in this turn goes nowhere (CloudAdapterBase.send_activities and
    process_activity, botbuilder-core 4.17)."""
    activity = turn.activity
    return (isinstance(turn.adapter, CloudAdapterBase)
            and activity.channel_id != Channels.emulator
            and activity.delivery_mode != DeliveryModes.expect_replies)
