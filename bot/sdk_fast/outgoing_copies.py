"""Outgoing messages copied shallowly instead of deep-copied on every send.

TurnContext.send_activities (botbuilder-core 4.17) deep-copies each activity a turn sends, so
that addressing it (apply_conversation_reference: channel, locale, serviceUrl, conversation,
from, recipient, replyToId) and the send defaults (type, inputHint, id) leave the caller's
activity as it was. Those steps, and CloudAdapterBase.send_activities after them, only
*assign* attributes of the copy; none changes an object inside it. For a message a shallow
copy protects the caller's activity as well, without walking the whole card: a logbook
card of ten forms is a few thousand objects (about 0.4 ms of a `logboek` turn's CPU).

`apply()` replaces the name `deepcopy` in botbuilder.core.turn_context (used there only in
send_activities) by `outgoing_copy`: a shallow copy for a message Activity, `copy.deepcopy`
for anything else (a trace's value is live dialog memory, so traces are still deep-copied).
`revert()` puts `copy.deepcopy` back (LVS_STOCK_SDK=1).
"""

from __future__ import annotations

import copy
from typing import Any

from botbuilder.core import turn_context
from botbuilder.schema import Activity, ActivityTypes


def outgoing_copy(value: Any, memo: dict[int, Any] | None = None) -> Any:
    if type(value) is Activity and value.type in (None, ActivityTypes.message):
        return copy.copy(value)
    return copy.deepcopy(value, memo)


def apply() -> bool:
    """Whether turn_context now copies with outgoing_copy (False: this botbuilder-core
    does not copy through a module-level `deepcopy`; left alone)."""
    if turn_context.__dict__.get("deepcopy") not in (copy.deepcopy, outgoing_copy):
        return False
    turn_context.deepcopy = outgoing_copy  # type: ignore[attr-defined]
    return True


def revert() -> None:
    if turn_context.__dict__.get("deepcopy") is outgoing_copy:
        turn_context.deepcopy = copy.deepcopy  # type: ignore[attr-defined]
