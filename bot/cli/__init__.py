"""`lvsbot`: every operation an admin runs.

Each sub-command lives in its own module in bot/cli/commands/ and registers itself through
`register(subparsers)`, setting `func` on its parser.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from sqlalchemy.exc import OperationalError, ProgrammingError

from bot.cli import commands
from bot.settings import SettingsError


def command_modules() -> list[str]:
    """Every module in bot/cli/commands/ is a sub-command: adding one needs no other change."""
    return sorted(f"{commands.__name__}.{info.name}"
                  for info in pkgutil.iter_modules(commands.__path__))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lvsbot", description="the student file in Teams")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in command_modules():
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except SettingsError as error:
        print(f"lvsbot: configuration error: {error}", file=sys.stderr)
        return 2
    except (OperationalError, ProgrammingError) as error:
        print(f"lvsbot: the database (DATABASE_URL) cannot be used: {error.orig}\n"
              "Is it reachable, and migrated? (`lvsbot db upgrade`)", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
