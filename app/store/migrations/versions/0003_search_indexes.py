"""Search indexes: list order with a tiebreak, and reversed keys for suffix search.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

REVERSED = ("order_no", "plate", "vin", "phone", "customer_name", "serial")


def upgrade() -> None:
    op.drop_index("ix_case_opened", table_name="service_case")
    op.drop_index("ix_case_state_opened", table_name="service_case")
    op.create_index("ix_case_opened", "service_case", ["opened_at", "order_no"])
    op.create_index("ix_case_state_opened", "service_case", ["state", "opened_at", "order_no"])
    for column in REVERSED:
        # reverse() is the deterministic UDF every app connection registers (app.store.engine).
        op.execute(f"CREATE INDEX ix_case_rev_{column} ON service_case (reverse({column}))")


def downgrade() -> None:
    for column in REVERSED:
        op.execute(f"DROP INDEX IF EXISTS ix_case_rev_{column}")
    op.drop_index("ix_case_state_opened", table_name="service_case")
    op.drop_index("ix_case_opened", table_name="service_case")
    op.create_index("ix_case_opened", "service_case", ["opened_at"])
    op.create_index("ix_case_state_opened", "service_case", ["state", "opened_at"])
