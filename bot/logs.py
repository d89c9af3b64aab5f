"""Logging: plain lines or JSON (LVS_LOG_FORMAT=json), each with the request id of its turn.

Log records carry ids only (staff id, student number, activity id), never names or texts
from a student's file. Errors are logged as their type and where they were raised
(`error_summary`), never with their message: a database error's message can hold the
statement's values (a form's description) or the row it collided with.
"""

from __future__ import annotations

import contextvars
import json
import logging
import sys
import traceback
import uuid
from datetime import UTC, datetime

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


def new_request_id() -> str:
    value = uuid.uuid4().hex[:12]
    request_id.set(value)
    return value


_OUR_CODE = ("/bot/", "/dialogs/", "/domain/", "/storage/")


def error_summary(error: BaseException) -> str:
    """`IntegrityError at storage/logbook.py:57 in add`: the type and the innermost frame in
    our own code (the place to look), without the message."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if any(part in f.filename for part in _OUR_CODE)
            and "site-packages" not in f.filename
            and not f.filename.endswith("sqlite_inline.py")]  # the driver shim, not the caller
    frame = (ours or frames or [None])[-1]
    if frame is None:
        return type(error).__name__
    where = frame.filename
    for part in _OUR_CODE:
        if part in where:
            where = part.lstrip("/") + where.rsplit(part, 1)[1]
            break
    return f"{type(error).__name__} at {where}:{frame.lineno} in {frame.name}"


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


PLAIN = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


def configure(fmt: str = "plain", level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(PLAIN))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
