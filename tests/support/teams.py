"""Activities shaped as Microsoft Teams sends them to /api/messages."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

from tests.support.school import Person

TENANT = "tenant-school-0001"
BOT_ID = "28:lvsbot-test"
_ids = itertools.count(1)
# Activity ids never repeat, not even across runs on one database: the bot ignores a replay.
_RUN = uuid.uuid4().hex[:8]


def base(kind: str, person: Person, service_url: str, *, conversation_type: str = "personal",
         conversation_id: str | None = None, locale: str = "nl-NL",
         tenant: str = TENANT) -> dict[str, Any]:
    return {
        "type": kind,
        "id": f"act-{_RUN}-{next(_ids)}",
        "timestamp": "2026-11-22T10:00:00.000Z",
        "serviceUrl": service_url,
        "channelId": "msteams",
        "from": {"id": person.teams_id, "name": person.name, "aadObjectId": person.aad},
        "conversation": {
            "id": conversation_id or f"a:personal-{person.aad}",
            "conversationType": conversation_type,
            "tenantId": tenant,
            **({"isGroup": True} if conversation_type != "personal" else {}),
        },
        "recipient": {"id": BOT_ID, "name": "lvsbot"},
        "channelData": {"tenant": {"id": tenant}},
        "locale": locale,
    }


def message(person: Person, service_url: str, text: str = "", *,
            value: dict[str, Any] | None = None, platform: str | None = None,
            **options: Any) -> dict[str, Any]:
    """`platform`: the clientInfo entity's (desktop, web, android, ios); None: no entity."""
    activity = base("message", person, service_url, **options)
    activity["text"] = text
    activity["textFormat"] = "plain"
    entities: list[dict[str, Any]] = []
    if "<at>lvsbot</at>" in text:  # Teams marks an @mention of the bot with an entity
        entities.append({"type": "mention", "text": "<at>lvsbot</at>",
                         "mentioned": {"id": BOT_ID, "name": "lvsbot"}})
    if platform is not None:  # which client sent it, as Teams says on every message
        entities.append({"type": "clientInfo", "locale": activity["locale"], "country": "NL",
                         "platform": platform, "timezone": "Europe/Amsterdam"})
    if entities:
        activity["entities"] = entities
    if value is not None:
        activity["value"] = value
    return activity


def installation(person: Person, service_url: str, **options: Any) -> dict[str, Any]:
    activity = base("installationUpdate", person, service_url, **options)
    activity["action"] = "add"
    return activity


def bot_added(person: Person, service_url: str, **options: Any) -> dict[str, Any]:
    activity = base("conversationUpdate", person, service_url, **options)
    activity["membersAdded"] = [{"id": BOT_ID}]
    activity["channelData"]["eventType"] = None
    return activity


def file_consent(person: Person, service_url: str, action: str, context: dict[str, Any],
                 upload_url: str = "", name: str = "", **options: Any) -> dict[str, Any]:
    """The invoke Teams sends when the user accepts or declines a FileConsentCard."""
    activity = base("invoke", person, service_url, **options)
    activity["name"] = "fileConsent/invoke"
    activity["value"] = {"type": "fileUpload", "action": action, "context": context}
    if action == "accept":
        activity["value"]["uploadInfo"] = {
            "name": name, "uploadUrl": upload_url, "uniqueId": "1150D938-8870-4044-9F2C",
            "contentUrl": f"https://school-my.sharepoint.test/personal/{name}",
            "fileType": name.rsplit(".", 1)[-1]}
    return activity


def message_payload(html: str, author: str = "Pieter Bakker",
                    sent: str = "2026-11-23T08:12:00.000Z") -> dict[str, Any]:
    """`value.messagePayload`: the Teams message a message action was started on."""
    return {"id": "1732349520000", "messageType": "message", "createdDateTime": sent,
            "importance": "normal", "locale": "nl-nl", "attachments": [], "mentions": [],
            "from": {"user": {"id": "aad-author", "displayName": author,
                              "userIdentityType": "aadUser"}},
            "body": {"contentType": "html", "content": html}}


def message_action(person: Person, service_url: str, name: str, payload: dict[str, Any],
                   data: dict[str, Any] | None = None, command: str = "addToLogbook",
                   **options: Any) -> dict[str, Any]:
    """`composeExtension/fetchTask` or `/submitAction` for a message action, by default from
    a group chat: where colleagues' messages usually are."""
    options.setdefault("conversation_type", "groupChat")
    options.setdefault("conversation_id", "19:group-chat-staff@thread.v2")
    activity = base("invoke", person, service_url, **options)
    activity["name"] = f"composeExtension/{name}"
    activity["value"] = {"commandId": command, "commandContext": "message",
                         "context": {"theme": "default"}, "messagePayload": payload}
    if data is not None:
        activity["value"]["botMessagePreviewAction"] = None
        activity["value"]["data"] = data
    return activity
