"""What a team store tells the windows open on it after each write: ``NOTIFY`` triggers.

Every statement that writes a table a panel shows sends, when its transaction
commits, one notice on :data:`CHANNEL`: a JSON object naming the table, the kind of
write (``INSERT``, ``UPDATE``, ``DELETE``), the ids of the rows written and the
documents they belong to, and the server process of the connection that wrote
(so that a window can leave out its own edits, which it announces itself).
A notice that would not fit PostgreSQL's 8,000 bytes says ``"reload": true``
instead of listing rows (an import, a document recognised again).
``core/team_changes.py`` turns notices into the typed change broadcast.
"""

from __future__ import annotations

CHANNEL = "workbench_changes"
MAX_NOTICE_BYTES = 7000  # PostgreSQL refuses a payload of 8,000 bytes or more

# table -> (its id column, its document column), either None when it has none
WATCHED = {
    "documents": ("id", "id"),
    "mentions": ("id", "document_id"),
    "mention_reviews": (None, "document_id"),
    "annotations": ("id", "document_id"),
    "capacity_rows": ("id", "document_id"),
    "cluster_rows": ("id", "document_id"),
    "entities": ("id", None),
    "entity_aliases": (None, None),
    "never_names": (None, None),
    "document_tags": (None, "document_id"),
}

_TRANSITIONS = {
    "INSERT": ("NEW TABLE AS new_rows", "SELECT * FROM new_rows"),
    "UPDATE": (
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        "SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows",
    ),
    "DELETE": ("OLD TABLE AS old_rows", "SELECT * FROM old_rows"),
}


def _listed(column: str | None, rows: str) -> str:
    if column is None:
        return "'[]'::json"
    return f"coalesce((SELECT json_agg(DISTINCT r.{column}) FROM ({rows}) r), '[]'::json)"


def _notice(table: str, event: str) -> list[str]:
    id_column, document_column = WATCHED[table]
    referencing, rows = _TRANSITIONS[event]
    name = f"{table}_notice_{event.lower()}"
    return [
        f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    payload text;
BEGIN
    payload := json_build_object(
        'table', TG_TABLE_NAME, 'event', TG_OP,
        'ids', {_listed(id_column, rows)}, 'documents', {_listed(document_column, rows)},
        'by', pg_backend_pid())::text;
    IF octet_length(payload) > {MAX_NOTICE_BYTES} THEN
        payload := json_build_object('table', TG_TABLE_NAME, 'event', TG_OP, 'reload', true,
            'by', pg_backend_pid())::text;
    END IF;
    PERFORM pg_notify('{CHANNEL}', payload);
    RETURN NULL;
END
$$""",
        f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {referencing} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()",
    ]


NOTICE_TRIGGERS = [
    statement for table in WATCHED for event in _TRANSITIONS for statement in _notice(table, event)
]
