"""Configuration is read once; a bad value stops start-up and names the variable."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Any

import pytest

from bot.settings import Settings, SettingsError
from domain.notify.quiet_hours import SchoolHours


def test_defaults_are_local_development_on_loopback(tmp_path: Path) -> None:
    settings = Settings.from_env({}, dotenv=tmp_path / "none")
    assert settings.local_development
    assert (settings.host, settings.port) == ("127.0.0.1", 3978)
    assert settings.database_url.startswith("sqlite+aiosqlite:///var/")
    assert settings.timezone == "Europe/Amsterdam"


@pytest.mark.parametrize(("env", "named"), [
    ({"PORT": "abc"}, "PORT"),
    ({"PORT": "70000"}, "PORT"),
    ({"HOST": "0.0.0.0"}, "HOST"),
    ({"LVS_TIMEZONE": "Mars/Olympus"}, "LVS_TIMEZONE"),
    ({"DATABASE_URL": "mysql://x"}, "DATABASE_URL"),
    ({"MicrosoftAppType": "Other"}, "MicrosoftAppType"),
    ({"LVS_LOG_FORMAT": "xml"}, "LVS_LOG_FORMAT"),
    ({"MicrosoftAppId": "a"}, "MicrosoftAppPassword"),
    ({"MicrosoftAppId": "a", "MicrosoftAppPassword": "b"}, "MicrosoftAppTenantId"),
    ({"LVS_QUIET_HOURS": "17:00-08:00"}, "LVS_QUIET_HOURS"),
    ({"LVS_QUIET_HOURS": "overdag"}, "LVS_QUIET_HOURS"),
    ({"LVS_OUTBOX_POLL": "soon"}, "LVS_OUTBOX_POLL"),
    ({"LVS_DIALOG_TIMEOUT": "an hour"}, "LVS_DIALOG_TIMEOUT"),
    ({"LVS_OUTBOX_WORKER": "misschien"}, "LVS_OUTBOX_WORKER"),
    ({"LVS_RETENTION_AT": "2 uur"}, "LVS_RETENTION_AT"),
    ({"LVS_RETENTION_JOB": "sometimes"}, "LVS_RETENTION_JOB"),
    ({"LVS_SICK_CHECK_AT": "25:00"}, "LVS_SICK_CHECK_AT"),
    ({"LVS_SICK_CHECK_JOB": "2"}, "LVS_SICK_CHECK_JOB"),
    ({"LVS_STOCK_SDK": "maybe"}, "LVS_STOCK_SDK"),
    ({"LVS_PUBLIC_URL": "http://lvsbot.school.nl"}, "LVS_PUBLIC_URL"),  # not https
    ({"LVS_PUBLIC_URL": "lvsbot.school.nl"}, "LVS_PUBLIC_URL"),
    ({"LVS_PUBLIC_URL": "https://lvsbot.school.nl/?x=1"}, "LVS_PUBLIC_URL"),
    ({"LVS_PUBLIC_URL": "https://user@lvsbot.school.nl"}, "LVS_PUBLIC_URL"),
    ({"LVS_PICTURE_LINK_MINUTES": "0"}, "LVS_PICTURE_LINK_MINUTES"),
    ({"LVS_PICTURE_LINK_MINUTES": "kwartier"}, "LVS_PICTURE_LINK_MINUTES"),
    ({"LVS_PICTURE_LINK_MINUTES": "1441"}, "LVS_PICTURE_LINK_MINUTES"),
])
def test_a_bad_value_names_the_variable(env: dict[str, str], named: str, tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=named):
        Settings.from_env(env, dotenv=tmp_path / "none")


def test_with_an_app_id_any_address_may_be_used(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {"MicrosoftAppId": "a", "MicrosoftAppPassword": "b", "MicrosoftAppTenantId": "t",
         "HOST": "0.0.0.0"}, dotenv=tmp_path / "none")
    assert not settings.local_development


def test_a_dotenv_file_is_read_and_the_environment_wins(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("# comment\nPORT=4000\nexport LVS_TIMEZONE='Europe/Brussels'\n")
    settings = Settings.from_env({"PORT": "4001"}, dotenv=dotenv)
    assert settings.port == 4001 and settings.timezone == "Europe/Brussels"


@pytest.mark.parametrize(("env", "read", "expected"), [
    ({}, lambda s: s.notify.hours, SchoolHours()),
    ({"LVS_QUIET_HOURS": "off"}, lambda s: s.notify.hours.enabled, False),
    ({"LVS_QUIET_HOURS": "08:00-16:30 ma-do"}, lambda s: s.notify.hours,
     SchoolHours(time(8, 0), time(16, 30), frozenset(range(4)))),
    ({}, lambda s: s.notify.in_server, True),
    ({"LVS_OUTBOX_WORKER": "off"}, lambda s: s.notify.in_server, False),
    ({"LVS_OUTBOX_WORKER": "0"}, lambda s: s.notify.in_server, False),
    ({"LVS_OUTBOX_WORKER": " ON "}, lambda s: s.notify.in_server, True),
    ({}, lambda s: s.notify.poll_seconds, 1.0),
    ({"LVS_OUTBOX_POLL": "0.25"}, lambda s: s.notify.poll_seconds, 0.25),
    ({}, lambda s: s.dialog_timeout, 3600.0),
    ({"LVS_DIALOG_TIMEOUT": "600"}, lambda s: s.dialog_timeout, 600.0),
    ({"LVS_OUTBOX_POLL": "0"}, lambda s: s.notify.poll_seconds, 0.01),
    ({}, lambda s: s.notify.service_url, ""),
    ({"LVS_TEAMS_SERVICE_URL": " https://smba.example/ "}, lambda s: s.notify.service_url,
     "https://smba.example/"),
    ({}, lambda s: s.retention_at, time(2, 0)),
    ({"LVS_RETENTION_AT": "03:30"}, lambda s: s.retention_at, time(3, 30)),
    ({"LVS_RETENTION_JOB": "off", "LVS_RETENTION_AT": "03:30"}, lambda s: s.retention_at, None),
    ({}, lambda s: s.sick_check_at, time(6, 30)),
    ({"LVS_SICK_CHECK_AT": "07:15"}, lambda s: s.sick_check_at, time(7, 15)),
    ({"LVS_SICK_CHECK_JOB": "off"}, lambda s: s.sick_check_at, None),
    ({}, lambda s: s.stock_sdk, False),
    ({"LVS_STOCK_SDK": "1"}, lambda s: s.stock_sdk, True),
    ({"LVS_INGEST_TOKEN": " " + "t0k" * 11 + " "}, lambda s: s.ingest_token, "t0k" * 11),
    ({"LVS_LOG_FORMAT": "JSON"}, lambda s: s.log_format, "json"),
    ({}, lambda s: s.public_url, ""),
    ({"LVS_PUBLIC_URL": " https://lvsbot.school.nl/ "}, lambda s: s.public_url,
     "https://lvsbot.school.nl"),
    ({"LVS_PUBLIC_URL": "http://127.0.0.1:3978"}, lambda s: s.public_url,
     "http://127.0.0.1:3978"),
    ({}, lambda s: s.picture_link_minutes, 15),
    ({"LVS_PICTURE_LINK_MINUTES": "60"}, lambda s: s.picture_link_minutes, 60),
])
def test_each_variable_is_parsed_into_its_setting(env: dict[str, str], read: Any,
                                                  expected: object) -> None:
    assert read(Settings.from_values(env)) == expected


def test_settings_built_in_code_have_the_same_defaults_as_an_empty_environment() -> None:
    assert Settings() == Settings.from_values({})


@pytest.mark.parametrize("app_type", ["SingleTenant", "MultiTenant", "UserAssignedMSI"])
def test_every_app_type_needs_the_schools_tenant(app_type: str) -> None:
    env = {"MicrosoftAppId": "app", "MicrosoftAppPassword": "secret",
           "MicrosoftAppType": app_type}
    with pytest.raises(SettingsError, match="MicrosoftAppTenantId"):
        Settings.from_env(env, dotenv=Path("/nonexistent"))
    settings = Settings.from_env({**env, "MicrosoftAppTenantId": " t-1 , t-2,"},
                                 dotenv=Path("/nonexistent"))
    assert settings.tenant_ids == ("t-1", "t-2")


def test_the_ingest_token_has_at_least_32_characters() -> None:
    with pytest.raises(SettingsError, match="LVS_INGEST_TOKEN"):
        Settings.from_env({"LVS_INGEST_TOKEN": "x" * 31}, dotenv=Path("/nonexistent"))
    assert Settings.from_env({"LVS_INGEST_TOKEN": "x" * 32},
                             dotenv=Path("/nonexistent")).ingest_token == "x" * 32
