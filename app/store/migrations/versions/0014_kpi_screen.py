"""The dealer's own KPI targets (issue 10 item 2): the share on time aimed at per time rule and
the wait aimed at per stage, JSON {key: value} on the dealer row (synced with it); empty means
the defaults of app/services/kpi_targets.py.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.registry import SYNCED_TABLES
from app.store.triggers import install_sync_triggers

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "dealer", sa.Column("kpi_targets", sa.Text(), nullable=False, server_default="{}")
    )
    # The change-capture triggers list the columns: re-made with the new one.
    install_sync_triggers(op.get_bind(), {"dealer": SYNCED_TABLES["dealer"]})


def downgrade() -> None:
    with op.batch_alter_table("dealer", schema=None) as batch_op:
        batch_op.drop_column("kpi_targets")
    install_sync_triggers(op.get_bind(), {"dealer": SYNCED_TABLES["dealer"]})
