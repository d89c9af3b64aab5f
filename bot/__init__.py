"""Wiring: the composition root (app.py, runtime.py), settings, the routes (web/), the Teams
side (teams/), the speed layer over the SDK (sdk_fast/), background jobs (jobs/) and the
`lvsbot` command (cli/). ARCHITECTURE.md draws the map."""
