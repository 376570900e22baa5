"""Alembic migrations of the store; `hudna.store.migrate` runs them programmatically."""
