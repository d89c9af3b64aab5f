"""The Playground signs in with playground/config.yml: its people must be demo accounts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from storage.demo.accounts import DEMO_ACCOUNTS, DEMO_MENTOR, jan_de_vries

CONFIG = Path(__file__).parents[2] / "playground" / "config.yml"
Person = dict[str, str]


def people(text: str) -> tuple[Person, list[Person]]:
    """currentUser and users of the config (flat YAML of this one shape; no YAML library)."""
    current: Person = {}
    users: list[Person] = []
    section = ""
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" "):
            section = line.split(":")[0]
            continue
        key, _, value = line.strip().removeprefix("- ").partition(":")
        if section == "currentUser":
            current[key] = value.strip()
        elif section == "users":
            if line.strip().startswith("- "):
                users.append({})
            users[-1][key] = value.strip()
    return current, users


def as_config_person(staff_id: str) -> Person:
    staff = next(s for s in DEMO_ACCOUNTS if s.id == staff_id)
    assert staff.aad_object_id is not None
    return {"name": staff.display_name, "aadObjectId": staff.aad_object_id,
            "email": staff.email, "userPrincipleName": staff.email}


def test_the_signed_in_user_is_the_demo_mentor_of_jan_de_vries() -> None:
    current, _ = people(CONFIG.read_text(encoding="utf-8"))
    assert {key: current[key] for key in as_config_person(DEMO_MENTOR.id)} == as_config_person(
        DEMO_MENTOR.id)
    assert DEMO_MENTOR.id in jan_de_vries(date(2026, 11, 22)).mentors


def test_the_other_chat_members_are_five_demo_accounts() -> None:
    _, users = people(CONFIG.read_text(encoding="utf-8"))
    assert len(users) == 5  # the Playground's config schema wants exactly five
    for user in users:
        staff_id = user["email"].split("@")[0]
        assert {key: user[key] for key in as_config_person(staff_id)} == as_config_person(
            staff_id)
