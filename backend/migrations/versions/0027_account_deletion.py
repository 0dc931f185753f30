"""account deletion: a comment outlives its author's account (author_id set null) instead of vanishing

Revision ID: 0027_account_deletion
Revises: 0021_trash
Create Date: 2026-12-07

A deleted account's comments in projects that stay (someone else's, or one it handed over) are part of
their threads: they are kept, shown as by a deleted person.
"""

import sqlalchemy as sa
from alembic import op

revision = "0027_account_deletion"
down_revision = "0026_account_email"
branch_labels = None
depends_on = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
NO_FK_TABLES = {"resolve_fks": False}
FK = "fk_comments_author_id_users"


def _author(*, nullable: bool, ondelete: str) -> None:
    with op.batch_alter_table("comments", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.drop_constraint(batch.f(FK), type_="foreignkey")
        batch.alter_column("author_id", existing_type=BIGINT_ID, nullable=nullable)
        batch.create_foreign_key(batch.f(FK), "users", ["author_id"], ["id"], ondelete=ondelete)


def upgrade():
    _author(nullable=True, ondelete="SET NULL")


def downgrade():
    # Comments without an author cannot be kept under NOT NULL: they go, as they would have before.
    op.execute("DELETE FROM comments WHERE author_id IS NULL")
    _author(nullable=False, ondelete="CASCADE")
