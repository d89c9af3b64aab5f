"""Proactive prompts: who hears about a signal, when, how often, and what to do when
Teams pushes back. Pure rules; bot/ delivers and storage/ keeps the outbox."""
