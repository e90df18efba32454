"""Pure rules of the service standard: no Qt, no SQLAlchemy, no I/O."""
