"""LVS_PROTOCOL and LVS_INGEST_TOKEN: a bad protocol file stops start-up with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError
from domain.absence.protocol import RuleId


def test_without_lvs_protocol_the_shipped_default_is_used(tmp_path: Path) -> None:
    token = "t0k" * 11
    settings = Settings.from_env({"LVS_INGEST_TOKEN": f" {token} "}, dotenv=tmp_path / "none")
    assert settings.ingest_token == token
    assert settings.protocol().rules[RuleId.LATE].thresholds[0].at == 3


def test_a_bad_protocol_file_stops_start_up_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "school.toml"
    path.write_text('name = "x"\n\n[[rule]]\nid = "te_laat"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="line 3: unknown rule id 'te_laat'"):
        Settings.from_env({"LVS_PROTOCOL": str(path)}, dotenv=tmp_path / "none")


def test_a_missing_protocol_file_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="LVS_PROTOCOL"):
        Settings.from_env({"LVS_PROTOCOL": str(tmp_path / "nope.toml")},
                          dotenv=tmp_path / "none")
