"""The law above the protocol (DOMAIN.md §4): for a Dutch school (jurisdiction "nl") these
rules apply whatever the school's file says; a school elsewhere writes its own."""

from __future__ import annotations

from domain.absence.events import EventKind
from domain.absence.protocol import Measure, Rule, RuleId, Step, Threshold, Window
from domain.roles import Role

LAW_RULES = frozenset({RuleId.DUO_16_HOURS, RuleId.UNAUTHORIZED_LEAVE, RuleId.LONG_ABSENCE})
DUTCH = "nl"
DUO_HOURS = 16  # Leerplichtwet art. 21a: 16 hours ...
DUO_WEEKS = 4  # ... within 4 consecutive school weeks
DUO_WORKING_DAYS = 5  # reported within 5 working days (Inspectie)
LONG_ABSENCE_SCHOOL_DAYS = 20  # "more than 4 consecutive school weeks" (holidays skipped)
_PARENTS_EN = "Inform the parents about the DUO report and note this in the logbook."

DUO_16_HOURS = Rule(
    id=RuleId.DUO_16_HOURS,
    counts=frozenset({EventKind.TRUANCY}),  # luxe verzuim is reported on its own, not again
    measure=Measure.HOURS,
    window=Window.SCHOOL_WEEKS,
    weeks=DUO_WEEKS,
    thresholds=(
        Threshold(DUO_HOURS, (
            Step(Role.VERZUIMCOORDINATOR,
                 "DUO-melding verplicht: 16 uur ongeoorloofd verzuim binnen 4 schoolweken. "
                 "Meld dit bij het verzuimloket van DUO en neem de notities uit het logboek mee.",
                 days=DUO_WORKING_DAYS, working_days=True, reports_to="duo",
                 action_en="DUO report required: 16 hours of unauthorised absence within 4 "
                           "school weeks. Report this at DUO's absence desk (verzuimloket) "
                           "and include the notes from the logbook."),
        )),
    ),
)

UNAUTHORIZED_LEAVE = Rule(  # one signal per leave period: consecutive school days of leave
    id=RuleId.UNAUTHORIZED_LEAVE,
    counts=frozenset({EventKind.UNAUTHORIZED_LEAVE}),
    measure=Measure.DAYS,
    window=Window.CONSECUTIVE_SCHOOL_DAYS,
    thresholds=(
        Threshold(1, (
            Step(Role.VERZUIMCOORDINATOR,
                 "Luxe verzuim: meld dit direct bij het verzuimloket van DUO (DUO-melding).",
                 days=1, working_days=True, reports_to="duo",
                 action_en="Unauthorised leave (luxe verzuim): report this at once at DUO's "
                           "absence desk (DUO report)."),
            Step(Role.MENTOR,
                 "Licht de ouders in over de DUO-melding en noteer dit in het logboek.", days=2,
                 action_en=_PARENTS_EN),
        )),
    ),
)

LONG_ABSENCE = Rule(  # LRV: absent (anything but authorized leave) over 4 school weeks
    id=RuleId.LONG_ABSENCE,
    counts=frozenset({EventKind.SICK, EventKind.TRUANCY, EventKind.UNAUTHORIZED_LEAVE}),
    measure=Measure.DAYS,
    window=Window.CONSECUTIVE_SCHOOL_DAYS,
    thresholds=(
        Threshold(LONG_ABSENCE_SCHOOL_DAYS, (
            Step(Role.VERZUIMCOORDINATOR,
                 "Langdurig verzuim: de leerling is meer dan 4 aaneengesloten schoolweken "
                 "afwezig. Meld dit bij DUO.",
                 days=DUO_WORKING_DAYS, working_days=True, reports_to="duo",
                 action_en="Long-term absence: the student has been absent for more than 4 "
                           "consecutive school weeks. Report this to DUO."),
            Step(Role.MENTOR, "Licht de ouders in over de DUO-melding en noteer dit in het "
                              "logboek.", days=2, action_en=_PARENTS_EN),
        ), above=True),
    ),
)

LAW = {rule.id: rule for rule in (DUO_16_HOURS, UNAUTHORIZED_LEAVE, LONG_ABSENCE)}
