"""The install is locked: every package pinned with hashes, and neither the floors in
pyproject.toml nor the lock admit a version with a published advisory."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
# The first safe version of each (README, "Dependencies").
FIRST_SAFE = {"aiohttp": "3.13.3", "requests": "2.32.4", "urllib3": "2.5.0",
              "cryptography": "44.0.1", "pyjwt": "2.10.1"}
_PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)")


def locked() -> dict[str, tuple[Version, int]]:
    """name → (pinned version, number of hashes)."""
    pins: dict[str, tuple[Version, int]] = {}
    current = ""
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        pin = _PIN.match(line)
        if pin:
            current = canonicalize_name(pin.group(1))
            pins[current] = (Version(pin.group(2)), 0)
        elif line.strip().startswith("--hash=sha256:") and current:
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
    return pins


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(text) for text in
            project["dependencies"] + project["optional-dependencies"]["dev"]]


def test_every_declared_dependency_is_locked_with_hashes() -> None:
    pins = locked()
    assert pins and all(hashes > 0 for _, hashes in pins.values())
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in pins, name
        assert requirement.specifier.contains(pins[name][0]), (name, pins[name][0])


def test_no_floor_and_no_pin_admits_a_vulnerable_version() -> None:
    pins = locked()
    floors = {canonicalize_name(r.name): r.specifier for r in declared()}
    for name, first_safe in FIRST_SAFE.items():
        assert pins[name][0] >= Version(first_safe), name
        assert name in floors, f"{name} has no floor in pyproject.toml"
        assert not floors[name].contains(_just_below(first_safe)), (name, str(floors[name]))


def _just_below(version: str) -> str:
    """The highest release before `version` a floor could still admit (x.y.z-1, or x.y-1.99)."""
    major, minor, patch = (int(part) for part in version.split("."))
    if patch:
        return f"{major}.{minor}.{patch - 1}"
    return f"{major}.{minor - 1}.99" if minor else f"{major - 1}.99.99"
