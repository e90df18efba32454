"""SHA-256 digests stored as 32 bytes (issue 12 storage): every digest column (case events'
chain hashes, audit events' hashes, snapshot, media, document and subject digests) keeps
the digest's 32 bytes instead of its 64 hex characters (`app.store.types.Sha256`). ``""``
and NULL stay as they are. The declared column types stay (TEXT affinity stores a BLOB as
it is), so no table is rebuilt.

Lossless both ways, nothing queued, indexes and triggers rebuilt:
`app.store.id_storage.convert_digests`.

Revision ID: 0022
Revises: 0021
"""

from __future__ import annotations

from alembic import op

from app.store import id_storage

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    id_storage.convert_digests(op.get_bind(), binary=True)


def downgrade() -> None:
    id_storage.convert_digests(op.get_bind(), binary=False)
