"""seen_activities; audit_log append-only in the database itself

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 12:04:24.231583

Triggers refuse UPDATE and DELETE on audit_log, so not even a bug (or a hand at the SQL
prompt using the app's account) can rewrite history. TRUNCATE fires no row triggers: the
test fixtures still empty the table between tests.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

REFUSAL = 'audit_log is append-only'

POSTGRES_UP = (
    f"""CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{REFUSAL}' USING ERRCODE = 'insufficient_privilege';
    END $$""",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
)
POSTGRES_DOWN = (
    "DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_no_delete ON audit_log",
    "DROP FUNCTION IF EXISTS audit_log_append_only()",
)
SQLITE_UP = tuple(
    f"""CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log
    BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"""
    for verb in ("UPDATE", "DELETE")
)
SQLITE_DOWN = ("DROP TRIGGER IF EXISTS audit_log_no_update",
               "DROP TRIGGER IF EXISTS audit_log_no_delete")


def upgrade() -> None:
    op.create_table('seen_activities',
    sa.Column('conversation_id', sa.String(length=400), nullable=False),
    sa.Column('activity_id', sa.String(length=200), nullable=False),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('conversation_id', 'activity_id', name=op.f('pk_seen_activities'))
    )
    with op.batch_alter_table('seen_activities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_seen_activities_seen_at'), ['seen_at'], unique=False)
    for statement in _statements(POSTGRES_UP, SQLITE_UP):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(POSTGRES_DOWN, SQLITE_DOWN):
        op.execute(statement)
    with op.batch_alter_table('seen_activities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_seen_activities_seen_at'))
    op.drop_table('seen_activities')


def _statements(postgres: tuple[str, ...], sqlite: tuple[str, ...]) -> tuple[str, ...]:
    return postgres if op.get_bind().dialect.name == "postgresql" else sqlite
