"""`lvsbot package`: write the Teams app package (zip) that a Teams admin uploads."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.settings import environment
from bot.teams.package import (
    DEFAULT_OUTPUT,
    AppValues,
    PackageError,
    project_version,
    write_package,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("package", help="write the Teams app package (zip) to upload")
    parser.add_argument("--app-id", default="",
                        help="the bot's Microsoft App ID, a GUID (default: MicrosoftAppId "
                             "from the environment or .env)")
    parser.add_argument("--host", default="",
                        help="public host name of the bot, e.g. lvsbot.school.nl")
    parser.add_argument("--version", default="",
                        help="app version MAJOR.MINOR.PATCH (default: pyproject.toml's)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"where to write the zip (default: {DEFAULT_OUTPUT})")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        values = AppValues(
            app_id=(args.app_id or _app_id_from_environment()).strip(),
            version=(args.version or project_version()).strip(),
            host=args.host.strip().lower(),
        )
        names = write_package(values, args.output)
    except PackageError as error:
        print(f"lvsbot package: {error}", file=sys.stderr)
        return 2
    print(f"wrote {args.output}: {', '.join(names)}")
    print(f"app id {values.app_id}, version {values.version}, valid domain {values.host}")
    print(f"messaging endpoint for the Azure Bot: {values.messaging_endpoint}")
    return 0


def _app_id_from_environment() -> str:
    """MicrosoftAppId as the bot itself reads it: the environment wins over .env. Only this one
    value is read, so packaging works on a machine without the bot's secrets."""
    return environment().get("MicrosoftAppId", "")
