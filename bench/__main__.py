"""Run every benchmark in one go: each bench/<name>.py (not starting with "_") that has a
`main()` is run in turn, in name order. A new benchmark needs no registration: add the file.

    python -m bench            # all of them
    python -m bench turns      # only bench/turns.py
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from collections.abc import Callable
from pathlib import Path


def benchmarks(only: set[str]) -> list[tuple[str, Callable[[], object]]]:
    found = []
    for module in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]),
                         key=lambda m: m.name):
        if module.name.startswith("_") or (only and module.name not in only):
            continue
        main = getattr(importlib.import_module(f"bench.{module.name}"), "main", None)
        if callable(main):
            found.append((module.name, main))
    return found


def run_all(argv: list[str]) -> int:
    failed = 0
    for name, main in benchmarks(set(argv)):
        print(f"== bench/{name}.py", flush=True)
        started = time.perf_counter()
        result = main()
        failed += int(bool(result))  # a main() that returns non-zero (or True) failed
        print(f"== bench/{name}.py done in {time.perf_counter() - started:.0f} s\n", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run_all(sys.argv[1:]))
