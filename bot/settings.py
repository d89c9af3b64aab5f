"""Configuration: every environment variable (and an optional .env) read once, at start-up,
into typed settings. A bad value raises SettingsError naming the variable."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time
from pathlib import Path
from types import SimpleNamespace
from typing import Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot import env_values as env
from bot.env_values import SettingsError, is_loopback, read_dotenv
from domain.absence.dutch_holidays import REGIONS, dutch_calendar, has_holidays_for
from domain.absence.law import DUTCH
from domain.absence.loader import ProtocolError, default_protocol, load_protocol
from domain.absence.protocol import Protocol
from domain.notify.quiet_hours import SchoolHours

__all__ = ["GraphSettings", "NotifySettings", "Settings", "SettingsError", "environment"]

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///var/lvsbot.sqlite3"
GRAPH_URL = "https://graph.microsoft.com/v1.0"
TOKEN_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
GRAPH_SCOPE = "https://graph.microsoft.com/.default"
APP_TYPES = ("MultiTenant", "SingleTenant", "UserAssignedMSI")
MIN_INGEST_TOKEN = 32


def environment(values: Mapping[str, str] | None = None,
                dotenv: Path | None = None) -> dict[str, str]:
    """The .env file's values, overridden by the environment's (or by `values`)."""
    merged = dict(read_dotenv(dotenv or Path(".env")))
    merged.update(os.environ if values is None else values)
    return merged


@dataclass(frozen=True)
class NotifySettings:
    """The outbox worker: when prompts may arrive and who sends them."""

    hours: SchoolHours = field(default_factory=SchoolHours)  # LVS_QUIET_HOURS
    in_server: bool = True  # LVS_OUTBOX_WORKER=off: only a separate `lvsbot worker` sends
    poll_seconds: float = 1.0  # LVS_OUTBOX_POLL
    # LVS_TEAMS_SERVICE_URL: where to open new chats; default: where the latest chat came from
    service_url: str = ""

    @classmethod
    def from_values(cls, values: env.Values) -> Self:
        return cls(hours=env.school_hours(values, "LVS_QUIET_HOURS"),
                   in_server=env.switch(values, "LVS_OUTBOX_WORKER", True),
                   poll_seconds=env.seconds(values, "LVS_OUTBOX_POLL", 1.0, minimum=0.01),
                   service_url=env.text(values, "LVS_TEAMS_SERVICE_URL"))


@dataclass(frozen=True)
class GraphSettings:
    """The Graph install (LVS_GRAPH_INSTALL=on): a prompt for someone without a chat
    installs the app for them first (bot/teams/graph_client.py)."""

    catalog_app_id: str  # LVS_TEAMS_APP_CATALOG_ID: the app in the org catalog
    graph_url: str  # LVS_GRAPH_URL
    token_url: str  # LVS_GRAPH_TOKEN_URL
    client_id: str  # LVS_GRAPH_CLIENT_ID, default MicrosoftAppId: the bot's own
    client_secret: str  # LVS_GRAPH_CLIENT_SECRET, default MicrosoftAppPassword

    @classmethod
    def from_values(cls, values: env.Values) -> Self | None:
        """None when switched off; on, a SettingsError names whatever is missing."""
        if not env.switch(values, "LVS_GRAPH_INSTALL", False):
            return None
        tenant = env.text(values, "MicrosoftAppTenantId").split(",")[0].strip()
        config = cls(
            catalog_app_id=env.text(values, "LVS_TEAMS_APP_CATALOG_ID"),
            graph_url=env.text(values, "LVS_GRAPH_URL", GRAPH_URL).rstrip("/"),
            token_url=env.text(values, "LVS_GRAPH_TOKEN_URL", TOKEN_URL.format(tenant=tenant)),
            client_id=env.text(values, "LVS_GRAPH_CLIENT_ID", env.text(values, "MicrosoftAppId")),
            client_secret=values.get("LVS_GRAPH_CLIENT_SECRET")
            or values.get("MicrosoftAppPassword", ""),
        )
        missing = [name for name, value in (
            ("LVS_TEAMS_APP_CATALOG_ID", config.catalog_app_id),
            ("MicrosoftAppTenantId", tenant),
            ("MicrosoftAppId (or LVS_GRAPH_CLIENT_ID)", config.client_id),
            ("MicrosoftAppPassword (or LVS_GRAPH_CLIENT_SECRET)", config.client_secret),
        ) if not value]
        if missing:
            raise SettingsError(f"LVS_GRAPH_INSTALL=on needs {', '.join(missing)}")
        return config


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
    holiday_region: str = "midden"  # LVS_HOLIDAY_REGION: noord, midden or zuid
    log_format: str = "plain"  # LVS_LOG_FORMAT: plain or json
    notify: NotifySettings = field(default_factory=NotifySettings)
    graph: GraphSettings | None = None  # LVS_GRAPH_INSTALL and the rest: GraphSettings
    # The daily jobs inside `lvsbot serve`; None: switched off (LVS_*_JOB=off)
    retention_at: time | None = time(2, 0)  # LVS_RETENTION_AT, LVS_RETENTION_JOB
    sick_check_at: time | None = time(6, 30)  # LVS_SICK_CHECK_AT, LVS_SICK_CHECK_JOB
    stock_sdk: bool = False  # LVS_STOCK_SDK=1: no fast paths (bot/sdk_fast/), only the SDK's
    # LVS_DIALOG_TIMEOUT: seconds after which a quiet dialog is set aside, not resumed
    dialog_timeout: float = 3600.0
    # LVS_PUBLIC_URL: https://<the bot's host>; empty: pictures only as data URIs
    public_url: str = ""
    picture_link_minutes: int = 15  # LVS_PICTURE_LINK_MINUTES: how long a picture link works
    # The Bot Framework's OpenID metadata and Entra ID's login host: never from the
    # environment (a changed URL would let anyone sign tokens); tests point them at loopback.
    openid_metadata_url: str = ""
    login_url: str = ""

    @classmethod
    def from_env(cls, values: Mapping[str, str] | None = None,
                 dotenv: Path | None = None) -> Self:
        """From the environment and .env (or from `values` and .env)."""
        return cls.from_values(environment(values, dotenv))

    @classmethod
    def from_values(cls, values: env.Values) -> Self:
        settings = cls(
            app_id=env.text(values, "MicrosoftAppId"),
            app_password=values.get("MicrosoftAppPassword", ""),
            app_type=env.text(values, "MicrosoftAppType", "SingleTenant"),
            tenant_id=env.text(values, "MicrosoftAppTenantId"),
            database_url=env.text(values, "DATABASE_URL", DEFAULT_DATABASE_URL),
            host=env.text(values, "HOST", "127.0.0.1"),
            port=env.port(values, "PORT", 3978),
            timezone=env.text(values, "LVS_TIMEZONE", "Europe/Amsterdam"),
            ingest_token=env.text(values, "LVS_INGEST_TOKEN"),
            protocol_path=env.text(values, "LVS_PROTOCOL"),
            holiday_region=env.text(values, "LVS_HOLIDAY_REGION", "midden").lower(),
            log_format=env.text(values, "LVS_LOG_FORMAT", "plain").lower(),
            notify=NotifySettings.from_values(values),
            graph=GraphSettings.from_values(values),
            retention_at=env.daily_time(values, "LVS_RETENTION_JOB", "LVS_RETENTION_AT",
                                        "02:00"),
            sick_check_at=env.daily_time(values, "LVS_SICK_CHECK_JOB", "LVS_SICK_CHECK_AT",
                                         "06:30"),
            stock_sdk=env.switch(values, "LVS_STOCK_SDK", False),
            dialog_timeout=env.seconds(values, "LVS_DIALOG_TIMEOUT", 3600.0, minimum=1.0),
            public_url=env.public_url(values, "LVS_PUBLIC_URL"),
            picture_link_minutes=env.minutes(values, "LVS_PICTURE_LINK_MINUTES", 15,
                                             maximum=24 * 60),
        )
        settings.validate()
        return settings

    @property
    def local_development(self) -> bool:
        """No app id: no Bot Framework authentication, so only a loopback address is safe."""
        return not self.app_id

    @property
    def tenant_ids(self) -> tuple[str, ...]:
        """MicrosoftAppTenantId: the school's tenant, or an explicit comma-separated list."""
        return tuple(part.strip() for part in self.tenant_id.split(",") if part.strip())

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
        if self.app_id and not self.tenant_ids:
            raise SettingsError("MicrosoftAppTenantId is required: the school's tenant id "
                                "(several, if ever needed, separated by commas); activities "
                                "from every other tenant are refused")
        if self.ingest_token and len(self.ingest_token) < MIN_INGEST_TOKEN:
            raise SettingsError(f"LVS_INGEST_TOKEN must have at least {MIN_INGEST_TOKEN} "
                                "characters (e.g. `openssl rand -hex 32`)")
        if self.local_development and not is_loopback(self.host):
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
        if self.holiday_region not in REGIONS:
            raise SettingsError(f"LVS_HOLIDAY_REGION must be one of {', '.join(REGIONS)}, "
                                f"not {self.holiday_region!r}")
        self.protocol()

    def protocol(self) -> Protocol:
        """The absence protocol: LVS_PROTOCOL's file, else the shipped default; a Dutch one
        counts the official school and public holidays of LVS_HOLIDAY_REGION as days off."""
        return _protocol_at(self.protocol_path, self.holiday_region)

    def holiday_warning(self, today: date) -> str | None:
        """Said at start-up when the current school year has no school holidays configured:
        deadlines and school weeks would then count holidays as school days."""
        if self.protocol().jurisdiction != DUTCH or has_holidays_for(self.holiday_region, today):
            return None
        return (f"no school holidays are configured for the school year of {today:%d-%m-%Y} "
                f"(LVS_HOLIDAY_REGION={self.holiday_region}): deadlines count holidays as "
                "school days. Add this year's holidays to domain/absence/school_holidays_nl.toml "
                "or to the protocol file's [[holiday]] tables.")

    def bot_auth(self) -> SimpleNamespace:
        """What the SDK's ConfigurationBotFrameworkAuthentication reads with getattr()."""
        return SimpleNamespace(
            APP_ID=self.app_id,
            APP_PASSWORD=self.app_password,
            # Without an app id the SDK only accepts MultiTenant (it then skips authentication).
            APP_TYPE=self.app_type if self.app_id else "MultiTenant",
            APP_TENANTID=self.tenant_ids[0] if self.tenant_ids else "",
        )


@functools.cache
def _protocol_at(path: str, region: str) -> Protocol:
    """Read and checked once per process: the app, its dialogs and its daily jobs share it."""
    protocol = _protocol_file(path)
    if protocol.jurisdiction != DUTCH:
        return protocol
    return replace(protocol, calendar=dutch_calendar(region, protocol.calendar.holidays))


def _protocol_file(path: str) -> Protocol:
    if not path:
        return default_protocol()
    try:
        return load_protocol(Path(path))
    except OSError as error:
        raise SettingsError(f"LVS_PROTOCOL={path}: {error}") from error
    except ProtocolError as error:
        raise SettingsError(f"LVS_PROTOCOL is not a valid protocol:\n{error}") from error
