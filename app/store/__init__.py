"""Persistence: SQLAlchemy 2 models, the engine with its pragmas and UDFs, Alembic migrations,
change-capture triggers for head-office sync, and the tamper-evident audit log."""
