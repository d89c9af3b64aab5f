"""Benchmarks: `make bench` (or `python -m bench`) runs every bench/*.py that runs as a
program; see bench/__main__.py."""
