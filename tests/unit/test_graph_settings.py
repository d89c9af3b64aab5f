"""The Graph install's settings: off by default; on, it names what it still needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError

APP = {"MicrosoftAppId": "0f8fad5b-d9cb-469f-a165-70867728950e",
       "MicrosoftAppPassword": "secret", "MicrosoftAppTenantId": "tenant-1"}


def settings(env: dict[str, str], tmp_path: Path) -> Settings:
    return Settings.from_env(env, dotenv=tmp_path / "none")


def test_off_unless_switched_on(tmp_path: Path) -> None:
    assert settings(APP, tmp_path).graph is None
    assert settings({**APP, "LVS_GRAPH_INSTALL": "off"}, tmp_path).graph is None


def test_on_it_signs_in_as_the_bot_to_the_schools_tenant(tmp_path: Path) -> None:
    env = {**APP, "LVS_GRAPH_INSTALL": "on", "LVS_TEAMS_APP_CATALOG_ID": "catalog-1"}
    config = settings(env, tmp_path).graph
    assert config is not None
    assert (config.client_id, config.client_secret) == (APP["MicrosoftAppId"], "secret")
    assert config.token_url == (
        "https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token")
    assert config.graph_url == "https://graph.microsoft.com/v1.0"


@pytest.mark.parametrize(("env", "named"), [
    ({**APP, "LVS_GRAPH_INSTALL": "on"}, "LVS_TEAMS_APP_CATALOG_ID"),
    ({"LVS_GRAPH_INSTALL": "on", "LVS_TEAMS_APP_CATALOG_ID": "c"}, "MicrosoftAppTenantId"),
    ({"LVS_GRAPH_INSTALL": "on", "LVS_TEAMS_APP_CATALOG_ID": "c"}, "MicrosoftAppId"),
    ({**APP, "LVS_GRAPH_INSTALL": "maybe"}, "LVS_GRAPH_INSTALL"),
])
def test_on_without_what_it_needs_stops_start_up(env: dict[str, str], named: str,
                                                  tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=named):
        settings(env, tmp_path)


def test_with_several_tenants_graph_signs_in_to_the_first(tmp_path: Path) -> None:
    env = {**APP, "MicrosoftAppTenantId": "tenant-1, tenant-2", "LVS_GRAPH_INSTALL": "on",
           "LVS_TEAMS_APP_CATALOG_ID": "catalog-1"}
    config = settings(env, tmp_path).graph
    assert config is not None and "/tenant-1/" in config.token_url
