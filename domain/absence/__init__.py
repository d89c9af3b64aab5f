"""The absence protocol: registrations in, signals out (DOMAIN.md §3-4).

The protocol is data (protocols/*.toml); the engine keeps counters per student per
school year and only ever adds the new events to them.
"""
