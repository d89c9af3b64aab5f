"""One signal where the protocol would give the same people the same tasks twice
(DOMAIN.md §3, Decision (revised)): per-hour truancy makes one signal per student per day,
naming that day's hours; and two rules whose steps coincide on the same day for the same
student (sick reports and sick pattern; the 7th truancy hour and 3 days in a row) make one
signal naming both reasons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from domain.absence.protocol import RuleId
from domain.absence.signals import Signal, Task

PER_DAY = frozenset({RuleId.TRUANCY})  # rules whose every count fires: one signal a day


def merged(signals: Sequence[Signal]) -> list[Signal]:
    return _merge_where(_merge_where(list(signals), _same_day_per_hour), _same_tasks)


def _merge_where(signals: list[Signal], fits: Callable[[Signal, Signal], bool]) -> list[Signal]:
    out: list[Signal] = []
    for signal in signals:
        for index, earlier in enumerate(out):
            if fits(earlier, signal):
                out[index] = _joined(earlier, signal)
                break
        else:
            out.append(signal)
    return out


def _same_day_per_hour(a: Signal, b: Signal) -> bool:
    return _together(a, b) and a.rule is b.rule and a.rule in PER_DAY


def _same_tasks(a: Signal, b: Signal) -> bool:
    if not _together(a, b) or a.rule is b.rule:
        return False
    mine, theirs = _task_keys(a.tasks), _task_keys(b.tasks)
    return mine <= theirs or theirs <= mine


def _together(a: Signal, b: Signal) -> bool:
    return a.student_number == b.student_number and a.trigger_date == b.trigger_date


def _joined(a: Signal, b: Signal) -> Signal:
    """Per hour: the tasks in firing order, the day's highest count names the signal.
    Otherwise the signal with the most tasks leads and the other's new tasks follow."""
    if a.rule is b.rule:
        lead, tasks = max(a, b, key=lambda s: s.threshold), _union(a.tasks, b.tasks)
    else:
        lead = a if len(_task_keys(a.tasks)) >= len(_task_keys(b.tasks)) else b
        tasks = _union(lead.tasks, (b if lead is a else a).tasks)
    return replace(lead, tasks=tasks, recipients=a.recipients | b.recipients,
                   reasons=tuple(sorted(set(a.reasons + b.reasons), key=_reason_order)),
                   reports=a.reports | b.reports)


def _union(first: tuple[Task, ...], then: tuple[Task, ...]) -> tuple[Task, ...]:
    known = _task_keys(first)
    return first + tuple(task for task in then if _task_key(task) not in known)


def _reason_order(reason: tuple[RuleId, int]) -> tuple[int, int]:
    return list(RuleId).index(reason[0]), reason[1]


def _task_key(task: Task) -> tuple[object, ...]:
    return task.role, task.action, task.if_concerns, task.key, task.requires


def _task_keys(tasks: tuple[Task, ...]) -> frozenset[tuple[object, ...]]:
    return frozenset(_task_key(task) for task in tasks)
