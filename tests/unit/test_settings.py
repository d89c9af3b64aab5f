"""Configuration is read once; a bad value stops start-up and names the variable."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError


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
