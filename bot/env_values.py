"""Parsers for single environment values; each error names its variable (SettingsError).
Used by bot/settings.py only, which reads every variable once."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from datetime import time
from pathlib import Path
from urllib.parse import urlsplit

from domain.notify.quiet_hours import SchoolHours, parse_school_hours

Values = Mapping[str, str]
_ON = ("on", "1", "true", "yes")
_OFF = ("off", "0", "false", "no")


class SettingsError(ValueError):
    """A bad configuration value; the message names the variable."""


def text(values: Values, name: str, default: str = "") -> str:
    return values.get(name, "").strip() or default


def switch(values: Values, name: str, default: bool) -> bool:
    """on/off, 1/0, true/false, yes/no; empty or unset: the default."""
    value = text(values, name).lower()
    if not value:
        return default
    if value in _ON or value in _OFF:
        return value in _ON
    raise SettingsError(f"{name} must be on or off, not {value!r}")


def port(values: Values, name: str, default: int) -> int:
    value = text(values, name, str(default))
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise SettingsError(f"{name} must be a number from 1 to 65535, not {value!r}")
    return int(value)


def seconds(values: Values, name: str, default: float, minimum: float) -> float:
    value = text(values, name, str(default))
    try:
        return max(minimum, float(value))
    except ValueError:
        raise SettingsError(f"{name} must be seconds, not {value!r}") from None


def minutes(values: Values, name: str, default: int, maximum: int) -> int:
    value = text(values, name, str(default))
    if not value.isdigit() or not 0 < int(value) <= maximum:
        raise SettingsError(f"{name} must be whole minutes from 1 to {maximum}, not {value!r}")
    return int(value)


def public_url(values: Values, name: str) -> str:
    """An https origin (and optional path) without a trailing slash; http only on loopback,
    for trying the bot on this machine. Empty when unset."""
    value = text(values, name).rstrip("/")
    if not value:
        return ""
    parts = urlsplit(value)
    secure = parts.scheme == "https" or (parts.scheme == "http"
                                         and is_loopback(parts.hostname or ""))
    if not secure or not parts.hostname or parts.query or parts.fragment or "@" in parts.netloc:
        raise SettingsError(f"{name} must be the bot's public https address, e.g. "
                            f"https://lvsbot.school.nl, not {value!r}")
    return value


def daily_time(values: Values, switch_name: str, at_name: str, default: str) -> time | None:
    """When a daily job runs (`at_name`, e.g. LVS_RETENTION_AT); None when `switch_name` is
    off."""
    if not switch(values, switch_name, True):
        return None
    value = text(values, at_name, default)
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise SettingsError(f"{at_name} must be a time like {default}, not {value!r}") from None


def school_hours(values: Values, name: str) -> SchoolHours:
    try:
        return parse_school_hours(values.get(name, ""))
    except ValueError as error:
        raise SettingsError(f"{name}: {error}") from error


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: str | None) -> bool:
    """An http(s) URL whose host is this machine (a local connector, a local upload)."""
    try:
        parts = urlsplit(url or "")
        host = parts.hostname or ""
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and is_loopback(host)


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
