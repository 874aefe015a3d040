"""customers.email_domain, backfilled in Python

Revision ID: 2d9f4b61a8e7
Revises: 8b4e6d0f2a51
Create Date: 2024-06-18 08:12:40
"""

import sqlalchemy as sa
from alembic import op

revision = "2d9f4b61a8e7"
down_revision = "8b4e6d0f2a51"
branch_labels = None
depends_on = None

# A lightweight table stand-in: the migration never imports the app's models, which move on.
customers = sa.table(
    "customers",
    sa.column("id", sa.Integer),
    sa.column("email", sa.String),
    sa.column("email_domain", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("email_domain", sa.String(length=255), nullable=True))
        batch.create_index("ix_customers_email_domain", ["email_domain"], unique=False)

    conn = op.get_bind()
    rows = conn.execute(sa.select(customers.c.id, customers.c.email)).all()
    updates = [{"key": row.id, "domain": row.email.rpartition("@")[2].lower()} for row in rows]
    if updates:
        conn.execute(
            customers.update()
            .where(customers.c.id == sa.bindparam("key"))
            .values(email_domain=sa.bindparam("domain")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.drop_index("ix_customers_email_domain")
        batch.drop_column("email_domain")
