"""Wiring: settings, the aiohttp app, the Teams activity handler, the CLI and the workers."""
