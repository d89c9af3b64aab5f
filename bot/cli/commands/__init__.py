"""The sub-commands of `lvsbot`, one module each."""
