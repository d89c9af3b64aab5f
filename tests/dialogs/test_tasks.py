"""`taken` and `gedaan`: the protocol actions the absence engine gave out (late arrivals
ingested through the real use case), listed and ticked off in order by the right roles.
The prompt cards themselves, delivered by the outbox worker: tests/e2e/test_prompts.py."""

from __future__ import annotations

from domain.notify.ports import TaskRecord
from domain.roles import Role
from tests.dialogs.driver import DialogBot
from tests.dialogs.school import School
from tests.support.school import DOCENT, MENTOR, VC

PARENTS = "Licht ouders en leerling in"
INVITATION = "Meldt de leerling aan bij de leerplicht"


def task(school: School, role: Role, action: str) -> TaskRecord:
    """The latest open task of this role whose action starts so."""
    return [t for t in school.uow.absences.tasks.values()
            if t.task.role is role and t.task.action.startswith(action)][-1]


async def test_only_the_role_an_action_belongs_to_may_tick_it(
    bot: DialogBot, school: School,
) -> None:
    await school.register_lates(9)
    parents = task(school, Role.MENTOR, PARENTS)
    docent = bot.chat(DOCENT)
    [refused] = await docent.say(f"gedaan {parents.id}")
    assert refused.is_("TASK_NOT_YOURS", role="mentor")
    [unknown] = await docent.say("gedaan 999999")
    assert unknown.is_("TASK_NOT_FOUND")
    [usage] = await docent.say("gedaan")
    assert usage.is_("TASK_USAGE")


async def test_the_lpa_invitation_waits_until_parents_are_told(
    bot: DialogBot, school: School,
) -> None:
    await school.register_lates(9)
    invitation = task(school, Role.VERZUIMCOORDINATOR, INVITATION)
    coordinator = bot.chat(VC)
    [blocked] = await coordinator.say(f"gedaan {invitation.id}")
    assert blocked.starts_with("TASK_BLOCKED")
    assert PARENTS in blocked.text
    [told] = await bot.chat(MENTOR).say(f"gedaan {task(school, Role.MENTOR, PARENTS).id}")
    assert told.starts_with("TASK_DONE", name="Marieke Jansen") and PARENTS in told.text
    [done] = await coordinator.say(f"gedaan #{invitation.id}")
    assert done.is_("TASK_DONE", action=invitation.task.action, name="Vincent Mulder")


async def test_taken_lists_open_actions_overdue_first(bot: DialogBot, school: School) -> None:
    await school.register_lates(6)
    await school.register_lates(3, first=6)
    school.clock.current = school.clock.current.replace(day=30)  # the 6th's action is overdue
    chat = bot.chat(MENTOR)
    [answer] = await chat.say("mijn taken")
    assert answer.says("TASKS_HEADING", count=2)
    assert answer.shown.index("6e keer") < answer.shown.index("9e keer")
    assert answer.says("OVERDUE", day="28-11-2026")
    titles = [chat.text(key) for key in ("BUTTON_DONE", "BUTTON_REPORT", "PROMPT_BUTTON_LOGBOOK")]
    assert [title for title, _ in answer.buttons if title in titles] == titles * 2


async def test_taken_and_gedaan_are_in_the_audit_log(bot: DialogBot, school: School) -> None:
    await school.register_lates(3)
    chat = bot.chat(VC)
    await chat.say("taken")
    first = task(school, Role.VERZUIMCOORDINATOR, "")
    await chat.say(f"gedaan {first.id}")
    assert [(e.action.value, e.student_number, dict(e.detail)) for e in school.audit(VC, "read")
            + school.audit(VC, "write")] == [
        ("read", "100001", {"tasks": "open"}),
        ("write", "100001", {"task_done": first.id, "action": first.task.action})]


async def test_without_open_tasks_taken_says_so_in_english_too(bot: DialogBot) -> None:
    [dutch] = await bot.chat(MENTOR).say("taken")
    [english] = await bot.chat(MENTOR, locale="en-US").say("my tasks")
    assert dutch.is_("NO_TASKS") and english.is_("NO_TASKS")
    assert english.text == "You have no open tasks."


async def test_an_english_user_reads_taken_and_gedaan_in_english(
    bot: DialogBot, school: School,
) -> None:
    await school.register_lates(6)
    chat = bot.chat(MENTOR, locale="en-US")
    [listed] = await chat.say("tasks")
    headline = chat.text("HEADLINE_LATE", n=6)  # shown as the card's capitalised headline
    assert listed.says("TASKS_HEADING", count=1)
    assert headline[0].upper() + headline[1:] in listed.shown
    [refused] = await bot.chat(DOCENT, locale="en-US").say(
        f"done {task(school, Role.MENTOR, '').id}")
    assert refused.is_("TASK_NOT_YOURS", role="mentor")
    assert refused.text == "This task is for the mentor, not for you."
