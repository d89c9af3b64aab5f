"""`nieuw formulier` and `snel formulier`: adding a form, step by step or on one card.
The steps and questions here are shared with the edit dialog."""
