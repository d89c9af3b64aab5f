"""A fake Bot Connector on loopback: records what the bot sends, answers like Teams,
and can fail on demand (429 with Retry-After, 500) to test retries."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from domain.notify.rate_limits import RateLimit, Scope
from tests.support.servers import serve


@dataclass
class Sent:
    method: str
    path: str
    conversation_id: str
    body: dict[str, Any]
    authorization: str | None
    answered_id: str = ""  # the activity id the connector gave it

    @property
    def text(self) -> str:
        return str(self.body.get("text") or "")

    @property
    def cards(self) -> list[dict[str, Any]]:
        return [a["content"] for a in self.body.get("attachments") or []
                if a.get("contentType") == "application/vnd.microsoft.card.adaptive"]


@dataclass(frozen=True)
class Upload:
    content: bytes
    content_range: str | None


@dataclass
class FakeConnector:
    url: str = ""
    sent: list[Sent] = field(default_factory=list)
    members: dict[str, dict[str, Any]] = field(default_factory=dict)  # Teams user id → member
    failures: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    conversations_created: list[dict[str, Any]] = field(default_factory=list)
    not_installed: set[str] = field(default_factory=set)  # aad ids: opening a chat gets 403
    # Teams' limits, enforced like Teams does (429) when set; `throttled` counts refusals.
    limits: tuple[RateLimit, ...] = ()
    throttled: int = 0
    _arrivals: dict[tuple[int, str], deque[float]] = field(default_factory=dict)
    uploads: dict[str, Upload] = field(default_factory=dict)  # file name → what was PUT
    delay_seconds: float = 0.0  # a slow Teams: each send waits this long before it is answered
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)

    def fail_next(self, status: int, times: int = 1, retry_after: float | None = None) -> None:
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        self.failures.extend([(status, headers)] * times)

    def texts(self) -> list[str]:
        return [s.text for s in self.sent if s.method == "POST"]

    def take(self) -> list[Sent]:
        """What was sent since the last take."""
        taken, self.sent = self.sent, []
        return taken

    async def wait_for(self, count: int, seconds: float = 10.0) -> list[Sent]:
        async def enough() -> None:
            while len(self.sent) < count:
                self._arrived.clear()
                await self._arrived.wait()

        await asyncio.wait_for(enough(), seconds)
        return list(self.sent)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v3/conversations/{cid}/activities", self._activity)
        app.router.add_post("/v3/conversations/{cid}/activities/{aid}", self._activity)
        app.router.add_put("/v3/conversations/{cid}/activities/{aid}", self._activity)
        app.router.add_get("/v3/conversations/{cid}/members/{mid}", self._member)
        app.router.add_post("/v3/conversations", self._create_conversation)
        app.router.add_put("/upload/{name}", self._upload)
        return app

    def upload_url(self, name: str) -> str:
        """Where Teams would let the bot PUT a file the user accepted (OneDrive's role)."""
        return f"{self.url}upload/{name}"

    async def _upload(self, request: web.Request) -> web.Response:
        failure = self._next_failure()
        if failure is not None:
            return failure
        name = request.match_info["name"]
        self.uploads[name] = Upload(await request.read(), request.headers.get("Content-Range"))
        return web.json_response({"name": name}, status=201)

    async def _activity(self, request: web.Request) -> web.Response:
        if self.delay_seconds:
            await asyncio.sleep(self.delay_seconds)
        failure = self._next_failure() or self._over_limit(request.match_info["cid"])
        if failure is not None:
            return failure
        body = await request.json()
        answered_id = request.match_info.get("aid") if request.method == "PUT" else None
        answered_id = answered_id or f"sent-{next(self._ids)}"
        self.sent.append(Sent(request.method, request.path, request.match_info["cid"], body,
                              request.headers.get("Authorization"), answered_id))
        self._arrived.set()
        return web.json_response({"id": answered_id})

    async def _member(self, request: web.Request) -> web.Response:
        member = self.members.get(request.match_info["mid"])
        if member is None:
            return web.json_response({"error": {"code": "MemberNotFoundInConversation"}},
                                     status=404)
        return web.json_response(member)

    async def _create_conversation(self, request: web.Request) -> web.Response:
        failure = self._next_failure()
        if failure is not None:
            return failure
        body = await request.json()
        if any(member.get("aadObjectId") in self.not_installed
               for member in body.get("members") or []):
            return web.json_response({"error": {"code": "Forbidden"}}, status=403)
        self.conversations_created.append(body)
        return web.json_response({"id": f"a:created-{next(self._ids)}"})

    def _over_limit(self, conversation_id: str) -> web.Response | None:
        """A sliding window per limit; a refused message does not count against it."""
        now = time.monotonic()
        windows = []
        for index, limit in enumerate(self.limits):
            key = (index, conversation_id if limit.scope is Scope.CONVERSATION else "")
            window = self._arrivals.setdefault(key, deque())
            while window and window[0] <= now - limit.seconds:
                window.popleft()
            if len(window) >= limit.messages:
                self.throttled += 1
                wait = window[-limit.messages] + limit.seconds - now
                return web.json_response({"error": {"code": "Throttled"}}, status=429,
                                         headers={"Retry-After": f"{max(wait, 0.01):.2f}"})
            windows.append(window)
        for window in windows:
            window.append(now)
        return None

    def _next_failure(self) -> web.Response | None:
        if not self.failures:
            return None
        status, headers = self.failures.pop(0)
        return web.json_response({"error": {"code": "Throttled"}}, status=status,
                                 headers=headers)


@asynccontextmanager
async def running_connector(
    limits: tuple[RateLimit, ...] = (),
) -> AsyncIterator[FakeConnector]:
    connector = FakeConnector(limits=limits)
    async with serve(connector.app()) as url:
        connector.url = url + "/"
        yield connector
