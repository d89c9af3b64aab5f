"""The protocol file: the shipped ones load, and every mistake is named with its line."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from domain.absence.loader import ProtocolError, default_protocol, load_protocol, parse_protocol
from domain.absence.protocol import RuleId

GOOD_RULE = """\
    [[rule]]
    id = "late"
    counts = ["late"]
    window = "school_year"

    [[rule.threshold]]
    at = 3
    steps = [{ role = "verzuimcoordinator", action = "Signaleert." }]
    """


def problems_of(text: str) -> str:
    with pytest.raises(ProtocolError) as error:
        parse_protocol(textwrap.dedent(text), source="school.toml")
    return str(error.value)


@pytest.mark.parametrize("name", ["default", "mazl"])
def test_the_shipped_protocols_load_with_every_rule_and_the_law(name: str) -> None:
    assert set(default_protocol(name).rules) == set(RuleId)


def test_a_school_file_is_read_from_its_path(tmp_path: Path) -> None:
    path = tmp_path / "school.toml"
    path.write_text(textwrap.dedent(GOOD_RULE), encoding="utf-8")
    protocol = load_protocol(path)
    assert protocol.rules[RuleId.LATE].thresholds[0].at == 3
    assert RuleId.DUO_16_HOURS in protocol.rules  # the law is always there


@pytest.mark.parametrize(("change", "message"), [
    (('role = "verzuimcoordinator"', 'role = "conciërge"'), "line 6: unknown role 'conciërge'"),
    (('counts = ["late"]', 'counts = ["laat"]'), "line 1: unknown event kind laat"),
    (("at = 3", "at = -1"), "line 6: threshold needs `at`"),
    (("at = 3", 'at = "drie"'), "line 6: threshold needs `at`"),
    (('steps = [{ role = "verzuimcoordinator", action = "Signaleert." }]', "steps = []"),
     "line 6: threshold 3 has no steps"),
    (('id = "late"', 'id = "laat"'), "line 1: unknown rule id 'laat'"),
    (('id = "late"', 'id = "duo_16_hours"'), "line 1: rule duo_16_hours is set by law"),
    (('window = "school_year"', 'window = "school_weeks"'),
     "line 1: rule late counts in window school_year"),
    (('action = "Signaleert."', 'action = "Signaleert.", requires = "x"'),
     "line 6: step requires 'x'"),
    (('action = "Signaleert."', 'action = "Signaleert.", days = -2'), "line 6: days must"),
])
def test_mistakes_are_named_with_their_line(change: tuple[str, str], message: str) -> None:
    assert message in problems_of(GOOD_RULE.replace(*change))


def test_a_rule_without_thresholds_is_refused() -> None:
    text = GOOD_RULE.split("[[rule.threshold]]")[0]
    assert "line 1: rule late has no [[rule.threshold]]" in problems_of(text)


def test_the_line_points_at_the_second_rule() -> None:
    text = GOOD_RULE + "\n" + GOOD_RULE.replace('"late"', '"removed"').replace(
        '"verzuimcoordinator"', '"pedel"')
    assert "school.toml: line 15: unknown role 'pedel'" in problems_of(text)


def test_a_rule_twice_is_refused() -> None:
    assert "line 10: rule late appears twice" in problems_of(GOOD_RULE + "\n" + GOOD_RULE)


def test_toml_syntax_errors_keep_their_line() -> None:
    assert "line 2" in problems_of("[[rule]]\nid = \n")


def test_a_condition_on_an_unknown_count_is_refused() -> None:
    condition = '\n    when_any = [{ rule = "sick_days", at_least = 1 }]'
    text = GOOD_RULE.replace("at = 3", "at = 3" + condition)
    assert "condition on sick_days" in problems_of(text)


def test_bad_settings_and_holidays_are_named() -> None:
    text = '[settings]\nsick_lesson_hours_per_day = 0\n[[holiday]]\nstart = "x"\n' + GOOD_RULE
    message = problems_of(text)
    assert "sick_lesson_hours_per_day" in message and "holiday" in message


ONE_STEP = '{ role = "verzuimcoordinator", action = "Signaleert." }'
ENGLISH_STEP = '{ role = "verzuimcoordinator", action = "Signaleert.", action_en = "Flags." }'
MENTOR_STEP = '{ role = "mentor", action = "Belt de ouders.", days = 2 }'


def test_a_protocol_with_english_for_some_steps_only_is_refused() -> None:
    text = GOOD_RULE.replace(ONE_STEP, f"{ENGLISH_STEP}, {MENTOR_STEP}")
    assert problems_of(text) == (
        "school.toml: line 1: rule late has a step without action_en; other steps have one: "
        "give every step action_en or none")
    assert "action_en must be a text" in problems_of(
        GOOD_RULE.replace(ONE_STEP, ONE_STEP.replace(" }", ", action_en = 3 }")))


def test_a_school_protocol_without_english_shows_its_own_text_to_english_readers() -> None:
    protocol = parse_protocol(textwrap.dedent(GOOD_RULE.replace(
        ONE_STEP, f"{ONE_STEP}, {MENTOR_STEP}")))
    assert protocol.action_in("en", "Belt de ouders.") == "Belt de ouders."
    law = protocol.rules[RuleId.DUO_16_HOURS].all_steps()[0]  # the built-in law has English
    assert protocol.action_in("en", law.action) == law.action_en != law.action
    english = parse_protocol(textwrap.dedent(GOOD_RULE.replace(ONE_STEP, ENGLISH_STEP)))
    assert english.action_in("en", "Signaleert.") == "Flags."
    assert english.action_in("nl", "Signaleert.") == "Signaleert."
