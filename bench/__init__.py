"""Benchmarks: `make bench` (or `python -m bench`) runs every bench/*.py module with a main()."""
