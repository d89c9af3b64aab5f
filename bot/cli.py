"""`lvsbot`: every operation an admin runs. Each sub-command lives in its own module in
bot/commands/ and registers itself through `register(subparsers)`."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bot.settings import SettingsError

# One line per command module; each has register(subparsers) and sets `func` on its parser.
COMMAND_MODULES = (
    "bot.commands.db",
    "bot.commands.absences",
    "bot.commands.serve",
    "bot.commands.worker",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lvsbot", description=__doc__.split("\n")[0])
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except SettingsError as error:
        print(f"lvsbot: configuration error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
