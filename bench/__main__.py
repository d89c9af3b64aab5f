"""Run every benchmark in one go: each bench/<name>.py (not starting with "_") that can run
as a program (`if __name__ == "__main__":`) is run as `python -m bench.<name>`, with its own
default options, one after the other in name order. A new benchmark needs no registration.

    python -m bench            # all of them (what `make bench` runs)
    python -m bench turns      # only bench/turns.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS_AS_PROGRAM = 'if __name__ == "__main__":'


def benchmarks(only: set[str]) -> list[str]:
    return [path.stem for path in sorted(HERE.glob("*.py"))
            if not path.stem.startswith("_") and (not only or path.stem in only)
            and RUNS_AS_PROGRAM in path.read_text(encoding="utf-8")]


def run_all(names: list[str]) -> int:
    failed = []
    for name in benchmarks(set(names)):
        print(f"== bench/{name}.py", flush=True)
        started = time.perf_counter()
        # Its own process: each benchmark starts from a clean interpreter and event loop.
        if subprocess.run([sys.executable, "-m", f"bench.{name}"], cwd=HERE.parent).returncode:
            failed.append(name)
        print(f"== bench/{name}.py done in {time.perf_counter() - started:.0f} s\n", flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run_all(sys.argv[1:]))
