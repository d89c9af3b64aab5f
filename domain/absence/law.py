"""The law above the protocol (DOMAIN.md §4): these rules apply whatever the school's file says."""

from __future__ import annotations

from domain.absence.events import EventKind
from domain.absence.protocol import Measure, Repeat, Rule, RuleId, Step, Threshold, Window
from domain.roles import Role

LAW_RULES = frozenset({RuleId.DUO_16_HOURS, RuleId.UNAUTHORIZED_LEAVE})
DUO_HOURS = 16  # Leerplichtwet art. 21a: 16 hours ...
DUO_WEEKS = 4  # ... within 4 consecutive school weeks
DUO_WORKING_DAYS = 5  # reported within 5 working days (Inspectie)

DUO_16_HOURS = Rule(
    id=RuleId.DUO_16_HOURS,
    counts=frozenset({EventKind.TRUANCY, EventKind.UNAUTHORIZED_LEAVE}),
    measure=Measure.HOURS,
    window=Window.SCHOOL_WEEKS,
    weeks=DUO_WEEKS,
    thresholds=(
        Threshold(DUO_HOURS, (
            Step(Role.VERZUIMCOORDINATOR,
                 "DUO-melding verplicht: 16 uur ongeoorloofd verzuim binnen 4 schoolweken. "
                 "Meld dit bij het verzuimloket van DUO en neem de notities uit het logboek mee.",
                 days=DUO_WORKING_DAYS, working_days=True),
        )),
    ),
)

UNAUTHORIZED_LEAVE = Rule(
    id=RuleId.UNAUTHORIZED_LEAVE,
    counts=frozenset({EventKind.UNAUTHORIZED_LEAVE}),
    measure=Measure.EVENTS,
    window=Window.SCHOOL_YEAR,
    thresholds=(),
    repeat=Repeat(1, (
        Step(Role.VERZUIMCOORDINATOR,
             "Luxe verzuim: meld dit direct bij het verzuimloket van DUO (DUO-melding).",
             days=DUO_WORKING_DAYS, working_days=True),
        Step(Role.MENTOR, "Licht de ouders in over de DUO-melding en noteer dit in het logboek.",
             days=2),
    )),
)

LAW = {DUO_16_HOURS.id: DUO_16_HOURS, UNAUTHORIZED_LEAVE.id: UNAUTHORIZED_LEAVE}
