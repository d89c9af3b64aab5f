"""The benchmark's server processes: started on a free loopback port, waited for, stopped."""

from __future__ import annotations

import contextlib
import os
import platform
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "var" / "bench"


@contextlib.contextmanager
def server(kind: str, *args: str) -> Iterator[tuple[int, int]]:
    port = free_port()
    module = ["-m", "bench._echo_bot"] if kind == "echo bot" else ["-m", "bench._servers"]
    name = {"bare handler": "bare"}.get(kind, kind)
    command = [sys.executable, *module, *([] if kind == "echo bot" else [name]), str(port),
               *args]
    log = (OUT / f"{name.replace(' ', '-')}.log").open("wb")  # the server's own output
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, process)
        yield port, process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server on port {port} stopped: {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after 30 s")


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"
