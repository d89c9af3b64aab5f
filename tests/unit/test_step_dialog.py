"""StepDialog through botbuilder's TestAdapter: steps declared as data, navigated by object.

A three-question dialog (name, colour, size) whose colour step is skipped when the name
says so; no HTTP, no database: only the dialog machinery of dialogs/common/steps.py.
"""

from __future__ import annotations

from botbuilder.core import ConversationState, MemoryStorage, MessageFactory, TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.dialogs import DialogSet, DialogTurnResult, DialogTurnStatus, WaterfallStepContext

from dialogs.common.steps import Run, Step, StepDialog
from dialogs.texts import NL, say


class ThreeQuestions(StepDialog):
    def __init__(self) -> None:
        self.name = Step("name", self._question("name?"), self._take_name)
        self.colour = Step("colour", self._question("colour?"), self._take_any,
                           skip=self._no_colour)
        self.size = Step("size", self._question("size?"), self._take_size)
        super().__init__("three", [self.name, self.colour, self.size])

    def _question(self, text: str) -> Run:
        async def ask(wc: WaterfallStepContext) -> DialogTurnResult:
            return await self.ask(wc, MessageFactory.text(text))
        return ask

    async def _no_colour(self, wc: WaterfallStepContext) -> bool:
        return bool(wc.values.get("name") == "plain")

    async def _take_name(self, wc: WaterfallStepContext) -> DialogTurnResult:
        wc.values["name"] = wc.result["text"]
        return await self.proceed(wc)

    async def _take_any(self, wc: WaterfallStepContext) -> DialogTurnResult:
        return await self.proceed(wc)

    async def _take_size(self, wc: WaterfallStepContext) -> DialogTurnResult:
        if not wc.result["text"].isdigit():
            return await self.again(wc, "a number, please")
        if wc.result["text"] == "0":
            return await self.go(wc, self.name)
        await wc.context.send_activity(f"done: {wc.values['name']} {wc.result['text']}")
        return await wc.end_dialog()


def adapter() -> TestAdapter:
    state = ConversationState(MemoryStorage())
    dialogs = DialogSet(state.create_property("dialogs"))
    dialogs.add(ThreeQuestions())

    async def turn(context: TurnContext) -> None:
        dc = await dialogs.create_context(context)
        result = await dc.continue_dialog()
        if result.status == DialogTurnStatus.Empty:
            await dc.begin_dialog("three")
        await state.save_changes(context)

    return TestAdapter(turn)


async def test_a_skipped_step_is_not_asked_and_terug_passes_over_it() -> None:
    chat = adapter()
    flow = await chat.test("start", "name?")
    flow = await flow.test("plain", "size?")
    flow = await flow.test("terug", "name?")
    flow = await flow.test("fancy", "colour?")
    flow = await flow.test("red", "size?")
    await flow.test("3", "done: fancy 3")


async def test_again_asks_the_current_question_and_go_asks_the_named_step() -> None:
    chat = adapter()
    flow = await chat.test("start", "name?")
    flow = await flow.test("plain", "size?")
    flow = await flow.send("big")
    flow = await flow.assert_reply("a number, please")
    flow = await flow.assert_reply("size?")
    flow = await flow.test("0", "name?")
    flow = await flow.test("plain", "size?")
    await flow.test("7", "done: plain 7")


async def test_help_explains_the_current_step_and_annuleer_stops() -> None:
    chat = adapter()
    flow = await chat.test("start", "name?")
    flow = await flow.test("help", f"\n\n{say(NL, 'HELP_TAIL')}")
    flow = await flow.test("annuleer", say(NL, "CANCELLED"))
    await flow.test("again", "name?")
