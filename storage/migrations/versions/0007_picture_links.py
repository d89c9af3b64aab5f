"""picture_links: the absence picture served at an expiring link to Teams' mobile clients

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 11:45:00.000000

The token's SHA-256, the PNG (a few hundred bytes) and its expiry; no student, no name.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('picture_links',
    sa.Column('token_digest', sa.String(length=64), nullable=False),
    sa.Column('png', sa.LargeBinary(), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('token_digest', name=op.f('pk_picture_links'))
    )
    with op.batch_alter_table('picture_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_picture_links_expires_at'), ['expires_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('picture_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_picture_links_expires_at'))
    op.drop_table('picture_links')
