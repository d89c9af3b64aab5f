"""Logs: one JSON object per line on request, each with the request id of its turn."""

from __future__ import annotations

import json
import logging

from bot import logs


def record(message: str) -> logging.LogRecord:
    return logging.LogRecord("bot.teams.handler", logging.INFO, __file__, 1, message, (), None)


def test_a_json_line_carries_the_request_id_of_its_turn() -> None:
    rid = logs.new_request_id()
    line = logs.RequestIdFilter().filter(entry := record("refused an activity")) and \
        logs.JsonFormatter().format(entry)
    parsed = json.loads(line)
    assert parsed["request_id"] == rid
    assert parsed["message"] == "refused an activity" and parsed["level"] == "INFO"


def test_each_turn_gets_its_own_request_id() -> None:
    assert logs.new_request_id() != logs.new_request_id()
