"""Configuration: read from the environment (and an optional .env) once, at start-up."""

from __future__ import annotations

import functools
import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from domain.absence.loader import ProtocolError, default_protocol, load_protocol
from domain.absence.protocol import Protocol

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///var/lvsbot.sqlite3"
APP_TYPES = ("MultiTenant", "SingleTenant", "UserAssignedMSI")


class SettingsError(ValueError):
    """A bad configuration value; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    app_id: str = ""
    app_password: str = ""
    app_type: str = "SingleTenant"
    tenant_id: str = ""
    database_url: str = DEFAULT_DATABASE_URL
    host: str = "127.0.0.1"
    port: int = 3978
    timezone: str = "Europe/Amsterdam"
    ingest_token: str = ""  # LVS_INGEST_TOKEN: bearer token of POST /api/absences
    protocol_path: str = ""  # LVS_PROTOCOL: the school's own absence protocol file
    log_format: str = "plain"  # LVS_LOG_FORMAT: plain or json
    dialog_timeout: int = 3600  # LVS_DIALOG_TIMEOUT: seconds before a quiet dialog is set aside
    extra: Mapping[str, str] = field(default_factory=dict)  # other LVS_* values, for later parts

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, dotenv: Path | None = None) -> Self:
        values = dict(read_dotenv(dotenv or Path(".env")))
        values.update(os.environ if env is None else env)
        settings = cls(
            app_id=values.get("MicrosoftAppId", "").strip(),
            app_password=values.get("MicrosoftAppPassword", ""),
            app_type=values.get("MicrosoftAppType", "").strip() or "SingleTenant",
            tenant_id=values.get("MicrosoftAppTenantId", "").strip(),
            database_url=values.get("DATABASE_URL", "").strip() or DEFAULT_DATABASE_URL,
            host=values.get("HOST", "").strip() or "127.0.0.1",
            port=_port(values.get("PORT", "").strip() or "3978"),
            timezone=values.get("LVS_TIMEZONE", "").strip() or "Europe/Amsterdam",
            ingest_token=values.get("LVS_INGEST_TOKEN", "").strip(),
            protocol_path=values.get("LVS_PROTOCOL", "").strip(),
            log_format=values.get("LVS_LOG_FORMAT", "").strip().lower() or "plain",
            dialog_timeout=_seconds("LVS_DIALOG_TIMEOUT",
                                    values.get("LVS_DIALOG_TIMEOUT", "").strip() or "3600"),
            extra={k: v for k, v in values.items() if k.startswith("LVS_")},
        )
        settings.validate()
        return settings

    @property
    def local_development(self) -> bool:
        """No app id: no Bot Framework authentication, so only a loopback address is safe."""
        return not self.app_id

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def validate(self) -> None:
        if self.app_type not in APP_TYPES:
            raise SettingsError(f"MicrosoftAppType must be one of {', '.join(APP_TYPES)}, "
                                f"not {self.app_type!r}")
        if self.log_format not in ("plain", "json"):
            raise SettingsError(f"LVS_LOG_FORMAT must be plain or json, not {self.log_format!r}")
        if self.app_id and not self.app_password and self.app_type != "UserAssignedMSI":
            raise SettingsError("MicrosoftAppPassword is required when MicrosoftAppId is set "
                                "(or set MicrosoftAppType=UserAssignedMSI)")
        if self.app_type == "SingleTenant" and self.app_id and not self.tenant_id:
            raise SettingsError("MicrosoftAppTenantId is required for a SingleTenant app")
        if self.local_development and not _is_loopback(self.host):
            raise SettingsError(f"HOST={self.host} is not a loopback address: without "
                                "MicrosoftAppId the bot only listens on 127.0.0.1 or ::1")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise SettingsError(f"LVS_TIMEZONE={self.timezone!r} is not a time zone") from error
        try:
            from storage.database import async_url

            async_url(self.database_url)
        except Exception as error:  # noqa: BLE001 - SQLAlchemy raises several kinds
            raise SettingsError(f"DATABASE_URL is not usable: {error}") from error
        self.protocol()

    def protocol(self) -> Protocol:
        """The absence protocol: LVS_PROTOCOL's file, else the shipped default."""
        return _protocol_at(self.protocol_path)

    def bot_auth(self) -> SimpleNamespace:
        """What the SDK's ConfigurationBotFrameworkAuthentication reads with getattr()."""
        return SimpleNamespace(
            APP_ID=self.app_id,
            APP_PASSWORD=self.app_password,
            # Without an app id the SDK only accepts MultiTenant (it then skips authentication).
            APP_TYPE=self.app_type if self.app_id else "MultiTenant",
            APP_TENANTID=self.tenant_id,
        )


def _port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise SettingsError(f"PORT must be a number from 1 to 65535, not {text!r}")
    return int(text)


def _seconds(name: str, text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise SettingsError(f"{name} must be a whole number of seconds (1 or more), not {text!r}")
    return int(text)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; '#' comments and blank lines ignored; quotes around values removed."""
    if not path.is_file():
        return {}
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        values[key.strip().removeprefix("export ").strip()] = value.strip().strip("'\"")
    return values


@functools.cache
def _protocol_at(path: str) -> Protocol:
    """Read and checked once per process: the app, its dialogs and its daily jobs share it."""
    if not path:
        return default_protocol()
    try:
        return load_protocol(Path(path))
    except OSError as error:
        raise SettingsError(f"LVS_PROTOCOL={path}: {error}") from error
    except ProtocolError as error:
        raise SettingsError(f"LVS_PROTOCOL is not a valid protocol:\n{error}") from error
