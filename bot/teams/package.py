"""The Teams app package: manifest/manifest.template.json with the app id, version and host
filled in, zipped with the icons and translations it names. This zip is what a Teams admin
uploads (Teams admin center -> Teams apps -> Manage apps -> Upload new app)."""

from __future__ import annotations

import json
import re
import tomllib
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MANIFEST_FOLDER = PROJECT_ROOT / "manifest"
TEMPLATE_NAME = "manifest.template.json"
DEFAULT_OUTPUT = Path("build/lvsbot-teams.zip")

# The same patterns the Teams schema uses for `id`/`botId` and for `version`.
GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
# A public DNS name: Teams and the Azure Bot only talk to https on a real domain.
HOST_NAME = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
# A fixed timestamp keeps the zip byte-for-byte reproducible from the same inputs.
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)


class PackageError(ValueError):
    """A value the package cannot be built with; the message says which one and why."""


@dataclass(frozen=True)
class AppValues:
    """What differs per school: the bot's Microsoft App ID, the app version, the public host."""

    app_id: str
    version: str
    host: str

    def __post_init__(self) -> None:
        if not self.app_id:
            raise PackageError("no app id: pass --app-id or set MicrosoftAppId (the Application "
                               "(client) ID of the bot's Entra app registration)")
        if not GUID.match(self.app_id):
            raise PackageError(f"the app id {self.app_id!r} is not a GUID such as "
                               "01234567-89ab-cdef-0123-456789abcdef")
        if not SEMVER.match(self.version):
            raise PackageError(f"the version {self.version!r} is not MAJOR.MINOR.PATCH, "
                               "which is what Teams accepts (for example 1.4.0)")
        _check_host(self.host)

    @property
    def messaging_endpoint(self) -> str:
        return f"https://{self.host}/api/messages"

    def placeholders(self) -> dict[str, str]:
        return {"MicrosoftAppId": self.app_id, "version": self.version, "host": self.host}


def _check_host(host: str) -> None:
    if not host:
        raise PackageError("no host: pass --host with the public host name of the bot, "
                           "for example --host lvsbot.school.nl")
    if "://" in host or "/" in host:
        raise PackageError(f"--host {host!r}: give the host name only, without https:// "
                           "or a path, for example lvsbot.school.nl")
    if not HOST_NAME.match(host):
        raise PackageError(f"--host {host!r} is not a public DNS name in lower case, "
                           "such as lvsbot.school.nl")


def project_version(pyproject: Path = PROJECT_ROOT / "pyproject.toml") -> str:
    with pyproject.open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def fill(value: Any, placeholders: Mapping[str, str]) -> Any:
    """Replace {{name}} in every string of a parsed JSON document; unknown names are an error,
    so a new placeholder in the template cannot slip into a package unfilled."""
    if isinstance(value, dict):
        return {key: fill(item, placeholders) for key, item in value.items()}
    if isinstance(value, list):
        return [fill(item, placeholders) for item in value]
    if isinstance(value, str):
        return PLACEHOLDER.sub(lambda match: _lookup(match.group(1), placeholders), value)
    return value


def _lookup(name: str, placeholders: Mapping[str, str]) -> str:
    if name not in placeholders:
        raise PackageError(f"the manifest template uses {{{{{name}}}}}, which lvsbot package "
                           f"does not fill (known: {', '.join(sorted(placeholders))})")
    return placeholders[name]


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def build_manifest(values: AppValues, folder: Path = MANIFEST_FOLDER) -> dict[str, Any]:
    if not (folder / TEMPLATE_NAME).is_file():  # e.g. installed from a wheel, not a checkout
        raise PackageError(f"{folder / TEMPLATE_NAME} is missing: run lvsbot package "
                           "in a checkout of the lvsbot repository")
    manifest: dict[str, Any] = fill(_read_json(folder / TEMPLATE_NAME), values.placeholders())
    return manifest


def companion_files(manifest: Mapping[str, Any]) -> list[str]:
    """The files the manifest points to, which must sit next to it at the zip's root."""
    icons = [manifest["icons"][kind] for kind in ("color", "outline")]
    languages = manifest.get("localizationInfo", {}).get("additionalLanguages", [])
    return icons + [language["file"] for language in languages]


def write_package(values: AppValues, output: Path = DEFAULT_OUTPUT,
                  folder: Path = MANIFEST_FOLDER) -> list[str]:
    """Write the zip; returns the names in it, manifest.json first."""
    manifest = build_manifest(values, folder)
    contents = {"manifest.json": _json_bytes(manifest)}
    for name in companion_files(manifest):
        contents[name] = _companion(folder / name, values)
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in contents.items():
            entry = zipfile.ZipInfo(name, date_time=ZIP_TIMESTAMP)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)
    return list(contents)


def _companion(path: Path, values: AppValues) -> bytes:
    """Icons go in as they are; translation files get the same placeholders filled."""
    if path.suffix == ".json":
        return _json_bytes(fill(_read_json(path), values.placeholders()))
    return path.read_bytes()


def _json_bytes(document: Any) -> bytes:
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
