"""add customers.email_domain

Revision ID: c5a7e1d9b3f2
Revises: 8b4e6d0f2a51
Create Date: 2024-05-02 14:02:33
"""

import sqlalchemy as sa
from alembic import op

revision = "c5a7e1d9b3f2"
down_revision = "8b4e6d0f2a51"
branch_labels = None
depends_on = None

INDEX_NAME = "ix_customers_email_domain"


def _domain(email: str) -> str:
    # Same rule as the app (app.models.email_domain_of), so Unicode domains lower-case alike.
    return email.rsplit("@", 1)[1].lower()


def upgrade() -> None:
    op.add_column("customers", sa.Column("email_domain", sa.String(length=255), nullable=True))
    conn = op.get_bind()
    for customer_id, email in conn.execute(sa.text("SELECT id, email FROM customers")).all():
        op.execute(f"UPDATE customers SET email_domain = '{_domain(email)}' WHERE id = {customer_id}")
    op.create_index(INDEX_NAME, "customers", ["email_domain"])


def downgrade() -> None:
    # The index must go first: SQLite refuses to drop a column that an index still uses.
    op.drop_index(INDEX_NAME, table_name="customers")
    with op.batch_alter_table("customers") as batch_op:
        batch_op.drop_column("email_domain")
