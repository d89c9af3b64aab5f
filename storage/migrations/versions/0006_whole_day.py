"""absence_events.whole_day: a truancy registration for the whole school day

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 11:15:00

"3 dagen aaneen" counts whole days truanted (DOMAIN.md §3). The flag is stored with the
registration so that the same id sent again is recognised as the same content (a duplicate),
and other content as a conflict.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('absence_events') as batch:
        batch.add_column(sa.Column('whole_day', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('absence_events') as batch:
        batch.drop_column('whole_day')
