"""Use cases: one function per user action, each one transaction that checks the actor's
permission, writes an audit event and returns frozen dataclasses (never ORM objects)."""
