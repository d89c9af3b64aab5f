"""The values that go into the Teams package are checked before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.teams.package import AppValues, PackageError, build_manifest, companion_files, fill

APP_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"
HOST = "lvsbot.school.nl"


@pytest.mark.parametrize(("app_id", "message"), [
    ("", "no app id"),
    ("lvsbot", "not a GUID"),
    ("0f8fad5b-d9cb-469f-a165-70867728950", "not a GUID"),
    ("{0f8fad5b-d9cb-469f-a165-70867728950e}", "not a GUID"),
])
def test_app_id_must_be_a_guid(app_id: str, message: str) -> None:
    with pytest.raises(PackageError, match=message):
        AppValues(app_id, "1.0.0", HOST)


@pytest.mark.parametrize(("host", "message"), [
    ("", "no host"),
    ("https://lvsbot.school.nl", "without https://"),
    ("lvsbot.school.nl/api/messages", "without https://"),
    ("localhost", "public DNS name"),
    ("10.0.0.5", "public DNS name"),
    ("LVSBOT.school.nl", "lower case"),
])
def test_host_must_be_a_bare_public_host_name(host: str, message: str) -> None:
    with pytest.raises(PackageError, match=message):
        AppValues(APP_ID, "1.0.0", host)


@pytest.mark.parametrize("version", ["1.0", "1.0.0.dev1", "01.0.0", "v1.0.0"])
def test_version_must_be_plain_semver(version: str) -> None:
    with pytest.raises(PackageError, match="MAJOR.MINOR.PATCH"):
        AppValues(APP_ID, version, HOST)


def test_valid_values_give_the_messaging_endpoint() -> None:
    values = AppValues(APP_ID.upper(), "2.10.0", HOST)
    assert values.messaging_endpoint == "https://lvsbot.school.nl/api/messages"


def test_fill_replaces_placeholders_everywhere_in_the_document() -> None:
    template = {"id": "{{MicrosoftAppId}}", "urls": ["https://{{host}}/privacy"], "n": 3}
    filled = fill(template, AppValues(APP_ID, "1.0.0", HOST).placeholders())
    assert filled == {"id": APP_ID, "urls": ["https://lvsbot.school.nl/privacy"], "n": 3}


def test_fill_refuses_a_placeholder_it_does_not_know() -> None:
    with pytest.raises(PackageError, match=r"\{\{tenant\}\}"):
        fill({"x": "{{tenant}}"}, {"host": HOST})


def test_companion_files_are_the_icons_and_the_translations() -> None:
    manifest = {"icons": {"color": "c.png", "outline": "o.png"},
                "localizationInfo": {"defaultLanguageTag": "nl-NL",
                                     "additionalLanguages": [{"languageTag": "en",
                                                              "file": "en.json"}]}}
    assert companion_files(manifest) == ["c.png", "o.png", "en.json"]


def test_a_missing_template_is_reported_not_crashed_on(tmp_path: Path) -> None:
    with pytest.raises(PackageError, match="manifest.template.json is missing"):
        build_manifest(AppValues(APP_ID, "1.0.0", HOST), folder=tmp_path)
