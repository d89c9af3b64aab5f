from __future__ import annotations

import pytest

from tests.dialogs.driver import DialogBot
from tests.dialogs.school import School


@pytest.fixture
def school() -> School:
    return School()


@pytest.fixture
def bot(school: School) -> DialogBot:
    return DialogBot(school)
