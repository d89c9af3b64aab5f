"""`lvsbot package` end to end: the zip a Teams admin uploads, checked against the official
Teams JSON schema kept in manifest/schema/ (see its README for source and version)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator, Draft7Validator, validators

from bot.cli import main
from bot.teams.package import MANIFEST_FOLDER, project_version

APP_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"
HOST = "lvsbot.school.nl"
SCHEMA_FOLDER = MANIFEST_FOLDER / "schema" / "v1.29"
# Microsoft's schemas declare draft-04 yet use "const" (a draft-06 keyword, e.g. for
# manifestVersion); plain draft-04 validation would silently skip it.
TeamsValidator = validators.extend(Draft4Validator, {"const": Draft7Validator.VALIDATORS["const"]})


def schema_errors(document: Any, schema_file: str) -> list[str]:
    schema = json.loads((SCHEMA_FOLDER / schema_file).read_text(encoding="utf-8"))
    validator = TeamsValidator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
            for error in validator.iter_errors(document)]


@pytest.fixture
def package(tmp_path: Path) -> zipfile.ZipFile:
    output = tmp_path / "lvsbot-teams.zip"
    assert main(["package", "--app-id", APP_ID, "--host", HOST, "--output", str(output)]) == 0
    return zipfile.ZipFile(output)


def read_json(package: zipfile.ZipFile, name: str) -> Any:
    return json.loads(package.read(name).decode("utf-8"))


def test_zip_holds_the_manifest_icons_and_translation_at_its_root(
        package: zipfile.ZipFile) -> None:
    assert sorted(package.namelist()) == ["color.png", "en.json", "manifest.json", "outline.png"]
    for name in ("color.png", "outline.png"):
        assert package.read(name) == (MANIFEST_FOLDER / name).read_bytes()


def test_manifest_passes_the_official_teams_schema(package: zipfile.ZipFile) -> None:
    assert schema_errors(read_json(package, "manifest.json"), "MicrosoftTeams.schema.json") == []


def test_translation_passes_the_official_localization_schema(package: zipfile.ZipFile) -> None:
    translation = read_json(package, "en.json")
    assert schema_errors(translation, "MicrosoftTeams.Localization.schema.json") == []
    assert translation["$schema"].endswith("/v1.29/MicrosoftTeams.Localization.schema.json")


def test_manifest_carries_the_app_id_version_and_host(package: zipfile.ZipFile) -> None:
    manifest = read_json(package, "manifest.json")
    assert manifest["id"] == manifest["bots"][0]["botId"] == APP_ID
    assert manifest["version"] == project_version()
    assert manifest["validDomains"] == [HOST]
    assert manifest["developer"]["privacyUrl"] == f"https://{HOST}/privacy"
    assert "{{" not in package.read("manifest.json").decode("utf-8")


def test_manifest_version_is_the_schema_kept_in_the_repository(package: zipfile.ZipFile) -> None:
    manifest = read_json(package, "manifest.json")
    schema = json.loads((SCHEMA_FOLDER / "MicrosoftTeams.schema.json").read_text("utf-8"))
    assert manifest["manifestVersion"] == schema["properties"]["manifestVersion"]["const"]
    version = manifest["manifestVersion"]
    assert manifest["$schema"].endswith(f"/v{version}/MicrosoftTeams.schema.json")


def test_bot_is_personal_first_with_files_and_dutch_commands(package: zipfile.ZipFile) -> None:
    bot = read_json(package, "manifest.json")["bots"][0]
    assert bot["supportsFiles"] is True
    assert set(bot["scopes"]) == {"personal", "team", "groupChat"}
    personal, shared = bot["commandLists"]
    assert [c["title"] for c in personal["commands"]] == [
        "help", "hulp", "nieuw formulier", "logboek", "taken"]
    assert set(shared["scopes"]) == {"team", "groupChat"}
    assert [c["title"] for c in shared["commands"]] == ["help", "hulp"]


def test_schema_check_catches_a_wrong_manifest_version(package: zipfile.ZipFile) -> None:
    manifest = read_json(package, "manifest.json")
    broken = {**manifest, "manifestVersion": "1.28", "accentColor": "blue"}
    del broken["developer"]
    errors = schema_errors(broken, "MicrosoftTeams.schema.json")
    assert any(e.startswith("manifestVersion:") for e in errors)
    assert any(e.startswith("accentColor:") for e in errors)
    assert any("'developer' is a required property" in e for e in errors)


def test_app_id_comes_from_the_environment_when_not_given(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MicrosoftAppId", APP_ID)
    assert main(["package", "--host", HOST]) == 0
    manifest = json.loads(zipfile.ZipFile("build/lvsbot-teams.zip").read("manifest.json"))
    assert manifest["id"] == APP_ID


@pytest.mark.parametrize(("arguments", "message"), [
    ([], "no app id: pass --app-id or set MicrosoftAppId"),
    (["--app-id", "my-bot"], "the app id 'my-bot' is not a GUID"),
    (["--app-id", APP_ID, "--host", "https://lvsbot.school.nl"], "without https://"),
])
def test_package_is_refused_with_a_clear_message(
        arguments: list[str], message: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.delenv("MicrosoftAppId", raising=False)
    output = tmp_path / "out.zip"
    host = [] if "--host" in arguments else ["--host", HOST]
    assert main(["package", *arguments, *host, "--output", str(output)]) == 2
    assert message in capsys.readouterr().err
    assert not output.exists()


def test_message_action_add_to_logbook_is_in_the_package(package: zipfile.ZipFile) -> None:
    manifest = read_json(package, "manifest.json")
    [extension] = manifest["composeExtensions"]
    assert extension["botId"] == APP_ID
    [command] = extension["commands"]
    assert (command["id"], command["type"], command["context"], command["fetchTask"]) == (
        "addToLogbook", "action", ["message"], True)
    assert command["title"] == "Toevoegen aan logboek"
    assert read_json(package, "en.json")["composeExtensions[0].commands[0].title"] == (
        "Add to logbook")
