"""A connection that only reads, for a worker reading a store the window has opened (and
so checked) already: to a store file or to a team store alike."""

from __future__ import annotations

from .team_address import is_team_store


def reading_connection_at(location):
    """A read-only connection to the store at ``location`` (a file's path or a team
    store's ``postgresql://`` address), without the checks on open."""
    if is_team_store(location):
        from .postgres import connect

        conn = connect(str(location))
        conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        return conn
    from .database import reading_connection  # which imports the migrations: on first use

    return reading_connection(location)
