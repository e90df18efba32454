"""Ids stored as 16 bytes (issue 12 storage): every primary key and every column holding a
UUID (foreign keys, ``*_id``, ``*_by``, staff references, subject ids, the dealer) keeps
the UUID's 16 bytes instead of its 36 characters (`app.store.types.Uuid`). The declared
column types stay (TEXT affinity stores a BLOB as it is), so no table is rebuilt.

Lossless both ways, nothing queued, foreign keys checked, indexes and triggers rebuilt:
`app.store.id_storage.convert`.

Revision ID: 0021
Revises: 0020
"""

from __future__ import annotations

from alembic import op

from app.store import id_storage

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    id_storage.convert(op.get_bind(), binary=True)


def downgrade() -> None:
    id_storage.convert(op.get_bind(), binary=False)
