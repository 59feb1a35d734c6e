"""The local SQLite store."""

from .database import open_database, schema_version
from .store import DocumentRecord, Store

__all__ = ["DocumentRecord", "Store", "open_database", "schema_version"]
