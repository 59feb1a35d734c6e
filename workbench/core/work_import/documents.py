"""Which document of this store an imported row quotes.

The exports write each row's document key, its canonical text's SHA-256: the
same document imported into any store has the same key, and offsets into its
text mean the same there.  An export written before the key was added has the
document's id, which is only this store's if its title agrees; a table with
neither is matched by a title no other document here has.
"""

from __future__ import annotations

import sqlite3

from ..store.documents import document_by_key, document_text, document_title, documents_titled


class DocumentFinder:
    """Looks documents up by key, id or title, and keeps their texts once read."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._by_key: dict[str, int | None] = {}
        self._titles: dict[int, str | None] = {}
        self._by_title: dict[str, list[int]] = {}
        self._texts: dict[int, str] = {}

    def find(
        self, key: str | None, document_id: int | None, title: str | None
    ) -> tuple[int | None, str]:
        """The document's id here, or None and why not (a sentence for the report)."""
        key = (key or "").strip().lower()
        title = (title or "").strip()
        if key:
            if key not in self._by_key:
                self._by_key[key] = document_by_key(self.conn, key)
            found_id = self._by_key[key]
            if found_id is None:
                shown = f" “{title}”" if title else ""
                return None, f"its document{shown} is not in this store (import it first)"
            return found_id, ""
        if document_id is not None:
            here = self._title_of(document_id)
            if here is None:
                return None, f"document {document_id} is not in this store"
            if title and here.strip() != title:
                return None, (
                    f"document {document_id} here is “{here}”, not “{title}”: "
                    "export the file again to carry its document key"
                )
            return document_id, ""
        if title:
            matches = self._titled(title)
            if len(matches) == 1:
                return matches[0], ""
            if matches:
                return None, f"{len(matches)} documents here are titled “{title}”"
            return None, f"no document here is titled “{title}”"
        return None, "it names no document"

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
