"""Absence protocol in chat: the prompt cards, `taken`, `gedaan <task>`, `signaal`."""
