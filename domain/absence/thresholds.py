"""What every rule of the engine shares: reaching thresholds and firing them once."""

from __future__ import annotations

from datetime import date

from domain.absence.calendar import SchoolCalendar
from domain.absence.protocol import Protocol, Rule, RuleId, Threshold
from domain.absence.signals import Firing
from domain.absence.work import Work


class Thresholds:
    def __init__(self, work: Work, protocol: Protocol, calendar: SchoolCalendar) -> None:
        self.work, self.protocol, self.calendar = work, protocol, calendar

    def _reach(
        self, rule_id: RuleId, count: float, day: date, episode: date | None = None
    ) -> None:
        """Fire what `count` reaches; with an `episode` (its first day) each episode anew."""
        rule = self.protocol.rule(rule_id)
        if rule is None:
            return
        suffix = f":{episode.isoformat()}" if episode else ""
        for threshold in self._open(rule, count, suffix):
            self._fire(rule_id, threshold.at, day, threshold, suffix)

    def _open(self, rule: Rule, count: float, suffix: str = "") -> list[Threshold]:
        """Thresholds reached, not fired yet, whose conditions (if any) hold now."""
        return [t for t in rule.thresholds
                if t.reached(count) and f"{rule.id}:{int(t.at)}{suffix}" not in self.work.fired
                and (not t.when_any or any(self.work.counts.get(c.rule, 0.0) >= c.at_least
                                           for c in t.when_any))]

    @staticmethod
    def _repeats(rule: Rule, threshold: Threshold) -> bool:
        return rule.repeat is not None and threshold.at >= rule.repeat.start

    def _fire(self, rule_id: RuleId, at: float, day: date, threshold: Threshold | None,
              suffix: str = "") -> None:
        if threshold is not None:
            self.work.fired.add(f"{rule_id}:{int(at)}{suffix}")
        self.work.firings.append(Firing(rule_id, int(at), day, window_key=suffix[1:]))
