"""A colleague's writes to a team store, as the typed change broadcast the panels use.

A team store sends a notice after each committed write (store/postgres_notices.py);
:class:`ColleagueChanges` listens on a connection of its own and turns the notices
of other connections into :class:`Changes`, the same a window's own edits
broadcast, so every panel refreshes just what a colleague changed.  The edits made
through the window's own connection are left out: it announces them itself.  Its
workers' writes (an import, recognition) are not: the panels follow them as they
are committed, and once more when the worker ends.
"""

from __future__ import annotations

import json

from .operations.changes import Changes, Table
from .store.postgres_notices import CHANNEL

_TABLES = {
    "documents": Table.DOCUMENTS,
    "mentions": Table.MENTIONS,
    "mention_reviews": Table.MENTIONS,
    "annotations": Table.ANNOTATIONS,
    "capacity_rows": Table.CAPACITY,
    "cluster_rows": Table.CLUSTERS,
    "entities": Table.ENTITIES,
    "entity_aliases": Table.ENTITIES,
    "never_names": Table.ENTITIES,
    "document_tags": Table.TAGS,
}
_KINDS = {"INSERT": "created", "UPDATE": "updated", "DELETE": "deleted"}


def notice_changes(payload: str) -> Changes:
    """The changes one notice reports (none for a notice this version does not know)."""
    try:
        notice = json.loads(payload)
        table = _TABLES[notice["table"]]
    except (ValueError, KeyError, TypeError):
        return Changes()
    documents = [int(d) for d in notice.get("documents", ()) if d is not None]
    ids = [int(i) for i in notice.get("ids", ()) if i is not None]
    if notice.get("reload") or not ids or notice.get("event") not in _KINDS:
        return Changes.reloaded(table, document_ids=documents)
    return Changes.of(table, document_ids=documents, **{_KINDS[notice["event"]]: ids})


def _writer(payload: str) -> int | None:
    try:
        return json.loads(payload).get("by")
    except (ValueError, AttributeError):
        return None


class ColleagueChanges:
    """A connection listening to a team store's notices; it belongs to one thread."""

    def __init__(self, url: str, own_connection: int | None = None):
        """``own_connection``: the server process id of the connection whose writes
        are not reported (the window's own)."""
        import psycopg

        from .store.postgres import APPLICATION_NAME

        self._own = own_connection
        self._conn = psycopg.connect(
            url, autocommit=True, application_name=f"{APPLICATION_NAME} listening"
        )
        self._conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, seconds: float) -> Changes:
        """What other processes changed in the next ``seconds`` (merged, maybe none).

        Raises ``psycopg.Error`` when the connection is lost.
        """
        changes = Changes()
        for notice in self._conn.notifies(timeout=seconds):
            if _writer(notice.payload) != self._own:
                changes |= notice_changes(notice.payload)
        return changes

    def close(self) -> None:
        self._conn.close()
