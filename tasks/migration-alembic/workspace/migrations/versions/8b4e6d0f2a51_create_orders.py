"""create orders

Revision ID: 8b4e6d0f2a51
Revises: 3f1a9c2b7d10
Create Date: 2024-03-11 10:01:05
"""

import sqlalchemy as sa
from alembic import op

revision = "8b4e6d0f2a51"
down_revision = "3f1a9c2b7d10"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "customer_id",
            sa.Integer(),
            sa.ForeignKey("customers.id", name="fk_orders_customer_id"),
            nullable=False,
        ),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), nullable=False, server_default=sa.func.current_timestamp()
        ),
    )
    op.create_index("ix_orders_customer_id", "orders", ["customer_id"])


def downgrade() -> None:
    op.drop_index("ix_orders_customer_id", table_name="orders")
    op.drop_table("orders")
