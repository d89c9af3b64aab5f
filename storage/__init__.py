"""Persistence: SQLAlchemy tables, Alembic migrations and the repositories behind domain ports."""
