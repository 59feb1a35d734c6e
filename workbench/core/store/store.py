"""Reading and writing documents in the store.

``Store`` owns one connection, so it belongs to one thread.  Every write runs
inside :meth:`Store.transaction` and is committed before the call returns.  A
store that cannot be written opens read-only (:attr:`Store.read_only`): reading,
searching and exporting work, and a transaction is refused before it starts.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..documents import ParsedDocument, ParsedFile, content_hash
from ..script import detect_script, to_simplified
from .checks import ReadOnlyStoreError
from .database import StoreWriteError, Upgrade, open_store_database, write_failure
from .near_duplicates import NearDuplicate, check_document, near_duplicate, save_signature
from .team_address import is_team_store, shown, team_store_name
from .transactions import BEGIN_WRITE


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    kind: str
    title: str
    text: str
    raw_text: str
    script: str
    publisher: str | None
    publish_date: str | None
    pages: int | None
    headings: list[str]
    tags: list[str]
    source_files: list[str]
    comments: list[str]

    @property
    def length(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class StoredFileResult:
    documents_new: int
    documents_existing: int
    occurrences_new: int
    comments_new: int
    new_document_ids: list[int]
    # (new document id, its title, the earlier document it is the same article as)
    near_duplicates: list[tuple[int, str, NearDuplicate]] = field(default_factory=list)


@dataclass(frozen=True)
class NewDocument:
    """A document to store, whether parsed from the corpus or extracted from an import."""

    kind: str
    title: str
    text: str  # canonical text; its hash is the document's identity
    raw_text: str
    publisher: str | None = None
    publish_date: str | None = None
    pages: int | None = None
    headings: Sequence[str] = ()
    page_ranges: Sequence[tuple[int, int]] = ()  # [start, end) of each page, page 1 first

    @classmethod
    def parsed(cls, document: ParsedDocument) -> NewDocument:
        return cls(
            kind=document.kind,
            title=document.title,
            text=document.text,
            raw_text=document.raw_text,
            publisher=document.publisher,
            publish_date=document.publish_date,
            pages=document.pages,
            headings=tuple(document.headings),
        )


def find_document(conn: sqlite3.Connection, text: str) -> int | None:
    """The stored document with this canonical text, if any."""
    row = conn.execute(
        "SELECT id FROM documents WHERE content_hash = ?", (content_hash(text),)
    ).fetchone()
    return row[0] if row else None


def store_document(conn: sqlite3.Connection, document: NewDocument) -> tuple[int, bool]:
    """The one way a document enters the store: ``(id, created)``; call inside a transaction.

    A document whose canonical text is already stored is not stored again: the
    stored one's id comes back with ``created`` False.  A new document is signed
    and, when it is the same article as an earlier one, recorded as its near
    duplicate (``store.near_duplicates``).
    """
    existing = find_document(conn, document.text)
    if existing is not None:
        return existing, False
    simplified = to_simplified(document.text)
    document_id = conn.execute(
        "INSERT INTO documents (content_hash, kind, title, title_simplified, text, "
        "text_simplified, raw_text, script, publisher, publish_date, pages, headings) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            content_hash(document.text),
            document.kind,
            document.title,
            to_simplified(document.title),
            document.text,
            simplified,
            document.raw_text,
            detect_script(document.title + document.text).value,
            document.publisher,
            document.publish_date,
            document.pages,
            json.dumps(list(document.headings), ensure_ascii=False),
        ),
    ).fetchone()[0]
    conn.executemany(
        'INSERT INTO document_pages (document_id, page, start, "end") VALUES (?, ?, ?, ?)',
        [
            (document_id, number, start, end)
            for number, (start, end) in enumerate(document.page_ranges, 1)
        ],
    )
    save_signature(conn, document_id, simplified)
    check_document(conn, document_id)
    return document_id, True


def _refusal(name: str, error: BaseException) -> BaseException:
    """A full disk, a store SQLite finds it cannot write after all (its -shm file is a
    folder, the file was made read-only while open) or a damaged one, said as one: every
    writer (import, recognition, an edit) reports it the same way, rolled back whole.
    Other errors go on as they were (a busy lock is retried by the window's runner)."""
    text = str(error).lower()
    refused = ("full", "readonly", "malformed", "corrupt")
    if isinstance(error, sqlite3.DatabaseError) and any(word in text for word in refused):
        return StoreWriteError(write_failure(name, error))
    return error


class Store:
    def __init__(self, location: Path | str, *, read_only: bool = False, check_later: bool = False):
        """Open (or create) the store: a file's path, or a team store's
        ``postgresql://`` address; ``read_only`` opens it for reading only.

        ``check_later`` (the window's own store) leaves the quick check of a large
        file to :meth:`check_passed`, after ``database.check_store_file`` ran on a
        worker: until then ``check_pending`` is True and every write is refused.

        Raises :class:`WorkbenchError` naming the file (or address) when it is
        damaged, not a workbench store, or from a newer version; such a store is
        left as it was.
        """
        # What opens this store again (a worker thread opens its own connection).
        self.location: Path | str
        # The store's file; None for a team store, which has none.
        self.path: Path | None
        self.role: str | None = None  # a team store's PostgreSQL role
        self.check_pending = False  # the quick check left for later has not passed yet
        # Why documents cannot be imported here though the store can be edited (a team
        # store's role that is an editor, not an owner); None when they can.
        self.import_blocker: str | None = None
        if is_team_store(location):
            from .postgres_open import open_team_store

            self.location, self.path, self.name = str(location), None, team_store_name(location)
            opened = open_team_store(self.location, read_only=read_only)
            self.role = opened.role
            self.import_blocker = opened.import_blocker
            self.checked = True
        else:
            self.path = Path(location)
            self.location, self.name = self.path, self.path.name
            opened = open_store_database(self.path, read_only=read_only, check_later=check_later)
            self.checked = opened.checked
            self.check_pending = opened.check_left
        self.db = opened.db
        self.conn = self.db.conn
        self.engine = self.db.engine
        self.read_only_reason: str | None = opened.read_only_reason
        # The schema upgrade this open made (its message names the copy kept), if any.
        self.upgrade: Upgrade | None = opened.upgrade

    @property
    def is_team_store(self) -> bool:
        return self.path is None

    @property
    def shown_location(self) -> str:
        """Where the store is, as the window shows it: the file's path, or the team
        store's address without a password."""
        return str(self.path) if self.path is not None else shown(self.location)

    @property
    def read_only(self) -> bool:
        """True when the store cannot be written; ``read_only_reason`` says why."""
        return self.read_only_reason is not None

    def require_writable(self) -> None:
        """Raise :class:`ReadOnlyStoreError` (nothing changed) if the store is read-only,
        or :class:`StoreWriteError` while its quick check is still to pass."""
        if self.read_only_reason is not None:
            raise ReadOnlyStoreError(
                f"{self.name} is read-only ({self.read_only_reason}); nothing was changed"
            )
        if self.check_pending:
            raise StoreWriteError(
                f"{self.name}: the store is still being checked for damage (it was opened "
                "a moment ago); nothing was changed, try again in a moment"
            )

    def check_passed(self) -> None:
        """The quick check left for later went through the whole file: writes may go on."""
        self.check_pending = False
        self.checked = True

    @property
    def can_import(self) -> bool:
        """True when documents can be imported (and ingested) into the store."""
        return self.read_only_reason is None and self.import_blocker is None

    def require_importing(self) -> None:
        """Raise :class:`ReadOnlyStoreError` (nothing changed) if documents cannot be
        imported here: a read-only store, or a team store's role that is not an owner."""
        self.require_writable()
        if self.import_blocker is not None:
            raise ReadOnlyStoreError(f"{self.name}: {self.import_blocker}; nothing was imported")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: committed when the block ends, or rolled back whole.

        The write lock is taken up front (``BEGIN IMMEDIATE``), so a second writer
        waits on the busy timeout instead of failing at once: a deferred transaction
        that reads, then writes after another connection committed, gets "database is
        locked" with no wait at all.  Nested blocks are savepoints.  On a
        read-only store it raises :class:`ReadOnlyStoreError` before anything runs.
        """
        self.require_writable()
        if self.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        try:
            self.conn.execute(BEGIN_WRITE[self.engine])
        except sqlite3.DatabaseError as error:
            refusal = _refusal(self.name, error)
            if refusal is error:
                raise
            raise refusal from error
        try:
            yield
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            refusal = _refusal(self.name, error)
            if refusal is error:
                raise
            raise refusal from error
        try:
            self.conn.execute("COMMIT")
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            refusal = _refusal(self.name, error)
            if refusal is error:
                raise
            raise refusal from error

    # -- writing -------------------------------------------------------------

    def store_parsed_file(self, parsed: ParsedFile) -> StoredFileResult:
        """Store a parsed file's documents, occurrences and comments in one transaction.

        Documents already in the store (same canonical text) are not duplicated;
        storing the same file twice changes nothing.
        """
        new_ids: list[int] = []
        existing = occurrences_new = comments_new = 0
        with self.transaction():
            for document in parsed.documents:
                document_id, created = store_document(self.conn, NewDocument.parsed(document))
                if created:
                    new_ids.append(document_id)
                else:
                    existing += 1
                occurrences_new += self._insert_ignore(
                    "INSERT INTO occurrences (document_id, source_file, line, tag) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (document_id, parsed.name, document.line, document.tag),
                )
                for comment in document.comments:
                    comments_new += self._insert_ignore(
                        "INSERT INTO comments (document_id, text, source_file, line) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        (document_id, comment.text, parsed.name, comment.line),
                    )
            self.conn.execute(
                "INSERT INTO source_files (name, content_hash, encoding, layout) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                "content_hash = excluded.content_hash, encoding = excluded.encoding, "
                "layout = excluded.layout, ingested_at = excluded.ingested_at "
                "WHERE source_files.content_hash != excluded.content_hash",
                (parsed.name, parsed.content_hash, parsed.encoding, parsed.layout),
            )
        alike = []
        for document_id in new_ids:
            found = near_duplicate(self.conn, document_id)
            if found is not None:
                title = self.conn.execute(
                    "SELECT title FROM documents WHERE id = ?", (document_id,)
                ).fetchone()[0]
                alike.append((document_id, title, found))
        return StoredFileResult(
            len(new_ids), existing, occurrences_new, comments_new, new_ids, alike
        )

    def _insert_ignore(self, sql: str, params: tuple) -> int:
        return self.conn.execute(sql, params).rowcount

    # -- reading -------------------------------------------------------------

    def document_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def document_ids(self) -> list[int]:
        return [row[0] for row in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    def document(self, document_id: int) -> DocumentRecord | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            return None
        occurrences = self.conn.execute(
            "SELECT source_file, line, tag FROM occurrences WHERE document_id = ? "
            "ORDER BY source_file, line",
            (document_id,),
        ).fetchall()
        comments = self.conn.execute(
            "SELECT text FROM comments WHERE document_id = ? ORDER BY source_file, line",
            (document_id,),
        ).fetchall()
        return DocumentRecord(
            id=row["id"],
            kind=row["kind"],
            title=row["title"],
            text=row["text"],
            raw_text=row["raw_text"],
            script=row["script"],
            publisher=row["publisher"],
            publish_date=row["publish_date"],
            pages=row["pages"],
            headings=json.loads(row["headings"]),
            tags=sorted({o["tag"] for o in occurrences if o["tag"]}),
            source_files=[f"{o['source_file']}:{o['line']}" for o in occurrences],
            comments=[c["text"] for c in comments],
        )

    def document_text(self, document_id: int) -> str:
        row = self.conn.execute(
            "SELECT text FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return row[0] if row else ""

    def document_simplified_text(self, document_id: int) -> str:
        """The same-length Simplified copy of the text, made when it was stored."""
        row = self.conn.execute(
            "SELECT text_simplified FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return row[0] if row else ""

    def stats(self) -> dict[str, int]:
        def count(sql: str) -> int:
            return self.conn.execute(sql).fetchone()[0]

        return {
            "documents": count("SELECT count(*) FROM documents"),
            "articles": count("SELECT count(*) FROM documents WHERE kind = 'article'"),
            "digests": count("SELECT count(*) FROM documents WHERE kind = 'digest'"),
            "reports": count("SELECT count(*) FROM documents WHERE kind = 'report'"),
            "occurrences": count("SELECT count(*) FROM occurrences"),
            "comments": count("SELECT count(*) FROM comments"),
            "source_files": count("SELECT count(*) FROM source_files"),
        }
