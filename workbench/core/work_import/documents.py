"""Which document of this store an imported row quotes.

The exports write each row's document key, its canonical text's SHA-256: the
same document imported into any store has the same key, and offsets into its
text mean the same there.  An export written before the key was added has the
document's id, which is only this store's if its title agrees; a table with
neither is matched by a title no other document here has.
"""

from __future__ import annotations

import sqlite3

from ..progress import Progress
from ..store.documents import document_by_key, document_text, document_title, documents_titled
from ..translatable import QT_TRANSLATE_NOOP, Wording
from .reasons import why

PROGRESS_ROWS = 500  # rows between two reports of a read's progress (and looks at Cancel)


class DocumentFinder:
    """Looks documents up by key, id or title, and keeps their texts once read."""

    def __init__(self, conn: sqlite3.Connection, progress: Progress | None = None):
        self.conn = conn
        self.progress = progress or Progress()
        self._table, self._rows, self._done = "", 0, 0
        self._by_key: dict[str, int | None] = {}
        self._titles: dict[int, str | None] = {}
        self._by_title: dict[str, list[int]] = {}
        self._texts: dict[int, str] = {}

    def find(
        self, key: str | None, document_id: int | None, title: str | None
    ) -> tuple[int | None, Wording | None]:
        """The document's id here, or None and why not (a sentence for the report)."""
        self._tick()
        key = (key or "").strip().lower()
        title = (title or "").strip()
        if key:
            if key not in self._by_key:
                self._by_key[key] = document_by_key(self.conn, key)
            found_id = self._by_key[key]
            if found_id is None:
                if title:
                    return None, why(
                        QT_TRANSLATE_NOOP(
                            "WorkImport",
                            "its document “{title}” is not in this store (import it first)",
                        ),
                        title=title,
                    )
                return None, why(
                    QT_TRANSLATE_NOOP(
                        "WorkImport", "its document is not in this store (import it first)"
                    )
                )
            return found_id, None
        if document_id is not None:
            here = None
            if 0 < document_id <= 2**63 - 1:  # else no store has it (nor can hold it)
                here = self._title_of(document_id)
            if here is None:
                return None, why(
                    QT_TRANSLATE_NOOP("WorkImport", "document {document} is not in this store"),
                    document=document_id,
                )
            if title and here.strip() != title:
                return None, why(
                    QT_TRANSLATE_NOOP(
                        "WorkImport",
                        "document {document} here is “{here}”, not “{title}”: "
                        "export the file again to carry its document key",
                    ),
                    document=document_id,
                    here=here,
                    title=title,
                )
            return document_id, None
        if title:
            matches = self._titled(title)
            if len(matches) == 1:
                return matches[0], None
            if matches:
                return None, why(
                    QT_TRANSLATE_NOOP("WorkImport", "{count} documents here are titled “{title}”"),
                    count=f"{len(matches):,}",
                    title=title,
                )
            return None, why(
                QT_TRANSLATE_NOOP("WorkImport", "no document here is titled “{title}”"), title=title
            )
        return None, why(QT_TRANSLATE_NOOP("WorkImport", "it names no document"))

    def start_table(self, name: str, rows: int) -> None:
        """The rows of the table ``name`` are next: progress is reported in them."""
        self._table, self._rows, self._done = name, rows, 0
        self.progress.report(0, rows, name)

    def _tick(self) -> None:
        # Every row asks for its document once: a cancel is heard within a few rows.
        self._done += 1
        if self._done % PROGRESS_ROWS == 0:
            self.progress.report(self._done, self._rows, self._table)
            self.progress.check()

    def text(self, document_id: int) -> str:
        """The document's canonical text (offsets of an export are ``str`` indices in it)."""
        if document_id not in self._texts:
            self._texts[document_id] = document_text(self.conn, document_id) or ""
        return self._texts[document_id]

    def _title_of(self, document_id: int) -> str | None:
        if document_id not in self._titles:
            self._titles[document_id] = document_title(self.conn, document_id)
        return self._titles[document_id]

    def _titled(self, title: str) -> list[int]:
        if title not in self._by_title:
            self._by_title[title] = documents_titled(self.conn, title)
        return self._by_title[title]
