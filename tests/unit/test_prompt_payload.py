"""What the outbox stores of a prompt comes back the same (it is rendered again on a click)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from domain.absence.protocol import RuleId
from domain.notify.prompt import ActionLine, Note, Prompt
from domain.roles import Role

texts = st.text(max_size=40)
actions = st.builds(
    ActionLine, st.integers(1, 10**9), st.sampled_from(Role), texts,
    st.dates(date(2020, 1, 1), date(2035, 1, 1)), st.booleans(), st.none() | texts,
    st.none() | st.datetimes(datetime(2020, 1, 1), datetime(2035, 1, 1), timezones=st.just(UTC)))
prompts = st.builds(
    Prompt, texts, texts, texts, texts, st.sampled_from(RuleId), st.integers(1, 100), texts,
    st.lists(st.dates(), max_size=5).map(tuple), st.lists(actions, max_size=6).map(tuple),
    st.frozensets(st.sampled_from(Role)), st.sampled_from(Note), texts)


@given(prompts)
def test_a_prompt_survives_the_outbox(prompt: Prompt) -> None:
    assert Prompt.from_json(prompt.to_json()) == prompt
