"""Whole conversations without HTTP or a database: the bot's real dialogs on botbuilder's
TestAdapter, the domain's real use cases on in-memory fakes.

Modelled on BotBuilder's DialogTestClient (botbuilder-testing, which we do not install: it
pins pytest and pulls in botbuilder-azure). A turn runs as bot/handler.py runs it: the staff
member in turn_state, the ConversationState beside it, DialogExtensions.run_dialog, the
state saved. The state lives in a JsonStorage, so it round-trips through JSON as in
production; `DialogBot.restart()` builds everything again on the same documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from botbuilder.core import ConversationState, TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.dialogs import DialogExtensions
from botbuilder.schema import Activity, Attachment, ChannelAccount, ConversationAccount

from bot.registry import build_dialogs
from dialogs.common.context import STAFF_KEY, Services
from dialogs.export.file_offer import FileOffers
from dialogs.texts import language_of
from domain.absence.loader import default_protocol
from tests.dialogs.json_storage import JsonStorage
from tests.dialogs.school import School, staff_of
from tests.support import catalogue
from tests.support.school import Person

ADAPTIVE = "application/vnd.microsoft.card.adaptive"
TEAMS_FILE = "application/vnd.microsoft.teams.file.download.info"
TENANT = "tenant-school-0001"


class DialogBot:
    """The dialogs as the bot builds them, over the school's fakes and one JSON store."""

    def __init__(self, school: School) -> None:
        self.school = school
        self.storage = JsonStorage()
        self.restart()

    def restart(self) -> None:
        """A new process: dialogs, offers and state objects built again; the stored state
        (and the school's data) stay."""
        services = Services(uow=lambda: self.school.uow, now=self.school.clock)
        self.offers = FileOffers()
        self.dialog, self.commands = build_dialogs(services, self.offers, default_protocol())
        self.state = ConversationState(self.storage)

    def chat(self, person: Person, locale: str = "nl-NL") -> DialogDriver:
        """This person's personal chat with the bot, their client set to `locale`."""
        return DialogDriver(self, person, locale)


class DialogDriver:
    def __init__(self, bot: DialogBot, person: Person, locale: str) -> None:
        self._bot, self.person, self.locale = bot, person, locale
        self.lang = language_of(locale)
        self.adapter = TestAdapter(self._turn, _template(person, locale))

    async def _turn(self, turn: TurnContext) -> None:
        state = self._bot.state
        turn.turn_state[STAFF_KEY] = staff_of(self.person)
        turn.turn_state[ConversationState.__name__] = state
        await DialogExtensions.run_dialog(self._bot.dialog, turn,
                                          state.create_property("DialogState"))
        await state.save_changes(turn)

    async def say(self, text: str) -> list[Reply]:
        return await self.send(Activity(text=text))

    async def submit(self, value: dict[str, Any]) -> list[Reply]:
        """A card's Action.Submit: no text, the card's data and inputs as the value."""
        return await self.send(Activity(text="", value=value))

    async def send_file(self, name: str, size: int | None = None) -> list[Reply]:
        """A file attached in the chat, as Teams delivers it (a download link)."""
        content: dict[str, Any] = {"downloadUrl": f"https://files.school.test/{name}",
                                   "uniqueId": "file-1", "fileType": name.rsplit(".", 1)[-1]}
        if size is not None:
            content["size"] = size
        file = Attachment(content_type=TEAMS_FILE, name=name, content=content,
                          content_url=f"https://school.sharepoint.test/{name}")
        return await self.send(Activity(text="", attachments=[file]))

    async def send(self, activity: Activity) -> list[Reply]:
        """One turn; what the bot sent during it."""
        self.adapter.activity_buffer.clear()
        await self.adapter.receive_activity(activity)
        return [Reply(sent, self.lang) for sent in self.adapter.activity_buffer]

    async def conversation(self, *messages: str) -> list[Reply]:
        """Say each message in turn; every reply, in order."""
        replies: list[Reply] = []
        for message in messages:
            replies += await self.say(message)
        return replies

    def text(self, key: str, **values: object) -> str:
        """The catalogue's text for `key` in this chat's language."""
        return catalogue.text(self.lang, key, **values)


def _template(person: Person, locale: str) -> Activity:
    """What every activity of this chat carries, shaped as Teams sends it."""
    return Activity(
        channel_id="msteams", service_url="https://smba.test/emea/", locale=locale,
        from_property=ChannelAccount(id=person.teams_id, name=person.name,
                                     aad_object_id=person.aad),
        recipient=ChannelAccount(id="28:lvsbot-test", name="lvsbot"),
        conversation=ConversationAccount(id=f"a:personal-{person.aad}",
                                         conversation_type="personal", tenant_id=TENANT),
        channel_data={"tenant": {"id": TENANT}},
    )


@dataclass
class Reply:
    """One activity the bot sent, read by text key."""

    activity: Activity
    lang: str

    @property
    def text(self) -> str:
        return self.activity.text or ""

    @property
    def cards(self) -> list[dict[str, Any]]:
        return [a.content for a in self.activity.attachments or []
                if a.content_type == ADAPTIVE]

    @property
    def shown(self) -> str:
        """The text and every text on its cards, one per line: all the user reads."""
        return "\n".join([self.text, *(t for card in self.cards for t in _texts(card))])

    @property
    def buttons(self) -> list[tuple[str, dict[str, Any]]]:
        """(title, submitted data) of every submit button on the cards, in order."""
        return [(action.get("title", ""), action.get("data", {})) for card in self.cards
                for action in _actions(card) if action.get("type") == "Action.Submit"]

    def button(self, title: str) -> dict[str, Any]:
        """What the first button with this title submits."""
        return next(data for shown, data in self.buttons if shown == title)

    def says(self, key: str, **values: object) -> bool:
        """The key's text (values left out match anything) is part of what is shown."""
        return catalogue.pattern(self.lang, key, **values).search(self.shown) is not None

    def starts_with(self, key: str, **values: object) -> bool:
        return catalogue.pattern(self.lang, key, **values).match(self.text) is not None

    def is_(self, key: str, **values: object) -> bool:
        """The reply is exactly the key's text and nothing more."""
        return catalogue.pattern(self.lang, key, **values).fullmatch(self.text) is not None

    def __repr__(self) -> str:
        return f"Reply({self.shown!r})"


def _texts(node: Any) -> list[str]:
    """The strings a card shows: texts, titles (facts, buttons, choices), input labels and
    values (facts, inputs; not a choice's value, which is what it submits)."""
    if isinstance(node, dict):
        keys = ("text", "title", "label") + (
            () if node.get("type") == "Input.ChoiceSet" else ("value",))
        own = [node[key] for key in keys if isinstance(node.get(key), str)]
        inner = [t for key, value in node.items() if key not in ("data", "choices")
                 for t in _texts(value)]
        return own + inner + [choice["title"] for choice in node.get("choices", [])]
    if isinstance(node, list):
        return [t for value in node for t in _texts(value)]
    return []


def _actions(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if str(node.get("type", "")).startswith("Action.") else []
        return own + [a for value in node.values() for a in _actions(value)]
    if isinstance(node, list):
        return [a for value in node for a in _actions(value)]
    return []
