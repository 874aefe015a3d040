"""create customers

Revision ID: 3f1a9c2b7d10
Revises:
Create Date: 2024-03-11 09:45:12
"""

import sqlalchemy as sa
from alembic import op

revision = "3f1a9c2b7d10"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), nullable=False, server_default=sa.func.current_timestamp()
        ),
        sa.UniqueConstraint("email", name="uq_customers_email"),
    )


def downgrade() -> None:
    op.drop_table("customers")
