"""The head-office server: FastAPI + uvicorn on PostgreSQL (psycopg 3) or embedded SQLite."""

from __future__ import annotations

from app.headoffice.api import create_app

__all__ = ["create_app"]
