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


def upgrade() -> None:
    # Adding a nullable column is a plain ALTER TABLE in SQLite: no table rebuild, no row copy.
    op.add_column("customers", sa.Column("email_domain", sa.String(length=255), nullable=True))
    # Domains are case-insensitive and the API lower-cases filter values, so keep them as typed.
    op.execute("UPDATE customers SET email_domain = substr(email, instr(email, '@') + 1)")
    op.create_index(INDEX_NAME, "customers", ["email_domain"])


def downgrade() -> None:
    # The index must go first: SQLite refuses to drop a column that an index still uses.
    op.drop_index(INDEX_NAME, table_name="customers")
    with op.batch_alter_table("customers") as batch_op:
        batch_op.drop_column("email_domain")
